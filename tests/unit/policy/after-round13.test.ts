/**
 * Phenomena found by the first run of held-out round 13, tested on texts written for the tests: a
 * setting the person switches on, and a consent named before its withdrawal.
 */
import { describe, it } from 'vitest';
import { expectStatus, type StatusCase } from './helpers';

describe('after round 13: a setting the person switches on is a condition', () => {
  it.each<StatusCase>([
    ['en', 'Privacy notice. If you switch this on, our partners show you our ads on other websites.', 'purpose_advertising', 'conditional'],
    ['en', 'Privacy notice. Once you turn it on, the app reads your location to find branches nearby.', 'geolocation', 'conditional'],
    ['en', 'Privacy notice. When you toggle the setting on, we use analytics cookies to count visits.', 'purpose_analytics', 'conditional'],
    // A light that turns on is no choice of the person's.
    ['en', 'Privacy notice. The app reads your location when the screen is on.', 'geolocation', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 13: a consent that can be withdrawn was asked for', () => {
  it.each<StatusCase>([
    ['ru', 'Политика конфиденциальности. Согласие на получение рекламных рассылок можно отозвать в личном кабинете.', 'purpose_advertising', 'conditional'],
    ['ru', 'Политика конфиденциальности. Согласие на определение местоположения вы можете отозвать в настройках телефона.', 'geolocation', 'conditional'],
    ['kk', 'Құпиялылық саясаты. Сіз жарнамалық хабарламаларға берген келісімді кері қайтаруға құқылысыз.', 'purpose_advertising', 'conditional'],
    // Consent to the contract is not withdrawn here: the mailing is plainly sent.
    ['ru', 'Политика конфиденциальности. Мы направляем рекламные рассылки всем клиентам.', 'purpose_advertising', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});
