import { describe, expect, it } from 'vitest';
import { rankCandidates } from '../../../src/discovery/candidates';
import { looksLikePolicyLink, scoreHref, scoreLinkText } from '../../../src/discovery/link-vocabulary';
import type { PolicyLink } from '../../../src/schema/discovery';

const PAGE = 'https://aqshatez.kz/zaim';
const link = (text: string, href: string, area: PolicyLink['area'] = 'footer'): PolicyLink => ({ text, href, area });

describe('policy link vocabulary', () => {
  it.each([
    ['Политика конфиденциальности', 'policy'],
    ['ПОЛИТИКА   в отношении обработки персональных данных', 'policy'],
    ['Политика обработки персональных данных', 'policy'],
    ['Положение о защите персональных данных', 'policy'],
    ['Согласие на обработку персональных данных', 'consent'],
    ['Согласие на сбор и обработку персональных данных', 'consent'],
    ['Құпиялылық саясаты', 'policy'],
    ['Дербес деректерді өңдеу', 'policy'],
    ['Дербес деректерді жинауға және өңдеуге келісім', 'consent'],
    ['Privacy policy', 'policy'],
    ['Privacy Notice', 'policy'],
    ['Consent to the processing of personal data', 'consent'],
  ])('reads «%s» as a %s link', (text, kind) => {
    const score = scoreLinkText(text);
    expect(score.kind).toBe(kind);
    expect(score.score).toBeGreaterThanOrEqual(40);
  });

  it.each(['Займы онлайн', 'Политика противодействия коррупции', 'Контакты', 'Правила предоставления микрокредитов', 'Terms of use'])(
    'ignores «%s»', (text) => expect(scoreLinkText(text).score).toBe(0));

  it('ignores a paragraph that merely mentions consent', () => {
    const long = 'Нажимая кнопку «Получить деньги», я даю согласие на обработку персональных данных и подтверждаю, что ознакомлен с правилами предоставления микрокредитов';
    expect(scoreLinkText(long).score).toBe(0);
  });

  it('reads policy addresses, not host names', () => {
    for (const href of ['https://x.kz/privacy', 'https://x.kz/politika-konfidencialnosti', 'https://x.kz/docs/soglasie-pdn.pdf',
      'https://x.kz/kupiyalylyk-sayasaty', 'https://x.kz/%D0%BF%D0%BE%D0%BB%D0%B8%D1%82%D0%B8%D0%BA%D0%B0?konfidencialnost']) {
      expect(scoreHref(href).score, href).toBeGreaterThan(0);
    }
    expect(scoreHref('https://privacy.kz/zaim').score).toBe(0);
    expect(scoreHref('not a url').score).toBe(0);
    expect(looksLikePolicyLink('Главная', 'https://x.kz/')).toBe(false);
  });
});

describe('ranking candidates', () => {
  it('prefers a footer link to the same words in the menu', () => {
    const ranked = rankCandidates([link('Конфиденциальность', '/menu-privacy', 'nav'), link('Конфиденциальность', '/footer-privacy', 'footer')], PAGE);
    expect(ranked.map((c) => c.url)).toEqual(['https://aqshatez.kz/footer-privacy', 'https://aqshatez.kz/menu-privacy']);
  });

  it('ranks by the link name first, then its address', () => {
    const ranked = rankCandidates([
      link('Документы', '/politika', 'footer'),
      link('Политика конфиденциальности', '/doc/17', 'nav'),
      link('Подробнее', '/privacy', 'main'),
    ], PAGE);
    expect(ranked[0]?.url).toBe('https://aqshatez.kz/doc/17');
    expect(ranked.map((c) => c.url)).toContain('https://aqshatez.kz/privacy');
  });

  it('keeps one candidate per document, dropping fragments and non-web links', () => {
    const ranked = rankCandidates([
      link('Политика конфиденциальности', '/privacy#cookies', 'nav'),
      link('Политика конфиденциальности', '/privacy', 'footer'),
      link('Политика конфиденциальности', 'javascript:void(0)'),
      link('Политика конфиденциальности', 'mailto:dpo@aqshatez.kz'),
    ], PAGE);
    expect(ranked).toHaveLength(1);
    expect(ranked[0]).toMatchObject({ url: 'https://aqshatez.kz/privacy', kind: 'policy' });
  });

  it('puts a link to another site and an unreadable format lower', () => {
    const ranked = rankCandidates([
      link('Политика конфиденциальности', 'https://docs.google.com/document/d/1'),
      link('Политика конфиденциальности', '/files/policy.doc'),
      link('Политика конфиденциальности', '/files/policy.pdf'),
    ], PAGE);
    // Still a candidate: fetching it is what tells the auditor «Word 97–2003 cannot be read».
    expect(ranked.map((c) => c.url)).toEqual(['https://aqshatez.kz/files/policy.pdf', 'https://docs.google.com/document/d/1',
      'https://aqshatez.kz/files/policy.doc']);
  });

  it('drops weak matches: a menu link whose address alone says «policy»', () => {
    expect(rankCandidates([link('Документы', '/politika', 'nav')], PAGE)).toEqual([]);
  });
});
