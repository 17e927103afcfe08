import { describe, expect, it } from 'vitest';
import { createLineSearch, lineFields } from '../../../src/trackers/line-search';

/** A section of sorted lines between two other sections, as the tracker table's text holds them. */
function sectionOf(keys: string[]) {
  const lines = keys.map((key, at) => `${key}\t${at}\n`).join('');
  const text = `#before\nzz\t0\n#section\n${lines}#after\naa\t1\n`;
  const start = text.indexOf('#section\n') + '#section\n'.length;
  return { text, search: createLineSearch(text, start, start + lines.length) };
}

describe('searching the lines of one section', () => {
  const keys = ['a', 'a.b', 'ab', 'b', 'bb.c', 'c', 'x-y.kz', 'yandex.ru', 'z'];

  it('finds every line of a sorted section by its first field, the first and the last too', () => {
    const { search } = sectionOf(keys);
    for (const [at, key] of keys.entries()) expect(search.find(key)).toBe(`${key}\t${at}`);
  });

  it('finds nothing for keys between, before or after its lines, nor in the sections around it', () => {
    const { search } = sectionOf(keys);
    for (const key of ['', '0', 'a.', 'aa', 'b.c', 'yandex', 'zz', '#after', 'zzz']) expect(search.find(key)).toBeNull();
  });

  it('finds in sections of one line and of none', () => {
    expect(sectionOf(['m']).search.find('m')).toBe('m\t0');
    expect(sectionOf(['m']).search.find('n')).toBeNull();
    expect(sectionOf([]).search.find('m')).toBeNull();
    expect(sectionOf([]).search.all()).toEqual([]);
  });

  it('searches lines of a single character, whose newline may fall in the middle of the range', () => {
    const text = 'a\nc\ne\ng\n';
    const search = createLineSearch(text, 0, text.length);
    expect(['a', 'c', 'e', 'g'].map((key) => search.find(key))).toEqual(['a', 'c', 'e', 'g']);
    expect(['b', 'd', 'f', 'h', ''].map((key) => search.find(key))).toEqual([null, null, null, null, null]);
  });

  it('reads a line by its position, and all of them in order', () => {
    const { search } = sectionOf(keys);
    expect(search.at(0)).toBe('a\t0');
    expect(search.at(keys.length - 1)).toBe(`z\t${keys.length - 1}`);
    expect(search.at(keys.length)).toBeNull();
    expect(search.all().map((line) => lineFields(line)[0])).toEqual(keys);
  });

  it('finds each of many lines of uneven length', () => {
    const many = Array.from({ length: 500 }, (_, at) => `${'h'.repeat(1 + (at % 7))}${String(at).padStart(4, '0')}.kz`).sort();
    const { search } = sectionOf(many);
    expect(many.filter((key) => search.find(key) === null)).toEqual([]);
    expect(search.find('h0000.kz.')).toBeNull();
  });
});
