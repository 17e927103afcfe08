/**
 * General causes found by rounds 29–30, tested on texts written for the tests. Each rule has wordings in the languages
 * it applies to and a case it must leave alone.
 */
import { describe, it } from 'vitest';
import { expectStatus, type StatusCase } from './helpers';

describe('rounds 29–30: denied verbs of making copies, asking and showing advertising', () => {
  it.each<StatusCase>([
    ['ru', 'Сканы паспорта Компания не изготавливает.', 'document_image', 'negated'],
    ['ru', 'Копий удостоверения личности мы не изготовим и хранить не будем.', 'document_image', 'negated'],
    ['ru', 'Операторы колл-центра никогда не попросят назвать код из SMS.', 'credentials', 'negated'],
    ['ru', 'В приложении мы не показываем рекламу третьих лиц.', 'purpose_advertising', 'negated'],
    ['kk', 'Банк жеке куәліктің сканерленген көшірмесін жасамайды.', 'document_image', 'negated'],
    ['kk', 'Қосымшада біз ешқандай жарнама көрсетпейміз.', 'purpose_advertising', 'negated'],
    ['en', 'We do not make copies of your passport.', 'document_image', 'negated'],
    ['en', "Our website doesn't display advertising of any kind.", 'purpose_advertising', 'negated'],
    ['en', 'We never serve personalised ads.', 'purpose_advertising', 'negated'],
    // Showing data hides it from view, it does not deny collecting it; showing advertising plainly is a declaration.
    ['ru', 'Мы не показываем полный номер карты в приложении.', 'bank_card', 'declared'],
    ['en', 'We show advertising from our partners in the app.', 'purpose_advertising', 'declared'],
    ['kk', 'Біз жеке куәліктің көшірмесін жасаймыз.', 'document_image', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});
