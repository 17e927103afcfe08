/**
 * General causes found by rounds 26–28, tested on texts written for the tests. Each rule has wordings in the languages
 * it applies to and a case it must leave alone.
 */
import { describe, it } from 'vitest';
import { expectStatus, type StatusCase } from './helpers';

describe('rounds 26–28: the browser as an actor, a window or a channel is no data about the browser', () => {
  it.each<StatusCase>([
    ['ru', 'При входе в кабинет браузер запросит разрешение на уведомления.', 'browser_info', 'silent'],
    ['ru', 'Согласие даётся нажатием кнопки во всплывающем окне браузера.', 'browser_info', 'silent'],
    ['ru', 'Обмен данными между браузером и сервером Компании шифруется.', 'browser_info', 'silent'],
    ['ru', 'Файлы cookie хранятся в вашем браузере не дольше года.', 'browser_info', 'silent'],
    ['kk', 'Клиенттің браузері мен сервер арасындағы байланыс шифрланады.', 'browser_info', 'silent'],
    ['kk', 'Жеке кабинетке кірген кезде браузер рұқсат сұрайды.', 'browser_info', 'silent'],
    ['en', 'When you open the map, your browser asks whether to share your position.', 'browser_info', 'silent'],
    ['en', 'The camera is used only after you grant the browser permission.', 'browser_info', 'silent'],
    ['en', 'Traffic between your browser and our servers is encrypted.', 'browser_info', 'silent'],
    ['en', 'Our app does not rely on browser cookies.', 'browser_info', 'silent'],
    // Data about the browser stays a declaration.
    ['ru', 'Мы собираем тип и версию браузера, а также IP-адрес.', 'browser_info', 'declared'],
    ['kk', 'Біз браузердің түрі мен нұсқасын жинаймыз.', 'browser_info', 'declared'],
    ['en', 'We collect your browser type and language settings.', 'browser_info', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 26–28: data given only if the person has it, said of that very data', () => {
  it.each<StatusCase>([
    ['ru', 'Мы обрабатываем: ИИН; номер мобильного телефона; адрес электронной почты (при наличии); место работы.', 'email', 'conditional'],
    ['ru', 'Уведомление направляется SMS, а при наличии у Общества адреса электронной почты клиента — также письмом.', 'email', 'conditional'],
    ['ru', 'Письма отправляются на электронную почту (если адрес электронной почты имеется в анкете).', 'email', 'conditional'],
    ['ru', 'Агентство получает от банка: ИИН; адрес электронной почты – при наличии его в деле должника; сумму долга.', 'email', 'conditional'],
    ['kk', 'Біз өңдейміз: ЖСН; телефон нөмірі; электрондық пошта мекенжайы (бар болса); жұмыс орны.', 'email', 'conditional'],
    ['en', 'We keep your IIN, your phone number and, separately, your e-mail address (if any).', 'email', 'conditional'],
    // A bracket after two data joined by «и», or after the last word of a name, qualifies another word.
    ['ru', 'Мы обрабатываем номер телефона и адрес электронной почты (при наличии).', 'email', 'declared'],
    ['ru', 'Мы обрабатываем: фамилию, имя, отчество (при наличии); ИИН.', 'name', 'declared'],
    ['kk', 'Біз өңдейміз: тегі, аты, әкесінің аты (бар болса); ЖСН.', 'name', 'declared'],
    ['ru', 'Мы обрабатываем: ИИН; адрес электронной почты; номер телефона (при наличии).', 'email', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 26–28: the Kazakh participle of the person giving it, as «если Клиент указал»', () => {
  it.each<StatusCase>([
    ['kk', 'Біз өңдейміз: ЖСН; электрондық пошта мекенжайы – Клиент оны анкетада көрсеткен жағдайда; телефон нөмірі.', 'email', 'conditional'],
    ['kk', 'Жұмыс орны туралы мәліметтер Қарыз алушы оларды өзі енгізген жағдайда өңделеді.', 'employment', 'conditional'],
    // What the company itself states is no choice of the person.
    ['kk', 'Біз өңдейміз: ЖСН; электрондық пошта мекенжайы – Компания шартта көрсеткен тәртіппен; телефон нөмірі.', 'email', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 26–28: staff photographing or filming the person', () => {
  it.each<StatusCase>([
    ['ru', 'При осмотре квартиры оценщик фотографирует помещение, а также Залогодателя у входа.', 'face_image', 'declared'],
    ['ru', 'На встрече сотрудник ведёт видеозапись на нагрудный видеорегистратор.', 'face_image', 'declared'],
    ['ru', 'Встреча записывается на бодикамеру сотрудника.', 'face_image', 'declared'],
    ['kk', 'Кездесу кезінде қызметкер тағылатын бейнетіркегішпен жазба жүргізеді.', 'face_image', 'declared'],
    ['kk', 'Кездесу қызметкердің боди-камерасына жазылады.', 'face_image', 'declared'],
    ['en', 'Field agents wear body cameras during visits to debtors.', 'face_image', 'declared'],
    // Photographing only things is no image of the person.
    ['ru', 'При осмотре сотрудник фотографирует земельный участок и технику на служебный планшет.', 'face_image', 'silent'],
    ['en', 'Our agent photographs the car and its documents.', 'face_image', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 26–28: a camera the operator\'s staff use is not the person\'s device camera', () => {
  it.each<StatusCase>([
    ['ru', 'Кассир снимает клиента на служебную веб-камеру.', 'camera', 'silent'],
    ['kk', 'Кассир клиентті қызметтік веб-камераға суретке түсіреді.', 'camera', 'silent'],
    ['en', 'The cashier takes a picture of the customer with the branch camera.', 'camera', 'silent'],
    // The person's own camera stays a declaration.
    ['ru', 'Приложение использует камеру вашего телефона для селфи.', 'camera', 'declared'],
    ['kk', 'Қосымша селфи үшін телефоныңыздың камерасын пайдаланады.', 'camera', 'declared'],
    ['en', 'The app uses your phone camera to take a selfie.', 'camera', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 26–28: the person named by a contract role chooses as a client does', () => {
  it.each<StatusCase>([
    ['ru', 'Если Залогодатель выбирает хранение автомобиля у себя, на автомобиль устанавливается GPS-трекер.', 'geolocation', 'conditional'],
    ['ru', 'Если Лизингополучатель желает получать выплаты на счёт, он сообщает номер банковского счёта (IBAN).', 'bank_account', 'conditional'],
    ['ru', 'Если Должник предпочитает общаться письменно, он указывает адрес электронной почты.', 'email', 'conditional'],
    ['ru', 'Если Клиент желает получить заём на карту, он указывает номер банковской карты.', 'bank_card', 'conditional'],
    // A case that is no choice of the person stays a declaration.
    ['ru', 'Если Залогодатель просрочит платёж, Ломбард получает сведения о местонахождении автомобиля по GPS-трекеру.', 'geolocation', 'declared'],
    ['ru', 'Если Залогодатель не выбирает хранение у себя, GPS-трекер на автомобиль всё равно устанавливается.', 'geolocation', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 26–28: a numbered heading may be a question, and a markdown heading mark opens it', () => {
  it.each<StatusCase>([
    ['en', '## 1. What are cookies?\n\nSession replay means recording how a visitor clicks and types.\n\n## 2. What we use\n\nWe set a session cookie.', 'session_recording', 'silent'],
    ['en', '1. What are cookies?\n\nSession replay means recording how a visitor clicks and types.\n\n2. What we use\n\nWe set a session cookie.', 'session_recording', 'silent'],
    ['ru', '# 1. Что такое cookie?\n\nЗапись сессии — это запись того, как посетитель двигает мышью и вводит текст.\n\n# 2. Что мы используем\n\nМы устанавливаем сессионный cookie.', 'session_recording', 'silent'],
    // A sentence that ends with a question mark inside a paragraph is no heading: what follows is said of the site.
    ['en', '1. Our site records sessions. Why? Session replay helps us fix forms.', 'session_recording', 'declared'],
    // A hash inside a line is no heading mark.
    ['en', 'We record your session with tool #2 for session replay.', 'session_recording', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 26–28: a heading that puts its section under the person\'s consent alone', () => {
  it.each<StatusCase>([
    ['en', '## 3. Analytics (only with your consent)\n\nOur analytics provider receives your operating system and the pages you visit.', 'device_info', 'conditional'],
    ['ru', '3. Аналитика (только с вашего согласия)\n\nСервис аналитики получает сведения о типе устройства и просмотренных страницах.', 'device_info', 'conditional'],
    ['kk', '3. Талдау (тек сіздің келісіміңізбен)\n\nТалдау қызметі құрылғы түрі туралы ақпаратты алады.', 'device_info', 'conditional'],
    // A heading that names consent without restricting to it leaves the section as it says.
    ['en', '## 3. Analytics and your consent\n\nOur analytics provider receives your operating system and the pages you visit.', 'device_info', 'declared'],
    ['ru', '3. Согласие на обработку\n\nСервис аналитики получает сведения о типе устройства.', 'device_info', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 26–28: a glossary entry explains its own kind of data, and its term may carry a short form in brackets', () => {
  it.each<StatusCase>([
    ['ru', '2. Термины и определения\n\n2.1. Геоданные – сведения о местоположении мобильного устройства пользователя.\n\n3. Общие положения\n\nМы храним данные в Казахстане.', 'geolocation', 'silent'],
    ['ru', '2. Термины и определения\n\n2.1. Текущий счёт — банковский счёт клиента, открытый в банке.\n\n3. Общие положения\n\nМы храним данные в Казахстане.', 'bank_account', 'silent'],
    ['ru', '2. Термины и определения\n\n2.1. Цифровой отпечаток (fingerprint) – совокупность параметров, отличающая одно устройство от другого.\n\n3. Общие положения\n\nМы храним данные в Казахстане.', 'fingerprinting', 'silent'],
    ['kk', '2. Терминдер мен анықтамалар\n\n2.1. Геодеректер – құрылғының орналасқан жері туралы мәліметтер.\n\n3. Жалпы ережелер\n\nДеректер Қазақстанда сақталады.', 'geolocation', 'silent'],
    ['en', '2. Definitions\n\n2.1. Location data – information about where your device is, its geolocation.\n\n3. General\n\nWe keep data in Kazakhstan.', 'geolocation', 'silent'],
    // Other data an entry lists is still declared, and a recipient named with its country outside a glossary is no term.
    ['ru', '2. Термины и определения\n\n2.1. Персональные данные – фамилия, имя, ИИН и сведения о местоположении устройства.\n\n3. Общие положения\n\nМы храним данные в Казахстане.', 'geolocation', 'declared'],
    ['ru', 'Мы передаём данные следующим лицам:\nООО «Аналитика» (Россия) — сервис веб-статистики;\nТОО «Рассылка» (Казахстан) — SMS-рассылки.', 'third_party_sharing', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 26–28: «neither … nor» and a short verbless line naming what is absent deny', () => {
  it.each<StatusCase>([
    ['en', 'Neither our website nor our app asks your phone for your location.', 'geolocation', 'negated'],
    ['en', 'We neither collect nor store the contacts in your address book.', 'contact_book', 'negated'],
    ['en', 'No microphone access in this app.', 'microphone', 'negated'],
    ['ru', 'Никакой геолокации и никакого доступа к камере.', 'geolocation', 'negated'],
    // A time limit or a long sentence that only starts with «No» denies nothing.
    ['en', 'No later than 30 days after approval we delete the selfie.', 'face_image', 'declared'],
    ['en', 'No matter which plan you choose, we collect your location when you apply for a loan online through the app.', 'geolocation', 'declared'],
    ['en', 'Either our website or our app asks your phone for your location.', 'geolocation', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 26–28: a denial said of those who do not say yes is a consent the practice waits for', () => {
  it.each<StatusCase>([
    ['en', 'If you do not accept advertising cookies, none of the tracking pixels are loaded.', 'tracking_technologies', 'conditional'],
    ['ru', 'Если вы не поставите отметку, приложение не будет определять ваше местоположение.', 'geolocation', 'conditional'],
    ['kk', 'Келісім бермесеңіз, қосымша сіздің геолокацияңызды анықтамайды.', 'geolocation', 'conditional'],
    // A denial with no consent in sight stays a denial, and a hypothetical about the person's failing stays as it was.
    ['en', 'We do not load any tracking pixels.', 'tracking_technologies', 'negated'],
    ['ru', 'Если вы не погасите заём, мы не будем определять ваше местоположение.', 'geolocation', 'negated'],
    ['kk', 'Қосымша сіздің геолокацияңызды анықтамайды.', 'geolocation', 'negated'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 26–28: denial morphology — «не копирует», the Kazakh causative «іздестірмейді», a participle before «не осуществляется»', () => {
  it.each<StatusCase>([
    ['ru', 'Приложение не копирует номера из телефонной книги.', 'contact_book', 'negated'],
    ['kk', 'Біз сіздің әлеуметтік желілердегі парақшаларыңызды іздестірмейміз.', 'social_profile', 'negated'],
    ['ru', 'Трансграничная передача сведений, полученных от бюро, не осуществляется.', 'cross_border_transfer', 'negated'],
    // The same verbs affirmed stay declarations.
    ['ru', 'Приложение копирует номера из телефонной книги.', 'contact_book', 'declared'],
    ['kk', 'Біз сіздің әлеуметтік желілердегі парақшаларыңызды іздестіреміз.', 'social_profile', 'declared'],
    ['ru', 'Трансграничная передача сведений, полученных от бюро, осуществляется в Россию.', 'cross_border_transfer', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 26–28: a run-in heading may list its topics, each a word or two', () => {
  it.each<StatusCase>([
    ['ru', '12. Контакты, журнал звонков, микрофон. Приложение не запрашивает доступ к телефонной книге и микрофону.', 'microphone', 'negated'],
    ['kk', '12. Байланыстар, SMS, микрофон. Қосымша микрофонға қол жеткізуді сұрамайды.', 'microphone', 'negated'],
    ['en', '12. Contacts, call log and microphone. The app never asks for access to your microphone.', 'microphone', 'negated'],
    // A first sentence of longer parts is no heading, and a body about other data leaves the heading's own category.
    ['ru', 'Мы используем микрофон устройства, камеру и геолокацию. Приложение не запрашивает доступ к микрофону в фоне.', 'microphone', 'declared'],
    ['ru', '12. Контакты, журнал звонков, микрофон. Эти разрешения приложение запрашивает при установке.', 'microphone', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 26–28: recording sessions or the screen named with a word between', () => {
  it.each<StatusCase>([
    ['ru', 'Мы не используем инструменты записи и воспроизведения пользовательских сессий.', 'session_recording', 'negated'],
    ['ru', 'Сервис записывает содержимое экрана во время заполнения анкеты.', 'session_recording', 'declared'],
    // A recording of calls or a written application is no session recording.
    ['ru', 'Мы записываем телефонные разговоры с клиентами.', 'session_recording', 'silent'],
    ['ru', 'Запись в журнале сеансов связи ведётся оператором.', 'session_recording', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 26–28: "sex life" is special-category data, not gender', () => {
  it.each<StatusCase>([
    ['en', 'We never collect information about your health or sex life.', 'gender', 'silent'],
    ['en', 'We collect your sex and date of birth.', 'gender', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 26–28: financing, leasing and an instalment plan have terms as a loan does', () => {
  it.each<StatusCase>([
    ['en', 'We process the amount and term of the financing you request.', 'loan_terms', 'declared'],
    ['en', 'We record the amount of the instalment plan you choose at checkout.', 'loan_terms', 'declared'],
    ['ru', 'Мы обрабатываем параметры запрашиваемого финансирования и срок лизинга.', 'loan_terms', 'declared'],
    ['kk', 'Біз қаржыландыру сомасы мен мерзімін өңдейміз.', 'loan_terms', 'declared'],
    // Financing named without its terms is no data.
    ['en', 'The financing is provided by our partner bank.', 'loan_terms', 'silent'],
    ['ru', 'Финансирование предоставляется банком-партнёром.', 'loan_terms', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 26–28: English usage wordings — pages opened, pages visited in the passive, how visitors move, site and app used', () => {
  it.each<StatusCase>([
    ['en', 'We log the addresses of the pages you open.', 'usage_data', 'declared'],
    ['en', 'Our analytics shows which pages of our site are visited.', 'usage_data', 'declared'],
    ['en', 'We study how visitors move through the application form.', 'usage_data', 'declared'],
    ['en', 'We measure how our website and app are used.', 'usage_data', 'declared'],
    // Opening an account or moving house is no usage of the site.
    ['en', 'You can open an account at any branch.', 'usage_data', 'silent'],
    ['en', 'Tell us if you move house.', 'usage_data', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 26–28: IBANs in the plural', () => {
  it.each<StatusCase>([
    ['en', 'We process the IBANs of your current accounts.', 'bank_account', 'declared'],
    ['en', 'We process your IBAN.', 'bank_account', 'declared'],
    ['en', 'We process your card number.', 'bank_account', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 26–28: a practice on condition of the person\'s tick', () => {
  it.each<StatusCase>([
    ['ru', 'Рекламные рассылки направляются при условии проставления Клиентом отдельной отметки в анкете.', 'purpose_advertising', 'conditional'],
    ['en', 'We send marketing e-mails provided you tick the box in the application form.', 'purpose_advertising', 'conditional'],
    ['kk', 'Жарнамалық хабарламалар өтінімде бөлек белгі қойылған жағдайда жіберіледі.', 'purpose_advertising', 'conditional'],
    // A condition about something else than a tick leaves the practice declared.
    ['ru', 'Рекламные рассылки направляются при условии исполнения договора.', 'purpose_advertising', 'declared'],
    ['en', 'We send marketing e-mails provided you keep your account open.', 'purpose_advertising', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 26–28: a parenthesis saying another detail is typed on a provider\'s page is not said of the card itself', () => {
  it.each<StatusCase>([
    ['ru', 'Мы обрабатываем номер банковской карты для выдачи займа (CVV-код вводится на странице платёжного провайдера и нам не передаётся).', 'bank_card', 'declared'],
    ['en', 'We keep your card number for repayments (the CVV code is entered on the payment provider\'s page and is not passed to us).', 'bank_card', 'declared'],
    ['kk', 'Біз банктік карта нөмірін сақтаймыз (CVV-код төлем провайдерінің бетінде енгізіледі және бізге берілмейді).', 'bank_card', 'declared'],
    // Said of the card itself, it is still the provider's, and a denial with it still counts.
    ['ru', 'Данные банковской карты вводятся на странице платёжного провайдера и нам не передаются.', 'bank_card', 'negated'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 26–28: «не взаимодействует» denies contacting as «не звонит» does', () => {
  it.each<StatusCase>([
    ['ru', 'Агентство не взаимодействует с контактными лицами должника.', 'contact_persons', 'negated'],
    ['ru', 'Общество не вправе взаимодействовать с контактным лицом, за исключением случаев, предусмотренных законом.', 'contact_persons', 'conditional'],
    ['ru', 'Агентство взаимодействует с контактными лицами должника.', 'contact_persons', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 26–28: a markdown table header names columns, not data', () => {
  it.each<StatusCase>([
    ['en', '| Name | Set by | Lifetime |\n|---|---|---|\n| sess_id | our site | session |', 'name', 'silent'],
    ['ru', '| Имя | Кем устанавливается | Срок |\n|---|---|---|\n| sess_id | наш сайт | сеанс |', 'name', 'silent'],
    ['kk', '| Аты-жөні | Кім орнатады | Мерзімі |\n|---|---|---|\n| sess_id | біздің сайт | сеанс |', 'name', 'silent'],
    // The rows are data, and a period column still says data is kept.
    ['en', '| Data | Purpose |\n|---|---|\n| Full name | identification |', 'name', 'declared'],
    ['ru', '| Cookie | Срок хранения |\n|---|---|\n| sess_id | 2 часа |', 'retention', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 26–28: what the person agrees to by consenting to opt-in cookies takes that consent', () => {
  it.each<StatusCase>([
    ['en', 'Analytics cookies are set only with your consent. By giving consent to analytics cookies you also agree to the cross-border transfer of that data.', 'cross_border_transfer', 'conditional'],
    ['ru', 'Аналитические cookie устанавливаются только с вашего согласия. Давая согласие на аналитические cookie, вы соглашаетесь на трансграничную передачу данных.', 'cross_border_transfer', 'conditional'],
    ['kk', 'Талдау cookie-лері тек сіздің келісіміңізбен орнатылады. Талдау cookie-лерін қоса отырып, сіз трансшекаралық беруге келісесіз.', 'cross_border_transfer', 'conditional'],
    // Without a consent gate for those cookies the transfer stays declared.
    ['en', 'We use analytics cookies. By giving consent to analytics cookies you also agree to the cross-border transfer of that data.', 'cross_border_transfer', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 26–28: the type of device named after its noun, or shared with the browser', () => {
  it.each<StatusCase>([
    ['en', 'We receive the type of device you use.', 'device_info', 'declared'],
    ['kk', 'Біз құрылғы мен браузердің түрін жинаймыз.', 'device_info', 'declared'],
    // A type of loan or a browser alone is no device data.
    ['en', 'We record the type of loan you choose.', 'device_info', 'silent'],
    ['kk', 'Біз браузердің түрін жинаймыз.', 'device_info', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 26–28: a label is read with its value, so the operator\'s own account written out is no data of the person', () => {
  it.each<StatusCase>([
    ['ru', 'Реквизиты Компании\nИИК (IBAN):   KZ12 3456 7890 1234 5678\nБанк:   АО «Банк»', 'bank_account', 'silent'],
    ['kk', 'Компания деректемелері\nЖСК (IBAN):   KZ12 3456 7890 1234 5678\nБанк:   «Банк» АҚ', 'bank_account', 'silent'],
    ['en', 'Company details\nIBAN:   KZ12 3456 7890 1234 5678\nBank:   Example Bank JSC', 'bank_account', 'silent'],
    // A label over a form field the person fills in stays a declaration.
    ['ru', 'Ваши данные для выплаты\nИИК (IBAN):   [____________]', 'bank_account', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 26–28: the operator\'s own account named in the Kazakh genitive', () => {
  it.each<StatusCase>([
    ['kk', 'Қарызды Кредитордың ағымдағы шотына аударып өтейсіз.', 'bank_account', 'silent'],
    ['kk', 'Төлемді МҚҰ-ның банк шотына жасаңыз.', 'bank_account', 'silent'],
    // The person's own account stays a declaration.
    ['kk', 'Біз сіздің ағымдағы шотыңыздың нөмірін өңдейміз.', 'bank_account', 'declared'],
    ['kk', 'Қарыз Клиенттің ағымдағы шотына аударылады.', 'bank_account', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 26–28: a heading that leaves its section to the person', () => {
  it.each<StatusCase>([
    ['ru', '3. Сведения о работе (заполняется по желанию)\n\n3.1. Наименование работодателя и должность.', 'employment', 'conditional'],
    ['en', '3. Optional details\n\n3.1. Your employer and job title.', 'employment', 'conditional'],
    ['kk', '3. Жұмыс туралы мәліметтер (міндетті емес)\n\n3.1. Жұмыс берушінің атауы.', 'employment', 'conditional'],
    // A heading that makes the section mandatory, or says nothing of choice, leaves it declared.
    ['ru', '3. Сведения о работе (обязательно)\n\n3.1. Наименование работодателя и должность.', 'employment', 'declared'],
    ['en', '3. Employment details\n\n3.1. Your employer and job title.', 'employment', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 26–28: one «копии» over a list of documents that includes the ID', () => {
  it.each<StatusCase>([
    ['ru', 'Кредитор передаёт нам копии договора займа, удостоверения личности должника и выписки.', 'document_image', 'declared'],
    ['ru', 'Мы храним копии анкеты и паспорта клиента.', 'document_image', 'declared'],
    // Copies of other documents only are no image of the ID.
    ['ru', 'Кредитор передаёт нам копии договора займа и графика платежей.', 'document_image', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});
