/** Section D practices in each language (sentences written for the tests). */
import { describe, expect, it } from 'vitest';
import type { CategoryId } from '../../../src/categories';
import { EN_FRAME, KK_FRAME, RU_FRAME, parse, statusOf } from './helpers';

const CASES: readonly (readonly [string, string, CategoryId])[] = [
  [RU_FRAME, 'Данные используются для показа рекламы партнеров.', 'purpose_advertising'],
  [RU_FRAME, 'Мы ведем статистику посещений с помощью веб-аналитики.', 'purpose_analytics'],
  [RU_FRAME, 'Банк вправе передавать сведения кредитному бюро и иным третьим лицам.', 'third_party_sharing'],
  [RU_FRAME, 'Данные могут передаваться за пределы Республики Казахстан.', 'cross_border_transfer'],
  [RU_FRAME, 'Все сведения передаются по защищенному соединению с использованием SSL-шифрования.', 'secure_transmission'],
  [RU_FRAME, 'Персональные данные хранятся в течение трех лет.', 'retention'],
  [KK_FRAME, 'Деректер жарнамалық хабарламалар жіберу үшін пайдаланылады.', 'purpose_advertising'],
  [KK_FRAME, 'Сайттың жұмысын талдау үшін статистика жиналады.', 'purpose_analytics'],
  [KK_FRAME, 'Ұйым деректерді үшінші тұлғаларға беруге құқылы.', 'third_party_sharing'],
  [KK_FRAME, 'Деректерді трансшекаралық беру жүзеге асырылады.', 'cross_border_transfer'],
  [KK_FRAME, 'Деректер шифрланған арна арқылы беріледі.', 'secure_transmission'],
  [KK_FRAME, 'Деректерді сақтау мерзімі бес жыл.', 'retention'],
  [EN_FRAME, 'We use your data for targeted advertising.', 'purpose_advertising'],
  [EN_FRAME, 'We use Google Analytics to measure traffic.', 'purpose_analytics'],
  [EN_FRAME, 'We share your information with our service providers.', 'third_party_sharing'],
  [EN_FRAME, 'Your data may be transferred outside Kazakhstan.', 'cross_border_transfer'],
  [EN_FRAME, 'All traffic is encrypted with TLS.', 'secure_transmission'],
  [EN_FRAME, 'We retain your application for three years.', 'retention'],
];

describe('practices', () => {
  it.each(CASES)('%s«%s» declares %s', (frame, sentence, category) => {
    expect(statusOf(parse(`${frame}${sentence}`), category)).toBe('declared');
  });

  it('a URL with https:// is not an encryption claim, and generic protection is not secure transmission', () => {
    const parsed = parse(`${RU_FRAME}Политика размещена по адресу: <https://example.kz>. Оператор принимает меры для защиты данных.`);
    expect(statusOf(parsed, 'secure_transmission')).toBe('silent');
  });

  it('a glossary entry defines cross-border transfer without declaring it', () => {
    const parsed = parse(`${RU_FRAME}Трансграничная передача персональных данных – передача персональных данных на территорию иностранного государства.`);
    expect(statusOf(parsed, 'cross_border_transfer')).toBe('silent');
  });

  it('a liability disclaimer about third parties declares nothing', () => {
    const parsed = parse(`${RU_FRAME}Компания не несет ответственности при передаче Пользователем кодов доступа третьим лицам.`);
    expect(statusOf(parsed, 'third_party_sharing')).toBe('silent');
    expect(statusOf(parsed, 'credentials')).toBe('silent');
  });
});
