/**
 * Phenomena found by the first run of held-out round 3, tested on sentences written for the tests:
 * consent forms that never say «персональные данные», first-person Kazakh forms, stated periods,
 * «только если», switched-off features, and more English synonyms.
 */
import { describe, expect, it } from 'vitest';
import type { CategoryId } from '../../../src/categories';
import { parsePolicySync } from '../../../src/policy/index';
import { EN_FRAME, KK_FRAME, RU_FRAME, declarationsOf, parse, statusOf } from './helpers';

const FRAMES: Readonly<Record<string, string>> = { ru: RU_FRAME, kk: KK_FRAME, en: EN_FRAME };

const DECLARED: readonly (readonly [string, string, CategoryId])[] = [
  ['kk', 'Өтінішке тегім, атым жазылады.', 'name'],
  ['kk', 'Ұйым менің барлық мекенжайларымды тексереді.', 'address'],
  ['ru', 'Журналы входа сохраняются три года.', 'retention'],
  ['ru', 'Лизинговая компания представляет отчеты о платежах в кредитное бюро.', 'third_party_sharing'],
  ['en', 'Please enter your mobile number.', 'phone'],
  ['en', 'The app reads the device make of your phone.', 'device_info'],
];

describe('after round 3', () => {
  it.each(DECLARED)('%s: «%s» declares %s', (language, sentence, category) => {
    expect(statusOf(parse(`${FRAMES[language] ?? ''}${sentence}`), category)).toBe('declared');
  });

  it('accepts a consent that names only «сведения» and what is done with them, in each language', () => {
    const texts = [
      'Согласие клиента на передачу сведений. Я разрешаю банку передать сведения о моих доходах страховщику.',
      'Мәліметтерді беруге келісім. Мен банкке табысым туралы мәліметтерді сақтандыру компаниясына беруге рұқсат етемін.',
      'Consent to the disclosure of records. I allow the bank to send my income records to the insurer.',
    ];
    for (const text of texts) expect(parsePolicySync(text, { source: 'test' }).ok, text).toBe(true);
  });

  it('reads «только если», "only if you" and the first-person «рұқсатыммен» as conditions', () => {
    expect(declarationsOf(parse(`${RU_FRAME}Мы запрашиваем ИИН, только если вы оформляете кредит.`), 'national_id')[0]).toMatchObject({ status: 'conditional', condition: 'только если' });
    expect(statusOf(parse(`${EN_FRAME}We read your location only if you start a search for branches.`), 'geolocation')).toBe('conditional');
    expect(declarationsOf(parse(`${KK_FRAME}Қосымша камераны менің рұқсатыммен қосады.`), 'camera')[0]).toMatchObject({ status: 'conditional', condition: 'менің рұқсатыммен' });
  });

  it('reads a switched-off feature as a denial', () => {
    expect(statusOf(parse(`${RU_FRAME}Запись сессий на сайте отключена.`), 'session_recording')).toBe('negated');
    expect(statusOf(parse(`${EN_FRAME}Session replay is disabled on our site.`), 'session_recording')).toBe('negated');
  });
});
