/**
 * Phenomena found by held-out round 14, tested on texts written for the tests: the catch-all under a
 * heading about getting data, in a run of label lines and in "anything else you tell us", data treated as
 * personal data; other companies as recipients, where the device is, the device named once for two items,
 * periods with the count in brackets, the way the person chooses, a refusal with no object, denied sending,
 * what is no advertising, looking people up in social networks, an answer word before a dash, a phone that
 * is a device, advertising that runs only with consent, and a few lexicon gaps. Each rule has wordings in
 * the languages it applies to and a case it must leave alone.
 */
import { describe, it } from 'vitest';
import { expectStatus, type StatusCase } from './helpers';

describe('after round 14: a catch-all under a heading about getting data', () => {
  it.each<StatusCase>([
    ['ru', '2. Какие сведения мы получаем\n2.1. Фамилия, имя и номер телефона.\n2.2. Иные данные, нужные для заключения договора залога.', 'personal_data_generic', 'generic'],
    ['ru', '3. Какую информацию собирает Банк\nДругие сведения, предусмотренные правилами Банка.', 'personal_data_generic', 'generic'],
    ['kk', '2. Біз қандай мәліметтер аламыз\n2.1. Аты-жөні мен телефон нөмірі.\n2.2. Шарт жасауға қажетті өзге де мәліметтер.', 'personal_data_generic', 'generic'],
    ['en', '2. Information we collect\n2.1. Your name and phone number.\n2.2. Other information needed to open your account.', 'personal_data_generic', 'generic'],
    // Keeping is not getting: a heading about storage lists no data.
    ['ru', '5. Хранение данных\n5.1. Иные сведения удаляются по истечении пяти лет.', 'personal_data_generic', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 14: a catch-all in a run of label lines under a line about collecting', () => {
  it.each<StatusCase>([
    ['en', 'Collected data\nWhat the app can collect\nContact info\nName · Sign-in\nOther info · Support', 'personal_data_generic', 'generic'],
    ['en', 'What we collect\nPhone number · Sign-in\nOther details · Customer support', 'personal_data_generic', 'generic'],
    ['ru', 'Собираемые данные\nДанные, которые может собирать приложение\nЛичная информация\nИмя · Управление аккаунтом\nДругая информация · Функции приложения', 'personal_data_generic', 'generic'],
    ['kk', 'Жиналатын деректер\nҚосымша жинай алатын деректер\nЖеке ақпарат\nТелефон нөмірі · Аккаунтты басқару\nБасқа ақпарат · Қосымша функциялары', 'personal_data_generic', 'generic'],
    // A sentence closed by a full stop ends the run.
    ['en', 'Data this app may collect\nName · Account management\nSee our website for the details.\nOther info · App functionality', 'personal_data_generic', 'silent'],
    // A menu of section titles lists no data: no line in it names typed data.
    ['ru', 'Сбор данных\nИспользование cookie\nДополнительная информация\nКонтакты', 'personal_data_generic', 'silent'],
    ['en', 'How we collect data\nCookies\nOther information\nContact us', 'personal_data_generic', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 14: what the person chooses to tell is a catch-all', () => {
  it.each<StatusCase>([
    ['en', 'Whatever you mention to our call-centre staff may be saved in your customer file.', 'personal_data_generic', 'generic'],
    ['en', 'We also keep anything else you decide to send us, such as screenshots.', 'personal_data_generic', 'generic'],
    ['ru', 'Всё, что вы пишете в чат поддержки, сохраняется в истории обращений.', 'personal_data_generic', 'generic'],
    ['ru', 'Всё остальное, что Клиент решит сообщить оператору, хранится вместе с заявкой.', 'personal_data_generic', 'generic'],
    ['kk', 'Сіз қолдау чатында жазған кез келген ақпарат сақталады.', 'personal_data_generic', 'generic'],
    ['kk', 'Операторға айтқандарыңыздың бәрі өтініммен бірге сақталады.', 'personal_data_generic', 'generic'],
    // All the data given is no catch-all of the rest of it.
    ['en', 'Everything you give us is encrypted on its way to our servers.', 'personal_data_generic', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 14: data treated as personal data is personal data without a list', () => {
  it.each<StatusCase>([
    ['ru', 'Рекламный идентификатор устройства мы рассматриваем как персональные данные.', 'personal_data_generic', 'generic'],
    ['ru', 'Идентификаторы cookie могут относиться к персональным данным.', 'personal_data_generic', 'generic'],
    ['kk', 'Құрылғының жарнамалық идентификаторы дербес деректерге жатады.', 'personal_data_generic', 'generic'],
    ['en', 'Because it can single you out, we treat this identifier as personal data.', 'personal_data_generic', 'generic'],
    ['en', 'Such identifiers may be considered personal data under the law.', 'personal_data_generic', 'generic'],
    // What is said not to be personal data is not.
    ['ru', 'Обезличенная статистика не относится к персональным данным.', 'personal_data_generic', 'silent'],
    ['en', 'Aggregated counts are not considered personal data.', 'personal_data_generic', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 14: other companies and organisations are recipients', () => {
  it.each<StatusCase>([
    ['en', 'Your repayment history may be passed to other organisations that check creditworthiness.', 'third_party_sharing', 'declared'],
    ['en', 'We never sell your details to outside companies.', 'third_party_sharing', 'negated'],
    ['ru', 'Мы передаём сведения о платежах сторонним организациям, которые обслуживают переводы.', 'third_party_sharing', 'declared'],
    ['ru', 'Оператор не передаёт данные другим компаниям.', 'third_party_sharing', 'negated'],
    ['kk', 'Біз деректеріңізді басқа компанияларға бермейміз.', 'third_party_sharing', 'negated'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 14: where the device is, and the device named once for two items', () => {
  it.each<StatusCase>([
    ['ru', 'С вашего разрешения приложение получает данные о местоположении устройства.', 'device_info', 'silent'],
    ['ru', 'Сервис получает сведения о точном местоположении устройства.', 'device_info', 'silent'],
    ['en', 'The app collects information about your device’s location when you allow it.', 'device_info', 'silent'],
    // What the device is stays device data.
    ['ru', 'Сервис получает данные о модели устройства.', 'device_info', 'declared'],
    ['kk', 'Біз өтінім жіберілген құрылғының IP-мекенжайы мен идентификаторын жинаймыз.', 'device_info', 'declared'],
    ['kk', 'Біз құрылғының иесінің аты мен тегін жинаймыз.', 'device_info', 'silent'],
    ['kk', 'Біз құрылғыңыздың операциялық жүйесі мен моделін жинаймыз.', 'device_info', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 14: a period with its count in brackets, «в течении»', () => {
  it.each<StatusCase>([
    ['ru', 'Сведения хранятся Банком в течении трёх лет после закрытия счёта.', 'retention', 'declared'],
    ['ru', '6. Сроки хранения\n6.1. по отклонённым заявкам — 2 (два) года.', 'retention', 'declared'],
    ['kk', '6. Сақтау мерзімдері\n6.1. рәсімделмеген өтінімдер бойынша — 2 (екі) жыл.', 'retention', 'declared'],
    ['en', '6. How long we keep data\n6.1. Declined applications: 2 (two) years.', 'retention', 'declared'],
    // A number in brackets is no period without its unit.
    ['ru', '6. Сроки хранения\n6.1. Порядок описан в пункте 2 (втором) настоящего раздела.', 'retention', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 14: the way the person chooses is a condition', () => {
  it.each<StatusCase>([
    ['ru', 'Для перечисления денег запрашивается номер банковской карты, если Вы выбрали выплату на карту.', 'bank_card', 'conditional'],
    ['ru', 'Номер счёта IBAN мы запрашиваем, если вы выбираете перевод на счёт.', 'bank_account', 'conditional'],
    ['kk', 'Қарыз алушы ақшаны картаға алуды таңдаса, біз банктік карта нөмірін сұраймыз.', 'bank_card', 'conditional'],
    ['en', 'We ask for your card number if you chose to get the loan on a card.', 'bank_card', 'conditional'],
    // Someone else's choice is no condition of the person's.
    ['ru', 'Номер банковской карты указывается в заявке, банк выбрал этот способ выплаты.', 'bank_card', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 14: a refusal with no object refuses the permission just asked for', () => {
  it.each<StatusCase>([
    ['ru', 'Приложение спросит разрешение на доступ к геолокации, чтобы найти банкомат рядом. Вы можете отказаться – адрес можно ввести самому.', 'geolocation', 'conditional'],
    ['ru', 'Приложение запрашивает доступ к камере для селфи. Клиент вправе не предоставлять такой доступ и загрузить готовое фото.', 'camera', 'conditional'],
    ['kk', 'Қосымша жақын банкоматты табу үшін геолокацияға рұқсат сұрайды. Сіз бас тарта аласыз, онда мекенжайды өзіңіз енгізесіз.', 'geolocation', 'conditional'],
    ['en', 'The app asks for your location to show nearby branches. You don’t have to grant it.', 'geolocation', 'conditional'],
    // Refusing a mailing is no refusal of the permission.
    ['ru', 'Приложение запрашивает доступ к геолокации. Вы можете отказаться от рассылки в профиле.', 'geolocation', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 14: denied sending', () => {
  it.each<StatusCase>([
    ['ru', 'Коллекторское агентство не направляет заёмщикам рекламные предложения партнёров.', 'purpose_advertising', 'negated'],
    ['ru', 'Мы не отправляем рекламные SMS клиентам.', 'purpose_advertising', 'negated'],
    ['ru', 'Банк не присылает рекламные рассылки на электронную почту.', 'purpose_advertising', 'negated'],
    // «если … не направит» is a hypothetical.
    ['ru', 'Если Клиент не направит отказ, Банк присылает рекламные рассылки.', 'purpose_advertising', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 14: what is said not to be advertising is no advertising', () => {
  it.each<StatusCase>([
    ['ru', 'SMS о сроке платежа рекламой не являются, их получают все заёмщики.', 'purpose_advertising', 'negated'],
    ['ru', 'Напоминания о платежах не являются рекламой.', 'purpose_advertising', 'negated'],
    ['kk', 'Төлем туралы еске салғыштар жарнама болып табылмайды.', 'purpose_advertising', 'negated'],
    ['en', 'Payment reminders are not marketing and go to every customer.', 'purpose_advertising', 'negated'],
    // «жарнамалық емес» is an adjective: a non-advertising identifier is still collected.
    ['kk', 'Біз жарнамалық емес құрылғы идентификаторын жинаймыз.', 'device_info', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 14: looking people up in social networks reads their profiles', () => {
  it.each<StatusCase>([
    ['ru', 'Сотрудники не используют соцсети для розыска заёмщиков.', 'social_profile', 'negated'],
    ['ru', 'Мы не разыскиваем должников через социальные сети.', 'social_profile', 'negated'],
    ['en', 'We never use social media to find debtors.', 'social_profile', 'negated'],
    ['en', 'We do not search for you on social networks.', 'social_profile', 'negated'],
    ['kk', 'Агенттік әлеуметтік желілерді борышкерлерді іздеу үшін пайдаланбайды.', 'social_profile', 'negated'],
    // Inviting people to find the company there, or finding new clients, reads nobody's profile.
    ['kk', 'Бізді әлеуметтік желілерден іздеңіз.', 'social_profile', 'silent'],
    ['ru', 'Мы используем социальные сети для поиска новых клиентов.', 'social_profile', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 14: lexicon gaps (where you are registered, how much to borrow, moving around the site, a location label)', () => {
  it.each<StatusCase>([
    ['en', 'Please enter the address where you are registered as a resident.', 'address', 'declared'],
    ['en', 'We ask for the address at which you live.', 'address', 'declared'],
    ['en', 'Tell us how much money you need to borrow.', 'loan_terms', 'declared'],
    ['en', 'We look at how users navigate through our app.', 'usage_data', 'declared'],
    ['ru', 'Метрика фиксирует навигацию по разделам приложения.', 'usage_data', 'declared'],
    ['kk', 'Біз пайдаланушылардың қосымша бойынша жылжуын талдаймыз.', 'usage_data', 'declared'],
    ['en', 'Permissions: Location (precise) – optional, used to find ATMs nearby.', 'geolocation', 'conditional'],
    // The address of a page is no home address.
    ['en', 'The address of the page you came from is logged.', 'address', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 14: "only" before its verb, the case after it', () => {
  it.each<StatusCase>([
    ['en', 'Yandex Metrica statistics are only loaded if you press “Allow statistics”.', 'purpose_analytics', 'conditional'],
    ['en', 'Offers are only e-mailed to you if you tap “Yes, send me offers”.', 'purpose_advertising', 'conditional'],
    ['en', 'Session replay is only turned on once you press “Start support session”.', 'session_recording', 'conditional'],
    // "only" with no case of the person's after it.
    ['en', 'We only use analytics to count visits.', 'purpose_analytics', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 14: an answer word before a dash defines nothing', () => {
  it.each<StatusCase>([
    ['en', 'Is it safe to type my details?\nYes — every page is served over HTTPS.', 'secure_transmission', 'declared'],
    ['ru', 'Безопасно ли вводить данные?\nДа — все страницы передаются по протоколу HTTPS.', 'secure_transmission', 'declared'],
    ['kk', 'Деректерді енгізу қауіпсіз бе?\nИә — барлық беттер HTTPS арқылы беріледі.', 'secure_transmission', 'declared'],
    // A glossary entry still defines its term.
    ['ru', 'Шифрование – преобразование данных по протоколу HTTPS.', 'secure_transmission', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 14: a phone that holds files is a device, not a number', () => {
  it.each<StatusCase>([
    ['ru', 'Приложение хранит токен входа на вашем планшете или телефоне.', 'phone', 'silent'],
    ['ru', 'Код подтверждения хранится только в телефоне.', 'phone', 'silent'],
    ['en', 'The login token stays on your laptop or phone.', 'phone', 'silent'],
    ['en', 'The passcode is stored on your phone only.', 'phone', 'silent'],
    // The number stays a number.
    ['ru', 'Мы собираем номер телефона и адрес электронной почты.', 'phone', 'declared'],
    ['en', 'We collect your phone number.', 'phone', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 14: advertising said to run only with consent is consented wherever it is named', () => {
  it.each<StatusCase>([
    ['ru', 'Цели: показ рекламы Банка в социальных сетях.\nМаркетинговые cookie мы ставим лишь с вашего согласия.', 'purpose_advertising', 'conditional'],
    ['ru', '4.1. Мы направляем информацию о новых продуктах и акциях.\n4.2. Рекламные SMS отправляются только с письменного согласия Клиента.', 'purpose_advertising', 'conditional'],
    ['kk', 'Мақсаттар: Банктің жарнамасын көрсету.\nМаркетингтік хабарламалар тек клиенттің рұқсатымен жіберіледі.', 'purpose_advertising', 'conditional'],
    ['en', 'Purposes: showing our ads on social networks.\nAdvertising cookies are set only with your consent.', 'purpose_advertising', 'conditional'],
    // Advertising that runs by default is not the consented one.
    ['ru', 'Маркетинговые cookie мы ставим лишь с вашего согласия.\nРекламные уведомления в приложении показываются по умолчанию.', 'purpose_advertising', 'declared'],
    // An exclusive case that is no consent leaves the rest as it is.
    ['en', 'Purposes: showing our ads on social networks.\nPartner offers are shown only where required by contract.', 'purpose_advertising', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 14: a Kazakh participle before «жағдайда» is a hypothetical', () => {
  it.each<StatusCase>([
    ['kk', 'Микрокредит берілмеген жағдайда деректер бір жыл бойы сақталады.', 'retention', 'declared'],
    ['kk', 'Келісім берілмеген кезде біз деректерді үшінші тұлғаларға береміз.', 'third_party_sharing', 'declared'],
    // A plain denial stays one.
    ['kk', 'Біз деректерді үшінші тұлғаларға бермейміз.', 'third_party_sharing', 'negated'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});
