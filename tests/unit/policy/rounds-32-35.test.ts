/**
 * General causes found by rounds 32, 33 and 35, tested on texts written for the tests. Each rule has wordings in the
 * languages it applies to and a case it must leave alone.
 */
import { describe, it } from 'vitest';
import { expectStatus, type StatusCase } from './helpers';

describe('rounds 32–35: consent said not to be needed denies nothing, and as the alternative to consent is no condition', () => {
  it.each<StatusCase>([
    ['ru', 'С согласия клиента либо в случаях, когда его согласие по закону не требуется, Общество собирает номер телефона и дату рождения.', 'phone', 'declared'],
    ['ru', 'Согласие на это не требуется: Общество получает сведения о дате рождения из госбазы.', 'birth_date', 'declared'],
    ['en', 'With your consent, or where consent is not required by law, we collect your phone number.', 'phone', 'declared'],
    ['en', 'Your consent is not required for us to collect your date of birth from the register.', 'birth_date', 'declared'],
    ['kk', 'Келісім қажет емес жағдайларда Компания телефон нөмірін жинайды.', 'phone', 'declared'],
    // A consent condition alone still conditions, and a denied practice is still denied.
    ['ru', 'Номер телефона собирается только с согласия клиента.', 'phone', 'conditional'],
    ['ru', 'Общество не требует от клиента дату рождения.', 'birth_date', 'negated'],
    ['en', 'We do not require your date of birth.', 'birth_date', 'negated'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});
