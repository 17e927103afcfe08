/** Counts of discrepancies by severity, the first thing an auditor reads. */
import { SEVERITY_NAMES } from '../../report/html/strings';
import type { Finding, Severity } from '../../schema/report';
import { countBySeverity } from '../findings/order';
import type { UiLanguage } from '../i18n/language';

const SHOWN: Severity[] = ['high', 'medium', 'low'];

export function VerdictLine({ problems, lang }: { problems: readonly Finding[]; lang: UiLanguage }) {
  const counts = countBySeverity(problems);
  return (
    <p class="verdict" data-testid="verdict" role="status">
      {SHOWN.map((severity) => (
        <span key={severity} class={`badge sev-${severity}`} data-severity={severity} data-count={counts[severity]}>
          {SEVERITY_NAMES[severity][lang]}: {counts[severity]}
        </span>
      ))}
    </p>
  );
}
