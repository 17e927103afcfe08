/**
 * Phenomena found by the first run of held-out round 8, tested on texts written for the tests:
 * «in this case» over a list, permissions asked for when the person taps, an app-permission label
 * above its indented explanation, sentence-opening "only if", the person's own wish, the phone's
 * biometric lock, a company's BIN in its details, and a retention period after a lead's colon.
 */
import { describe, it } from 'vitest';
import { expectStatus, type StatusCase } from './helpers';

describe('after round 8: conditions', () => {
  it.each<StatusCase>([
    ['kk', 'Несие алғыңыз келсе ғана тіркелесіз. Бұл жағдайда біз:\n1) ЖСН;\n2) туған күніңізді аламыз.', 'national_id', 'conditional'],
    ['kk', 'Несие алғыңыз келсе ғана тіркелесіз. Бұл жағдайда біз:\n1) ЖСН;\n2) туған күніңізді аламыз.', 'birth_date', 'conditional'],
    ['ru', 'Расширенная проверка нужна, только если лимит выше. В этом случае мы запрашиваем:\n- место работы;\n- доход.', 'employment', 'conditional'],
    ['kk', 'Камера тек төлем батырмасын басқанда ғана қосылады.', 'camera', 'conditional'],
    ['en', 'Camera access is asked when you tap "Scan".', 'camera', 'conditional'],
    ['ru', 'Доступ к камере запрашивается только при нажатии кнопки «Сканировать».', 'camera', 'conditional'],
    ['en', '* Only if the bank check fails, we ask for a selfie.', 'face_image', 'conditional'],
    ['en', 'If you want a higher limit, we also ask for your monthly income.', 'financial_status', 'conditional'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 8: app permissions listed one per line', () => {
  const permissions = 'Permissions\n\nCamera\n  Asked when you tap "Scan card".\n\nMicrophone\n  Not requested.\n';
  it.each<StatusCase>([
    ['en', permissions, 'camera', 'conditional'],
    ['en', permissions, 'microphone', 'negated'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 8: denials', () => {
  it.each<StatusCase>([
    ['kk', 'Микрофон сұралмайды.', 'microphone', 'negated'],
    ['kk', 'Телефон кітабы серверге жүктелмейді.', 'contact_book', 'negated'],
    ['kk', 'Биометриялық деректер құрылғыдан шықпайды.', 'face_image', 'negated'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 8: mentions that declare nothing collected', () => {
  it.each<StatusCase>([
    ['kk', 'Қосымшаға кіру құрылғының биометриялық құлпымен қорғалады.', 'face_image', 'silent'],
    ['en', 'You can sign in with your device\'s biometric login.', 'face_image', 'silent'],
    ['ru', 'Вход защищён биометрической блокировкой телефона.', 'face_image', 'silent'],
    ['ru', 'Оператор: ТОО «Пример Финанс», БИН 200140012345, г. Алматы.', 'national_id', 'silent'],
    ['en', 'Tell us whether you, your spouse or close relatives are politically exposed persons.', 'family', 'silent'],
    ['en', 'Tell us whether you, your spouse or close relatives are politically exposed persons.', 'kyc_status', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));

  it.each<StatusCase>([
    ['en', 'We take a selfie only if you agree.\n\nHow long we keep it\n  * Selfie images: 90 days after the check.', 'face_image', 'conditional'],
  ])('a retention period after a lead\'s colon does not outrank the practice: %j', (...row) => expectStatus(row));
});

describe('after round 8: vocabulary', () => {
  it.each<StatusCase>([
    ['kk', 'Біз жинаймыз: қосымшадағы әрекеттер, қандай экрандар ашылды.', 'usage_data', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});
