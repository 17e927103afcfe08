import { describe, expect, it } from 'vitest';
import { LEXICONS } from '../../../src/observe/fields/lexicon';

// Lexicon expressions are compiled on first use; this compiles every one, so a typo fails here.
describe('field lexicons', () => {
  it('compile, every entry and every exclusion', () => {
    let compiled = 0;
    for (const lexicon of LEXICONS) {
      for (const entry of lexicon.entries) {
        expect(entry.pattern).toBeInstanceOf(RegExp);
        if (entry.unless !== null) expect(entry.unless).toBeInstanceOf(RegExp);
        compiled += 1;
      }
    }
    expect(compiled).toBeGreaterThan(300);
  });
});
