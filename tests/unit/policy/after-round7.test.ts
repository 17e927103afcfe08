/**
 * Phenomena found by the first run of held-out round 7, tested on texts written for the tests: short
 * notices that never say "personal data", FAQ questions with yes/no answers, a category-less
 * "only if" sentence, "no … are collected", a denial that closes a clause, and new vocabulary.
 */
import { describe, expect, it } from 'vitest';
import { parsePolicySync } from '../../../src/policy/index';
import { RU_FRAME, declarationsOf, expectStatus, parse, statusOf, type StatusCase } from './helpers';

describe('after round 7: short notices are policies', () => {
  it.each([
    'Уведомление о переуступке. Банк передал агентству ваши ФИО, ИИН и номер телефона для работы с долгом.',
    'Data collected\nPersonal info: Name, Phone number, Email address. Photos: Selfie. Shared: no.',
  ])('accepts %j', (text) => {
    expect(parsePolicySync(text, { source: 'test' }).ok).toBe(true);
  });

  it('still refuses a text that names identity data without anything done with it', () => {
    expect(parsePolicySync('Образец бланка: ФИО ______ ИИН ______ Паспорт ______', { source: 'test' }).ok).toBe(false);
  });
});

describe('after round 7: FAQ answers', () => {
  const faq = [
    'Частые вопросы о данных',
    'Узнаёте ли вы, где я нахожусь?',
    'Нет. Сайт не спрашивает местоположение.',
    'Нужна ли фотография паспорта?',
    'Да. Вы загружаете скан разворота.',
    'Нужно ли указывать родственника?',
    'Не обязательно. Можно оставить поле пустым.',
    'Присылаете ли вы рекламу?',
    'Только если вы подписались на рассылку.',
    'Сколько вы храните анкету?',
    'Три года после погашения займа, то есть 3 года.',
  ].join('\n');

  it('reads the answer’s first word as the question’s status', () => {
    const parsed = parse(`${RU_FRAME}${faq}`);
    expect(statusOf(parsed, 'geolocation')).toBe('negated');
    expect(statusOf(parsed, 'document_image')).toBe('declared');
    expect(statusOf(parsed, 'contact_persons')).toBe('conditional');
    expect(statusOf(parsed, 'purpose_advertising')).toBe('conditional');
    expect(statusOf(parsed, 'retention')).toBe('declared');
  });

  it('quotes the question with its answer', () => {
    const parsed = parse(`${RU_FRAME}${faq}`);
    expect(declarationsOf(parsed, 'geolocation').map((d) => d.quote)).toContain('Узнаёте ли вы, где я нахожусь? Нет.');
  });

  it('keeps an unanswered question as a questionnaire item', () => {
    expectStatus(['ru', 'Являетесь ли вы публичным должностным лицом?\nФамилия, имя, отчество.', 'kyc_status', 'declared']);
  });
});

describe('after round 7: modality', () => {
  const cases: readonly StatusCase[] = [
    ['en', 'Location: Approximate location. Optional - collected only if you allow it.', 'geolocation', 'conditional'],
    ['en', 'No call logs or address-book contacts are collected.', 'contact_book', 'negated'],
    ['en', 'No data shared with third parties.', 'third_party_sharing', 'negated'],
    ['ru', 'Данные передаются кредитным бюро и банку. Рекламным сетям — никогда.', 'purpose_advertising', 'negated'],
    ['ru', 'Серверы стоят в Алматы, трансграничная передача не ведётся.', 'cross_border_transfer', 'negated'],
    ['ru', 'Мы не звоним вашим родственникам.', 'contact_persons', 'negated'],
    ['ru', 'Номер карты вводится на странице банка, к нам он не попадает.', 'bank_card', 'negated'],
  ];
  it.each(cases)('%s: %s → %s %s', (...c) => expectStatus(c));
});

describe('after round 7: vocabulary', () => {
  const cases: readonly StatusCase[] = [
    ['en', 'We do not collect voice or sound recordings.', 'microphone', 'negated'],
    ['en', 'App activity: app interactions and search history.', 'usage_data', 'declared'],
    ['en', 'Personal info: name and other info you add.', 'personal_data_generic', 'generic'],
    ['ru', 'Кредитор передал нам условия договора займа.', 'loan_terms', 'declared'],
    ['ru', 'Споры решаются в соответствии с условиями договора.', 'loan_terms', 'silent'],
  ];
  it.each(cases)('%s: %s → %s %s', (...c) => expectStatus(c));
});
