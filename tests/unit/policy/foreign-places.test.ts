/**
 * Foreign jurisdictions and data-centre cities named as where data is stored or processed are a
 * cross-border transfer; a city counts only next to servers, storage or processing (sentences written
 * for the tests).
 */
import { describe, expect, it } from 'vitest';
import { EN_FRAME, KK_FRAME, RU_FRAME, parse, statusOf } from './helpers';

describe('foreign places of storage and processing', () => {
  it.each([
    ['ru', `${RU_FRAME}Сервер расположен во Франкфурте.`],
    ['ru', `${RU_FRAME}Резервные копии хранятся в Москве.`],
    ['ru', `${RU_FRAME}Данные обрабатываются в Турции.`],
    ['ru', `${RU_FRAME}Облачный провайдер размещает данные во Франции.`],
    ['kk', `${KK_FRAME}Деректер Франкфурттағы серверлерде сақталады.`],
    ['kk', `${KK_FRAME}Деректер Германияда өңделеді.`],
    ['kk', `${KK_FRAME}Біздің резервтік сервер Амстердамда орналасқан.`],
    ['kk', `${KK_FRAME}Көшірмелер АҚШ-та сақталады.`],
    ['en', `${EN_FRAME}Our servers are located in Moscow.`],
    ['en', `${EN_FRAME}Backups are kept in Frankfurt, Germany.`],
    ['en', `${EN_FRAME}Your data is stored on servers in the EU.`],
    ['en', `${EN_FRAME}Support tickets are processed in Türkiye.`],
  ])('%s: %s', (_language, text) => {
    expect(statusOf(parse(text), 'cross_border_transfer')).toBe('declared');
  });

  it.each([
    ['ru', `${RU_FRAME}Мы работаем с клиентами в Москве и других городах.`],
    ['ru', `${RU_FRAME}Данные хранятся на серверах в Алматы.`],
    ['ru', `${RU_FRAME}Решение принимается в индивидуальном порядке.`],
    ['kk', `${KK_FRAME}Біздің кеңсеміз Мәскеуде орналасқан.`],
    ['en', `${EN_FRAME}Our office is located in London.`],
    ['ru', `${RU_FRAME}Наш офис расположен в Ташкенте.`],
    ['en', `${EN_FRAME}If you reside in California, you have additional rights.`],
  ])('%s: no foreign place of data: %s', (_language, text) => {
    expect(statusOf(parse(text), 'cross_border_transfer')).toBe('silent');
  });
});
