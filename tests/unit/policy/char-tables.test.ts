/**
 * The parser's character tables must agree with the regular expressions they replace: a table that
 * drifted would move word starts, sentence edges or a segment's language without any test text noticing.
 */
import { describe, expect, it } from 'vitest';
import { indexWordStarts, positionsOf } from '../../../src/policy/anchor-positions';
import { countLetters } from '../../../src/policy/language';
import { splitTopLevel, trimSpan } from '../../../src/policy/sentences';
import { isSpaceCode, isWordUnit, wordCharWidth } from '../../../src/policy/char-classes';

const WORD_UNIT = /^[\p{L}\p{N}]$/u;

describe('letter and digit table', () => {
  it('agrees with [\\p{L}\\p{N}] on every UTF-16 unit', () => {
    const disagreements: number[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      const unit = String.fromCharCode(code);
      if (isWordUnit(unit, 0) !== WORD_UNIT.test(unit)) disagreements.push(code);
    }
    expect(disagreements).toEqual([]);
  });

  it('measures a letter outside the BMP as two units and an emoji as none', () => {
    expect(wordCharWidth('𝐀b', 0)).toBe(2);
    expect(wordCharWidth('😀b', 0)).toBe(0);
    expect(wordCharWidth('ә', 0)).toBe(1);
    expect(isWordUnit('a', 1)).toBe(false);
  });
});

/** The index as it was first written: a regular expression over the words, keyed by sliced prefixes. */
function referenceStarts(lower: string, prefix: string): number[] {
  return [...lower.matchAll(/[\p{L}\p{N}]+/gu)].filter((m) => m[0].length >= prefix.length && m[0].startsWith(prefix)).map((m) => m.index);
}

describe('word-start index', () => {
  const text = 'персональные данные: ип, ипотека, «ипк»; 𝐀ип 😀ипн e-mail, email-адрес, ІІН/ЖСН-ды 12ип ип';

  it.each(['ип', 'ипо', 'ипотека', 'em', 'ема', 'жсн', 'ін', 'ема', '12'])('finds every word starting with «%s»', (prefix) => {
    const positions = positionsOf(text, { text: prefix, wordStart: true, startsMatch: true }, indexWordStarts(text));
    expect(positions).toEqual(referenceStarts(text, prefix));
  });

  it('finds anchors inside words by search', () => {
    expect(positionsOf(text, { text: 'mail', wordStart: false, startsMatch: false }, indexWordStarts(text))).toEqual([text.indexOf('e-mail') + 2, text.indexOf('email-') + 1]);
  });
});

describe('letter counts over a range', () => {
  it('counts the same as counting the slice', () => {
    const text = 'Policy: ИИН, ЖСН-ды және телефон нөмірі; Ǆ × ÷ ё Ё ӘҒ';
    for (const [start, end] of [[0, text.length], [8, 20], [13, 40], [41, text.length]] as const) {
      expect(countLetters(text, start, end)).toEqual(countLetters(text.slice(start, end)));
    }
    // Policy + Ǆ; ИИН ЖСН ды және телефон нөмірі ё Ё ӘҒ; ә ө і і Ә Ғ.
    expect(countLetters(text)).toEqual({ latin: 7, cyrillic: 29, kazakh: 6 });
  });
});

describe('whitespace and brackets by char code', () => {
  const spaces = ' \t\n\v\f\r\u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

  it('agrees with \\s on every UTF-16 unit', () => {
    const disagreements: number[] = [];
    for (let code = 0; code <= 0xffff; code += 1) if (isSpaceCode(code) !== /^\s$/u.test(String.fromCharCode(code))) disagreements.push(code);
    expect(disagreements).toEqual([]);
  });

  it('trims every character \\s matches and nothing else', () => {
    const text = `${spaces}ИИН${spaces}`;
    const span = trimSpan(text, 0, text.length);
    expect(span && text.slice(span.start, span.end)).toBe('ИИН');
    expect(trimSpan('\u200bx\u200b', 0, 3)).toEqual({ start: 0, end: 3 });
  });

  it('splits only outside brackets and quotes', () => {
    const text = 'ИИН; телефон (мобильный; домашний); «адрес; индекс»; [a; b]; “c; d”; email';
    expect(splitTopLevel(text, 0, text.length, ';').map((s) => text.slice(s.start, s.end)))
      .toEqual(['ИИН;', 'телефон (мобильный; домашний);', '«адрес; индекс»;', '[a; b];', '“c; d”;', 'email']);
  });
});
