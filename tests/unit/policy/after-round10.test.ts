/**
 * Phenomena found by the first runs of held-out rounds 9 and 10, tested on texts written for the tests:
 * framed pipe tables, multi-line permission entries, permissions the person may refuse, optional and
 * wished-for consents, "only in that case", amount thresholds, FAQ answers with conditions, parenthesised
 * conditions of one list item, fraud warnings, card data typed on a bank's page, and what a lead's denial
 * does not deny.
 */
import { describe, it } from 'vitest';
import { expectStatus, type StatusCase } from './helpers';

describe('after round 10: a table framed with pipes is read row by row', () => {
  const table = [
    '| Item            | Source                          | Kept    |',
    '|-----------------|---------------------------------|---------|',
    '| IIN             | the state register              | 3 years |',
    '| E-mail          | you, only if you want receipts  | 1 year  |',
  ].join('\n');
  const kazakh = ['| Дерек | Көзі |', '| ЖСН | мемлекеттік тізілім |', '| Электрондық пошта | сіз, тек қаласаңыз |'].join('\n');
  const russian = ['| Данные | Источник |', '| ИИН | госреестр |', '| Электронная почта | вы, только если сами укажете её |'].join('\n');
  it.each<StatusCase>([
    ['en', table, 'national_id', 'declared'],
    ['en', table, 'email', 'conditional'],
    ['kk', kazakh, 'national_id', 'declared'],
    ['ru', russian, 'national_id', 'declared'],
    ['ru', russian, 'email', 'conditional'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 10: a permission entry over several indented lines', () => {
  const entry = 'Permissions\n\nLocation\n  When asked: the first time you open the branch map.\n  We use your approximate location to list nearby branches.\n  If you refuse: the map opens on your city.\n';
  it.each<StatusCase>([
    ['en', entry, 'geolocation', 'conditional'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 10: a device permission the person may refuse', () => {
  it.each<StatusCase>([
    ['ru', 'Приложение использует камеру для съёмки паспорта; без такого доступа можно прикрепить скан из галереи.', 'camera', 'conditional'],
    ['ru', 'Мы используем геолокацию, чтобы показать отделения. Если вы откажете, список откроется по городу.', 'geolocation', 'conditional'],
    ['kk', 'Микрофон – дауыстық хабарлама жазу үшін. Рұқсат бермесеңіз, мәтінмен жаза аласыз.', 'microphone', 'conditional'],
    ['en', 'The app opens the camera to scan your card. If you decline, type the number by hand.', 'camera', 'conditional'],
    ['en', 'We take a selfie with the camera; you can decline and visit a branch instead.', 'camera', 'conditional'],
    // The selfie itself stays as stated; a camera with no choice stays declared.
    ['en', 'We take a selfie with the camera; you can decline and visit a branch instead.', 'face_image', 'declared'],
    ['en', 'The app uses the camera to take your selfie at sign-up.', 'camera', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 10: conditions', () => {
  it.each<StatusCase>([
    ['en', 'You may choose a video call. Only in that case we take a selfie.', 'face_image', 'conditional'],
    ['ru', 'Можно выбрать видеозвонок. Только в этом случае мы записываем изображение лица.', 'face_image', 'conditional'],
    ['kk', 'Бейнеқоңырауды таңдасаңыз, тек сол жағдайда біз селфи аламыз.', 'face_image', 'conditional'],
    ['en', 'If your limit goes above 1,000,000 tenge, we ask for your employer.', 'employment', 'conditional'],
    ['ru', 'Если сумма займа превышает 700 000 тенге, мы запрашиваем место работы.', 'employment', 'conditional'],
    ['kk', 'Қарыз 700 000 теңгеден асса, жұмыс орнын сұраймыз.', 'employment', 'conditional'],
    ['kk', 'Қосымша геолокацияны тек сіз «Картаны ашу» батырмасын басқан кезде сұрайды.', 'geolocation', 'conditional'],
    ['kk', 'Геолокация – тек сіз рұқсат берсеңіз.', 'geolocation', 'conditional'],
    ['ru', 'Доступ к камере запрашивается в момент, когда вы нажимаете «Сканировать».', 'camera', 'conditional'],
    ['ru', 'Доступ к геолокации предоставляется клиентом в настройках телефона и может быть отключен.', 'geolocation', 'conditional'],
    ['en', 'Access to your location is granted by you in the phone settings.', 'geolocation', 'conditional'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 10: optional and wished-for consents', () => {
  it.each<StatusCase>([
    ['ru', 'Разрешаю определять местоположение устройства (необязательно).', 'geolocation', 'conditional'],
    ['kk', 'Геолокацияны анықтауға рұқсат етемін (міндетті емес).', 'geolocation', 'conditional'],
    ['en', 'Location (optional): we check your approximate location.', 'geolocation', 'conditional'],
    ['ru', 'Хочу получать рекламные предложения по SMS.', 'purpose_advertising', 'conditional'],
    ['kk', 'Жарнамалық хабарламалар алғым келеді.', 'purpose_advertising', 'conditional'],
    ['en', 'I would like to receive marketing offers by email.', 'purpose_advertising', 'conditional'],
    ['kk', 'Жарнамалық пиксель тек келісіммен орнатылады.', 'purpose_advertising', 'conditional'],
    ['ru', 'Рекламные cookie ставятся после вашего согласия.', 'purpose_advertising', 'conditional'],
    ['ru', 'Рекламу присылаем с вашего согласия.\n\nОтказ от рекламы не отключает напоминания о платежах.', 'purpose_advertising', 'conditional'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 10: a parenthesised condition belongs to its own item', () => {
  it.each<StatusCase>([
    ['ru', 'Мы обрабатываем: ИИН, номер телефона, адрес электронной почты (если вы его указали).', 'national_id', 'declared'],
    ['ru', 'Мы обрабатываем: ИИН, номер телефона, адрес электронной почты (если вы его указали).', 'email', 'conditional'],
    ['kk', 'Біз өңдейміз: ЖСН, телефон нөмірі, электрондық пошта (егер сіз оны көрсетсеңіз).', 'national_id', 'declared'],
    ['kk', 'Біз өңдейміз: ЖСН, телефон нөмірі, электрондық пошта (егер сіз оны көрсетсеңіз).', 'email', 'conditional'],
    ['en', 'We process: your IIN, phone number, email address (if you gave it).', 'national_id', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 10: FAQ answers', () => {
  it.each<StatusCase>([
    ['ru', 'Вы знаете, где я нахожусь?\nДа, если вы включили геолокацию в настройках.', 'geolocation', 'conditional'],
    ['en', 'Do you collect my geolocation?\nYes, if you allow location access.', 'geolocation', 'conditional'],
    ['kk', 'Қосымшаға камера не үшін керек?\nҚұжатты сканерлеу үшін. Рұқсат тек сіз «Скан» батырмасын басқан кезде сұралады.', 'camera', 'conditional'],
    ['ru', 'Зачем приложению камера?\nЧтобы сканировать документы. Доступ запрашивается, когда вы нажимаете «Скан».', 'camera', 'conditional'],
    ['ru', 'Данные передаются за рубеж?\nНет, если вы сами не оплачиваете покупки за границей.', 'cross_border_transfer', 'conditional'],
    ['en', 'Is my data sent abroad?\nNo, unless you pay a shop located abroad.', 'cross_border_transfer', 'conditional'],
    ['ru', 'Какие данные вы видите?\nСведения о том, какими разделами приложения вы пользуетесь.', 'usage_data', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 10: what the operator does not collect or deny', () => {
  it.each<StatusCase>([
    ['ru', 'Мы не запрашиваем номер карты. Если кто-то от нашего имени просит данные карты, это мошенник.', 'bank_card', 'negated'],
    ['en', 'We never ask for your card number. Fraudsters may ask for your card details by phone.', 'bank_card', 'negated'],
    ['kk', 'Біз карта нөмірін сұрамаймыз. Алаяқтар карта деректерін сұрауы мүмкін.', 'bank_card', 'negated'],
    ['ru', 'Данные банковской карты вы вводите на странице банка-эквайера; мы не храним номер карты.', 'bank_card', 'negated'],
    ['kk', 'Карта деректерін серіктес банктің төлем бетінде енгізесіз; біз карта нөмірін сақтамаймыз.', 'bank_card', 'negated'],
    ['en', 'You type your card number into a form hosted by our payment provider; we never store your card number.', 'bank_card', 'negated'],
    ['en', 'We never see your banking password.', 'credentials', 'negated'],
    ['en', 'We do not send your data abroad: our servers are in Astana, and every connection uses TLS encryption.', 'secure_transmission', 'declared'],
    ['en', 'We send your IIN to the credit bureau and, if you agreed, your phone number to the mobile operator.', 'third_party_sharing', 'declared'],
    ['ru', 'Мы передаём ИИН в кредитное бюро и, если вы согласились, номер телефона оператору связи.', 'third_party_sharing', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});
