/**
 * General gaps found by round 37, tested on texts written for the tests. Each rule has wordings in the languages it
 * applies to and a case it must leave alone.
 */
import { describe, it } from 'vitest';
import { expectStatus, type StatusCase } from './helpers';

describe('round 37: a two-column table in text has one pipe a row, and each row is its own paragraph', () => {
  it.each<StatusCase>([
    ['ru', 'Доступ | Зачем нужен\nКамера | съёмка селфи при входе в приложение и при подтверждении крупных переводов — только с вашего разрешения\nМикрофон | голосовой ввод сообщений в чате поддержки\n', 'microphone', 'declared'],
    ['en', 'Access | Why we need it\nLocation | finding the nearest branch and checking where a suspicious payment was made, only if you allow it\nCamera | scanning your ID card in the app\n', 'camera', 'declared'],
    ['kk', 'Рұқсат | Не үшін\nГеолокация | жақын бөлімшені табу және күдікті төлем жасалған жерді тексеру — тек рұқсатыңызбен\nКамера | жеке куәлікті суретке түсіру\n', 'camera', 'declared'],
    // The row that holds the condition keeps it; a row wrapped onto a line opening with the pipe stays one row.
    ['en', 'Access | Why we need it\nLocation | finding the nearest branch and checking where a suspicious payment was made, only if you allow it\nCamera | scanning your ID card in the app\n', 'geolocation', 'conditional'],
    ['en', 'Access | Why we need it\nCamera | scanning your ID card and taking a selfie when you open an account remotely,\n       | only if you allow it\n', 'camera', 'conditional'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('round 37: a consent named by its participle in the prepositional case is a condition', () => {
  it.each<StatusCase>([
    ['ru', 'Сведения о местоположении используются только при предоставленном разрешении.', 'geolocation', 'conditional'],
    ['ru', 'При полученном согласии клиента Общество направляет рекламные предложения.', 'purpose_advertising', 'conditional'],
    ['ru', 'Доступ к камере используется при данном вами разрешении.', 'camera', 'conditional'],
    // Providing a service is no consent.
    ['ru', 'При предоставленном займе Общество хранит номер телефона заемщика.', 'phone', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('round 37: a section that says each permission may be refused makes the permissions it names conditional', () => {
  it.each<StatusCase>([
    ['ru', 'Раздел 3. Доступы приложения\n\nКаждый доступ приложение просит отдельно. Отказ не блокирует остальные функции.\n\nКамера — съёмка селфи для входа.\nГеолокация — поиск ближайшего отделения.\n\nРаздел 4. Цели\n\nДанные используются для выдачи займа.\n', 'camera', 'conditional'],
    ['en', 'Section 3. App permissions\n\nEach permission is asked for separately. Declining does not stop the app from working.\n\nCamera – taking a selfie to sign in.\nGeolocation – finding the nearest branch.\n\nSection 4. Purposes\n\nWe use data to issue loans.\n', 'geolocation', 'conditional'],
    ['kk', '3-бөлім. Қосымшаның рұқсаттары\n\nӘр рұқсат бөлек сұралады. Бас тарту қосымшаның жұмысын бұғаттамайды.\n\nКамера – кіру үшін селфи түсіру.\n\n4-бөлім. Мақсаттар\n\nДеректер қарыз беру үшін пайдаланылады.\n', 'camera', 'conditional'],
    // Under the next heading the section's refusal no longer reaches.
    ['en', 'Section 3. App permissions\n\nEach permission is asked for separately. Declining does not stop the app from working.\n\nGeolocation – finding the nearest branch.\n\nSection 4. Identification\n\nWe take a selfie with the camera of your phone at every sign-in.\n', 'camera', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('round 37: "these are not asked for unless you…" makes the data its paragraph lists conditional', () => {
  it.each<StatusCase>([
    ['ru', 'Для рассрочки Общество дополнительно обрабатывает: место работы, должность, ежемесячный доход. Эти сведения не запрашиваются, если вы не оформляете рассрочку.', 'employment', 'conditional'],
    ['ru', 'Для рассрочки Общество дополнительно обрабатывает место работы и должность. Их Общество не собирает, если клиент не подаёт заявку на рассрочку.', 'employment', 'conditional'],
    ['en', 'For a higher limit we also process your employer and job title. These details are not requested unless you apply for a higher limit.', 'employment', 'conditional'],
    ['kk', 'Несие лимитін арттыру үшін жұмыс орныңыз бен лауазымыңыз өңделеді. Бұл мәліметтер өтінім бермесеңіз сұралмайды.', 'employment', 'conditional'],
    // A case that is not the person's act, or a denial of handing on, leaves the data declared.
    ['ru', 'Общество обрабатывает место работы и должность клиента. Эти сведения не передаются третьим лицам, если иное не предусмотрено законом.', 'employment', 'declared'],
    ['en', 'We process your employer and job title. These details are not shared unless you ask us to.', 'employment', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('round 37: a pronoun in the next clause that denies receiving what the clause before named denies it', () => {
  it.each<StatusCase>([
    ['ru', 'Отпечаток пальца для входа остаётся в памяти вашего смартфона; Общество его никогда не получает.', 'fingerprinting', 'silent'],
    ['ru', 'Биометрический шаблон лица хранится только на вашем телефоне; Общество его не получает.', 'face_image', 'negated'],
    ['en', 'Your biometric face data stays on your phone; we never receive it.', 'face_image', 'negated'],
    ['kk', 'Биометриялық деректеріңіз тек телефоныңызда сақталады; Компания оларды алмайды.', 'face_image', 'negated'],
    // Handing on denied by the pronoun leaves the collection declared.
    ['ru', 'Общество собирает номер телефона клиента; его не передают рекламным партнёрам.', 'phone', 'declared'],
    ['en', 'We collect your phone number; we do not sell it.', 'phone', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('round 37: a mention that a separate policy covers something is a reference, not a declaration', () => {
  it.each<StatusCase>([
    ['ru', 'Веб-сайт Общества регулируется отдельной политикой в отношении файлов cookie.\nМобильное приложение не использует файлы cookie.', 'cookies', 'negated'],
    ['en', 'Our website is covered by a separate cookie notice.\nThe mobile app does not use cookies.', 'cookies', 'negated'],
    ['kk', 'Компания сайты cookie файлдары туралы жеке саясатпен реттеледі.\nМобильді қосымша cookie файлдарын пайдаланбайды.', 'cookies', 'negated'],
    // Said alone, the mention still shows the practice exists.
    ['en', 'Our website is covered by a separate cookie notice.', 'cookies', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('round 37: what the person offers of their own accord is conditional on the offer', () => {
  it.each<StatusCase>([
    ['en', "If a borrower offers a guarantee, we also process the guarantor's name and phone number.", 'contact_persons', 'conditional'],
    ['en', 'Guarantors\' names and phone numbers — only where the applicant offers a guarantee.', 'contact_persons', 'conditional'],
    ['ru', 'Если Заемщик предлагает поручителя, Общество обрабатывает имя и номер телефона поручителя.', 'contact_persons', 'conditional'],
    ['kk', 'Егер қарыз алушы кепілгер ұсынса, Компания кепілгердің аты мен телефон нөмірін өңдейді.', 'contact_persons', 'conditional'],
    // An offer made to the person is the operator's, not the person's choice.
    ['en', "When we offer a loan, we process the borrower's guarantor's name and phone number.", 'contact_persons', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('round 37: a feature the person has switched on is a condition', () => {
  it.each<StatusCase>([
    ['ru', 'Если на телефоне включена геолокация, приложение определяет ближайший пункт выдачи.', 'geolocation', 'conditional'],
    ['en', 'If location services are turned on for the app, we use your location to find the nearest pick-up point.', 'geolocation', 'conditional'],
    ['kk', 'Қосымшада геолокация қосулы болса, ол жақын бөлімшені табу үшін пайдаланылады.', 'geolocation', 'conditional'],
    // Switching on named without a case is a plain statement.
    ['ru', 'Приложение определяет местоположение клиента, геолокация включена по умолчанию.', 'geolocation', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('round 37: "not required, but you may give it" is optional, not denied', () => {
  it.each<StatusCase>([
    ['ru', 'Селфи при регистрации не требуется — при желании его можно загрузить позже в личном кабинете.', 'face_image', 'conditional'],
    ['en', 'A selfie is not required at sign-up; you can upload one later if you wish.', 'face_image', 'conditional'],
    ['kk', 'Тіркелу кезінде селфи талап етілмейді — оны кейін өз қалауыңызбен жүктей аласыз.', 'face_image', 'conditional'],
    // Not required and nothing offered instead stays denied.
    ['ru', 'Селфи при регистрации не требуется.', 'face_image', 'negated'],
    ['en', 'A selfie is not required at any step.', 'face_image', 'negated'],
    ['kk', 'Тіркелу кезінде селфи талап етілмейді.', 'face_image', 'negated'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('round 37: the audio recordings of calls named in the clause before are no microphone', () => {
  it.each<StatusCase>([
    ['ru', 'Телефонные разговоры с клиентом записываются Обществом; аудиозаписи хранятся шесть месяцев.', 'microphone', 'silent'],
    ['en', 'Calls with our agents may be recorded; audio recordings are kept for six months.', 'microphone', 'silent'],
    ['kk', 'Қоңыраулар Компаниямен жазылады; аудиожазбалар алты ай сақталады.', 'microphone', 'silent'],
    // A recording with no call before it is the device's.
    ['ru', 'Приложение делает аудиозапись голосового сообщения клиента.', 'microphone', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('round 37: photographing or filming the reader is the face image', () => {
  it.each<StatusCase>([
    ['en', 'Our field agents do not photograph or film you during a visit.', 'face_image', 'negated'],
    ['en', 'At the branch we photograph you for the loan file.', 'face_image', 'declared'],
    ['ru', 'Сотрудники при выезде не фотографируют вас и не снимают на видео.', 'face_image', 'negated'],
    ['ru', 'При визите сотрудник может сфотографировать Клиента для досье.', 'face_image', 'declared'],
    ['kk', 'Қызметкерлер сізді суретке түсірмейді.', 'face_image', 'negated'],
    // A photograph of a thing is no face image.
    ['en', 'Our agents photograph the pledged car.', 'face_image', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('round 37: a consent given already in the application adds no case', () => {
  it.each<StatusCase>([
    ['ru', 'С согласия Клиента, выраженного в заявке, Общество запрашивает сведения о доходах из кредитного бюро.', 'financial_status', 'declared'],
    ['en', 'With your consent given in the loan application, we request your income details from the credit bureau.', 'financial_status', 'declared'],
    ['kk', 'Өтінімде берілген келісіміңізбен Компания кредиттік бюродан табысыңыз туралы мәліметтерді сұратады.', 'financial_status', 'declared'],
    // A consent given separately is still a condition.
    ['ru', 'С согласия Клиента, выраженного в отдельном документе, Общество запрашивает сведения о доходах из кредитного бюро.', 'financial_status', 'conditional'],
    ['en', 'With your consent, we request your income details from the credit bureau.', 'financial_status', 'conditional'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('round 37: a consent of its own stays a condition even when given in the application', () => {
  it.each<StatusCase>([
    ['ru', 'Рекламные сообщения направляются только при наличии согласия Клиента, выраженного в заявке.', 'purpose_advertising', 'conditional'],
    ['ru', 'Общество направляет рекламные сообщения при наличии согласия клиента на получение рекламы, выраженного в заявке.', 'purpose_advertising', 'conditional'],
    ['en', 'We send marketing only with your separate consent given in the application.', 'purpose_advertising', 'conditional'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe("round 37: the person's word that a third person agreed points back at an optional field", () => {
  it.each<StatusCase>([
    ['ru', 'По желанию клиент может указать имя и телефон контактного лица.\nУказывая контактное лицо, клиент подтверждает, что получил его согласие на передачу номера.', 'contact_persons', 'conditional'],
    ['en', "Optionally, you may give us the name and phone number of a contact person.\nBy naming a contact person you confirm that you have obtained their consent.", 'contact_persons', 'conditional'],
    ['kk', 'Клиент қаласа, байланыс тұлғасының аты мен телефон нөмірін көрсете алады.\nКлиент байланыс тұлғасының келісімін алғанын растайды.', 'contact_persons', 'conditional'],
    // Where the field is required, the confirmation leaves it declared.
    ['ru', 'Клиент указывает имя и телефон контактного лица.\nУказывая контактное лицо, клиент подтверждает, что получил его согласие на передачу номера.', 'contact_persons', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe("round 37: a table row's own condition cell governs every cell of the row", () => {
  it.each<StatusCase>([
    ['ru', '| Группа | Для чего | Когда включается |\n| Аналитические | какие страницы открывают; тип устройства и экран | с вашего согласия |\n', 'usage_data', 'conditional'],
    ['en', '| Group | What for | When on |\n| Analytics | which pages you view; your screen size | only if you allow it |\n', 'usage_data', 'conditional'],
    ['kk', '| Топ | Не үшін | Қашан қосылады |\n| Талдау | қаралған беттер; экран өлшемі | келісіміңізбен |\n', 'usage_data', 'conditional'],
    // A row whose cell says "always" stays declared.
    ['en', '| Group | What for | When on |\n| Analytics | which pages you view; your screen size | always |\n', 'usage_data', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('round 37: a demonstrative in the next clause that says "only" restricts what the clause before named', () => {
  it.each<StatusCase>([
    ['ru', 'Некоторые партнёры хранят данные на серверах за пределами Республики Казахстан; такая трансграничная передача происходит лишь с вашего согласия.', 'cross_border_transfer', 'conditional'],
    ['en', 'Some partners keep data on servers outside Kazakhstan; such transfers happen only with your consent.', 'cross_border_transfer', 'conditional'],
    ['kk', 'Кейбір серіктестер деректерді Қазақстаннан тыс серверлерде сақтайды; мұндай трансшекаралық беру тек келісіміңізбен жүзеге асады.', 'cross_border_transfer', 'conditional'],
    // A relative clause restricts its own noun, not the practice.
    ['en', 'Some partners keep data on servers outside Kazakhstan; this relies on tools which we switch on only with your consent.', 'cross_border_transfer', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('round 37: email named last in a list of contact channels is a channel, not the address', () => {
  it.each<StatusCase>([
    ['en', 'We may contact you by telephone, SMS, email or post.', 'email', 'silent'],
    ['en', 'We remind you of payments via push or email.', 'email', 'silent'],
    ['ru', 'Агентство связывается с должником по телефону, SMS, электронной почте.', 'email', 'silent'],
    ['ru', 'Напоминания приходят через SMS или электронную почту.', 'email', 'silent'],
    // A list of data is still data.
    ['en', 'We collect your name, phone number, email and address.', 'email', 'declared'],
    ['ru', 'Общество собирает имя, номер телефона, адрес электронной почты.', 'email', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe("round 37: a permission's name as a row or entry label names the address book", () => {
  it.each<StatusCase>([
    ['ru', 'Разрешение | Для чего\nКонтакты | выбор получателя перевода — только с вашего разрешения\n', 'contact_book', 'conditional'],
    ['en', 'Permission | Purpose\nContacts | picking a transfer recipient\n', 'contact_book', 'declared'],
    ['kk', '• Контактілер – аударым алушыны таңдау үшін, сіздің рұқсатыңыз болған жағдайда ғана.', 'contact_book', 'conditional'],
    // A page's contact block is no permission.
    ['ru', 'Контакты – тел.: +7 727 000 00 00, адрес: г. Алматы.', 'contact_book', 'silent'],
    ['en', 'Contacts | privacy@example.kz', 'contact_book', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('round 37: a separate or written consent the person has given is a condition', () => {
  it.each<StatusCase>([
    ['en', 'Where you have given your separate consent, backup copies of your data are kept by a cloud provider outside Kazakhstan.', 'cross_border_transfer', 'conditional'],
    ['en', 'If you gave your written consent, we share your phone number with our partners.', 'third_party_sharing', 'conditional'],
    ['ru', 'Если вы дали отдельное согласие, резервные копии данных хранятся у облачного провайдера за пределами Республики Казахстан.', 'cross_border_transfer', 'conditional'],
    ['kk', 'Сіз жеке келісім берген жағдайда деректердің сақтық көшірмелері Қазақстаннан тыс серверлерде сақталады.', 'cross_border_transfer', 'conditional'],
    // Giving a document is no consent.
    ['en', 'Where you have given your written application, backup copies of your data are kept by a cloud provider outside Kazakhstan.', 'cross_border_transfer', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('round 37: a lead that allows a practice only in the cases it lists is conditional', () => {
  it.each<StatusCase>([
    ['ru', 'Трансграничная передача персональных данных осуществляется только в следующих случаях:\nа) по требованию закона;\nб) при наличии согласия клиента.', 'cross_border_transfer', 'conditional'],
    ['en', 'We transfer personal data outside Kazakhstan only in the following cases:\n(a) where the law requires it;\n(b) with your consent.', 'cross_border_transfer', 'conditional'],
    ['kk', 'Дербес деректерді трансшекаралық беру келесі жағдайларда ғана жүзеге асырылады:\nа) заң талап еткенде;\nә) сіздің келісіміңізбен.', 'cross_border_transfer', 'conditional'],
    // A lead listing what is done, with no "only", declares.
    ['ru', 'Трансграничная передача персональных данных осуществляется в следующих случаях:\nа) по требованию закона;\nб) для хранения резервных копий.', 'cross_border_transfer', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('round 37: a pointer to an article or a list elsewhere is a reference', () => {
  it.each<StatusCase>([
    ['en', 'Article 3. Pixels\nWe load advertising pixels only if you click Accept all.\nArticle 5. Sharing\nPixel data is shared with the providers named in Article 3.', 'tracking_technologies', 'conditional'],
    ['ru', 'Статья 3. Пиксели\nРекламные пиксели загружаются только если вы нажмёте «Принять все».\nСтатья 5. Передача\nДанные пикселей передаются поставщикам, перечисленным в статье 3.', 'tracking_technologies', 'conditional'],
    ['kk', '3-бап. Пиксельдер\nЖарнамалық пиксельдер тек «Барлығын қабылдау» батырмасын басқанда ғана жүктеледі.\n5-бап. Беру\nПиксель деректері 3 бабында аталған провайдерлерге беріледі.', 'tracking_technologies', 'conditional'],
    // Said alone, the pointer still shows the practice.
    ['en', 'Pixel data is shared with the providers named in Article 3.', 'tracking_technologies', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('round 37: data the person chooses to give, said in a relative clause, is conditional', () => {
  it.each<StatusCase>([
    ['en', 'Any selfie video you choose to provide is sent only over an encrypted connection.', 'face_image', 'conditional'],
    ['en', 'We keep the photos of the ID card the customer decided to upload for 30 days.', 'document_image', 'conditional'],
    ['ru', 'Селфи, которое вы решите загрузить, хранится 30 дней.', 'face_image', 'conditional'],
    ['kk', 'Селфиді жүктеу-жүктемеуді өзіңіз шешесіз.', 'face_image', 'conditional'],
    // The operator's decision is no choice of the person.
    ['en', 'We decided to keep your selfie video for 30 days.', 'face_image', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('round 37: a step named with "if" is left to the person', () => {
  it.each<StatusCase>([
    ['en', 'If you register in our debtor portal, you set a password and confirm your phone with an SMS code.', 'credentials', 'conditional'],
    ['ru', 'Если вы проходили биометрическую верификацию, Общество хранит ваше онлайн-фото.', 'face_image', 'conditional'],
    ['kk', 'Егер сіз порталда тіркелсеңіз, құпиясөз орнатасыз.', 'credentials', 'conditional'],
    // The ordinary way through the service, named with "when" or «при», declares.
    ['en', 'When you register, you set a password and confirm your phone with an SMS code.', 'credentials', 'declared'],
    ['ru', 'При регистрации клиент задаёт пароль для входа.', 'credentials', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe("round 37: a shop's record of viewed products and orders is usage data", () => {
  it.each<StatusCase>([
    ['ru', 'Маркетплейс обрабатывает историю заказов и просмотренные товары покупателя.', 'usage_data', 'declared'],
    ['en', 'We process your order history and the products you viewed.', 'usage_data', 'declared'],
    ['kk', 'Маркетплейс сатып алушының тапсырыстар тарихын және қаралған тауарларын өңдейді.', 'usage_data', 'declared'],
    // A product sold is no record of use.
    ['en', 'We sell products on credit.', 'usage_data', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('round 37: a card named as the way to pay points at the payment described elsewhere', () => {
  it.each<StatusCase>([
    ['en', 'You may top up your wallet by bank card.\nWe do not receive or store your card number.', 'bank_card', 'negated'],
    ['ru', 'Погашение можно произвести в личном кабинете банковской картой.\nОбщество не получает и не хранит данные банковской карты.', 'bank_card', 'negated'],
    ['kk', 'Қарызды жеке кабинетте банктік карта арқылы төлеуге болады.\nКомпания банктік карта деректерін алмайды және сақтамайды.', 'bank_card', 'negated'],
    // Said alone, paying by card still declares the card.
    ['en', 'You may top up your wallet by bank card.', 'bank_card', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe("round 37: the person's choice of what to give does not make the encrypted channel conditional", () => {
  it.each<StatusCase>([
    ['en', 'Any selfie video you choose to provide leaves your phone only over an encrypted TLS connection.', 'secure_transmission', 'declared'],
    ['ru', 'При выборе оплаты картой данные передаются по защищённому протоколу HTTPS.', 'secure_transmission', 'declared'],
    ['kk', 'Төлем тәсілін таңдаған жағдайда деректер HTTPS хаттамасы арқылы шифрланып беріледі.', 'secure_transmission', 'declared'],
    // The data chosen stay conditional.
    ['en', 'Any selfie video you choose to provide leaves your phone only over an encrypted TLS connection.', 'face_image', 'conditional'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe("round 37: card data typed on the acquiring bank's payment page, named with the Kazakh words for a page", () => {
  it.each<StatusCase>([
    ['kk', 'Сайтта картамен төлеген кезде карта деректері эквайер-банктің төлем парағында енгізіледі.\nКомпания банктік карта деректерін алмайды.', 'bank_card', 'negated'],
    ['kk', 'Карта деректері серіктес банктің төлем парақшасында енгізіледі.\nКомпания банктік карта деректерін сақтамайды.', 'bank_card', 'negated'],
    ['ru', 'Данные карты вводятся на странице банка-эквайера.\nОбщество не хранит данные банковской карты.', 'bank_card', 'negated'],
    // Typed on the operator's own page, the card is collected.
    ['kk', 'Карта деректері Компанияның сайтындағы төлем парағында енгізіледі.', 'bank_card', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});
