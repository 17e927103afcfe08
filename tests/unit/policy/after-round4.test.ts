/**
 * Phenomena found by the first run of held-out round 4, tested on sentences written for the tests:
 * consent forms whose object comes after the consenting person or a list number, loan parameters,
 * codes sent by SMS, what is searched for in social networks, hyphenated selfies, photos of a side of
 * a document or of the person holding it, existential and safeguard negations, the person's own
 * choice as a condition, scope statements, unnumbered headings, and recipients under a sharing lead.
 */
import { describe, expect, it } from 'vitest';
import { parsePolicySync } from '../../../src/policy/index';
import { expectStatus, type StatusCase } from './helpers';

describe('after round 4: vocabulary', () => {
  const cases: readonly StatusCase[] = [
    ['ru', 'Мы храним валюту и ставку по займу.', 'loan_terms', 'declared'],
    ['ru', 'Банк составляет график погашения и отправляет его клиенту.', 'loan_terms', 'declared'],
    ['ru', 'Магазин сообщает нам сумму покупки.', 'loan_terms', 'declared'],
    ['en', 'Tell us the sum you would like to borrow.', 'loan_terms', 'declared'],
    ['en', 'We e-mail you the repayment schedule.', 'loan_terms', 'declared'],
    ['en', 'We record the amount of the loan.', 'loan_terms', 'declared'],
    ['ru', 'В анкете указывается год рожд. заявителя.', 'birth_date', 'declared'],
    ['ru', 'Вход подтверждается кодом в СМС.', 'credentials', 'declared'],
    ['kk', 'Кіру SMS арқылы келген кодпен расталады.', 'credentials', 'declared'],
    ['en', 'Each payment is confirmed with a code sent by SMS.', 'credentials', 'declared'],
    ['ru', 'Банк может проверять информацию о клиенте в социальных сетях.', 'social_profile', 'declared'],
    ['kk', 'Банк сіз туралы ақпаратты әлеуметтік желілерден тексереді.', 'social_profile', 'declared'],
    ['en', 'We may collect information about you on social media.', 'social_profile', 'declared'],
    ['kk', 'Төлем карточкасының деректері сақталады.', 'bank_card', 'declared'],
    ['ru', 'Клиент записывает видео-селфи.', 'face_image', 'declared'],
    ['kk', 'Клиент бейне-селфи түсіреді.', 'face_image', 'declared'],
    ['en', 'You record a video-selfie in the app.', 'face_image', 'declared'],
    ['ru', 'Загрузите фото лицевой стороны удостоверения.', 'document_image', 'declared'],
    ['en', 'Upload a scan of both sides of your passport.', 'document_image', 'declared'],
    ['ru', 'Нужен снимок заемщика с паспортом в руках.', 'document_image', 'declared'],
    ['kk', 'Төлқұжатпен бірге түскен суретіңізді жүктеңіз.', 'document_image', 'declared'],
    ['en', 'We ask for a selfie holding your passport.', 'document_image', 'declared'],
    ['kk', 'Біз парақшаларды қарау статистикасын жинаймыз.', 'usage_data', 'declared'],
    ['ru', 'Телефон используется для информирования клиента о новых продуктах.', 'purpose_advertising', 'declared'],
  ];
  it.each(cases)('%s: «%s» → %s %s', (...c) => expectStatus(c));

  it('keeps news in social networks and a shop sum apart from the person', () => {
    expectStatus(['ru', 'Мы публикуем информацию о новых продуктах в социальных сетях.', 'social_profile', 'silent']);
    expectStatus(['en', 'Follow us and find information on social media.', 'social_profile', 'silent']);
  });
});

