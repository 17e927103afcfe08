/** Inflected and derived forms, synonyms and abbreviations in each language (sentences written for the tests). */
import { describe, expect, it } from 'vitest';
import type { CategoryId } from '../../../src/categories';
import { EN_FRAME, KK_FRAME, RU_FRAME, parse, statusOf } from './helpers';

const CASES: readonly (readonly [string, string, CategoryId])[] = [
  ['ru', 'Мы храним сведения о местоположении вашего смартфона.', 'geolocation'],
  ['ru', 'Приложение запрашивает информацию о местонахождении заемщика.', 'geolocation'],
  ['ru', 'Сервис обрабатывает геоданные клиента.', 'geolocation'],
  ['ru', 'Клиент сообщает свой ИИН и e-mail.', 'national_id'],
  ['ru', 'Клиент сообщает свой ИИН и e-mail.', 'email'],
  ['ru', 'На сайте применяются куки.', 'cookies'],
  ['ru', 'Сайт сохраняет cookie-файлы в браузере.', 'cookies'],
  ['ru', 'Сервер записывает IP-адреса посетителей.', 'ip_address'],
  ['ru', 'Для проверки личности нужны сканированные копии паспорта.', 'document_image'],
  ['ru', 'Мы просим сделать селфи при оформлении займа.', 'face_image'],
  ['kk', 'Қосымша пайдаланушының орналасқан жері туралы деректерді алады.', 'geolocation'],
  ['kk', 'Серіктестік құрылғының камерасынан суретті алады.', 'camera'],
  ['kk', 'Клиент ЖСН-ды және телефон нөмірін көрсетеді.', 'national_id'],
  ['kk', 'Клиент ЖСН-ды және телефон нөмірін көрсетеді.', 'phone'],
  ['kk', 'Сайт IP-мекенжайды және cookie файлдарын жинайды.', 'ip_address'],
  ['kk', 'Сайт IP-мекенжайды және cookie файлдарын жинайды.', 'cookies'],
  ['kk', 'Пайдаланушының телефон кітабындағы байланыстар оқылады.', 'contact_book'],
  ['en', 'We record the geolocation of your phone.', 'geolocation'],
  ['en', 'The app reads your precise location when you apply.', 'geolocation'],
  ['en', 'We collect your IP addresses and cookies.', 'ip_address'],
  ['en', 'You upload a scanned passport and a selfie.', 'document_image'],
  ['en', 'You upload a scanned passport and a selfie.', 'face_image'],
  ['en', 'We ask for your e-mail address and mobile phone number.', 'email'],
  ['en', 'We ask for your e-mail address and mobile phone number.', 'phone'],
];

const FRAMES: Readonly<Record<string, string>> = { ru: RU_FRAME, kk: KK_FRAME, en: EN_FRAME };

describe('lexicon: inflections, synonyms and abbreviations', () => {
  it.each(CASES)('%s: «%s» declares %s', (language, sentence, category) => {
    expect(statusOf(parse(`${FRAMES[language] ?? ''}${sentence}`), category)).toBe('declared');
  });

  it('does not take compound halves or look-alike words for data', () => {
    const parsed = parse(`${RU_FRAME}Сервер записывает IP-адрес. Споры решаются в суде по месту нахождения Компании. Действует Гражданский кодекс.`);
    expect(statusOf(parsed, 'address')).toBe('silent');
    expect(statusOf(parsed, 'geolocation')).toBe('silent');
    expect(statusOf(parsed, 'citizenship')).toBe('silent');
  });

  it('does not read «Шетелдік жария лауазымды тұлғалар» (foreign PEPs) as a cross-border transfer', () => {
    const parsed = parse(`${KK_FRAME}Шетелдік жария лауазымды тұлғаларға қатыстылығы туралы мәлімет жиналады.`);
    expect(statusOf(parsed, 'cross_border_transfer')).toBe('silent');
    expect(statusOf(parsed, 'kyc_status')).toBe('declared');
  });

  it('treats an e-mail address given as a channel as no declaration, in each language', () => {
    expect(statusOf(parse(`${RU_FRAME}Вопросы направляйте по электронной почте privacy@bank.kz.`), 'email')).toBe('silent');
    expect(statusOf(parse(`${KK_FRAME}Сұрақтарды электрондық пошта арқылы жіберіңіз.`), 'email')).toBe('silent');
    expect(statusOf(parse(`${EN_FRAME}Contact us by email at privacy@bank.kz.`), 'email')).toBe('silent');
  });
});
