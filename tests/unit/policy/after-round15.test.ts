/**
 * Phenomena found by held-out round 15, tested on texts written for the tests: what the person may choose to
 * give (at their option, if they prefer or elect it, what they volunteer), an optional item restricting its
 * other mentions in the paragraph, a call restricted by an only-if that does not restrict the data, consent
 * worded with several adjectives or "subject to", the singular «только в случае», a caption answered by the
 * denial under it, glossary entries in lower case, a heading about what the person gives, "No … shall be
 * processed", and a few lexicon gaps. Each rule has wordings in the languages it applies to and a case it
 * must leave alone.
 */
import { describe, it } from 'vitest';
import { expectStatus, type StatusCase } from './helpers';

describe('after round 15: the person\'s own option, preference or election', () => {
  it.each<StatusCase>([
    ['en', 'The Client may, at her option, give us the phone numbers of two relatives.', 'contact_persons', 'conditional'],
    ['en', 'Where the Customer elects to receive the loan to a bank account, we collect the IBAN.', 'bank_account', 'conditional'],
    ['ru', 'Если Клиент предпочитает получать деньги на счёт, он указывает IBAN.', 'bank_account', 'conditional'],
    ['kk', 'Ақшаны шотқа алуды жөн көрсеңіз, IBAN нөмірін көрсетесіз.', 'bank_account', 'conditional'],
    // An option offered in passing, or a choice stated as a fact, makes nothing optional.
    ['en', 'You have the option to add a photo of yourself to your profile picture settings.', 'face_image', 'declared'],
    ['en', 'The Customer elects a bank account; we then collect the IBAN.', 'bank_account', 'declared'],
    // Opting out is a way to stop what is done anyway.
    ['en', 'If you opt out of marketing, we stop sending you newsletters.', 'purpose_advertising', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 15: what the person volunteers of their own accord', () => {
  it.each<StatusCase>([
    ['en', 'If you yourself type your e-mail address into the chat, the chat provider receives it.', 'email', 'conditional'],
    ['ru', 'Если вы сами сообщите нам адрес электронной почты, мы отправим на него договор.', 'email', 'conditional'],
    ['kk', 'Өзіңіз чатқа электрондық поштаңызды жазсаңыз, оны қолдау қызметі көреді.', 'email', 'conditional'],
    // «сами» said of the operator is no choice of the person's.
    ['ru', 'Мы сами получаем адрес электронной почты из вашей заявки.', 'email', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 15: an optional item is optional wherever its paragraph names it', () => {
  it.each<StatusCase>([
    ['ru', 'По желанию Клиента в заявке указывается контактное лицо. Сообщая данные контактного лица, Клиент подтверждает его согласие.', 'contact_persons', 'conditional'],
    ['en', 'A contact person is optional. If you name a contact person, you confirm that they agreed to it.', 'contact_persons', 'conditional'],
    ['kk', 'Байланыс тұлғасын көрсету міндетті емес. Байланыс тұлғасының деректерін бере отырып, сіз оның келісімін растайсыз.', 'contact_persons', 'conditional'],
    // Another paragraph keeps its own status.
    ['ru', 'По желанию Клиента в заявке указывается контактное лицо.\n\nМы звоним контактному лицу, если Клиент не отвечает.', 'contact_persons', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 15: an only-if about contacting someone restricts the call, not the data', () => {
  it.each<StatusCase>([
    ['kk', 'Өтінімде байланыс тұлғасының телефон нөмірін көрсетесіз. Бұл адамға біз сізбен байланыс үзілген жағдайда ғана хабарласамыз.', 'contact_persons', 'declared'],
    ['ru', 'В анкете указывается телефон контактного лица. Этому лицу мы позвоним, только если не сможем связаться с вами.', 'contact_persons', 'declared'],
    ['en', 'The form asks for a contact person\'s phone number. We will call that person only if you stop answering our calls.', 'contact_persons', 'declared'],
    // An only-if about the data itself still restricts the paragraph.
    ['en', 'Location: approximate location. Collected only if you allow it.', 'geolocation', 'conditional'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 15: consent with several adjectives, or "subject to" it', () => {
  it.each<StatusCase>([
    ['ru', 'Номер телефона родственника передаётся коллекторам при наличии его отдельного письменного согласия.', 'third_party_sharing', 'conditional'],
    ['en', 'Your credit report is shared with partner banks subject to the Customer\'s prior written consent.', 'third_party_sharing', 'conditional'],
    ['ru', 'Номер телефона передаётся коллекторам при наличии просроченной задолженности.', 'third_party_sharing', 'declared'],
    ['en', 'Your credit report is shared with partner banks subject to applicable law.', 'third_party_sharing', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 15: «только в случае» names the only case', () => {
  it.each<StatusCase>([
    ['ru', 'Сведения о доходах Клиента запрашиваются только в случае подачи заявки на кредитный лимит.', 'financial_status', 'conditional'],
    // The cases the law sets out are a legal basis.
    ['ru', 'Данные передаются государственным органам только в случаях, предусмотренных законодательством.', 'third_party_sharing', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 15: Kazakh permission and «тек … кезде» with a long object', () => {
  it.each<StatusCase>([
    ['kk', 'Егер сіз рұқсат етсеңіз, қосымша геолокацияны анықтайды.', 'geolocation', 'conditional'],
    ['kk', 'Жарнамалық хабарламаларды тек сіз жеке кабинеттің «Хабарламалар» бөлімінде «Акциялар» ауыстырғышын өзіңіз қосқан кезде жібереміз.', 'purpose_advertising', 'conditional'],
    ['kk', 'Қосымша геолокацияны анықтайды, бұған заң рұқсат етеді.', 'geolocation', 'declared'],
    ['kk', 'Жарнамалық хабарламаларды тек біздің серіктестеріміз жібереді.', 'purpose_advertising', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 15: a caption of what may be shared is answered by the denial under it', () => {
  it.each<StatusCase>([
    ['en', 'Data shared\nData that may be shared with other companies\nNo data shared with third parties', 'third_party_sharing', 'negated'],
    ['ru', 'Передача данных\nДанные, которые могут передаваться другим компаниям\nДанные третьим лицам не передаются', 'third_party_sharing', 'negated'],
    ['kk', 'Деректерді беру\nБасқа компанияларға берілуі мүмкін деректер\nДеректер үшінші тұлғаларға берілмейді', 'third_party_sharing', 'negated'],
    // Followed by data, the caption stands; a caption that says what is done is no possibility.
    ['en', 'Data shared\nData that may be shared with other companies\nName · Account management', 'third_party_sharing', 'declared'],
    ['en', 'Data shared\nData we share with other companies\nNo data shared with third parties', 'third_party_sharing', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 15: glossary entries in lower case under a glossary heading', () => {
  it.each<StatusCase>([
    ['ru', '1. Термины и определения\n1) трансграничная передача — передача персональных данных на территорию иностранного государства;\n2) оператор — лицо, обрабатывающее данные.', 'cross_border_transfer', 'silent'],
    ['kk', '1. Терминдер мен анықтамалар\n1) трансшекаралық беру — дербес деректерді шет мемлекеттердің аумағына беру;', 'cross_border_transfer', 'silent'],
    // Elsewhere a lower-case line with a dash is a statement.
    ['ru', '1. Порядок обработки\n1) трансграничная передача — осуществляется в страны Евросоюза;', 'cross_border_transfer', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 15: a heading about what the person gives is one about getting data', () => {
  it.each<StatusCase>([
    ['en', '1. What you give us\nWhen you apply we ask for your name.\nOther information you choose to share ends up in your file too.', 'personal_data_generic', 'generic'],
    ['ru', '1. Что вы нам сообщаете\nПри подаче заявки вы указываете имя.\nИные сведения из переписки тоже попадают в досье.', 'personal_data_generic', 'generic'],
    ['kk', '1. Сіз бізге беретін деректер\nӨтінім берген кезде атыңызды көрсетесіз.\nХат-хабардағы өзге де мәліметтер де құжатқа түседі.', 'personal_data_generic', 'generic'],
    ['en', '1. What we give others\nWe pass your name to the bank.\nOther information ends up in their files too.', 'personal_data_generic', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 15: "No … shall be processed" denies', () => {
  it.each<StatusCase>([
    ['en', 'No selfie or scan of your passport shall be processed for customers served in a branch.', 'face_image', 'negated'],
    ['en', 'Your selfie shall be processed to confirm your identity.', 'face_image', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 15: lexicon gaps', () => {
  it.each<StatusCase>([
    ['ru', 'Клиент загружает фотоизображение (скан) лицевой и оборотной сторон удостоверения личности.', 'document_image', 'declared'],
    ['ru', 'Агентство получает от кредитора копию (скан) этого документа.', 'document_image', 'declared'],
    ['ru', 'Клиент загружает копию договора займа.', 'document_image', 'silent'],
    ['en', 'We never read or copy the contacts, call logs or photos stored on your mobile phone.', 'contact_book', 'negated'],
    ['en', 'Your contacts with our staff are stored in the CRM.', 'contact_book', 'silent'],
    ['en', 'The server records the date and time of each session.', 'access_logs', 'declared'],
    ['en', 'The server records the date and time of each payment.', 'access_logs', 'silent'],
    ['en', 'We may transfer personal data to the territory of a foreign state.', 'cross_border_transfer', 'declared'],
    ['en', 'Special offers from partner shops appear on the home screen.', 'purpose_advertising', 'declared'],
    ['en', 'Promotions of partner shops appear on the home screen.', 'purpose_advertising', 'declared'],
    ['en', 'Payment reminders appear on the home screen.', 'purpose_advertising', 'silent'],
    // The addresses of the pages viewed are the server's log, neither a home address nor what the person did.
    ['ru', 'Сервер записывает дату и время визита.', 'access_logs', 'declared'],
    ['ru', 'Сервер записывает адреса просмотренных страниц.', 'access_logs', 'declared'],
    ['ru', 'Сервер записывает адреса просмотренных страниц.', 'address', 'silent'],
    ['ru', 'Сервер записывает адреса просмотренных страниц.', 'usage_data', 'silent'],
    ['ru', 'Метрика показывает просмотренные страницы.', 'usage_data', 'declared'],
    ['ru', 'Мы храним адрес проживания.', 'address', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});
