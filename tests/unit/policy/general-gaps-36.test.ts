/**
 * General gaps closed in session 36, tested on sentences written for the tests (ru, kk, en where the rule applies).
 * Each block holds a case the rule must leave alone.
 */
import { describe, it } from 'vitest';
import { expectStatus, type StatusCase } from './helpers';

const RU_HEAD = '| Вид | Что собирается | Когда | Срок |\n|---|---|---|---|\n';
const KK_HEAD = '| Түрі | Не жиналады | Қашан | Мерзімі |\n|---|---|---|---|\n';
const EN_HEAD = '| Kind | What is collected | When | Kept |\n|---|---|---|---|\n';

describe('session 36: a semicolon inside a table cell lists items; the row’s condition cell bears on all of them', () => {
  it.each<StatusCase>([
    ['ru', `${RU_HEAD}| Статистика | число визитов, просмотренные страницы; модель устройства | после вашего согласия | 1 год |`, 'usage_data', 'conditional'],
    ['ru', `${RU_HEAD}| Статистика | число визитов, просмотренные страницы; модель устройства | после вашего согласия | 1 год |`, 'device_info', 'conditional'],
    ['kk', `${KK_HEAD}| Талдау | құрылғы моделі; IP-мекенжай | тек сіздің рұқсатыңызбен | 1 жыл |`, 'device_info', 'conditional'],
    ['en', `${EN_HEAD}| Statistics | pages you viewed; your device model | only with your consent | 1 year |`, 'usage_data', 'conditional'],
    // A row with no condition cell still declares, and a semicolon in running text still closes a clause.
    ['ru', `${RU_HEAD}| Сессия | модель устройства; IP-адрес | всегда | 1 день |`, 'ip_address', 'declared'],
    ['ru', 'Мы собираем IP-адрес; модель устройства — только с вашего согласия.', 'ip_address', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('session 36: recipients named as the subject of receiving, after a determiner or in the future', () => {
  it.each<StatusCase>([
    ['ru', 'Если вы включили рекламные cookie, эти сведения получают наши партнёры — рекламные сети.', 'third_party_sharing', 'conditional'],
    ['ru', 'Сведения о платежах получат выбранные партнеры по выдаче займа.', 'third_party_sharing', 'declared'],
    ['kk', 'Егер сіз рұқсат берсеңіз, бұл мәліметтерді біздің серіктестеріміз алады.', 'third_party_sharing', 'conditional'],
    ['en', 'If you enable ad cookies, our advertising partners receive this information.', 'third_party_sharing', 'conditional'],
    // Staff are no third party, and the operator taking its partners' data receives rather than hands over.
    ['ru', 'Эти сведения получают наши сотрудники.', 'third_party_sharing', 'silent'],
    ['kk', 'Компания серіктестерінің есептерін алады.', 'third_party_sharing', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('session 36: what a container is said not to hold is denied, the container is not', () => {
  it.each<StatusCase>([
    ['ru', 'Файлы cookie нашего сайта не содержат ваших фамилии, имени и номера телефона.', 'phone', 'negated'],
    ['ru', 'Файлы cookie нашего сайта не содержат ваших фамилии, имени и номера телефона.', 'cookies', 'declared'],
    ['en', 'Our cookies never contain your name or e-mail address.', 'email', 'negated'],
    ['en', "The cookies we set don't contain your phone number.", 'cookies', 'declared'],
    ['kk', 'Cookie файлдарында сіздің аты-жөніңіз бен телефон нөміріңіз болмайды.', 'phone', 'negated'],
    ['kk', 'Cookie файлдарында сіздің аты-жөніңіз бен телефон нөміріңіз болмайды.', 'cookies', 'declared'],
    // A case is no promise, and what a file does hold is declared.
    ['ru', 'Если заявка не содержит номера телефона, мы запросим его по электронной почте.', 'phone', 'declared'],
    ['en', 'The cookie contains a random identifier and your IP address.', 'ip_address', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('session 36: under a heading that explains a word, the operator’s practice may be named after its verb', () => {
  it.each<StatusCase>([
    ['ru', '1. Что такое cookie\nCookie – это текстовые файлы в вашем браузере. Cookie, которые устанавливает наш сайт, не содержат вашего ИИН.', 'national_id', 'negated'],
    ['kk', '1. Cookie дегеніміз не\nCookie – браузердегі шағын файлдар. Сайты орнататын cookie файлдарында сіздің ЖСН-іңіз болмайды.', 'national_id', 'negated'],
    ['en', '1. What are cookies\nCookies are small text files. The cookies that the website sets never contain your e-mail address.', 'email', 'negated'],
    // A sentence that only explains the word still declares nothing.
    ['ru', '1. Что такое cookie\nCookie – это текстовые файлы; сайты используют их, например, чтобы запомнить номер телефона.', 'phone', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('session 36: a period in a table column headed as how long something is kept is a retention rule', () => {
  it.each<StatusCase>([
    ['ru', '| Cookie | Назначение | Срок жизни |\n|---|---|---|\n| _sid | вход в кабинет | 30 дней |', 'retention', 'declared'],
    ['kk', '| Cookie | Мақсаты | Сақтау мерзімі |\n|---|---|---|\n| _sid | кабинетке кіру | 30 күн |', 'retention', 'declared'],
    ['en', '| Cookie | Purpose | Expiry |\n|---|---|---|\n| _sid | keeps you signed in | 12 months |', 'retention', 'declared'],
    // A loan's term in its own column is no retention.
    ['ru', '| Продукт | Сумма | Срок |\n|---|---|---|\n| Микрокредит | до 200 000 тенге | 30 дней |', 'retention', 'silent'],
    ['en', '| Product | Amount | Term |\n|---|---|---|\n| Payday loan | up to 500 USD | 30 days |', 'retention', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('session 36: an empty box marked as required is a grant the form needs, not a condition', () => {
  it.each<StatusCase>([
    ['ru', '[ ] * Разрешаю передавать сведения о договоре в кредитные бюро.', 'third_party_sharing', 'declared'],
    ['ru', '☐ Согласие на проверку ИИН в кредитном бюро (обязательно)', 'national_id', 'declared'],
    ['en', '[ ] I allow you to check my IIN with the credit bureau (required)', 'national_id', 'declared'],
    ['kk', '☐ * Несие бюросына ЖСН бойынша сұрау жіберуге келісемін.', 'national_id', 'declared'],
    ['ru', '☐ Разрешаю передавать сведения о договоре в кредитные бюро *', 'third_party_sharing', 'declared'],
    ['en', '☐ I allow you to share my loan details with credit bureaus *', 'third_party_sharing', 'declared'],
    // A box with no such mark, or marked as not required, still waits for the person's tick.
    ['ru', '[ ] Разрешаю передавать сведения о договоре в кредитные бюро.', 'third_party_sharing', 'conditional'],
    ['kk', '☐ Жарнамалық SMS алуға келісемін (міндетті емес)', 'purpose_advertising', 'conditional'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('session 36: a form’s box titled on its own line carries its mark to the consent text indented below it', () => {
  it.each<StatusCase>([
    ['ru', '[ ] Видеоидентификация (по желанию)\n    Согласен, чтобы МФО сфотографировала моё лицо камерой телефона.', 'camera', 'conditional'],
    ['en', '[ ] Selfie check (optional)\n    I agree that the lender takes a photo of my face with my phone camera.', 'camera', 'conditional'],
    ['kk', '☐ Бейне-сәйкестендіру (міндетті емес)\n    Компанияның телефон камерасы арқылы бетімді суретке түсіруіне келісемін.', 'camera', 'conditional'],
    // A required box's text declares, and a box that is a whole sentence has no title: the text below is not its.
    ['ru', '[ ] * Кредитные бюро\n    Разрешаю передавать сведения о договоре в кредитные бюро.', 'third_party_sharing', 'declared'],
    ['ru', '[ ] Согласен на видеоидентификацию.\n    Данные передаются по протоколу HTTPS.', 'secure_transmission', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('session 36: a box’s title and its consent text may stand flush, on the very next line', () => {
  it.each<StatusCase>([
    ['ru', '☐ Резервные копии за рубежом\nЯ согласен на трансграничную передачу моих данных для хранения копий.', 'cross_border_transfer', 'conditional'],
    ['en', '☐ Backups abroad\nI agree that my data is transferred abroad for backup storage.', 'cross_border_transfer', 'conditional'],
    ['kk', '☐ Шетелдегі сақтық көшірмелер\nДеректерімді шетелге трансшекаралық беруге келісемін.', 'cross_border_transfer', 'conditional'],
    // Every sentence of the text is the box's, not only the first.
    ['ru', '☐ Фотоидентификация\nДаю согласие на проверку личности. Приложение сделает снимок лица камерой телефона.', 'camera', 'conditional'],
    // A required title's text declares; a text after a blank line is not the box's.
    ['ru', '☐ Кредитные бюро *\nРазрешаю передавать сведения о договоре в кредитные бюро.', 'third_party_sharing', 'declared'],
    ['ru', '☐ Резервные копии за рубежом\n\nДанные передаются по протоколу HTTPS.', 'secure_transmission', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('session 36: under a heading about recipients or keeping, «Label — …» is a label, not a glossary entry', () => {
  it.each<StatusCase>([
    ['ru', '7. Сколько храним\nАнкеты — в течение 3 лет после закрытия займа.', 'retention', 'declared'],
    ['kk', '7. Қанша уақыт сақталады\nӨтінімдер — шарт жабылғаннан кейін 3 жыл.', 'retention', 'declared'],
    ['en', '7. How long we keep it\nApplications — 3 years after the loan is closed.', 'retention', 'declared'],
    ['ru', '6. Кому передаём\nКредитные бюро — для проверки кредитной истории.', 'third_party_sharing', 'declared'],
    ['en', '6. Who receives your data\nCredit bureaus — to check your credit history.', 'third_party_sharing', 'declared'],
    // A glossary's entry still defines a word and declares no practice.
    ['ru', '1. Термины и определения\nСрок хранения — период в 5 лет, в течение которого архив доступен.', 'retention', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('session 36: a section number set off by a bar («6 | Кому передаём») opens a section with its heading', () => {
  it.each<StatusCase>([
    ['ru', '\n6 | Кому передаём\nБанку-партнёру и перестраховщикам.', 'third_party_sharing', 'declared'],
    ['ru', '\n7 | Сколько храним\nАнкеты — 3 года после закрытия займа.', 'retention', 'declared'],
    ['kk', '\n7 | Қанша уақыт сақталады\nӨтінімдер — шарт жабылғаннан кейін 3 жыл.', 'retention', 'declared'],
    ['en', '\n7 | How long we keep it\nApplications — 3 years after the loan is closed.', 'retention', 'declared'],
    // A table row whose first cell is a number is still a row.
    ['ru', '\n1 | ИИН | собирается\n2 | Номер телефона | собирается', 'phone', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('session 36: «в этом случае» takes no condition from a sentence that declared its practice plainly', () => {
  it.each<StatusCase>([
    ['ru', 'Мы передаём данные кредитным бюро, а медицинским организациям — по запросу с вашего согласия. Часть копий хранится у партнёра в Германии; в этом случае данные передаются за рубеж.', 'cross_border_transfer', 'declared'],
    ['en', 'We share your data with credit bureaus, but with clinics — on request with your consent. Some copies are kept by a partner in Germany; in that case your data is transferred abroad.', 'cross_border_transfer', 'declared'],
    ['kk', 'Деректерді кредиттік бюроларға береміз, ал нотариустарға тек келісіміңізбен. Көшірмелердің бір бөлігі Германиядағы серіктесте сақталады; бұл жағдайда деректер шетелге беріледі.', 'cross_border_transfer', 'declared'],
    // A sentence that is itself the case still lends it.
    ['ru', 'Если вы разрешите, мы проверим документ у партнёра. В этом случае данные передаются за рубеж.', 'cross_border_transfer', 'conditional'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('session 36: a recipient in the dative before a dash («Коллекторам — …») is no glossary term', () => {
  it.each<StatusCase>([
    ['ru', 'Коллекторским агентствам — при просрочке платежа. За рубеж данные не передаются.', 'cross_border_transfer', 'negated'],
    ['ru', 'Банкам-партнёрам — для перевода займа. Мы не передаём данные за рубеж.', 'cross_border_transfer', 'negated'],
    ['kk', 'Кредиттік бюроларға — заң бойынша. Деректер шетелге берілмейді.', 'cross_border_transfer', 'negated'],
    // A term in the nominative still defines a word and declares no practice.
    ['ru', 'Трансграничная передача — передача данных на территорию иностранного государства.', 'cross_border_transfer', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('session 36: a question about who gets the data, answered by naming recipients, declares sharing', () => {
  it.each<StatusCase>([
    ['ru', 'Вопросы и ответы.\nКому вы передаёте мои данные?\nКредитным бюро и банку-партнёру, который переводит деньги.', 'third_party_sharing', 'declared'],
    ['en', 'Questions and answers.\nWho receives my data?\nCredit bureaus and our payment provider.', 'third_party_sharing', 'declared'],
    ['kk', 'Сұрақтар мен жауаптар.\nДеректерімді кімге бересіздер?\nКредиттік бюроларға және серіктес банкке.', 'third_party_sharing', 'declared'],
    // An answer that names no recipient declares nothing by itself.
    ['ru', 'Вопросы и ответы.\nКому вы передаёте мои данные?\nНикому: данные остаются у нас.', 'third_party_sharing', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('session 36: the bare word for contacts opening an item of an app’s permission list names the address book', () => {
  it.each<StatusCase>([
    ['ru', '\n4. Разрешения приложения\n• Контакты — чтобы выбрать получателя перевода, только с вашего разрешения.', 'contact_book', 'conditional'],
    ['kk', '\n4. Құрылғы рұқсаттары\n• Контактілер – аударым алушысын таңдау үшін.', 'contact_book', 'declared'],
    ['en', '\n4. App permissions\n• Contacts – to pick a payee, only if you allow it.', 'contact_book', 'conditional'],
    // The operator's own contact details are no address book.
    ['ru', '\n9. Реквизиты\n• Контакты — г. Алматы, ул. Абая 1, тел. 7700.', 'contact_book', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('session 36: Kazakh face images written as a compound or with a word between', () => {
  it.each<StatusCase>([
    ['kk', 'Кепіл билетін ресімдеу кезінде кассада бет-бейнемнің фотосуреті түсіріледі.', 'face_image', 'declared'],
    ['kk', 'Қосымша бетіңіздің қысқа бейнежазбасын түсіреді.', 'face_image', 'declared'],
    // «беті» is also a page.
    ['kk', 'Сайттың басты беті жаңа суреттермен безендірілген.', 'face_image', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('session 36: pledged goods in Kazakh are the loan’s security, not the person’s means', () => {
  it.each<StatusCase>([
    ['kk', 'Ломбард жылжымалы мүлік кепілімен қамтамасыз етілген қарыз береді.', 'financial_status', 'silent'],
    ['kk', 'Ломбард кепіл мүлкін тәуелсіз бағалаушыға береді.', 'financial_status', 'silent'],
    // The person's own property is still their means.
    ['kk', 'Банк сіздің жылжымайтын мүлкіңіз туралы мәліметтерді жинайды.', 'financial_status', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('session 36: a heading asking who else sees the data is about handing it over', () => {
  it.each<StatusCase>([
    ['en', '\nWHO ELSE SEES IT\n• The credit bureau, to check your history.', 'third_party_sharing', 'declared'],
    ['ru', '\nКТО ЕЩЁ ВИДИТ ВАШИ ДАННЫЕ\n• Кредитное бюро — для проверки истории.', 'third_party_sharing', 'declared'],
    ['kk', '\nДЕРЕКТЕРІҢІЗДІ ТАҒЫ КІМ КӨРЕДІ\n• Кредиттік бюро — тарихты тексеру үшін.', 'third_party_sharing', 'declared'],
    // A heading about what the person sees names no recipient.
    ['en', '\nWHAT YOU SEE IN THE APP\n• Your payment provider and loan balance.', 'third_party_sharing', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('session 36: «Contacts» in a bar of links is a page, a table row’s first cell is the permission', () => {
  it.each<StatusCase>([
    ['en', '© 2025 Example Leasing LLP · Leasing | Fleet | Careers | Contacts | Русский', 'contact_book', 'silent'],
    ['en', 'Permission | Why\nContacts | to invite a friend you choose', 'contact_book', 'declared'],
    ['en', '| Permission | Why |\n|---|---|\n| Contacts | to invite a friend you choose |', 'contact_book', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('session 36: card details keyed in on a payment page hosted by a bank are the bank’s, also when the page is qualified', () => {
  it.each<StatusCase>([
    ['en', 'We never see or store your full card number. If you pay by card, the card details are keyed in on the payment page hosted by our acquiring bank.', 'bank_card', 'negated'],
    ['en', 'Card details are entered on the secure page of the partner bank; we never store them.', 'bank_card', 'negated'],
    // Card details the operator takes itself are declared.
    ['en', 'We store your card number to repay the loan automatically.', 'bank_card', 'declared'],
    ['en', 'We collect the number of your payment card; the card verification value is entered only on the payment page of the acquiring bank.', 'bank_card', 'declared'],
    ['ru', 'Мы получаем номер вашей карты; CVV-код вводится только на платёжной странице банка.', 'bank_card', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('session 36: «We never receive it» denies the data the sentence before named', () => {
  it.each<StatusCase>([
    ['en', 'Your 4-digit PIN is kept only on your phone, encrypted. We never receive it.', 'credentials', 'negated'],
    ['ru', 'Ваш ПИН-код хранится только в телефоне. Мы его не получаем.', 'credentials', 'negated'],
    ['kk', 'ПИН-кодыңыз тек телефоныңызда сақталады. Біз оны алмаймыз.', 'credentials', 'negated'],
    // Selling denied leaves the collection standing.
    ['en', 'We collect your phone number. We never sell it.', 'phone', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('session 36: an encrypted backup, database or archive is encryption at rest, not a secure channel', () => {
  it.each<StatusCase>([
    ['en', 'An encrypted backup copy of our database is kept with a cloud provider.', 'secure_transmission', 'silent'],
    ['ru', 'Зашифрованная резервная копия базы хранится у облачного провайдера.', 'secure_transmission', 'silent'],
    ['kk', 'Шифрланған сақтық көшірме бұлттық провайдерде сақталады.', 'secure_transmission', 'silent'],
    // Data encrypted on its way still is.
    ['en', 'Your data is encrypted when it travels between the app and our servers.', 'secure_transmission', 'declared'],
    ['ru', 'Данные шифруются при передаче между приложением и сервером.', 'secure_transmission', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('session 36: keeping data "for as long as necessary" names no period nor end', () => {
  it.each<StatusCase>([
    ['en', 'We keep it for as long as necessary for the purposes above.', 'retention', 'silent'],
    ['en', 'Your details are stored as long as needed to serve you.', 'retention', 'silent'],
    // A stated end or period still declares retention.
    ['en', 'We keep it for as long as your loan is open.', 'retention', 'declared'],
    ['en', 'We keep your application for five years.', 'retention', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('session 36: a practice taken up again with «такая», "such" carries that clause’s condition back', () => {
  it.each<StatusCase>([
    ['ru', 'Некоторые партнёры хранят данные за рубежом; такая трансграничная передача происходит лишь при вашем согласии.', 'cross_border_transfer', 'conditional'],
    ['en', 'Some providers host data outside Kazakhstan; such cross-border transfers happen only with your consent.', 'cross_border_transfer', 'conditional'],
    ['kk', 'Кейбір серіктестер деректерді шетелде сақтайды; мұндай трансшекаралық беру тек сіздің келісіміңізбен жүзеге асады.', 'cross_border_transfer', 'conditional'],
    // A later clause naming the practice without taking it up leaves the first as it is.
    ['ru', 'Некоторые партнёры хранят данные за рубежом; трансграничная передача рекламным сетям возможна лишь при вашем согласии.', 'cross_border_transfer', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('session 36: an upload or photo the person need not make is never taken', () => {
  it.each<StatusCase>([
    ['ru', 'Загружать фото документов не нужно: данные удостоверения проверяются по базе.', 'document_image', 'negated'],
    ['ru', 'Вам не нужно сканировать паспорт.', 'document_image', 'negated'],
    ['en', 'There is no need to upload a photo of your ID card.', 'document_image', 'negated'],
    ['kk', 'Құжаттың суретін жүктеудің қажеті жоқ.', 'document_image', 'negated'],
    // Typing spared is no denial: the data still comes from elsewhere.
    ['ru', 'Вводить ИИН не нужно: мы получим его из государственной базы.', 'national_id', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('session 36: data said to be kept in encrypted form is encryption at rest', () => {
  it.each<StatusCase>([
    ['ru', 'Резервные копии хранятся в зашифрованном виде.', 'secure_transmission', 'silent'],
    ['kk', 'Деректер шифрланған түрде сақталады.', 'secure_transmission', 'silent'],
    ['en', 'Backups are stored in an encrypted form.', 'secure_transmission', 'silent'],
    // Sent in encrypted form is the channel.
    ['ru', 'Данные передаются в зашифрованном виде.', 'secure_transmission', 'declared'],
    ['kk', 'Деректер шифрланған түрде беріледі.', 'secure_transmission', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('session 36: the other websites a person visits are usage data', () => {
  it.each<StatusCase>([
    ['ru', 'Компания не получает сведения о посещаемых абонентом сайтах.', 'usage_data', 'negated'],
    ['en', 'We do not collect the websites you visit.', 'usage_data', 'negated'],
    ['kk', 'Компания сіз кірген сайттар туралы мәліметтерді жинамайды.', 'usage_data', 'negated'],
    // A site's address or its own attendance is not this.
    ['ru', 'Адрес посещаемого сайта указан в договоре.', 'usage_data', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});
