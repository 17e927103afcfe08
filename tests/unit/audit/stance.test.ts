import { describe, expect, it } from 'vitest';
import { resolveStance, isContradictory } from '../../../src/audit/stance';
import { declaration, policy } from './factories';

describe('resolveStance precedence', () => {
  it('is silent when nothing is said', () => {
    expect(resolveStance(policy([]), 'phone').status).toBe('silent');
  });

  it('ranks declared above conditional above generic above negated', () => {
    const all = policy([
      declaration('phone', 'negated', 'no phone'),
      declaration('phone', 'generic', 'other data'),
      declaration('phone', 'conditional', 'phone if consented'),
      declaration('phone', 'declared', 'phone number'),
    ]);
    const stance = resolveStance(all, 'phone');
    expect(stance.status).toBe('declared');
    expect(stance.statements.map((d) => d.quote)).toEqual(['phone number', 'phone if consented', 'other data']);
    expect(stance.denials.map((d) => d.quote)).toEqual(['no phone']);
    expect(isContradictory(stance)).toBe(true);
  });

  it('takes conditional over generic', () => {
    const stance = resolveStance(policy([declaration('camera', 'generic'), declaration('camera', 'conditional')]), 'camera');
    expect(stance.status).toBe('conditional');
  });

  it('is negated only when nothing positive is said', () => {
    const stance = resolveStance(policy([declaration('geolocation', 'negated')]), 'geolocation');
    expect(stance.status).toBe('negated');
    expect(isContradictory(stance)).toBe(false);
  });

  it('lets personal_data_generic cover a silent section-A category, vaguely', () => {
    const stance = resolveStance(policy([declaration('personal_data_generic', 'declared', 'данные анкеты')]), 'face_image');
    expect(stance).toMatchObject({ status: 'generic', viaGeneric: true });
  });

  it('does not let personal_data_generic cover device or automatic categories', () => {
    const parsed = policy([declaration('personal_data_generic', 'declared')]);
    expect(resolveStance(parsed, 'geolocation').status).toBe('silent');
    expect(resolveStance(parsed, 'cookies').status).toBe('silent');
  });

  it('keeps a specific denial over the catch-all', () => {
    const parsed = policy([declaration('personal_data_generic', 'declared'), declaration('national_id', 'negated')]);
    expect(resolveStance(parsed, 'national_id').status).toBe('negated');
  });

  it('ignores a negated catch-all', () => {
    expect(resolveStance(policy([declaration('personal_data_generic', 'negated')]), 'phone').status).toBe('silent');
  });
});
