/**
 * Giving consent or one's own data to the operator («предоставляю Банку согласие», «передавая МФО свои
 * данные», «банкке келісім беремін») names the operator, not a recipient (sentences written for the tests).
 */
import { describe, expect, it } from 'vitest';
import { KK_FRAME, RU_FRAME, parse, statusOf } from './helpers';

describe('consent given to the operator is no sharing', () => {
  it.each([
    ['ru', `${RU_FRAME}Настоящим предоставляю Банку согласие на сбор и обработку моих данных.`],
    ['ru', `${RU_FRAME}Я предоставляю согласие МФО на обработку моих данных.`],
    ['ru', `${RU_FRAME}Передавая МФО свои данные, пользователь соглашается с правилами.`],
    ['ru', `${RU_FRAME}Клиент передает Банку анкету с данными.`],
    ['kk', `${KK_FRAME}Мен банкке деректерімді өңдеуге келісім беремін.`],
    ['kk', `${KK_FRAME}Мен Ұйымға кредиттік бюродан мәлімет алуға рұқсат беремін.`],
  ])('%s: %s', (_language, text) => {
    expect(statusOf(parse(text), 'third_party_sharing')).toBe('silent');
  });

  it('consent to a transfer is still sharing', () => {
    expect(statusOf(parse(`${RU_FRAME}Я даю согласие Банку на передачу сведений в кредитное бюро.`), 'third_party_sharing')).toBe('declared');
    expect(statusOf(parse(`${KK_FRAME}Мен деректерімді үшінші тұлғаларға беруге келісім беремін.`), 'third_party_sharing')).toBe('declared');
  });
});
