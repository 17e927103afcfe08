/** The whole policy with every quoted sentence highlighted and linked to the findings that cite it. */
import type { Finding } from '../../schema/report';
import { findingAnchor } from '../findings/anchor';
import { highlightQuotes, quoteMarks } from './highlight';

export function PolicyText({ text, findings }: { text: string; findings: readonly Finding[] }) {
  const segments = highlightQuotes(text, quoteMarks(findings));
  return (
    <div class="policy-text" data-testid="policy-text">
      {segments.map((segment, i) => (segment.mark ? (
        <mark key={i} id={`quote-${i}`} title={segment.mark.findingIds.join(', ')}>
          {segment.text}
          {segment.mark.findingIds.map((id) => <a key={id} class="cite" href={`#${findingAnchor(id)}`}>↗</a>)}
        </mark>
      ) : <span key={i}>{segment.text}</span>))}
    </div>
  );
}
