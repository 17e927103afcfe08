/**
 * Phenomena found by the first run of held-out round 6, tested on sentences written for the tests:
 * English contractions, asides in a list's lead, anaphoric cases, the person who refused, reference
 * mentions (lifetimes, partner tables, opt-out steps, "collected through"), periods under a
 * retention heading, line-end hyphenation, withdrawable consent, and new vocabulary.
 */
import { describe, expect, it } from 'vitest';
import { KK_FRAME, RU_FRAME, declarationsOf, expectStatus, parse, statusOf, type StatusCase } from './helpers';

describe('after round 6: denials', () => {
  const cases: readonly StatusCase[] = [
    ['en', "We don't collect your location.", 'geolocation', 'negated'],
    ['en', 'The app won’t access your microphone.', 'microphone', 'negated'],
    ['en', 'We will never contact your relatives.', 'contact_persons', 'negated'],
    ['ru', 'Мы не просим ссылки на ваши страницы в социальных сетях.', 'social_profile', 'negated'],
    ['kk', 'Биометриялық тексеруден бас тартқан клиенттің бет бейнесі өңделмейді.', 'face_image', 'negated'],
  ];
  it.each(cases)('%s: %s → %s %s', (...c) => expectStatus(c));

  it('reads the items of a lead whose aside denies something else', () => {
    const parsed = parse(`${KK_FRAME}Банк бізге мынадай деректерді берді (басқа деректер берілген жоқ):\n– тегіңіз, атыңыз;\n– ЖСН.`);
    expect(statusOf(parsed, 'name')).toBe('declared');
    expect(statusOf(parsed, 'national_id')).toBe('declared');
  });

  it('keeps an exception that carries its own parenthesis', () => {
    expectStatus(['kk', 'Деректер үшінші тұлғаларға берілмейді, заңда көзделген жағдайларды (сот сұраулары) қоспағанда.', 'third_party_sharing', 'conditional']);
  });
});

describe('after round 6: conditions', () => {
  const cases: readonly StatusCase[] = [
    ['kk', 'Клиент қаласа, электрондық пошта мекенжайын көрсетеді.', 'email', 'conditional'],
    ['kk', 'Вебвизор тек сіз келісім берсеңіз ғана қосылады.', 'session_recording', 'conditional'],
    ['en', 'We use it for marketing, but only where you opt in.', 'purpose_advertising', 'conditional'],
    ['en', 'You can withdraw consent to marketing at any time.', 'purpose_advertising', 'conditional'],
    ['ru', 'Вы можете отозвать согласие на получение рекламы.', 'purpose_advertising', 'conditional'],
  ];
  it.each(cases)('%s: %s → %s %s', (...c) => expectStatus(c));

  it('carries a condition into «in that case»', () => {
    expectStatus(['kk', 'Клиенттің келісімі болған жағдайда Компания селфи өңдейді. Мұндай жағдайда сурет камера арқылы түсіріледі.', 'camera', 'conditional']);
    expectStatus(['en', 'With your consent we verify your selfie. In that case the camera opens in the app.', 'camera', 'conditional']);
    expectStatus(['en', 'We verify your selfie. In that case the camera opens in the app.', 'camera', 'declared']);
  });

  it('does not restrict a statement that says it always holds', () => {
    expectStatus(['ru', 'Необходимые cookie устанавливаются всегда. Аналитические cookie ставятся только после вашего согласия в баннере.', 'cookies', 'declared']);
  });

  it('lets «they … only if» restrict the whole paragraph', () => {
    expectStatus(['kk', 'Жарнамалық пиксельдер біздің ұсыныстарымызды көрсетеді. Олар сіз келісім берген жағдайда ғана іске қосылады.', 'tracking_technologies', 'conditional']);
  });
});

describe('after round 6: reference mentions', () => {
  const notice = [
    'Политика cookie',
    '2. Рекламные cookie. Рекламные пиксели загружаются только если вы нажали «Разрешить».',
    '3. Партнёры',
    'Партнёр | Сервис | Страна',
    'ООО «Пример» | Рекламный кабинет | Россия',
    '4. Сколько хранятся cookie',
    '– рекламные cookie – 90 дней;',
    '5. Как отказаться',
    'Отключите рекламные cookie в настройках сайта.',
    'Данные, собранные с помощью рекламных пикселей, обрабатывают партнёры.',
  ].join('\n');

  it('does not let lifetimes, partner tables and opt-out steps undo a described condition', () => {
    expect(statusOf(parse(notice), 'purpose_advertising')).toBe('conditional');
    expect(statusOf(parse(notice), 'tracking_technologies')).toBe('conditional');
  });

  it('still counts a reference when it is the only mention', () => {
    expectStatus(['ru', 'Отключите рекламные cookie в настройках сайта.', 'purpose_advertising', 'declared']);
  });

  it('reads periods listed under a retention heading as retention', () => {
    const parsed = parse(`${RU_FRAME}4. Сколько хранятся cookie\n– сессионные cookie – до закрытия браузера;\n– аналитические cookie – 13 месяцев.`);
    expect(statusOf(parsed, 'retention')).toBe('declared');
    expect(statusOf(parse(`${RU_FRAME}4. Кому мы передаём данные\n– аналитические cookie – 13 месяцев.`), 'retention')).toBe('silent');
  });
});

describe('after round 6: layout and vocabulary', () => {
  it('joins a word hyphenated at a line end, quoting the source as written', () => {
    const parsed = parse(`${RU_FRAME}Отчёты о сбоях при этом передаются за пре-\nделы Республики Казахстан.`);
    expect(statusOf(parsed, 'cross_border_transfer')).toBe('declared');
    expect(declarationsOf(parsed, 'cross_border_transfer')[0]?.quote).toContain('пре-');
  });

  const cases: readonly StatusCase[] = [
    ['ru', 'Вы загружаете фотографию, на которой держите удостоверение личности рядом с лицом.', 'document_image', 'declared'],
    ['ru', 'Вы загружаете фотографию, на которой держите удостоверение личности рядом с лицом.', 'face_image', 'declared'],
    ['ru', 'Сервер записывает в журнал дату и время каждого запроса.', 'access_logs', 'declared'],
    ['ru', 'Мы запрашиваем сведения о запрашиваемом и полученном микрокредите.', 'loan_terms', 'declared'],
    ['ru', 'Клиент загружает данные удостоверения личности (номер, дата выдачи), а также его электронную копию.', 'document_image', 'declared'],
    ['en', 'We take a photo of the front and back of the card.', 'document_image', 'declared'],
    ['en', 'If you choose to connect your Instagram account, we receive your username.', 'social_profile', 'conditional'],
    ['kk', 'Сайтқа кірген күніңіз бен уақытыңыз тіркеледі.', 'access_logs', 'declared'],
    ['kk', 'Клиент браузер баптауларында cookie файлдарын өшіре алады.', 'browser_info', 'silent'],
    ['kk', 'Агенттік берешекті реттеу үшін сізге хабарласады.', 'financial_status', 'silent'],
  ];
  it.each(cases)('%s: %s → %s %s', (...c) => expectStatus(c));

  it('keeps a PEP question with the abbreviation in parentheses as KYC', () => {
    const parsed = parse(`${RU_FRAME}Банк выясняет, не являетесь ли вы публичным должностным лицом (ИПДЛ) или его родственником.`);
    expect(statusOf(parsed, 'kyc_status')).toBe('declared');
    expect(declarationsOf(parsed, 'contact_persons')).toEqual([]);
  });
});
