/** Negation, conditions and catch-alls in each language (sentences written for the tests). */
import { describe, expect, it } from 'vitest';
import { EN_FRAME, KK_FRAME, RU_FRAME, declarationsOf, parse, statusOf } from './helpers';

describe('negation', () => {
  it('ru: «не собирает», «не осуществляет трансграничную передачу»', () => {
    const parsed = parse(`${RU_FRAME}Компания не собирает данные о местоположении. Компания не осуществляет трансграничную передачу данных.`);
    expect(statusOf(parsed, 'geolocation')).toBe('negated');
    expect(statusOf(parsed, 'cross_border_transfer')).toBe('negated');
  });

  it('ru: a denied and an affirmed practice in one sentence keep their own status', () => {
    const parsed = parse(`${RU_FRAME}Мы собираем номер телефона, но не собираем ИИН.`);
    expect(statusOf(parsed, 'phone')).toBe('declared');
    expect(statusOf(parsed, 'national_id')).toBe('negated');
  });

  it('ru: a hypothetical «если … не предоставит» is not a denial', () => {
    expect(statusOf(parse(`${RU_FRAME}Если Пользователь не предоставит номер телефона, заявка не рассматривается.`), 'phone')).toBe('declared');
  });

  it('kk: «жинамайды», «жүзеге асырылмайды»', () => {
    const parsed = parse(`${KK_FRAME}Ұйым геолокация деректерін жинамайды. Дербес деректерді трансшекаралық беру жүзеге асырылмайды.`);
    expect(statusOf(parsed, 'geolocation')).toBe('negated');
    expect(statusOf(parsed, 'cross_border_transfer')).toBe('negated');
  });

  it('kk: «пайдаланбай» (without using) is not a denial', () => {
    expect(statusOf(parse(`${KK_FRAME}Деректер автоматтандыру құралдарын пайдаланбай, белгіленген мерзімдерде сақталады.`), 'retention')).toBe('declared');
  });

  it('en: "we never access", "do not share"', () => {
    const parsed = parse(`${EN_FRAME}We never access your camera. We do not share your data with third parties.`);
    expect(statusOf(parsed, 'camera')).toBe('negated');
    expect(statusOf(parsed, 'third_party_sharing')).toBe('negated');
  });

  it('a denial with exceptions is conditional, in each language', () => {
    expect(declarationsOf(parse(`${RU_FRAME}Данные не передаются третьим лицам, за исключением случаев, предусмотренных законом.`), 'third_party_sharing')[0])
      .toMatchObject({ status: 'conditional', condition: expect.stringMatching(/^за исключением случаев/u) });
    expect(statusOf(parse(`${KK_FRAME}Деректер заңда көзделген жағдайларды қоспағанда, үшінші тұлғаларға берілмейді.`), 'third_party_sharing')).toBe('conditional');
    expect(statusOf(parse(`${EN_FRAME}We do not sell your data to third parties without your consent.`), 'third_party_sharing')).toBe('conditional');
  });
});

describe('conditions', () => {
  it('ru: «с согласия», «при необходимости», «на свое усмотрение» are reported as written', () => {
    const parsed = parse(`${RU_FRAME}С согласия Пользователя приложение определяет геолокацию. При необходимости мы запрашиваем справку о доходах. Клиент на свое усмотрение указывает адрес электронной почты.`);
    expect(declarationsOf(parsed, 'geolocation')[0]).toMatchObject({ status: 'conditional', condition: 'С согласия Пользователя' });
    expect(declarationsOf(parsed, 'financial_status')[0]).toMatchObject({ status: 'conditional', condition: 'При необходимости' });
    expect(declarationsOf(parsed, 'email')[0]).toMatchObject({ status: 'conditional', condition: 'на свое усмотрение' });
  });

  it('ru: «даёте согласие на трансграничную передачу» and «без согласия» are not conditions', () => {
    const parsed = parse(`${RU_FRAME}Вы даете согласие на трансграничную передачу данных. Оператор передает данные третьим лицам без согласия Пользователя по запросу суда.`);
    expect(statusOf(parsed, 'cross_border_transfer')).toBe('declared');
    expect(statusOf(parsed, 'third_party_sharing')).toBe('declared');
  });

  it('kk: «Пайдаланушының рұқсатымен», «қажет болған жағдайда»', () => {
    const parsed = parse(`${KK_FRAME}Пайдаланушының рұқсатымен қосымша камераны пайдаланады. Қажет болған жағдайда ұйым жұмыс орны туралы мәлімет сұрайды.`);
    expect(declarationsOf(parsed, 'camera')[0]).toMatchObject({ status: 'conditional', condition: 'Пайдаланушының рұқсатымен' });
    expect(statusOf(parsed, 'employment')).toBe('conditional');
  });

  it('en: "with your permission", "if you opt in"', () => {
    const parsed = parse(`${EN_FRAME}With your permission, the app reads your address book. We send marketing e-mails only if you opt in.`);
    expect(declarationsOf(parsed, 'contact_book')[0]).toMatchObject({ status: 'conditional', condition: 'With your permission' });
    expect(statusOf(parsed, 'purpose_advertising')).toBe('conditional');
  });
});

describe('catch-alls', () => {
  it('ru: questionnaire data and «иная информация» are personal_data_generic; «иные технологии» is generic tracking', () => {
    const parsed = parse(`${RU_FRAME}Банк собирает данные, которые пользователь предоставляет при регистрации и заполнении анкеты. Сайт использует иные технологии отслеживания.`);
    expect(statusOf(parsed, 'personal_data_generic')).toBe('generic');
    expect(statusOf(parsed, 'tracking_technologies')).toBe('generic');
  });

  it('ru: pixel tags beside «иных технологий» make tracking declared', () => {
    expect(statusOf(parse(`${RU_FRAME}Мы собираем информацию при помощи пиксельных тегов и иных технологий.`), 'tracking_technologies')).toBe('declared');
  });

  it('kk: «өзге де ақпарат» is generic, «басқа да ақпараттық ресурстар» is not', () => {
    expect(statusOf(parse(`${KK_FRAME}Клиент өз қалауы бойынша өзге де ақпаратты ұсынады.`), 'personal_data_generic')).toBe('generic');
    expect(statusOf(parse(`${KK_FRAME}Қосымша басқа да ақпараттық ресурстарға сілтеме береді.`), 'personal_data_generic')).toBe('silent');
  });

  it('en: "other information you provide" is generic; "other similar technologies" is generic tracking', () => {
    const parsed = parse(`${EN_FRAME}We collect other information you provide in the application form. We use other similar technologies.`);
    expect(statusOf(parsed, 'personal_data_generic')).toBe('generic');
    expect(statusOf(parsed, 'tracking_technologies')).toBe('generic');
  });
});
