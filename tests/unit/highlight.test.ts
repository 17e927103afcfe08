import { describe, expect, it } from 'vitest';
import { highlightQuotes, quoteMarks } from '../../src/ui/report/highlight';

describe('policy quote highlighting', () => {
  const text = '2.4. Компания   вправе\nопределять местоположение (геолокация). Иное.';

  it('finds quotes across folded whitespace and keeps the rest of the text intact', () => {
    const segments = highlightQuotes(text, [{ quote: 'Компания вправе определять местоположение', findingIds: ['f1'] }]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    const marked = segments.filter((s) => s.mark);
    expect(marked).toHaveLength(1);
    expect(marked[0]?.text).toBe('Компания   вправе\nопределять местоположение');
  });

  it('treats regex characters in quotes literally and skips quotes not in the text', () => {
    const segments = highlightQuotes(text, [{ quote: '(геолокация).', findingIds: ['a'] }, { quote: 'нет такого', findingIds: ['b'] }]);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['(геолокация).']);
  });

  it('groups the findings citing each quote', () => {
    const marks = quoteMarks([{ id: 'f1', policyQuotes: [{ quote: 'q' }] }, { id: 'f2', policyQuotes: [{ quote: 'q' }, { quote: 'r' }] }]);
    expect(marks).toEqual([{ quote: 'q', findingIds: ['f1', 'f2'] }, { quote: 'r', findingIds: ['f2'] }]);
  });
});
