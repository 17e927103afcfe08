// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectPolicyLinks, reportPolicyLinks } from '../../../src/relay/policy-links';
import type { RuntimeRequest } from '../../../src/schema/messages';
import { RuntimeRequest as RuntimeRequestSchema } from '../../../src/schema/messages';

function docWith(body: string): Document {
  const doc = document.implementation.createHTMLDocument('lender');
  const base = doc.createElement('base');
  base.href = 'https://aqshatez.kz/zaim/';
  doc.head.append(base);
  doc.body.innerHTML = body;
  return doc;
}

describe('collecting policy links from the rendered page', () => {
  it('finds footer, menu and in-form links in ru, kk and en, with where they sit', () => {
    const doc = docWith(`
      <header><nav><a href="/">Главная</a><a href="/privacy">Конфиденциальность</a></nav></header>
      <main><form><label><input type="checkbox"> Я принимаю <a href="/soglasie">согласие на обработку персональных данных</a></label></form></main>
      <div class="site-footer"><a href="kk/sayasat">Құпиялылық саясаты</a><a href="https://aqshatez.kz/en/privacy-policy">Privacy policy</a>
        <a href="/kontakty">Контакты</a></div>`);
    expect(collectPolicyLinks(doc)).toEqual([
      { href: 'https://aqshatez.kz/privacy', text: 'Конфиденциальность', area: 'nav' },
      { href: 'https://aqshatez.kz/soglasie', text: 'согласие на обработку персональных данных', area: 'main' },
      { href: 'https://aqshatez.kz/zaim/kk/sayasat', text: 'Құпиялылық саясаты', area: 'footer' },
      { href: 'https://aqshatez.kz/en/privacy-policy', text: 'Privacy policy', area: 'footer' },
    ]);
  });

  it('bounds what a hostile page can make it send', () => {
    const many = Array.from({ length: 500 }, (_, i) => `<a href="/privacy-${i}">Политика конфиденциальности ${'x'.repeat(1000)}</a>`).join('');
    const long = `<a href="/privacy?${'a'.repeat(5000)}">Политика конфиденциальности</a>`;
    const links = collectPolicyLinks(docWith(long + many + '<a href="javascript:alert(1)">Privacy policy</a>'));
    expect(links).toHaveLength(30);
    expect(links.every((l) => l.href.length <= 2048 && l.text.length <= 200 && l.href.startsWith('https://'))).toBe(true);
    expect(RuntimeRequestSchema.safeParse({ type: 'policy-links', links }).success).toBe(true);
  });

  it('reports from the top-level page only', () => {
    const sent: RuntimeRequest[] = [];
    const send = async (message: RuntimeRequest) => { sent.push(message); };
    const doc = document.implementation.createHTMLDocument('x');
    doc.body.innerHTML = '<footer><a href="https://aqshatez.kz/privacy">Политика конфиденциальности</a></footer>';
    reportPolicyLinks(doc, send);
    expect(sent).toEqual([]);
    document.body.innerHTML = '<footer><a href="https://aqshatez.kz/privacy">Политика конфиденциальности</a></footer>';
    Object.defineProperty(document, 'readyState', { value: 'complete', configurable: true });
    reportPolicyLinks(document, send);
    expect(sent).toEqual([{ type: 'policy-links', links: [{ href: 'https://aqshatez.kz/privacy', text: 'Политика конфиденциальности', area: 'footer' }] }]);
  });
});
