/**
 * Phenomena found by held-out round 13, tested on texts written for the tests: a setting the person
 * switches on, a consent named before its withdrawal; then denied verbs of installing, connecting,
 * leaving and photographing, opt-in cues, references that point back at an opt-in, periods in words,
 * the loan asked for, what is not needed, refusable and per-document device permissions, consent as a
 * legal basis, a paragraph opened by a switch, and a few lexicon gaps. Each rule has wordings in the
 * languages it applies to and a case it must leave alone.
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

describe('after round 13: denied verbs of installing, connecting, leaving and photographing', () => {
  it.each<StatusCase>([
    ['ru', 'Политика конфиденциальности. Счётчики аналитики на сайте не установлены.', 'purpose_analytics', 'negated'],
    ['ru', 'Политика конфиденциальности. Сервис записи сессий на сайте не подключен.', 'session_recording', 'negated'],
    ['en', 'Privacy notice. Session replay tools are not connected to our site.', 'session_recording', 'negated'],
    ['kk', 'Құпиялылық саясаты. Біз борышкерлерді суретке түсірмейміз.', 'face_image', 'negated'],
    ['ru', 'Политика конфиденциальности. Фотосъёмка клиентов в отделениях не производится.', 'face_image', 'negated'],
    // The practice named first may stand five words before its denied light verb.
    ['ru', 'Политика конфиденциальности. Запись звука с микрофона вашего телефона не производится.', 'microphone', 'negated'],
    // «если иной срок не установлен законом» is a hypothetical: the period still holds.
    ['ru', 'Политика конфиденциальности. Данные хранятся 5 лет, если иной срок не установлен законом.', 'retention', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 13: leaving the country names the border', () => {
  it.each<StatusCase>([
    ['ru', 'Политика конфиденциальности. Данные хранятся в Казахстане и не покидают пределы Республики Казахстан.', 'cross_border_transfer', 'negated'],
    ['en', 'Privacy notice. Your data is stored on our servers and doesn’t leave the country.', 'cross_border_transfer', 'negated'],
    ['kk', 'Құпиялылық саясаты. Деректеріңіз Қазақстаннан шықпайды.', 'cross_border_transfer', 'negated'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 13: posts in social networks, photographs of the people themselves', () => {
  it.each<StatusCase>([
    ['ru', 'Политика конфиденциальности. Мы не собираем публикации Клиента в социальных сетях.', 'social_profile', 'negated'],
    ['en', 'Privacy notice. We do not read your posts on social media.', 'social_profile', 'negated'],
    ['kk', 'Құпиялылық саясаты. Біз сіздің әлеуметтік желідегі жазбаларыңызды жинамаймыз.', 'social_profile', 'negated'],
    // «постоянно» is no «пост».
    ['ru', 'Политика конфиденциальности. Мы постоянно размещаем новости в социальных сетях.', 'social_profile', 'silent'],
    ['ru', 'Политика конфиденциальности. Агентство не осуществляет фото- и видеосъёмку заёмщиков.', 'face_image', 'negated'],
    ['ru', 'Политика конфиденциальности. Сотрудник производит фотографирование клиента при выдаче займа.', 'face_image', 'declared'],
    ['en', 'Privacy notice. We never take photos of debtors.', 'face_image', 'negated'],
    ['kk', 'Құпиялылық саясаты. Қызметкер клиентті фотоға түсіреді.', 'face_image', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 13: a camera installed in a room is no device permission', () => {
  it.each<StatusCase>([
    ['ru', 'Политика конфиденциальности. В филиалах камеры не устанавливаются.', 'camera', 'silent'],
    ['ru', 'Политика конфиденциальности. В офисах установлены камеры для безопасности.', 'camera', 'silent'],
    ['en', 'Privacy notice. Cameras are installed at every branch entrance.', 'camera', 'silent'],
    ['kk', 'Құпиялылық саясаты. Филиалдарда камералар орнатылған.', 'camera', 'silent'],
    ['ru', 'Политика конфиденциальности. Приложение запрашивает доступ к камере для селфи.', 'camera', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 13: opt-in — those who consented, a ticked box, an optional product, a choice', () => {
  it.each<StatusCase>([
    ['ru', 'Политика конфиденциальности. Сообщения об акциях направляются только Клиентам, давшим отдельное согласие.', 'purpose_advertising', 'conditional'],
    ['ru', 'Политика конфиденциальности. Рекламные рассылки получают лишь те пользователи, которые подписались на них.', 'purpose_advertising', 'conditional'],
    ['kk', 'Құпиялылық саясаты. Жарнамалық хабарламалар келісім берген клиенттерге ғана жіберіледі.', 'purpose_advertising', 'conditional'],
    ['en', 'Privacy notice. Promotional emails go only to customers who have opted in.', 'purpose_advertising', 'conditional'],
    ['en', 'Privacy notice. We’ll only send you deals if you tick "Send me offers" in your profile.', 'purpose_advertising', 'conditional'],
    ['ru', 'Политика конфиденциальности. Если вы отметите пункт «Получать новости», мы будем присылать рекламные материалы.', 'purpose_advertising', 'conditional'],
    ['kk', 'Құпиялылық саясаты. Құсбелгі қойсаңыз, біз сізге жарнама жібереміз.', 'purpose_advertising', 'conditional'],
    ['en', 'Privacy notice. We provide an instalment plan where you have requested one.', 'loan_terms', 'conditional'],
    ['ru', 'Политика конфиденциальности. Если вы подадите заявку на кредитный лимит, мы запросим сведения о доходах.', 'financial_status', 'conditional'],
    ['kk', 'Құпиялылық саясаты. Кредиттік лимит сұрасаңыз, біз табысыңыз туралы мәлімет сұраймыз.', 'financial_status', 'conditional'],
    ['en', 'Privacy notice. When you choose to add your email, we send receipts there.', 'email', 'conditional'],
    ['en', 'Privacy notice. The newsletter is sent only where the User chooses to subscribe to it.', 'purpose_advertising', 'conditional'],
    // Choosing the service at checkout, or signing up, is using it: no choice about the data.
    ['en', 'Privacy notice. When you choose us at checkout, we ask for your full name.', 'name', 'declared'],
    ['en', 'Privacy notice. When you sign up, we ask for your full name.', 'name', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 13: a consent withdrawn in the passive, and an objection to marketing, point back at an opt-in', () => {
  it.each<StatusCase>([
    ['ru', 'Политика конфиденциальности. Согласие на получение рекламы отзывается отдельно в любое время.', 'purpose_advertising', 'conditional'],
    ['ru', 'Политика конфиденциальности. Согласие на рекламные рассылки может быть отозвано в приложении.', 'purpose_advertising', 'conditional'],
    ['en', 'Privacy notice. Consent to marketing messages can be withdrawn at any time.', 'purpose_advertising', 'conditional'],
    ['en', 'Privacy notice. Marketing e-mails are sent only if you opt in.\n\nYou have the right to object to direct marketing.', 'purpose_advertising', 'conditional'],
    ['ru', 'Политика конфиденциальности. Рекламные рассылки направляются только с вашего согласия.\n\nВы вправе возражать против рекламных рассылок.', 'purpose_advertising', 'conditional'],
    ['kk', 'Құпиялылық саясаты. Жарнамалық хабарламалар тек келісіміңізбен жіберіледі.\n\nСіз жарнамалық хабарламалардан бас тартуға құқылысыз.', 'purpose_advertising', 'conditional'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 13: periods in words and «until withdrawn» in a list of retention periods', () => {
  it.each<StatusCase>([
    ['ru', 'Политика конфиденциальности. Как долго мы храним данные:\n- журналы веб-сервера — двенадцать месяцев.', 'retention', 'declared'],
    ['en', 'Privacy notice. How long we keep data:\n- server logs — twelve months.', 'retention', 'declared'],
    ['kk', 'Құпиялылық саясаты. Деректер қанша уақыт сақталады:\n- сервер журналдары — бір жыл.', 'retention', 'declared'],
    ['ru', 'Политика конфиденциальности. Как долго мы храним данные:\n- адрес для рассылок — до отзыва согласия.', 'retention', 'declared'],
    ['en', 'Privacy notice. How long we keep data:\n- marketing e-mail address — until you withdraw.', 'retention', 'declared'],
    ['kk', 'Құпиялылық саясаты. Деректер қанша уақыт сақталады:\n- жарнамаға арналған телефон — кері қайтарып алғанға дейін.', 'retention', 'declared'],
    // The lifetime listed there points back at the data; where it is collected says how.
    ['ru', 'Политика конфиденциальности. Адрес электронной почты указывается, только если вы хотите получать чеки.\n\nКак долго мы храним данные:\n- адрес электронной почты — до отзыва согласия.', 'email', 'conditional'],
    ['en', 'Privacy notice. We ask for your e-mail address only if you want receipts.\n\nHow long we keep data:\n- e-mail address — until consent is revoked.', 'email', 'conditional'],
    ['kk', 'Құпиялылық саясаты. Электрондық поштаңызды тек сіз қаласаңыз сұраймыз.\n\nДеректер қанша уақыт сақталады:\n- электрондық пошта — кері қайтарып алғанға дейін.', 'email', 'conditional'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 13: the loan asked for — its dates, count, contract and the sum written out', () => {
  it.each<StatusCase>([
    ['en', 'Privacy notice. We look at the purchase amount, number of payments and your payment dates.', 'loan_terms', 'declared'],
    ['en', 'Privacy notice. You requested 85,000 ₸ for 30 days.', 'loan_terms', 'declared'],
    ['ru', 'Политика конфиденциальности. Вы запросили 85 000 ₸ на 30 дней.', 'loan_terms', 'declared'],
    ['ru', 'Политика конфиденциальности. Мы передаём в кредитные бюро сведения о заключённом договоре и его исполнении.', 'loan_terms', 'declared'],
    ['kk', 'Құпиялылық саясаты. Сіз 30 күнге 85 000 ₸ сұрадыңыз.', 'loan_terms', 'declared'],
    ['kk', 'Құпиялылық саясаты. Біз төлем кестесін сақтаймыз.', 'loan_terms', 'declared'],
    // An insurance contract is no loan; an advertised limit is an offer, not what the person asked for.
    ['ru', 'Политика конфиденциальности. Мы храним сведения о заключённом договоре страхования.', 'loan_terms', 'silent'],
    ['en', 'Privacy notice. Get a microloan of up to 300,000 ₸ in 15 minutes.', 'loan_terms', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 13: what is not needed is not asked for', () => {
  it.each<StatusCase>([
    ['en', 'Privacy notice. That’s it: no document scans needed.', 'document_image', 'negated'],
    ['ru', 'Политика конфиденциальности. Сканы документов не нужны.', 'document_image', 'negated'],
    ['kk', 'Құпиялылық саясаты. Құжаттың көшірмесі қажет емес.', 'document_image', 'negated'],
    // Data no longer needed is deleted; data the person need not type still comes from elsewhere.
    ['en', 'Privacy notice. Data that is no longer needed is deleted within 30 days.', 'retention', 'declared'],
    ['ru', 'Политика конфиденциальности. Мы получаем ваше ФИО из государственной базы, так что вводить его не нужно.', 'name', 'declared'],
    ['kk', 'Құпиялылық саясаты. Енді қажет емес деректер 30 күн ішінде жойылады.', 'retention', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 13: a device permission refused as a preference, by another way, or by leaving a box empty', () => {
  it.each<StatusCase>([
    ['en', 'Privacy notice. Your phone will ask you to allow camera access for the selfie. If you’d rather not, you can verify at a branch.', 'camera', 'conditional'],
    ['en', 'Privacy notice. The app uses the camera to scan your card. You can just say no and type the number instead.', 'camera', 'conditional'],
    ['ru', 'Политика конфиденциальности. Приложение использует камеру для селфи. Можно отказаться и выбрать файл из галереи.', 'camera', 'conditional'],
    ['ru', 'Политика конфиденциальности. Сайт определяет ваше местоположение. Пользователь вправе отклонить запрос браузера.', 'geolocation', 'conditional'],
    ['ru', 'Политика конфиденциальности. Разрешаю определить моё местоположение. Без этой отметки заявка рассматривается обычно.', 'geolocation', 'conditional'],
    ['ru', 'Политика конфиденциальности. Приложение определяет местоположение. Если не хотите, укажите город вручную.', 'geolocation', 'conditional'],
    ['kk', 'Құпиялылық саясаты. Қосымша селфи үшін камераны пайдаланады. Қаламасаңыз, фотоны галереядан жүктеңіз.', 'camera', 'conditional'],
    ['kk', 'Құпиялылық саясаты. Геолокацияңызды анықтауға рұқсат беремін. Бұл белгісіз өтінім әдеттегідей қаралады.', 'geolocation', 'conditional'],
    ['ru', 'Политика конфиденциальности. Сделайте селфи камерой телефона или загрузите готовое фото лица.', 'camera', 'conditional'],
    ['en', 'Privacy notice. Take a selfie with your camera or upload one from your gallery.', 'camera', 'conditional'],
    ['kk', 'Құпиялылық саясаты. Камерамен селфи түсіріңіз немесе дайын фотоны галереядан жүктеңіз.', 'camera', 'conditional'],
    ['en', 'Privacy notice. We use the camera to scan documents you upload.', 'camera', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 13: one device permission per document', () => {
  it.each<StatusCase>([
    ['en', 'Privacy notice. Camera: asked only when you tap Scan.\n\nID photos are taken with the in-app camera.', 'camera', 'conditional'],
    ['ru', 'Политика конфиденциальности. Доступ к камере запрашивается, только если вы выберете съёмку.\n\nСелфи делается камерой телефона.', 'camera', 'conditional'],
    ['kk', 'Құпиялылық саясаты. Камераға рұқсат бермесеңіз, фотоны галереядан жүктеңіз.\n\nСелфи телефон камерасымен түсіріледі.', 'camera', 'conditional'],
    // The user's discretion or a need gives the person no say.
    ['ru', 'Политика конфиденциальности. При необходимости мы определяем местоположение.\n\nМы используем геолокацию для безопасности.', 'geolocation', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 13: a catch-all that is kept, contained or shared with us is collected', () => {
  it.each<StatusCase>([
    ['en', 'Privacy notice. We may also keep other information you share with us.', 'personal_data_generic', 'generic'],
    ['en', 'Privacy notice. The report may contain other information required by law.', 'personal_data_generic', 'generic'],
    ['ru', 'Политика конфиденциальности. Кредитный отчёт может содержать иные сведения, предусмотренные законом.', 'personal_data_generic', 'generic'],
    ['ru', 'Политика конфиденциальности. Анкета содержит иные сведения о заёмщике.', 'personal_data_generic', 'generic'],
    ['kk', 'Құпиялылық саясаты. Есеп заңда көзделген басқа да мәліметтерді қамтуы мүмкін.', 'personal_data_generic', 'generic'],
    ['en', 'Privacy notice. Other information about our company is on the website.', 'personal_data_generic', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 13: which pages and buttons the person uses, and counting visitors', () => {
  it.each<StatusCase>([
    ['en', 'Privacy notice. We see which pages and buttons they use.', 'usage_data', 'declared'],
    ['ru', 'Политика конфиденциальности. Мы смотрим, какие страницы и кнопки вы нажимаете.', 'usage_data', 'declared'],
    ['kk', 'Құпиялылық саясаты. Біз қандай экрандарды ашқаныңызды көреміз.', 'usage_data', 'declared'],
    ['en', 'Privacy notice. We also count how many people start and finish checkout.', 'purpose_analytics', 'declared'],
    ['ru', 'Политика конфиденциальности. Мы считаем, сколько людей дошло до оплаты.', 'purpose_analytics', 'declared'],
    ['ru', 'Политика конфиденциальности. Мы будем считать посещения сайта.', 'purpose_analytics', 'declared'],
    ['kk', 'Құпиялылық саясаты. Біз сайтқа кірулерді санаймыз.', 'purpose_analytics', 'declared'],
    ['kk', 'Құпиялылық саясаты. Қанша адам төлемге жеткенін санаймыз.', 'purpose_analytics', 'declared'],
    ['en', 'Privacy notice. You can count on us to protect your data.', 'purpose_analytics', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 13: consent as the legal basis a list stands under', () => {
  it.each<StatusCase>([
    ['en', 'Privacy notice.\n\n5. Legal bases\n\n5.1. Contract: servicing your card.\n\n5.2. Consent: sending marketing communications; analytics cookies.', 'purpose_advertising', 'conditional'],
    ['ru', 'Политика конфиденциальности.\n\n4. Правовые основания обработки\n\n4.1. Договор: обслуживание счёта.\n\n4.2. Согласие субъекта: направление рекламных рассылок; аналитические cookie.', 'purpose_advertising', 'conditional'],
    ['kk', 'Құпиялылық саясаты.\n\n4. Өңдеудің құқықтық негіздері\n\n4.1. Шарт: шотқа қызмет көрсету.\n\n4.2. Келісім: жарнамалық хабарламалар жіберу; аналитикалық cookie.', 'purpose_advertising', 'conditional'],
    // Under a consent form's own heading «Согласие:» is the consent the form gives.
    ['ru', 'Политика конфиденциальности.\n\nСогласие на обработку\n\nСогласие: направление рекламных рассылок; аналитические cookie.', 'purpose_advertising', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 13: a paragraph opened by switching its setting on is conditional throughout', () => {
  it.each<StatusCase>([
    ['en', 'Privacy notice.\n\nIf you switch this on, we count visits. The statistics are shared with our analytics provider.', 'third_party_sharing', 'conditional'],
    ['ru', 'Политика конфиденциальности.\n\nЕсли вы включите этот переключатель, мы будем считать посещения. Статистика передаётся нашему поставщику аналитики.', 'third_party_sharing', 'conditional'],
    ['kk', 'Құпиялылық саясаты.\n\nОсы ауыстырғышты қоссаңыз, біз кірулерді санаймыз. Деректер үшінші тұлғаларға беріледі.', 'third_party_sharing', 'conditional'],
    ['en', 'Privacy notice.\n\nWhen enabled, this setting lets us measure traffic. Analytics results go to our team.', 'purpose_analytics', 'conditional'],
    ['en', 'Privacy notice.\n\nWe measure traffic. Analytics results go to our team.', 'purpose_analytics', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 13: closing the browser is a lifetime, data that "goes to" a provider is shared', () => {
  it.each<StatusCase>([
    ['en', 'Privacy notice. Session cookie — until you close the browser.', 'browser_info', 'silent'],
    ['en', 'Privacy notice. The cookie is deleted when the browser is closed.', 'browser_info', 'silent'],
    ['ru', 'Политика конфиденциальности. Сеансовый cookie — до закрытия браузера.', 'browser_info', 'silent'],
    ['ru', 'Политика конфиденциальности. Cookie удаляется, когда вы закрываете браузер.', 'browser_info', 'silent'],
    ['kk', 'Құпиялылық саясаты. Сеанстық cookie браузерді жапқанға дейін сақталады.', 'browser_info', 'silent'],
    ['ru', 'Политика конфиденциальности. Мы сохраняем сведения о браузере.', 'browser_info', 'declared'],
    ['en', 'Privacy notice. The numbers go to our analytics provider.', 'third_party_sharing', 'declared'],
    ['en', 'Privacy notice. Your data goes straight to our payment processor.', 'third_party_sharing', 'declared'],
    ['ru', 'Политика конфиденциальности. Данные передаются нашему поставщику аналитики.', 'third_party_sharing', 'declared'],
    ['kk', 'Құпиялылық саясаты. Деректер аналитика жеткізушісіне беріледі.', 'third_party_sharing', 'declared'],
    ['en', 'Privacy notice. If you go to our partners’ websites, read their policies.', 'third_party_sharing', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});
