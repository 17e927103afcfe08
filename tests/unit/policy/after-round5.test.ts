/**
 * Phenomena found by the first run of held-out round 5, tested on sentences written for the tests:
 * cookie notices, Kazakh past and perfect denials, "verb + no", elliptical denials, denials in
 * parentheses, "only while" conditions, checkboxes, run-in headings, exclusive conditions over a
 * paragraph, tables laid out in text, explaining sections, legal entities as recipients, the
 * operator's own account number, and new vocabulary.
 */
import { describe, expect, it } from 'vitest';
import { parsePolicySync } from '../../../src/policy/index';
import { EN_FRAME, RU_FRAME, declarationsOf, expectStatus, parse, statusOf, type StatusCase } from './helpers';

describe('after round 5: cookie notices are policies', () => {
  it.each([
    'Положение о файлах cookie\nСайт ставит cookie для входа в кабинет. Пиксели рекламных сетей загружаются после вашего выбора.',
    'Cookie Notice\nOur site sets session cookies and a pixel that counts visits.',
    'Cookie файлдарын пайдалану саясаты\nСайт cookie файлдарын сеанс үшін орнатады. Пиксельдер қолданылады.',
  ])('accepts %j', (text) => {
    const result = parsePolicySync(text, { source: 'test' });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.policy.declarations.some((d) => d.category === 'cookies')).toBe(true);
  });

  it('still refuses a text that only mentions a cookie recipe', () => {
    expect(parsePolicySync('Рецепт печенья (cookie): мука, сахар, масло. Выпекать 12 минут.', { source: 'test' }).ok).toBe(false);
  });
});

describe('after round 5: denials', () => {
  const cases: readonly StatusCase[] = [
    ['kk', 'Біз сіздің туыстарыңызға хабарласпаймыз.', 'contact_persons', 'negated'],
    ['kk', 'Қосымшада жарнама құралдары орнатылмаған.', 'purpose_advertising', 'negated'],
    ['kk', 'Біз сіздің орналасқан жеріңізді анықтамадық.', 'geolocation', 'negated'],
    ['kk', 'Жұмыс орныңыз туралы мәлімет бізде жоқпыз деп айта аламыз.', 'employment', 'negated'],
    ['en', 'Our pages contain no tracking pixels.', 'tracking_technologies', 'negated'],
    ['en', 'The lender sees your repayment history, never your income.', 'financial_status', 'declared'],
    ['en', 'Stores see the order number, never your income.', 'financial_status', 'negated'],
    ['ru', 'Партнёр получает номер заказа, но не ваш доход.', 'financial_status', 'negated'],
  ];
  it.each(cases)('%s: %s → %s %s', (...c) => expectStatus(c));

  it('reads a parenthesised denial as about its own subject, not the noun before it', () => {
    expectStatus(['ru', 'Мы сохраняем номер банковской карты (код CVC не сохраняется).', 'bank_card', 'declared']);
    expectStatus(['en', 'We keep the card number (the security code is never stored).', 'bank_card', 'declared']);
  });

  it('keeps a parenthesised condition on the noun before it', () => {
    expectStatus(['ru', 'Мы получаем: номер телефона (при необходимости).', 'phone', 'conditional']);
  });

  it('splits «and carries no …» from what the sentence affirms', () => {
    const parsed = parse(`${EN_FRAME}The website sets login cookies and loads no advertising pixels.`);
    expect(statusOf(parsed, 'cookies')).toBe('declared');
    expect(statusOf(parsed, 'tracking_technologies')).toBe('negated');
  });
});

describe('after round 5: conditions', () => {
  const cases: readonly StatusCase[] = [
    ['ru', 'Камера включается только пока вы держите кнопку съемки.', 'camera', 'conditional'],
    ['en', 'The microphone is used only while you hold the voice button.', 'microphone', 'conditional'],
    ['kk', 'Микрофон түймені басқан кезде ғана қосылады.', 'microphone', 'conditional'],
    ['ru', 'Геолокация определяется только после того, как вы разрешите доступ.', 'geolocation', 'conditional'],
    ['en', 'Location is read after you allow it in the browser.', 'geolocation', 'conditional'],
    ['kk', 'Электрондық пошта мекенжайым – өз қалауым бойынша көрсетіледі.', 'email', 'conditional'],
    ['ru', '[ ] Согласен получать рекламные рассылки.', 'purpose_advertising', 'conditional'],
  ];
  it.each(cases)('%s: %s → %s %s', (...c) => expectStatus(c));
});

describe('after round 5: paragraphs qualify their sentences', () => {
  it('a run-in heading yields to its paragraph', () => {
    expectStatus(['kk', 'Жарнама. Жарнамалық хабарламалар тек келісім берген жағдайда ғана жіберіледі.', 'purpose_advertising', 'conditional']);
    expectStatus(['ru', 'Маркетинг. Рекламные письма отправляются только если вы подписались.', 'purpose_advertising', 'conditional']);
  });

  it('a run-in heading alone still declares', () => {
    expectStatus(['ru', 'Маркетинг. Подробности в разделе 7.', 'purpose_advertising', 'declared']);
  });

  it('an exclusive condition restricts the practice in the whole paragraph', () => {
    expectStatus(['ru', '3.2. Рекламные пиксели ВКонтакте. Они помогают показывать нашу рекламу. Пиксели подключаются только если вы согласились в баннере.', 'tracking_technologies', 'conditional']);
    expectStatus(['en', 'Marketing pixels help us measure campaigns. These pixels load only if you accept them.', 'tracking_technologies', 'conditional']);
  });

  it('a consent that is not exclusive does not spread', () => {
    expectStatus(['ru', 'Мы собираем геолокацию для поиска отделений. С вашего согласия передаем ее партнерам.', 'geolocation', 'declared']);
  });
});

