import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/report/canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}');
  });

  it('does not depend on key insertion order', () => {
    expect(canonicalJson({ x: 1, y: [1, 2], z: { q: 'é' } })).toBe(canonicalJson({ z: { q: 'é' }, y: [1, 2], x: 1 }));
  });

  it('keeps array order, which is meaningful', () => {
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
  });

  it('drops undefined properties like JSON.stringify and escapes strings the same way', () => {
    expect(canonicalJson({ a: undefined, b: 'say "hi"\n' })).toBe('{"b":"say \\"hi\\"\\n"}');
  });

  it('refuses values JSON cannot represent faithfully', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ d: new Date(0) })).toThrow(TypeError);
    expect(() => canonicalJson(10n)).toThrow(TypeError);
  });
});
