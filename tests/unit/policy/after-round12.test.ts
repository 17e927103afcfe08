/**
 * Phenomena found by the first runs of held-out rounds 11 and 12, tested on texts written for the tests:
 * store data lists, unnumbered leads over numbered items, fallback and optional conditions, refusable
 * rights of a data subject, essential cookies beside optional ones, pointers to another section,
 * "has nothing to do with", and lexicon gaps (ё spellings, parenthesised asides, call recordings).
 */
import { describe, it } from 'vitest';
import { expectStatus, type StatusCase } from './helpers';

describe('after round 12: a store data list is read entry by entry', () => {
  const list = [
    'Data collected',
    '  Location',
    '    Precise location · Optional',
    '      Fraud prevention',
    '  Personal info',
    '    Full name',
    '      Account management',
    '    Email address · Optional',
    '      Advertising or marketing',
    '  Device or other IDs',
    '    Device or other IDs',
    '      Analytics',
  ].join('\n');
  it.each<StatusCase>([
    ['en', list, 'geolocation', 'conditional'],
    ['en', list, 'name', 'declared'],
    ['en', list, 'email', 'conditional'],
    ['en', list, 'purpose_advertising', 'conditional'],
    ['en', list, 'device_info', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 12: an unnumbered lead over numbered items', () => {
  it.each<StatusCase>([
    ['ru', 'Необязательные сведения (только если вы сами их укажете):\n4.1. адрес электронной почты;\n4.2. место работы.', 'email', 'conditional'],
    ['kk', 'Міндетті емес деректер:\n3.1. электрондық пошта мекенжайы;\n3.2. жұмыс орны.', 'employment', 'conditional'],
    ['en', 'Optional details (only if you choose to give them):\n5.1. your e-mail address;\n5.2. your employer.', 'email', 'conditional'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 12: what the person may leave out or chooses', () => {
  it.each<StatusCase>([
    ['ru', 'Телефон контактного лица в анкете не является обязательным.', 'contact_persons', 'conditional'],
    ['en', 'The phone number of a contact person is not mandatory.', 'contact_persons', 'conditional'],
    ['kk', 'Байланыс тұлғасының телефон нөмірін өз қалауыммен көрсетемін.', 'contact_persons', 'conditional'],
    ['ru', 'Номер карты мы записываем, если вы хотите получить деньги на карту.', 'bank_card', 'conditional'],
    ['ru', 'Номер банковской карты мы сохраняем по вашему желанию.', 'bank_card', 'conditional'],
    ['ru', 'Местоположение устройства мы получаем исключительно при условии, что вы разрешите доступ.', 'geolocation', 'conditional'],
    ['ru', 'Сведения о родственниках передаются коллектору только в том случае, если при оформлении займа Вы дали отдельное согласие.', 'contact_persons', 'conditional'],
    ['ru', 'Заемщик вправе отказаться от предоставления сведений о месте работы.', 'employment', 'conditional'],
    ['ru', 'При выборе выплаты на счёт мы запрашиваем номер банковского счёта (IBAN).', 'bank_account', 'conditional'],
    ['kk', 'Шотқа аударуды таңдаған жағдайда банктік шот нөмірін сұраймыз.', 'bank_account', 'conditional'],
    ['en', 'Marketing cookies are placed if you accept them in the banner.', 'purpose_advertising', 'conditional'],
    ['en', 'You can switch on the usage report in settings. If you do, we record which screens you open.', 'usage_data', 'conditional'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 12: a fallback is a condition', () => {
  it.each<StatusCase>([
    ['ru', 'Мы запрашиваем скан паспорта в случае если данные не удалось получить из государственной базы.', 'document_image', 'conditional'],
    ['en', 'If the database check fails, we ask for a scan of your passport.', 'document_image', 'conditional'],
    ['kk', 'Деректерді автоматты түрде тексеру мүмкін болмаса, жеке куәліктің көшірмесін сұраймыз.', 'document_image', 'conditional'],
    ['en', 'If a purchase is above 200,000 tenge, we ask for a selfie.', 'face_image', 'conditional'],
    ['en', 'As required by anti-fraud law we ask for your employer and job title.', 'employment', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 12: a data subject who may refuse a permission', () => {
  it.each<StatusCase>([
    ['ru', 'Приложение использует камеру для съёмки паспорта. Субъект вправе отказать в доступе к камере и пройти проверку в офисе.', 'camera', 'conditional'],
    ['ru', 'геолокация — для поиска ближайшего отделения. Отказ в предоставлении геолокации не влияет на решение.', 'geolocation', 'conditional'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 12: essential cookies are not made optional by analytics cookies', () => {
  it.each<StatusCase>([
    ['en', 'The site sets essential cookies to keep you signed in. Analytics cookies are set only if you click "Allow".', 'cookies', 'declared'],
    ['ru', 'Сайт использует строго необходимые cookie для входа. Аналитические cookie устанавливаются только если вы нажмёте «Разрешить».', 'cookies', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 12: denials', () => {
  it.each<StatusCase>([
    ['en', 'We do not ask for phone numbers of relatives, and we will not call anyone other than you.', 'contact_persons', 'negated'],
    ['en', 'The app does not use the microphone. (Calls to our support line are recorded on our own system; that has nothing to do with your microphone.)', 'microphone', 'negated'],
    ['ru', 'Запись звонков в контакт-центр ведётся на нашей АТС и не имеет никакого отношения к микрофону вашего телефона.', 'microphone', 'negated'],
    ['ru', 'Данные хранятся в Республике Казахстан и за её пределы не передаются.', 'cross_border_transfer', 'negated'],
    ['en', 'We do not use session-replay scripts.', 'session_recording', 'negated'],
    ['kk', 'Құрылғының жарнамалық емес идентификаторын жинаймыз.', 'purpose_advertising', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 12: mentions that point elsewhere', () => {
  it.each<StatusCase>([
    ['ru', 'Фото документа мы запрашиваем только если проверка по базе не прошла.\nКамера — для съёмки документа в рамках проверки, указанной в пункте 2.4.', 'document_image', 'conditional'],
    ['en', 'We ask for a scan of your passport only if the check fails.\nCamera: to photograph your passport as described in section 3.', 'document_image', 'conditional'],
    ['ru', 'Рекламные cookie ставятся только с вашего согласия.\nДанные рекламных cookie получает партнёр.', 'purpose_advertising', 'conditional'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 12: a statement with a dash is no glossary entry', () => {
  it.each<StatusCase>([
    ['ru', 'Данные о посещениях получают третьи лица — компании-партнёры. Эти данные могут храниться за пределами Республики Казахстан.', 'cross_border_transfer', 'declared'],
    ['ru', 'Данные о посещениях получают третьи лица — компании-партнёры.', 'third_party_sharing', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 12: lexicon', () => {
  it.each<StatusCase>([
    ['ru', 'Мы собираем номер банковской платёжной карточки.', 'bank_card', 'declared'],
    ['ru', 'Мы не храним реквизиты банковских платёжных карт.', 'bank_card', 'negated'],
    ['ru', 'Мы храним копию (скан) паспорта.', 'document_image', 'declared'],
    ['ru', 'Удостоверение личности сканируется при визите.', 'document_image', 'declared'],
    ['ru', 'Данные используются для противодействия отмыванию доходов.', 'financial_status', 'silent'],
    ['ru', 'Мы храним аудиозаписи ваших телефонных разговоров с оператором.', 'microphone', 'silent'],
    ['ru', 'Собираются тип и версия интернет-браузера.', 'browser_info', 'declared'],
    ['kk', 'Сұралатын микрокредиттің сомасы мен мерзімі өңделеді.', 'loan_terms', 'declared'],
    ['kk', 'Шарт құжаттарының көшірмелерін электрондық поштаға жібереміз.', 'document_image', 'silent'],
    ['en', 'We collect your date and place of birth.', 'birth_date', 'declared'],
    ['en', "We don't ask where you work.", 'employment', 'negated'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});