describe('after round 5: layout', () => {
  it('reads a text table row by row, wrapped cells included', () => {
    const text = `${EN_FRAME}Permission | Purpose | Optional?\nLocation   | Nearby branches (city level) | Yes: only if you allow it\nContacts   | Inviting a friend: we read the  | Yes: only if you allow it\n           | friend you choose               |\nMicrophone | Not requested | n/a\n`;
    const parsed = parse(text);
    expect(statusOf(parsed, 'geolocation')).toBe('conditional');
    expect(statusOf(parsed, 'contact_book')).toBe('conditional');
    expect(statusOf(parsed, 'microphone')).toBe('negated');
    expect(declarationsOf(parsed, 'contact_book')[0]?.quote).toContain('friend you choose');
    expect(declarationsOf(parsed, 'geolocation')[0]?.quote).not.toContain('Contacts');
  });

  it('does not count a section that explains what pixels are', () => {
    const text = `${RU_FRAME}1. Что такое пиксели\nПиксель — крошечное изображение, которое загружается со стороннего сервера.\n2. Что мы используем\nСайт ставит cookie сессии.`;
    expect(statusOf(parse(text), 'tracking_technologies')).toBe('silent');
  });

  it('still counts what the operator says it does in such a section', () => {
    const text = `${RU_FRAME}1. Что такое пиксели\nПиксель — крошечное изображение. Мы используем пиксели для подсчета открытий писем.`;
    expect(statusOf(parse(text), 'tracking_technologies')).toBe('declared');
  });

  it('treats a bold term and a dash as a glossary entry', () => {
    const text = `${RU_FRAME}1.2. Термины:\nа)\t**трансграничная передача** – передача данных иностранным лицам;\nб)\t**Сайт** – ресурс Компании.`;
    expect(statusOf(parse(text), 'cross_border_transfer')).toBe('silent');
  });
});

describe('after round 5: recipients and payment details', () => {
  it('names companies by legal form under a sharing heading', () => {
    const text = `${RU_FRAME}5. Кто получает данные\nСтатистику посещений обрабатывают ООО «Счётчик Плюс» и Example Analytics LLC.`;
    expect(statusOf(parse(text), 'third_party_sharing')).toBe('declared');
  });

  it('does not read the operator’s own IBAN as collected account data', () => {
    expectStatus(['kk', 'Төлем деректемелері: ЖСК (IBAN) KZ12 345B 6789 0123 4567, алушы – Агенттік.', 'bank_account', 'silent']);
    expectStatus(['ru', 'Мы запрашиваем номер счёта IBAN для перечисления займа.', 'bank_account', 'declared']);
  });
});

describe('after round 5: vocabulary', () => {
  const cases: readonly StatusCase[] = [
    ['kk', 'Бізге тегіңіз, атыңыз және әкеңіздің аты берілді.', 'name', 'declared'],
    ['kk', 'Кредитор несие шартының сомасы мен мерзімін берді.', 'loan_terms', 'declared'],
    ['ru', 'Мы получили номер и дату договора займа.', 'loan_terms', 'declared'],
    ['en', 'We received your loan agreement number from the lender.', 'loan_terms', 'declared'],
    ['ru', 'Клиент указывает номер моб. тел. и адрес.', 'phone', 'declared'],
    ['ru', 'Клиент загружает реквизиты док-та, удостоверяющего личность.', 'id_document', 'declared'],
    ['ru', 'Вы можете указать ссылки на профили Клиента в социальных сетях.', 'social_profile', 'declared'],
    ['ru', 'Во время видеозвонка звук не записывается.', 'microphone', 'negated'],
    ['ru', 'Банк направляет клиентам предложения о новых услугах.', 'purpose_advertising', 'declared'],
    ['kk', 'Банк сізге өз өнімдері туралы ұсыныстар жібереді.', 'purpose_advertising', 'declared'],
    ['en', 'We email you offers from our partners.', 'purpose_advertising', 'declared'],
    ['en', 'Events are recorded to measure how the app is used.', 'purpose_analytics', 'declared'],
    ['ru', 'На сайте установлен счётчик посещаемости.', 'purpose_analytics', 'declared'],
    ['ru', 'На сайте установлен счётчик посещаемости.', 'tracking_technologies', 'silent'],
  ];
  it.each(cases)('%s: %s → %s %s', (...c) => expectStatus(c));

  it('keeps a PEP question about a spouse in parentheses as KYC, not contact persons', () => {
    const parsed = parse(`${RU_FRAME}Клиент сообщает, является ли он ИПДЛ, его супругом (супругой) или близким родственником.`);
    expect(statusOf(parsed, 'kyc_status')).toBe('declared');
    expect(declarationsOf(parsed, 'contact_persons')).toEqual([]);
  });
});
