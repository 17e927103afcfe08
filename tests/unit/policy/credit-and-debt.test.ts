/**
 * Credit bureaus, collectors and debts (sentences written for the tests): a bureau named as a recipient
 * is sharing, a report fetched from it is the person's credit data; «для взыскания задолженности» is a
 * purpose that hands data to collectors, not data about the person's debts; assigning the claim or
 * selling data is sharing.
 */
import { describe, expect, it } from 'vitest';
import { EN_FRAME, KK_FRAME, RU_FRAME, parse, statusOf } from './helpers';

describe('credit bureau: recipient or source', () => {
  it.each([
    ['ru', `${RU_FRAME}Организация обменивается данными с кредитными бюро.`],
    ['ru', `${RU_FRAME}Сведения передаются в ПКБ и ГКБ.`],
    ['kk', `${KK_FRAME}Мәліметтер несие бюросына беріледі.`],
    ['en', `${EN_FRAME}We share your data with the credit bureau.`],
  ])('%s: a bureau as recipient is sharing, not financial data: %s', (_language, text) => {
    const parsed = parse(text);
    expect(statusOf(parsed, 'third_party_sharing')).toBe('declared');
    expect(statusOf(parsed, 'financial_status')).toBe('silent');
  });

  it.each([
    ['ru', `${RU_FRAME}Банк получает сведения о заемщике из кредитного бюро.`],
    ['ru', `${RU_FRAME}Мы направляем запрос в ПКБ.`],
    ['kk', `${KK_FRAME}Ұйым несие бюросынан есеп алады.`],
    ['en', `${EN_FRAME}We obtain reports from the credit bureau.`],
  ])('%s: what comes from a bureau is credit data: %s', (_language, text) => {
    expect(statusOf(parse(text), 'financial_status')).toBe('declared');
  });
});

describe('debt collection', () => {
  it.each([
    ['ru', `${RU_FRAME}Для взыскания просроченной задолженности данные могут быть переданы.`],
    ['ru', `${RU_FRAME}Компания вправе передать сведения с целью взыскания задолженности.`],
    ['kk', `${KK_FRAME}Берешекті өндіріп алу үшін деректер берілуі мүмкін.`],
    ['en', `${EN_FRAME}We may pass your file on for debt collection.`],
  ])('%s: a debt-collection purpose is sharing, not the person\'s debts: %s', (_language, text) => {
    const parsed = parse(text);
    expect(statusOf(parsed, 'third_party_sharing')).toBe('declared');
    expect(statusOf(parsed, 'financial_status')).toBe('silent');
  });

  it('the debt itself is still financial data', () => {
    expect(statusOf(parse(`${RU_FRAME}Мы обрабатываем сведения о задолженности клиента.`), 'financial_status')).toBe('declared');
    expect(statusOf(parse(`${KK_FRAME}Агенттік берешек сомасын өңдейді.`), 'financial_status')).toBe('declared');
    expect(statusOf(parse(`${EN_FRAME}We record your outstanding debt.`), 'financial_status')).toBe('declared');
  });

  it.each([
    ['ru', `${RU_FRAME}Мы вправе уступить права требования по договору.`],
    ['kk', `${KK_FRAME}Ұйым талап ету құқығын басқа тұлғаға беруі мүмкін.`],
    ['en', `${EN_FRAME}We may assign your loan to another lender.`],
  ])('%s: assigning the claim is sharing: %s', (_language, text) => {
    expect(statusOf(parse(text), 'third_party_sharing')).toBe('declared');
  });

  it.each([
    ['ru', `${RU_FRAME}Банк не продает персональные данные.`],
    ['kk', `${KK_FRAME}Біз деректеріңізді сатпаймыз.`],
    ['en', `${EN_FRAME}We never sell your personal information.`],
  ])('%s: a denial of selling data denies sharing: %s', (_language, text) => {
    expect(statusOf(parse(text), 'third_party_sharing')).toBe('negated');
  });

  it('kk: «сатып алу» is buying, not selling', () => {
    expect(statusOf(parse(`${KK_FRAME}Ұйым деректерді сатып алмайды.`), 'third_party_sharing')).toBe('silent');
  });
});
