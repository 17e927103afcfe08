import { describe, expect, it } from 'vitest';
import { hintedTest, patternsByScript } from '../../../src/policy/lazy';
import { withPolicyLetters } from '../../../src/policy/letter-class';

const SOURCES = [
  String.raw`(?<![\p{L}])never\s+collect`,
  String.raw`(?<![\p{L}])не\s+собира\p{L}*`,
  String.raw`(?<![\p{L}])(?:never|никогда)(?![\p{L}])`,
  String.raw`\p{L}+\s\d+`,
];
/** As compiled: `\p{L}` spelt as the policy letters. */
const COMPILED = SOURCES.map(withPolicyLetters);
const sourcesFor = (text: string) => patternsByScript('iu', () => SOURCES)(text).map((pattern) => pattern.source);

describe('patterns tried by alphabet', () => {
  it('skips the English cues on a Russian clause and the Russian cues on an English one, in listed order', () => {
    expect(sourcesFor('Мы не собираем геоданные')).toEqual([COMPILED[1], COMPILED[2], COMPILED[3]]);
    expect(sourcesFor('We never collect location')).toEqual([COMPILED[0], COMPILED[2], COMPILED[3]]);
  });

  it('tries every pattern on mixed text, and only letterless ones on text without letters', () => {
    expect(sourcesFor('Мы не собираем IP-адрес')).toEqual(COMPILED);
    expect(sourcesFor('12 345')).toEqual([COMPILED[2], COMPILED[3]]);
  });

  it('finds the same matches as trying every pattern', () => {
    const clauses = ['Мы никогда не собираем контакты', 'We never collect contacts', 'Ешқашан жинамаймыз', 'ID 42'];
    const all = COMPILED.map((source) => new RegExp(source, 'iu'));
    for (const clause of clauses) {
      const matching = (patterns: readonly RegExp[]) => patterns.filter((pattern) => pattern.test(clause)).map((pattern) => pattern.source);
      expect(matching(patternsByScript('iu', () => SOURCES)(clause))).toEqual(matching(all));
    }
  });
});

describe('a pattern behind a literal hint', () => {
  const isDenial = hintedTest(/никогда|never/iu, String.raw`(?<![\p{L}])(?:never|никогда)\s+(?:collect|собира)\p{L}*`, 'iu');

  it('answers as the expression does when the hint is there', () => {
    expect(isDenial('We never collect contacts')).toBe(true);
    expect(isDenial('Мы никогда не звоним')).toBe(false);
  });

  it('does not run the expression on text without the hint', () => {
    const notHinted = hintedTest(/zzz/u, String.raw`collect`, 'u');
    expect(notHinted('We collect contacts')).toBe(false);
  });
});
