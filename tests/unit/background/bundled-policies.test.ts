import { describe, expect, it } from 'vitest';
import { bundledPolicies } from '../../../src/background/policy-state';

describe('bundled policies', () => {
  it('reads a lender\'s file the first time its policy is needed, and only once', async () => {
    const reads: string[] = [];
    const bundled = bundledPolicies(['1kredit.kz', 'kreditomat.kz'], async (file) => { reads.push(file); return `text of ${file}`; });
    expect(bundled.has('kreditomat.kz')).toBe(true);
    expect(reads).toEqual([]);
    const first = await bundled.get('kreditomat.kz');
    await bundled.get('kreditomat.kz');
    expect(first).toEqual({ text: 'text of policies/kreditomat.kz.txt', source: 'bundled:policies/kreditomat.kz/policy.txt', origin: 'bundled' });
    expect(reads).toEqual(['policies/kreditomat.kz.txt']);
  });

  it('knows only its own lenders, and tries a failed read again', async () => {
    let fail = true;
    const bundled = bundledPolicies(['1kredit.kz'], async () => { if (fail) throw new Error('gone'); return 'ok'; });
    expect(bundled.has('example.kz')).toBe(false);
    expect(await bundled.get('example.kz')).toBeNull();
    await expect(bundled.get('1kredit.kz')).rejects.toThrow('gone');
    fail = false;
    expect((await bundled.get('1kredit.kz'))?.text).toBe('ok');
  });
});
