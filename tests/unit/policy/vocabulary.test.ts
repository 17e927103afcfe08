/** Abbreviations, synonyms and paraphrases the first lexicons lacked, in each language (sentences written for the tests). */
import { describe, expect, it } from 'vitest';
import type { CategoryId } from '../../../src/categories';
import { EN_FRAME, KK_FRAME, RU_FRAME, parse, statusOf } from './helpers';

const FRAMES: Readonly<Record<string, string>> = { ru: RU_FRAME, kk: KK_FRAME, en: EN_FRAME };

const DECLARED: readonly (readonly [string, string, CategoryId])[] = [
  // abbreviations of the full name
  ['ru', 'Заявитель пишет свои Ф. И. О. в анкете.', 'name'],
  ['kk', 'Өтінішке клиенттің Т.А.Ә. жазылады.', 'name'],
  // data leaving the country, said without «трансграничная»
  ['ru', 'Резервные копии хранятся на серверах за границей.', 'cross_border_transfer'],
  ['ru', 'Облачный сервис размещает данные в Соединенных Штатах.', 'cross_border_transfer'],
  ['kk', 'Резервтік көшірмелер Қазақстаннан тыс орналасқан серверлерде сақталады.', 'cross_border_transfer'],
  ['en', 'Backups are hosted in the United Kingdom.', 'cross_border_transfer'],
  // entrusting processing, recipients with modifiers
  ['ru', 'Компания поручает рассылку уведомлений третьим лицам.', 'third_party_sharing'],
  ['kk', 'Ұйым деректерді өңдеуді үшінші тұлғаға тапсырады.', 'third_party_sharing'],
  ['en', 'We send repayment data to licensed debt collectors.', 'third_party_sharing'],
  ['en', 'We disclose your card details to card payment processors.', 'third_party_sharing'],
  // face recognition and liveness
  ['ru', 'Система выполняет сличение лица клиента с фотографией в документе.', 'face_image'],
  ['kk', 'Қосымша клиенттің бетін тану функциясын қолданады.', 'face_image'],
  ['en', 'The app performs face matching against your ID.', 'face_image'],
  // photographing a document
  ['ru', 'Клиент отсканирует паспорт через приложение.', 'document_image'],
  ['kk', 'Клиент жеке куәлігін суретке түсіреді.', 'document_image'],
  ['en', 'You photograph both sides of your identity card.', 'document_image'],
  // retention until an event, destruction within a period
  ['ru', 'Оператор использует сведения до прекращения договора.', 'retention'],
  ['ru', 'После закрытия счета записи удаляются в течение месяца.', 'retention'],
  ['kk', 'Деректер шарт жабылғанға дейін сақталады.', 'retention'],
  ['kk', 'Мерзім өткеннен кейін деректер жойылады.', 'retention'],
  ['en', 'We erase closed applications within 90 days.', 'retention'],
  ['en', 'We hold transaction records for seven years.', 'retention'],
];

describe('vocabulary', () => {
  it.each(DECLARED)('%s: «%s» declares %s', (language, sentence, category) => {
    expect(statusOf(parse(`${FRAMES[language] ?? ''}${sentence}`), category)).toBe('declared');
  });

  it('kk: «ішінде» after a place is no retention period', () => {
    expect(statusOf(parse(`${KK_FRAME}Деректер Қазақстан ішінде сақталады.`), 'retention')).toBe('silent');
  });

  it('en: "to us" is no foreign place', () => {
    expect(statusOf(parse(`${EN_FRAME}You transfer your documents to us through the app.`), 'cross_border_transfer')).toBe('silent');
  });
});

describe('recorded calls are not the device microphone', () => {
  it('ru: «запись телефонных разговоров», «аудиозапись … при обращении»', () => {
    expect(statusOf(parse(`${RU_FRAME}Банк хранит аудиозаписи разговоров с клиентами.`), 'microphone')).toBe('silent');
    expect(statusOf(parse(`${RU_FRAME}Мы записываем голос клиента при обращении в поддержку.`), 'microphone')).toBe('silent');
    expect(statusOf(parse(`${RU_FRAME}Приложение делает аудиозапись через микрофон смартфона.`), 'microphone')).toBe('declared');
  });

  it('kk: «қоңыраулардың аудиожазбасы»', () => {
    expect(statusOf(parse(`${KK_FRAME}Байланыс орталығы қоңыраулардың аудиожазбасын сақтайды.`), 'microphone')).toBe('silent');
    expect(statusOf(parse(`${KK_FRAME}Қосымша клиенттің дауыс жазбасын алады.`), 'microphone')).toBe('declared');
  });

  it('en: "audio recordings of calls"', () => {
    expect(statusOf(parse(`${EN_FRAME}We keep audio recordings of your calls with our agents.`), 'microphone')).toBe('silent');
    expect(statusOf(parse(`${EN_FRAME}The app makes voice recordings for identification.`), 'microphone')).toBe('declared');
  });
});
