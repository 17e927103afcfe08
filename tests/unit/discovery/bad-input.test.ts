import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../src/discovery/extract/pdf-text';
import { parsePolicy } from '../../../src/policy';
import { readDocument } from '../../../src/discovery/read-document';
import { readPolicyFile } from '../../../src/ui/options/read-policy-file';
import { problemText } from '../../../src/ui/i18n/problem-text';
import { ProblemCode } from '../../../src/schema/discovery';
import { htmlPage } from './helpers';

const POLICY = readFileSync('tests/fixtures/discovery/texts/aqsha-policy.txt', 'utf8');
const bytes = (text: string) => new TextEncoder().encode(text);
const read = (body: string | Uint8Array, type = 'text/html; charset=utf-8') =>
  readDocument(typeof body === 'string' ? bytes(body) : body, type, 'https://aqshatez.kz/x', { readPdf: pdfText, parse: parsePolicy });

describe('documents that are not a usable policy say why', () => {
  it('a sign-in page (password form, no policy text)', async () => {
    const wall = htmlPage('<main><h1>Личный кабинет</h1><form><input name="login"><input type="password" name="pass"><button>Войти</button></form></main>');
    expect(await read(wall)).toEqual({ ok: false, problem: { code: 'login_wall' } });
  });

  it('a page in a language the parser does not read', async () => {
    const german = htmlPage('<main><h1>Datenschutzerklärung</h1><p>Wir verarbeiten Ihre personenbezogenen Daten nur im Rahmen der gesetzlichen Bestimmungen. Die Erhebung erfolgt bei der Antragstellung.</p></main>');
    const chinese = htmlPage('<main><h1>隐私政策</h1><p>我们收集您的姓名、电话号码和身份证号码，用于审核贷款申请。我们不会向第三方出售您的个人信息。</p></main>');
    expect(await read(german)).toEqual({ ok: false, problem: { code: 'unexpected_language' } });
    expect(await read(chinese)).toEqual({ ok: false, problem: { code: 'unexpected_language' } });
  });

  it('a page that is no policy at all, and an empty one', async () => {
    expect(await read(htmlPage('<main><h1>Займы онлайн</h1><p>Получите до 500 000 тенге на карту за 15 минут. Ставка от 0,01% в день для новых клиентов.</p></main>')))
      .toEqual({ ok: false, problem: { code: 'not_policy' } });
    expect(await read(htmlPage('<main></main>'))).toEqual({ ok: false, problem: { code: 'empty' } });
  });

  it('a scanned PDF', async () => {
    expect(await read(new Uint8Array(readFileSync('tests/fixtures/discovery/files/scanned.pdf')), 'application/octet-stream'))
      .toEqual({ ok: false, problem: { code: 'no_text_layer' } });
  });

  it('formats that cannot be read, whatever the server calls them', async () => {
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(await read(doc, 'application/msword')).toEqual({ ok: false, problem: { code: 'unsupported_type', detail: 'Word 97–2003 (.doc)' } });
    expect(await read(png, 'text/html')).toEqual({ ok: false, problem: { code: 'unsupported_type', detail: 'image' } });
    expect(await read(bytes('%%'), 'application/pdf')).toEqual({ ok: false, problem: { code: 'bad_pdf' } });
  });

  it('a picked file over 20 MB is refused before it is read', async () => {
    let opened = false;
    const huge = { name: 'policy.pdf', size: 21 * 1024 * 1024, type: 'application/pdf',
      arrayBuffer: async () => { opened = true; return new ArrayBuffer(0); } };
    expect(await readPolicyFile(huge)).toEqual({ ok: false, problem: { code: 'too_large', detail: String(21 * 1024 * 1024) } });
    expect(opened).toBe(false);
  });

  it('every problem has a sentence in Russian, Kazakh and English', () => {
    for (const code of ProblemCode.options) {
      for (const lang of ['ru', 'kk', 'en'] as const) expect(problemText(lang, { code, detail: '404' }).length, `${code}/${lang}`).toBeGreaterThan(15);
    }
    expect(problemText('en', { code: 'no_text_layer' })).toContain('PDF has no text layer (scanned image)');
  });
});

describe('documents that are a policy', () => {
  it('an HTML page in windows-1251, named by its <meta>, is read without its menu', async () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body><nav><a>Главная</a></nav><main>${POLICY.split('\n').map((l) => `<p>${l}</p>`).join('')}</main></body></html>`;
    const encoded = new Uint8Array([...html].map((c) => {
      const code = c.charCodeAt(0);
      if (code < 0x80) return code;
      if (c === 'Ё') return 0xa8;
      if (c === 'ё') return 0xb8;
      if (c === '«') return 0xab;
      if (c === '»') return 0xbb;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      return 0x3f;
    }));
    const result = await read(encoded, 'text/html');
    expect(result.ok && result.text.split('\n')[0]).toBe('Политика конфиденциальности ТОО «МФО А?ша Тез»');
    expect(result.ok && result.text).not.toContain('Главная');
  });
});
