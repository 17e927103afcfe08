/**
 * General causes found by rounds 29–30, tested on texts written for the tests. Each rule has wordings in the languages
 * it applies to and a case it must leave alone.
 */
import { describe, it } from 'vitest';
import { expectStatus, type StatusCase } from './helpers';

describe('rounds 29–30: denied verbs of making copies, asking and showing advertising', () => {
  it.each<StatusCase>([
    ['ru', 'Сканы паспорта Компания не изготавливает.', 'document_image', 'negated'],
    ['ru', 'Копий удостоверения личности мы не изготовим и хранить не будем.', 'document_image', 'negated'],
    ['ru', 'Операторы колл-центра никогда не попросят назвать код из SMS.', 'credentials', 'negated'],
    ['ru', 'В приложении мы не показываем рекламу третьих лиц.', 'purpose_advertising', 'negated'],
    ['kk', 'Банк жеке куәліктің сканерленген көшірмесін жасамайды.', 'document_image', 'negated'],
    ['kk', 'Қосымшада біз ешқандай жарнама көрсетпейміз.', 'purpose_advertising', 'negated'],
    ['en', 'We do not make copies of your passport.', 'document_image', 'negated'],
    ['en', "Our website doesn't display advertising of any kind.", 'purpose_advertising', 'negated'],
    ['en', 'We never serve personalised ads.', 'purpose_advertising', 'negated'],
    // Showing data hides it from view, it does not deny collecting it; showing advertising plainly is a declaration.
    ['ru', 'Мы не показываем полный номер карты в приложении.', 'bank_card', 'declared'],
    ['en', 'We show advertising from our partners in the app.', 'purpose_advertising', 'declared'],
    ['kk', 'Біз жеке куәліктің көшірмесін жасаймыз.', 'document_image', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 29–30: a period listed under a retention heading is the retention rule itself, not a reference', () => {
  it.each<StatusCase>([
    ['ru', '5. Сроки хранения\n5.1. Данные анкеты хранятся пять лет после погашения займа.\n6. Права\n6.1. Вы вправе отозвать согласие на обработку (с учетом сроков хранения, установленных законом).', 'retention', 'declared'],
    ['kk', '4. Сақтау мерзімі\n4.1. Өтінім деректері қарыз өтелгеннен кейін бес жыл сақталады.\n5. Құқықтар\n5.1. Сіз келісімді кері қайтарып ала аласыз, бұл заңда белгіленген сақтау мерзімдеріне әсер етпейді.', 'retention', 'declared'],
    ['en', '4. How long we keep data\n4.1 Loan files are kept for six years after repayment.\n5. Your rights\n5.1 You may withdraw your consent at any time, subject to our retention duties under the law.', 'retention', 'declared'],
    // The other categories a lifetime names still point back at where they are described.
    ['en', '4. Cookies\n4.1 Advertising cookies are set only if you accept them.\n5. How long cookies last\n5.1 Advertising cookies - 90 days.', 'purpose_advertising', 'conditional'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 29–30: those who consented, their consent qualified at length', () => {
  it.each<StatusCase>([
    ['ru', 'Рекламные SMS получают только те Клиенты, которые дали на то своё письменное согласие.', 'purpose_advertising', 'conditional'],
    ['ru', 'Рекламные рассылки направляются Пользователям, давшим на это отдельное согласие в личном кабинете.', 'purpose_advertising', 'conditional'],
    ['en', 'Marketing texts are sent only to customers who have given us their separate written consent.', 'purpose_advertising', 'conditional'],
    // Giving something other than a consent chooses nothing.
    ['en', 'Marketing texts are sent to all customers who have given us a phone number.', 'purpose_advertising', 'declared'],
    ['ru', 'Рекламные рассылки направляются Клиентам, которые дали нам номер телефона.', 'purpose_advertising', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe("rounds 29–30: the person's own discretion, «по собственному усмотрению»", () => {
  it.each<StatusCase>([
    ['ru', 'Ссылку на страницу в социальной сети Заемщик по собственному усмотрению добавляет в анкету.', 'social_profile', 'conditional'],
    ['ru', 'Мы обрабатываем: ИИН; данные поручителя – если Клиент по своему усмотрению указывает его номер телефона.', 'contact_persons', 'conditional'],
    ['ru', 'Место работы указывается по вашему усмотрению.', 'employment', 'conditional'],
    // The operator's discretion over its own policy sets no condition on the data.
    ['ru', 'Оператор вправе по своему усмотрению изменять Политику; мы обрабатываем место работы Клиента.', 'employment', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 29–30: an item given only if the person gives it, unbracketed', () => {
  it.each<StatusCase>([
    ['ru', 'Мы обрабатываем: ИИН; номер телефона; адрес электронной почты – при его указании в заявке.', 'email', 'conditional'],
    ['ru', 'Сведения о месте работы обрабатываются при их предоставлении Заемщиком.', 'employment', 'conditional'],
    ['kk', 'Біз өңдейміз: ЖСН; телефон нөмірі; электрондық пошта мекенжайы – ол көрсетілген жағдайда.', 'email', 'conditional'],
    ['en', 'We hold your IIN, your phone number and your e-mail address where provided.', 'email', 'conditional'],
    ['en', 'We use the name of your employer, if you provide it, to check your income.', 'employment', 'conditional'],
    // Providing something else, or a consent, is no giving of the item itself.
    ['en', 'We use your e-mail address if you provide a copy of your ID in person.', 'email', 'declared'],
    ['ru', 'Мы обрабатываем адрес электронной почты при указании иных сведений в заявке.', 'email', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 29–30: a request added in the case a sentence opens with («Если …, мы также запросим»)', () => {
  it.each<StatusCase>([
    ['ru', 'Если сумма займа превышает установленный лимит, мы также запросим сведения о месте работы.', 'employment', 'conditional'],
    ['ru', 'В случае, если требуется поручительство, Компания также запрашивает номер телефона поручителя.', 'contact_persons', 'conditional'],
    ['kk', 'Егер қарыз сомасы лимиттен асса, біз сондай-ақ жұмыс орны туралы мәліметтерді сұраймыз.', 'employment', 'conditional'],
    ['en', 'If your purchases go over the monthly limit, we will also ask for the name of your employer.', 'employment', 'conditional'],
    ['en', 'Should a co-signer be needed, we also request the phone number of your guarantor.', 'contact_persons', 'conditional'],
    // «также» without an opening case, or a case without an added request, is left as it was.
    ['ru', 'Мы запрашиваем ИИН, а также сведения о месте работы.', 'employment', 'declared'],
    ['en', 'If you have questions, write to us; we also collect the name of your employer.', 'employment', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 29–30: one way the person may take of two («вместо визита в офис», "rather than", «орнына»)', () => {
  it.each<StatusCase>([
    ['ru', 'Если вы подаёте заявку в приложении вместо визита в отделение, мы делаем снимок вашего лица камерой смартфона.', 'camera', 'conditional'],
    ['ru', 'Если Клиент получает заём на карту вместо наличных, мы обрабатываем номер банковской карты.', 'bank_card', 'conditional'],
    ['kk', 'Бөлімшеге барудың орнына қосымша арқылы өтінім берсеңіз, біз телефон камерасымен бетіңізді суретке түсіреміз.', 'camera', 'conditional'],
    ['en', "If you sign up in the app rather than at a branch, we take a selfie with your phone's camera.", 'camera', 'conditional'],
    ['en', 'When you receive the loan on a card instead of in cash, we process your bank card number.', 'bank_card', 'conditional'],
    // Our own choice of a channel is no choice of the person's.
    ['en', 'We contact you by SMS rather than by e-mail and keep your phone number.', 'phone', 'declared'],
    ['ru', 'Мы связываемся с вами по SMS, а не по почте, и храним номер телефона.', 'phone', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 29–30: the terms of loan agreements, the agreements qualified before the loan is named', () => {
  it.each<StatusCase>([
    ['ru', 'Бюро передаёт нам условия всех действующих у Заемщика договоров займа.', 'loan_terms', 'declared'],
    ['ru', 'Мы обрабатываем условия ранее заключенных Вами с нами договоров о микрокредите.', 'loan_terms', 'declared'],
    ['en', 'We receive details about every loan agreement you have signed.', 'loan_terms', 'declared'],
    ['en', 'The bureau sends us information about any credit contract in your name.', 'loan_terms', 'declared'],
    // Breaking or keeping the terms names no data.
    ['ru', 'Мы вправе обратиться в суд, если Клиент нарушает условия заключенного с ним договора займа.', 'loan_terms', 'silent'],
    ['ru', 'Клиент обязуется соблюдать условия подписанного им договора о микрокредите.', 'loan_terms', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe("rounds 29–30: a PEP's spouses and relatives named after a comma are the PEP question, not contact persons", () => {
  it.each<StatusCase>([
    ['ru', 'Анкета содержит вопрос о принадлежности Клиента к публичным должностным лицам, в том числе иностранным, к их супругам и близким родственникам.', 'contact_persons', 'silent'],
    ['kk', 'Сауалнамада Клиенттің жария лауазымды тұлғаларға, олардың жұбайлары мен жақын туыстарына қатыстылығы туралы сұрақ бар.', 'contact_persons', 'silent'],
    ['en', 'The form asks whether you are a politically exposed person, including foreign ones, their spouses or close relatives.', 'contact_persons', 'silent'],
    ['ru', 'Анкета содержит вопрос о принадлежности Клиента к публичным должностным лицам, в том числе иностранным, к их супругам и близким родственникам.', 'kyc_status', 'declared'],
    // Relatives' numbers asked for beside the PEP question are still contact persons.
    ['ru', 'Мы запрашиваем сведения о принадлежности к ИПДЛ, номера телефонов родственников.', 'contact_persons', 'declared'],
    ['kk', 'Біз ШЖЛТ мәртебесін, туыстарыңыздың телефон нөмірлерін өңдейміз.', 'contact_persons', 'declared'],
    ['en', 'We ask whether you are a PEP, and the phone numbers of your relatives.', 'contact_persons', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe("rounds 29–30: an SMS aggregator and a service's operators receive data", () => {
  it.each<StatusCase>([
    ['ru', 'Для отправки уведомлений номер телефона передается SMS-агрегатору.', 'third_party_sharing', 'declared'],
    ['ru', 'Обезличенные данные о посещениях передаются операторам сервисов веб-аналитики.', 'third_party_sharing', 'declared'],
    ['kk', 'Хабарламаларды жіберу үшін телефон нөмірі SMS-агрегаторға беріледі.', 'third_party_sharing', 'declared'],
    ['kk', 'Сайтқа кіру туралы деректер Яндекс.Метрика қызметінің операторына беріледі.', 'third_party_sharing', 'declared'],
    ['en', 'To send reminders we pass your phone number to an SMS aggregator.', 'third_party_sharing', 'declared'],
    // The Operator itself, named alone, is no recipient.
    ['kk', 'Мен өз деректерімді Операторға беремін.', 'third_party_sharing', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 29–30: clicks on links and buttons and time on a page are usage data', () => {
  it.each<StatusCase>([
    ['ru', 'Мы получаем данные о переходах по ссылкам из наших SMS.', 'usage_data', 'declared'],
    ['ru', 'Сервис аналитики собирает сведения о нажатиях на кнопки и время пребывания на странице.', 'usage_data', 'declared'],
    ['kk', 'Біз басылған батырмалар мен беттерде болу уақытын тіркейміз.', 'usage_data', 'declared'],
    ['kk', 'Талдау үшін қаралған бөлімдер туралы деректер жиналады.', 'usage_data', 'declared'],
    ['en', 'We record link clicks in our e-mails.', 'usage_data', 'declared'],
    ['en', 'The analytics tool counts clicks on buttons in the app.', 'usage_data', 'declared'],
    // Pressing a button is a step of a form, not data about its use.
    ['ru', 'После нажатия кнопки «Отправить» заявка передаётся в обработку.', 'usage_data', 'silent'],
    ['kk', 'Келісім батырмасын басқан кезде өтінім жіберіледі.', 'usage_data', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 29–30: data encrypted where it is stored is no encrypted transmission', () => {
  it.each<StatusCase>([
    ['ru', 'Архивы с анкетами защищены средствами криптографической защиты при хранении на серверах.', 'secure_transmission', 'silent'],
    ['ru', 'Резервные копии шифруются для хранения в облаке.', 'secure_transmission', 'silent'],
    ['kk', 'Сканерленген құжаттар сақтау кезінде шифрланады.', 'secure_transmission', 'silent'],
    ['en', 'Backups of your file are encrypted at rest.', 'secure_transmission', 'silent'],
    // The channel still counts, also beside storage.
    ['ru', 'Данные шифруются при передаче по сети.', 'secure_transmission', 'declared'],
    ['kk', 'Деректер шифрланған арна арқылы беріледі.', 'secure_transmission', 'declared'],
    ['en', 'Backups of your file are encrypted at rest and in transit.', 'secure_transmission', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 29–30: where a pledged or insured thing is, is no location of the person', () => {
  it.each<StatusCase>([
    ['ru', 'Ломбард фиксирует местонахождение заложенного автомобиля на стоянке.', 'geolocation', 'silent'],
    ['ru', 'Для страхования нужны адрес и место нахождения объекта недвижимости.', 'geolocation', 'silent'],
    ['kk', 'Сақтандыру үшін пәтердің орналасқан жері көрсетіледі.', 'geolocation', 'silent'],
    // The person's or the device's location still counts.
    ['ru', 'Мы определяем местонахождение Клиента по данным смартфона.', 'geolocation', 'declared'],
    ['kk', 'Біз Клиенттің орналасқан жерін анықтаймыз.', 'geolocation', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 29–30: household goods are no family data', () => {
  it.each<StatusCase>([
    ['en', 'We finance cars, household appliances and business equipment.', 'family', 'silent'],
    ['en', 'The plan covers furniture and other household goods bought in our partner stores.', 'family', 'silent'],
    // The household itself still is.
    ['en', 'We ask about your household size and the number of dependants.', 'family', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe("rounds 29–30: a crypto wallet's address is no home address", () => {
  it.each<StatusCase>([
    ['ru', 'Для перевода мы сохраняем адрес вашего криптовалютного кошелька.', 'address', 'silent'],
    ['ru', 'В истории операций видны адреса кошельков получателей.', 'address', 'silent'],
    ['kk', 'Аудару үшін біз криптоәмиян мекенжайын сақтаймыз.', 'address', 'silent'],
    ['en', 'The app can scan QR codes of crypto addresses.', 'address', 'silent'],
    // The person's own address still is.
    ['ru', 'Мы сохраняем адрес Клиента и номер его кошелька.', 'address', 'declared'],
    ['kk', 'Біз Клиенттің мекенжайын сақтаймыз.', 'address', 'declared'],
    ['en', 'We keep your crypto wallet number and your home address.', 'address', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe("rounds 29–30: a register of the staff is no log of the person's access", () => {
  it.each<StatusCase>([
    ['ru', 'Оператор ведёт журнал учета работников, допущенных к обработке персональных данных.', 'access_logs', 'silent'],
    ['ru', 'В Банке ведется журнал регистрации лиц, имеющих доступ к базе клиентов.', 'access_logs', 'silent'],
    // A log of visits still is.
    ['ru', 'Мы ведем журнал посещений сайта.', 'access_logs', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe("rounds 29–30: a photo of the face with any possessive, the first person's too", () => {
  it.each<StatusCase>([
    ['ru', 'Я согласен на обработку фотоизображения моего лица, сделанного в отделении.', 'face_image', 'declared'],
    ['ru', 'Сотрудник делает фотоснимок вашего лица при выдаче займа.', 'face_image', 'declared'],
    ['kk', 'Кеңседе түсірілген бетімнің фотосуретін өңдеуге келісемін.', 'face_image', 'declared'],
    ['kk', 'Біз бетіңіздің фотосуретін өңдейміз.', 'face_image', 'declared'],
    ['en', 'I agree to the processing of a photograph of my face taken at the branch.', 'face_image', 'declared'],
    // A photo of a thing is no image of the face.
    ['ru', 'Оценщик делает фотоснимок залогового имущества.', 'face_image', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 29–30: "If you provided it" opening a sentence, in the past tense too', () => {
  it.each<StatusCase>([
    ['en', 'If you provided it, your e-mail address is used to send receipts.', 'email', 'conditional'],
    ['en', 'If you gave them, the names of your employers are kept for three years.', 'employment', 'conditional'],
    ['en', 'Where you entered one, your work phone is checked with your employer.', 'employment', 'conditional'],
    // Something else provided is no giving of the item.
    ['en', 'If you provided a reference, your e-mail address is used to send receipts.', 'email', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe("rounds 29–30: the Kazakh locative with the third person's possessive («оның браузерінде») is a place", () => {
  it.each<StatusCase>([
    ['kk', 'Cookie файлдары Пайдаланушының браузерінде сақталатын шағын файлдар.', 'browser_info', 'silent'],
    ['kk', 'Бұл файлдар клиенттердің браузерлерінде бір жыл сақталады.', 'browser_info', 'silent'],
    // The browser named as data still is.
    ['kk', 'Біз Клиенттің браузерін және оның нұсқасын анықтаймыз.', 'browser_info', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 29–30: a fingerprint named beside another way to unlock is a finger, not a browser fingerprint', () => {
  it.each<StatusCase>([
    ['en', 'You can log in with Face ID or a fingerprint instead of typing the code.', 'fingerprinting', 'silent'],
    ['en', 'The app opens with a PIN or fingerprint.', 'fingerprinting', 'silent'],
    // Fingerprinting a browser still counts.
    ['en', 'We create a fingerprint of your browser to prevent fraud.', 'fingerprinting', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 29–30: the way of paying named as a noun or a gerund («в случае оплаты картой», "when paying by card")', () => {
  it.each<StatusCase>([
    ['ru', 'В случае оплаты взноса банковской картой мы получаем маскированный номер карты.', 'bank_card', 'conditional'],
    ['ru', 'При погашении займа переводом Общество получает номер счета плательщика.', 'bank_account', 'conditional'],
    ['kk', 'Картамен төлеген жағдайда біз банктік картаның соңғы төрт цифрын аламыз.', 'bank_card', 'conditional'],
    ['en', 'When paying by card, we receive the last four digits of your bank card.', 'bank_card', 'conditional'],
    // Paying named without a way is the service itself.
    ['ru', 'При оплате услуг мы получаем маскированный номер банковской карты.', 'bank_card', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe("rounds 29–30: the person a transfer goes to is a third person whose details are given", () => {
  it.each<StatusCase>([
    ['en', 'When you send money, we collect the details of the recipient.', 'contact_persons', 'declared'],
    ['en', "We check your recipient's name and phone number before the payout.", 'contact_persons', 'declared'],
    ['en', 'We keep the mobile numbers of each transfer recipient.', 'contact_persons', 'declared'],
    // Recipients of data are not people the money goes to.
    ['en', 'You have the right to know the names of the recipients of your data.', 'contact_persons', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 29–30: «в таком случае», "in that case" after a semicolon carries the previous sentence\'s condition', () => {
  it.each<StatusCase>([
    ['ru', 'Если вы разрешите доступ к камере, мы проверим документ. Проверку выполняет партнер; в таком случае мы получаем ваше селфи.', 'face_image', 'conditional'],
    ['kk', 'Егер сіз камераға рұқсат берсеңіз, біз құжатты тексереміз. Тексеруді серіктес жүргізеді; бұл жағдайда біз селфиіңізді аламыз.', 'face_image', 'conditional'],
    ['en', 'If you allow camera access, we check your ID. A partner runs the check; in that case we receive your selfie.', 'face_image', 'conditional'],
    // Without the pointer back, the second sentence stands on its own.
    ['en', 'If you allow camera access, we check your ID. A partner runs the check; we also receive your selfie.', 'face_image', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 29–30: only after telling or asking someone («только после уведомления», "only after informing")', () => {
  it.each<StatusCase>([
    ['ru', 'Номер телефона поручителя передается Банку только после уведомления поручителя.', 'contact_persons', 'conditional'],
    ['kk', 'Кепіл берушінің телефон нөмірін оған хабарлағаннан кейін ғана көрсетіңіз.', 'contact_persons', 'conditional'],
    ['en', "Please only give us your guarantor's phone number after informing him or her.", 'contact_persons', 'conditional'],
    // A deletion dated by an event is no condition on the data.
    ['ru', 'Номер телефона поручителя удаляется только после погашения займа.', 'contact_persons', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 29–30: a table row whose every cell is a numbered title heads a section and declares nothing', () => {
  it.each<StatusCase>([
    ['ru', '| **7. Рекламная рассылка** | **7. Жарнамалық таратылым** |\n| 7.1. Рекламные сообщения направляются, если вы отметите этот пункт. | 7.1. Жарнамалық хабарламалар осы тармақты белгілесеңіз жіберіледі. |', 'purpose_advertising', 'conditional'],
    ['kk', '| 5. Үшінші тұлғаларға беру |\n| 5.1. Деректер үшінші тұлғаларға менің келісіміммен беріледі. |', 'third_party_sharing', 'conditional'],
    ['en', '| **6. Marketing messages** | **6. Маркетингтік хабарламалар** |\n| 6.1. Marketing messages are sent if you tick this box. | 6.1. Маркетингтік хабарламалар осы тармақты белгілесеңіз жіберіледі. |', 'purpose_advertising', 'conditional'],
    // A row of sentences is a row of statements.
    ['ru', '| 5.1. Мы передаем данные третьим лицам | 5.1. Біз деректерді үшінші тұлғаларға береміз |', 'third_party_sharing', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 29–30: the way the loan is paid out («при перечислении займа на карту», "when the loan is paid out to your card")', () => {
  it.each<StatusCase>([
    ['ru', 'Банку-партнеру — номер карты при перечислении займа на банковскую карту Клиента.', 'bank_card', 'conditional'],
    ['ru', 'В случае зачисления микрокредита на счёт мы обрабатываем номер банковского счёта (IBAN).', 'bank_account', 'conditional'],
    ['kk', 'Қарыз картаға аударылса, біз банктік карта нөмірін сақтаймыз.', 'bank_card', 'conditional'],
    ['en', 'When the loan is paid out to your bank card, we keep the card number.', 'bank_card', 'conditional'],
    // The card named without a way of payout is declared.
    ['ru', 'Мы обрабатываем номер банковской карты Клиента.', 'bank_card', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 29–30: a Kazakh period counted in words before «сақталады»', () => {
  it.each<StatusCase>([
    ['kk', 'Скоринг нәтижелері шешім қабылданған күннен бастап бір жыл сақталады.', 'retention', 'declared'],
    ['kk', 'Өтінім деректері он екі ай сақталады.', 'retention', 'declared'],
    // «бір жерде» is one place, no period.
    ['kk', 'Барлық деректер бір жерде сақталады.', 'retention', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 29–30: an option to pick a photo the person already has («выбрать готовое фото», "pick existing photos")', () => {
  it.each<StatusCase>([
    ['ru', 'Вместо съёмки вы можете выбрать готовое фото удостоверения личности из галереи.', 'document_image', 'conditional'],
    ['kk', 'Түсірудің орнына галереядан дайын жеке куәлік суретін таңдай аласыз.', 'document_image', 'conditional'],
    ['en', 'You can also pick existing photos of your ID card from your phone.', 'document_image', 'conditional'],
    // Picking a setting chooses no data.
    ['en', 'You can select your language in the settings; we keep photos of your ID card.', 'document_image', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});
