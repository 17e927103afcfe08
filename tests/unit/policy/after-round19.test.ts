/**
 * Phenomena found by held-out rounds 19 and 20, tested on texts written for the tests: the person's choice of a way, the
 * use of a feature left to the person, a case added with «также», a practice switched on only along with another, cookie
 * practices gated by consent across the document, sums named by what they apply to, data recorded to prove the consent,
 * and lexicon gaps (an image of the ID card, collateral, the operator's own contact list, reminders, recorded calls).
 * Each rule has wordings in the languages it applies to and a case it must leave alone.
 */
import { describe, it } from 'vitest';
import { expectStatus, type StatusCase } from './helpers';

describe('after round 19: the person\'s choice of a way is a condition, and it holds over its paragraph', () => {
  it.each<StatusCase>([
    ['ru', 'Мы обрабатываем номер счёта (IBAN) – в случае выбора Заёмщиком перевода на счёт.', 'bank_account', 'conditional'],
    ['ru', 'Мы обрабатываем номер счёта (IBAN) для перевода займа.', 'bank_account', 'declared'],
    ['en', 'If you choose to repay with a bank card, you type the card on the bank\'s page. We then keep the masked card number.', 'bank_card', 'conditional'],
    ['ru', 'Если вы выберете оплату картой, мы проверяем банковскую карту через 3-D Secure. Мы храним маскированный номер карты.', 'bank_card', 'conditional'],
    ['kk', 'Егер сіз картамен төлеуді таңдасаңыз, біз банк картасын тексереміз. Біз банк картасының соңғы төрт санын сақтаймыз.', 'bank_card', 'conditional'],
    ['en', 'You repay with a bank card on the bank\'s page. We then keep the masked card number.', 'bank_card', 'declared'],
    ['en', 'Later we may also process that card\'s number for refunds.', 'bank_card', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 19: a paragraph opened by leaving the use of a feature to the person is conditional throughout', () => {
  it.each<StatusCase>([
    ['ru', 'Использование мобильного приложения осуществляется по желанию Клиента. Вход выполняется по одноразовому SMS-коду.', 'credentials', 'conditional'],
    ['en', 'Using the mobile app is optional. You sign in with a one-time SMS code.', 'credentials', 'conditional'],
    ['kk', 'Мобильді қосымшаны пайдалану міндетті емес. Кіру бір реттік SMS-код арқылы жүзеге асады.', 'credentials', 'conditional'],
    ['ru', 'Использование мобильного приложения регулируется Офертой. Вход выполняется по одноразовому SMS-коду.', 'credentials', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 19: an exclusive condition said of a case added with «также» does not restrict the paragraph', () => {
  it.each<StatusCase>([
    ['ru', 'Сервис защиты форм обрабатывает IP-адрес на серверах в США, то есть осуществляется трансграничная передача. Рекламные сети также обрабатывают сведения за рубежом – только если вы приняли рекламные cookie.', 'cross_border_transfer', 'declared'],
    ['en', 'Our anti-bot service processes your IP address on servers in the United States. Ad networks also process data abroad, but only if you accept advertising cookies.', 'cross_border_transfer', 'declared'],
    ['kk', 'Қорғау қызметі IP-мекенжайды АҚШ-тағы серверлерде өңдейді. Жарнама желілері сондай-ақ деректерді шетелде өңдейді, тек сіз келісім берген жағдайда ғана.', 'cross_border_transfer', 'declared'],
    ['en', 'Our anti-bot service processes your IP address on servers in the United States. Ad networks process data abroad, but only if you accept advertising cookies.', 'cross_border_transfer', 'conditional'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 19: switched on only together with something the person enables is a condition', () => {
  it.each<StatusCase>([
    ['ru', 'Запись сессий (запись действий посетителя) включается только вместе с аналитическими cookie.', 'session_recording', 'conditional'],
    ['en', 'Session replay runs only together with analytics cookies.', 'session_recording', 'conditional'],
    ['kk', 'Сеанстарды жазу талдамалық cookie файлдарымен бірге ғана қосылады.', 'session_recording', 'conditional'],
    ['en', 'Session replay runs together with analytics cookies.', 'session_recording', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 19: analytics and session recording put under consent are gated across the document', () => {
  it.each<StatusCase>([
    ['en', 'Analytics cookies are used only after you accept them.\n\nCookie list\n| _ga | Google Analytics | visitor statistics | 2 years |', 'purpose_analytics', 'conditional'],
    ['ru', 'Аналитические cookie используются только после вашего согласия.\n\nПеречень cookie\n| _ym_uid | Яндекс Метрика | статистика посещений | 1 год |', 'purpose_analytics', 'conditional'],
    ['ru', 'Запись сессий включается только с вашего согласия.\n\nПеречень cookie\n| _ym_visorc | Яндекс Метрика | работа записи сессий | 30 минут |', 'session_recording', 'conditional'],
    ['en', 'Analytics cookies are used on every page.\n\nCookie list\n| _ga | Google Analytics | visitor statistics | 2 years |', 'purpose_analytics', 'declared'],
    // «Сеанстарды талдау» names the session-replay category, not a statistics purpose.
    ['kk', 'Вебвизор тек сіз «Сеанстарды талдау» санатына келісім берсеңіз ғана қосылады.', 'purpose_analytics', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 19: a sum named by what it applies to is a condition', () => {
  it.each<StatusCase>([
    ['en', 'For purchases above 250,000 KZT we also ask for your employer.', 'employment', 'conditional'],
    ['ru', 'Для займов на сумму свыше 250 000 тенге мы запрашиваем место работы.', 'employment', 'conditional'],
    ['kk', '250 000 теңгеден асатын қарыздар үшін жұмыс берушіңіз туралы мәлімет сұралады.', 'employment', 'conditional'],
    ['en', 'For all purchases we ask for your employer.', 'employment', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 19: data given only if the person gives it, or by the way they repay', () => {
  it.each<StatusCase>([
    ['en', '| Employer and position (if provided) | Affordability check | 5 years |', 'employment', 'conditional'],
    ['ru', '| Место работы (если указано) | Оценка платёжеспособности | 5 лет |', 'employment', 'conditional'],
    ['kk', '| Жұмыс орны (көрсетілсе) | Төлем қабілетін бағалау | 5 жыл |', 'employment', 'conditional'],
    ['en', '| Employer and position | Affordability check | 5 years |', 'employment', 'declared'],
    ['en', 'We record your IBAN if you repay by bank transfer.', 'bank_account', 'conditional'],
    ['ru', 'Мы сохраняем IBAN, если вы погашаете заём переводом со счёта.', 'bank_account', 'conditional'],
    ['kk', 'Аударыммен төлесеңіз, IBAN сақталады.', 'bank_account', 'conditional'],
    ['en', 'We record your IBAN when you repay.', 'bank_account', 'declared'],
    ['en', 'If you ask us for a statement, we may ask you for a copy of your passport.', 'document_image', 'conditional'],
    ['en', 'We may ask you for a copy of your passport.', 'document_image', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 19: data recorded to prove the consent is not conditional on it', () => {
  it.each<StatusCase>([
    ['ru', 'При даче согласия фиксируется IP-адрес для подтверждения факта согласия.', 'ip_address', 'declared'],
    ['kk', 'Келісім берілген кезде IP-мекенжайым келісімнің берілгенін растау үшін тіркеледі.', 'ip_address', 'declared'],
    ['en', 'When you give consent we log your IP address to prove that you gave consent.', 'ip_address', 'declared'],
    ['ru', 'При даче согласия фиксируется IP-адрес.', 'ip_address', 'conditional'],
    // Another condition in the same clause is not lifted by the proof.
    ['ru', 'При необходимости фиксируется IP-адрес для подтверждения факта согласия.', 'ip_address', 'conditional'],
    ['en', 'Where necessary we log your IP address to prove that you gave consent.', 'ip_address', 'conditional'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 19: an image of the ID card is the image, not the document details', () => {
  it.each<StatusCase>([
    ['ru', 'Клиент загружает копию удостоверения личности.', 'id_document', 'silent'],
    ['ru', 'Клиент загружает копию удостоверения личности.', 'document_image', 'declared'],
    ['kk', 'Жеке куәлігіңіздің суретін жүктейсіз.', 'id_document', 'silent'],
    ['ru', 'Клиент указывает номер удостоверения личности.', 'id_document', 'declared'],
    ['kk', 'Мен жеке басымды куәландыратын құжаттың деректерін ұсынамын.', 'id_document', 'declared'],
    ['en', 'We confirm that the applicant is the person holding the ID card.', 'id_document', 'silent'],
    ['en', 'We collect your ID card number.', 'id_document', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 19: lexicon gaps', () => {
  it.each<StatusCase>([
    // Collateral, property on the premises and the tax authority are not the person's means.
    ['ru', 'Ломбард выдаёт заём под залог движимого имущества и охраняет имущество в помещениях отделения. Сведения передаются органам государственных доходов.', 'financial_status', 'silent'],
    ['ru', 'Мы запрашиваем сведения об имуществе Клиента.', 'financial_status', 'declared'],
    // A denial of showing ads, a named company in the dative.
    ['kk', 'Біз қосымшада жарнама көрсетпейміз.', 'purpose_advertising', 'negated'],
    ['kk', 'Біз қосымшада жарнама көрсетеміз.', 'purpose_advertising', 'declared'],
    ['kk', 'Бет суретіңіз «Тексеру Сервис» ЖШС-ге беріледі.', 'third_party_sharing', 'declared'],
    ['kk', 'Бет суретіңізді «Тексеру Сервис» ЖШС өңдейді.', 'third_party_sharing', 'silent'],
    // Catch-alls: the genitive, the Kazakh «көрсетілетін».
    ['ru', 'Обработка данных, которые вы указываете в анкете, описана в отдельном документе.', 'personal_data_generic', 'generic'],
    ['kk', 'Өтінімде көрсетілетін өзге деректер Құпиялылық саясатында сипатталған.', 'personal_data_generic', 'generic'],
    ['kk', 'Өзге деректер Құпиялылық саясатында сипатталған.', 'personal_data_generic', 'silent'],
    // The operator's own contact list.
    ['en', 'If a relative asks, we delete their number from our contact list.', 'contact_book', 'silent'],
    ['ru', 'По просьбе третьего лица мы удаляем его номер из нашего списка контактов.', 'contact_book', 'silent'],
    ['kk', 'Үшінші тұлғаның нөмірін біздің байланыс тізімімізден өшіреміз.', 'contact_book', 'silent'],
    ['en', 'The app reads your contact list.', 'contact_book', 'declared'],
    // Reminders are messages sent, a page address is no home address, a recorded call is no microphone.
    ['en', 'Notifications: reminders about payment dates.', 'loan_terms', 'silent'],
    ['ru', 'Уведомления: напоминания о дате платежа.', 'loan_terms', 'silent'],
    ['en', 'We store your payment dates.', 'loan_terms', 'declared'],
    ['ru', 'Сервер фиксирует IP-адрес и адрес запрошенной страницы.', 'address', 'silent'],
    ['ru', 'Все разговоры с операторами подлежат аудиозаписи.', 'microphone', 'silent'],
    ['ru', 'Приложение делает аудиозапись голоса через микрофон.', 'microphone', 'declared'],
    // Loan data named in a list or by its agreement; analysis to improve the app; an upload to a partner; a card's number.
    ['ru', 'Мы обрабатываем сведения о договоре о предоставлении микрокредита.', 'loan_terms', 'declared'],
    ['en', 'We collect the amount, term and purpose of the loan.', 'loan_terms', 'declared'],
    ['en', 'We use these events to analyse and improve the app.', 'purpose_analytics', 'declared'],
    ['en', 'The photos are uploaded to our verification partner.', 'third_party_sharing', 'declared'],
    ['en', 'The photos are uploaded to our own servers.', 'third_party_sharing', 'silent'],
    ['en', 'We process that card\'s number.', 'bank_card', 'declared'],
    // A denial of identifying by the device.
    ['ru', 'Мы не идентифицируем вас по характеристикам устройства.', 'device_info', 'negated'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});