describe('after round 4: denials', () => {
  const cases: readonly StatusCase[] = [
    ['ru', 'Счетчиков на сайте нет.', 'purpose_analytics', 'negated'],
    ['kk', 'Сайтта пиксельдер жоқ.', 'tracking_technologies', 'negated'],
    ['en', 'There are no tracking pixels on our site.', 'tracking_technologies', 'negated'],
    ['ru', 'Компания не размещает счетчики на сайте.', 'purpose_analytics', 'negated'],
    ['ru', 'Приложение не включает микрофон.', 'microphone', 'negated'],
    ['en', 'The app never turns on the camera.', 'camera', 'negated'],
    ['en', 'We never activate the microphone.', 'microphone', 'negated'],
    ['ru', 'Мы не ищем сведения о вас в социальных сетях.', 'social_profile', 'negated'],
    ['en', 'We do not search social media for you.', 'social_profile', 'negated'],
    // A safeguard for kept data is no denial: the data is processed.
    ['ru', 'Пароли не хранятся в открытом виде.', 'credentials', 'declared'],
    ['kk', 'Құпия сөзіңіз ашық түрде берілмейді.', 'credentials', 'declared'],
    ['en', 'Passwords are never stored in plain text.', 'credentials', 'declared'],
    ['en', 'Without such consent we do not read your location.', 'geolocation', 'conditional'],
  ];
  it.each(cases)('%s: «%s» → %s %s', (...c) => expectStatus(c));
});

describe('after round 4: the person\'s own choice is a condition', () => {
  const cases: readonly StatusCase[] = [
    ['ru', 'Номер телефона родственника указывается, если я решу его предоставить.', 'contact_persons', 'conditional'],
    ['ru', 'Геолокацию приложение получает, если вы включите её в настройках.', 'geolocation', 'conditional'],
    ['kk', 'Егер сіз қаласаңыз, қосымша геолокацияны пайдаланады.', 'geolocation', 'conditional'],
    ['en', 'I give my employer name if I decide to.', 'employment', 'conditional'],
  ];
  it.each(cases)('%s: «%s» → %s %s', (...c) => expectStatus(c));
});

describe('after round 4: document structure', () => {
  it('accepts a consent whose object follows the consenting person or a list number', () => {
    const texts = [
      'СОГЛАСИЕ СУБЪЕКТА КРЕДИТНОЙ ИСТОРИИ на получение отчета\nЯ разрешаю банку получить сведения о моих займах.',
      'Я даю банку согласие:\n1) на передачу сведений о моих займах;\n2) на получение отчетов.',
      'Borrower consent: (a) to the release of my credit report to lenders. I authorise the lender to act on it.',
    ];
    for (const text of texts) expect(parsePolicySync(text, { source: 'test' }).ok, text).toBe(true);
  });

  it('does not read what the document covers as an unlisted collection', () => {
    expectStatus(['ru', 'Настоящая Политика описывает, как Компания собирает персональные данные.', 'personal_data_generic', 'silent']);
    expectStatus(['kk', 'Осы Саясат Банктің дербес деректерді жинау тәртібін айқындайды.', 'personal_data_generic', 'silent']);
    expectStatus(['en', 'This Notice explains how we collect personal information.', 'personal_data_generic', 'silent']);
    expectStatus(['ru', 'Компания собирает персональные данные клиентов.', 'personal_data_generic', 'generic']);
  });

  it('reads a short unnumbered line between paragraphs as a heading that declares nothing', () => {
    expectStatus(['ru', 'Мы собираем ИИН.\nМаркетинг\nДанные не используются в рекламных целях.', 'purpose_advertising', 'negated']);
    expectStatus(['kk', 'Біз ЖСН жинаймыз.\nЖарнама\nБанк деректерді жарнама үшін пайдаланбайды.', 'purpose_advertising', 'negated']);
    expectStatus(['en', 'We ask for your IIN.\nCookies\nWe do not set cookies.', 'cookies', 'negated']);
  });

  it('reads recipients listed under a lead or heading about handing data over as sharing', () => {
    expectStatus(['ru', 'Компания передает персональные данные:\n1) кредитным бюро;\n2) страховым компаниям.', 'third_party_sharing', 'declared']);
    expectStatus(['kk', 'Деректерді алушылар:\n- кредиттік бюролар;\n- сақтандыру компаниялары.', 'third_party_sharing', 'declared']);
    expectStatus(['en', 'We collect your name.\n3. Who receives your data\n- Insurers, for the policies you buy.', 'third_party_sharing', 'declared']);
    expectStatus(['ru', 'Мы получаем сведения из следующих источников:\n- кредитные бюро;\n- государственные базы.', 'third_party_sharing', 'silent']);
  });
});
