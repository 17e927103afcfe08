import { describe, expect, it } from 'vitest';
import { MAX_BODY_CHARS, requestBodyText } from '../../../src/background/web-request-details';

describe('request bodies as text', () => {
  it('decodes a UTF-8 character split across two raw parts', () => {
    const bytes = new TextEncoder().encode('ФИО=Сейткали');
    const parts = [{ bytes: bytes.slice(0, 3).buffer }, { bytes: bytes.slice(3).buffer }];
    expect(requestBodyText({ raw: parts })).toBe('ФИО=Сейткали');
  });

  it('joins form fields and stops at the bound', () => {
    expect(requestBodyText({ formData: { phone: ['+7 701'], iin: ['900415450123'] } })).toBe('phone=+7 701&iin=900415450123');
    const huge = { formData: Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, ['x'.repeat(100)]])) };
    expect(requestBodyText(huge)).toHaveLength(MAX_BODY_CHARS);
  });
});
