/**
 * General causes found by rounds 32, 33 and 35, tested on texts written for the tests. Each rule has wordings in the
 * languages it applies to and a case it must leave alone.
 */
import { describe, it } from 'vitest';
import { expectStatus, type StatusCase } from './helpers';

describe('rounds 32–35: consent said not to be needed denies nothing, and as the alternative to consent is no condition', () => {
  it.each<StatusCase>([
    ['ru', 'С согласия клиента либо в случаях, когда его согласие по закону не требуется, Общество собирает номер телефона и дату рождения.', 'phone', 'declared'],
    ['ru', 'Согласие на это не требуется: Общество получает сведения о дате рождения из госбазы.', 'birth_date', 'declared'],
    ['en', 'With your consent, or where consent is not required by law, we collect your phone number.', 'phone', 'declared'],
    ['en', 'Your consent is not required for us to collect your date of birth from the register.', 'birth_date', 'declared'],
    ['kk', 'Келісім қажет емес жағдайларда Компания телефон нөмірін жинайды.', 'phone', 'declared'],
    // A consent condition alone still conditions, and a denied practice is still denied.
    ['ru', 'Номер телефона собирается только с согласия клиента.', 'phone', 'conditional'],
    ['ru', 'Общество не требует от клиента дату рождения.', 'birth_date', 'negated'],
    ['en', 'We do not require your date of birth.', 'birth_date', 'negated'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 32–35: denied verbs of accepting data and of using a device', () => {
  it.each<StatusCase>([
    ['ru', 'Реквизиты банковских карт Общество не принимает и не хранит.', 'bank_card', 'negated'],
    ['ru', 'Сайт камерой устройства не пользуется.', 'camera', 'negated'],
    ['kk', 'Компания банк картасының деректерін қабылдамайды.', 'bank_card', 'negated'],
    ['en', 'We do not accept payment card details over the phone.', 'bank_card', 'negated'],
    // Accepting and using said plainly declare; the person's refusal is a hypothetical.
    ['ru', 'Общество принимает номер банковской карты для зачисления займа.', 'bank_card', 'declared'],
    ['en', 'If you do not accept analytics cookies, we will not set them.', 'cookies', 'conditional'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 32–35: a line in capitals whose words are joined by a sign is a title, not a declaration', () => {
  it.each<StatusCase>([
    ['en', "Step 2 of 3\n\nCONTACTS & MICROPHONE\n• We never read your address book.\n• We don't use the microphone.", 'microphone', 'negated'],
    ['ru', 'Шаг 2 из 3\n\nКОНТАКТЫ / МИКРОФОН\n• Приложение не записывает голос через микрофон.', 'microphone', 'negated'],
    ['kk', '2-қадам\n\nКАМЕРА + МИКРОФОН\n• Қосымша микрофонды пайдаланбайды.', 'microphone', 'negated'],
    // A sentence in ordinary case holding the sign still declares.
    ['en', 'Camera & microphone: the app records a short video selfie with sound.', 'microphone', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 32–35: a question answered in the answer’s own words, without a yes or no, declares nothing itself', () => {
  it.each<StatusCase>([
    ['ru', 'Вопросы и ответы.\nА камера?\nСайт камерой не пользуется и фото не делает.', 'camera', 'negated'],
    ['en', 'Questions and answers.\nWhat about the microphone?\nThe app does not record the microphone at all.', 'microphone', 'negated'],
    ['kk', 'Сұрақтар мен жауаптар.\nАл микрофон ше?\nҚосымша микрофонды пайдаланбайды.', 'microphone', 'negated'],
    // An answer that does not name the category leaves the question's own declaration.
    ['ru', 'Вопросы и ответы.\nЗачем вам мой ИИН?\nЧтобы проверить кредитную историю.', 'national_id', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 32–35: a document photographed or scanned with a verb is its image, not also its details', () => {
  it.each<StatusCase>([
    ['ru', 'При регистрации приложение попросит отсканировать обе стороны удостоверения личности.', 'id_document', 'silent'],
    ['ru', 'При регистрации приложение попросит отсканировать обе стороны удостоверения личности.', 'document_image', 'declared'],
    ['ru', 'Клиент фотографирует документ, удостоверяющий личность, в приложении.', 'id_document', 'silent'],
    // The details named beside the image are still declared.
    ['ru', 'Мы собираем номер паспорта и просим сфотографировать паспорт.', 'id_document', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 32–35: «если хотите» without its subject is the person’s choice', () => {
  it.each<StatusCase>([
    ['ru', 'Если хотите, можете указать телефон родственника для связи.', 'contact_persons', 'conditional'],
    ['ru', 'Если пожелаете, укажите адрес электронной почты для чеков.', 'email', 'conditional'],
    // The operator's wish is no condition on the person.
    ['ru', 'Мы хотим знать ваш адрес электронной почты, чтобы присылать чеки.', 'email', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 32–35: a no to whether the person must give an item makes it optional, not denied', () => {
  it.each<StatusCase>([
    ['ru', 'Вопросы и ответы.\nОбязательно ли указывать контактное лицо?\nНет. Но это может помочь одобрить заявку.', 'contact_persons', 'conditional'],
    ['en', 'Questions and answers.\nDo I have to give an emergency contact?\nNo, it is up to you.', 'contact_persons', 'conditional'],
    ['en', 'Questions and answers.\nIs my e-mail address mandatory?\nNo. You can leave the field empty.', 'email', 'conditional'],
    ['kk', 'Сұрақтар мен жауаптар.\nБайланыс тұлғасын көрсету міндетті ме?\nЖоқ, бұл сіздің қалауыңыз.', 'contact_persons', 'conditional'],
    // Asked what the operator needs or does, a no still denies it.
    ['ru', 'Вопросы и ответы.\nНужен ли вам доступ к камере?\nНет. Приложение работает без неё.', 'camera', 'negated'],
    ['en', 'Questions and answers.\nDo you read my phone book?\nNo. The app never asks for it.', 'contact_book', 'negated'],
    ['en', 'Questions and answers.\nDo I have to upload a copy of my passport?\nNo. You do not need to scan your passport at all.', 'document_image', 'negated'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 32–35: a document image named by its pages or as the copy of a document named by its participle', () => {
  it.each<StatusCase>([
    ['kk', 'Өтінім берген кезде төлқұжаттың бірінші бетінің сканы жүктеледі.', 'document_image', 'declared'],
    ['kk', 'Өтінім берген кезде төлқұжаттың бірінші бетінің сканы жүктеледі.', 'face_image', 'silent'],
    ['ru', 'Общество обрабатывает номер документа, удостоверяющего личность, а также его цифровую копию.', 'document_image', 'declared'],
    // The face itself is still a face.
    ['kk', 'Қосымша клиенттің бетінің фотосуретін түсіреді.', 'face_image', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 32–35: denied verbs of writing to people and of looking at contents', () => {
  it.each<StatusCase>([
    ['ru', 'Сотрудники не звонят и не пишут людям из телефонной книги заемщика.', 'contact_book', 'negated'],
    ['en', 'We never call and never write to people in your phone book.', 'contact_book', 'negated'],
    ['kk', 'Қосымша телефон кітабыңызды қарамайды және көшірмейді.', 'contact_book', 'negated'],
    // Writing and looking said plainly still declare.
    ['ru', 'Мы пишем на ваш адрес электронной почты только по делу.', 'email', 'declared'],
    ['kk', 'Қызметкер сіздің телефон кітабыңызды қарайды.', 'contact_book', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 32–35: income obtained by crime names the anti-money-laundering law (kk), not the person’s income', () => {
  it.each<StatusCase>([
    ['kk', 'Серіктестік қылмыстық жолмен алынған кірістерді заңдастыруға (жылыстатуға) қарсы іс-қимыл туралы заңды орындайды.', 'financial_status', 'silent'],
    ['kk', 'Деректер кірістерді заңсыз жолмен алуға қарсы іс-қимыл туралы заңнаманы орындау үшін өңделеді.', 'financial_status', 'silent'],
    ['kk', 'Қылмыстық жолмен табылған табыстарды заңдастыруға қарсы заң талаптары сақталады.', 'financial_status', 'silent'],
    // The person's own income is still income.
    ['kk', 'Серіктестік сіздің айлық кірісіңіз туралы мәліметтерді жинайды.', 'financial_status', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 32–35: CCTV cameras named before the noun (kk) are the office’s, not the person’s device', () => {
  it.each<StatusCase>([
    ['kk', 'Бөлімшедегі бейнебақылау камералары клиенттің бейнежазбасын тіркейді.', 'camera', 'silent'],
    ['kk', 'Кеңседе бейнебақылау камерасы орнатылған.', 'camera', 'silent'],
    // The device's camera is still the person's.
    ['kk', 'Қосымша сәйкестендіру үшін құрылғының камерасын пайдаланады.', 'camera', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 32–35: the perfect conditional of giving an item (kk) is the person’s choice', () => {
  it.each<StatusCase>([
    ['kk', 'Электрондық пошта мекенжайы – егер клиент оны өтінімде көрсеткен болса.', 'email', 'conditional'],
    ['kk', 'Егер сіз екінші телефон нөмірін енгізген болсаңыз, біз оны сақтаймыз.', 'phone', 'conditional'],
    // A case about the loan, not the person's choice, leaves the item declared.
    ['kk', 'Егер қарыз берілген болса, біз телефон нөмірін бес жыл сақтаймыз.', 'phone', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 32–35: actions on the screen recorded are a session recording', () => {
  it.each<StatusCase>([
    ['kk', 'Қосымша экрандағы әрекеттеріңізді (түрту, жылжыту) жазып алмайды.', 'session_recording', 'negated'],
    ['kk', 'Талдау қызметі экрандағы қимылдардың бейнежазбасын жасайды.', 'session_recording', 'declared'],
    ['en', 'The app never records what you do on screen.', 'session_recording', 'negated'],
    ['en', 'Our analytics tool may record your on-screen actions to find errors.', 'session_recording', 'declared'],
    // The screen named for something else is no recording.
    ['kk', 'Экрандағы әрекеттер батырмалар арқылы орындалады.', 'session_recording', 'silent'],
    ['en', 'We record the screen size of your device.', 'session_recording', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 32–35: the person’s loans and deposits are their financial status', () => {
  it.each<StatusCase>([
    ['kk', 'Банк өз жүйесінен депозиттеріңіз туралы мәліметтерді алады.', 'financial_status', 'declared'],
    ['kk', 'Банк сіздің кредиттеріңіздің қалдығын көреді.', 'financial_status', 'declared'],
    ['ru', 'Банк получает сведения о ваших депозитах и счетах.', 'financial_status', 'declared'],
    // A product named in general is not the person's.
    ['kk', 'Банк кредиттер береді.', 'financial_status', 'silent'],
    ['ru', 'Ставки по депозиту указаны на сайте.', 'financial_status', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 32–35: what is found about a debtor or pledgor in social networks is their profile', () => {
  it.each<StatusCase>([
    ['ru', 'Коллектор не собирает сведения о должнике из социальных сетей.', 'social_profile', 'negated'],
    ['ru', 'Ломбард может искать информацию о залогодателе в социальных сетях.', 'social_profile', 'declared'],
    // The operator's own pages there are not the person's profile.
    ['ru', 'Новости о должнике мы не публикуем; следите за нами в социальных сетях.', 'social_profile', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 32–35: the sum and term the person picks are the loan request', () => {
  it.each<StatusCase>([
    ['ru', 'На первом шаге вы выбираете сумму и срок на калькуляторе.', 'loan_terms', 'declared'],
    ['en', 'We record the amount and the term you choose in the calculator.', 'loan_terms', 'declared'],
    ['kk', 'Өтінімде сіз сома мен мерзімді таңдайсыз.', 'loan_terms', 'declared'],
    // Choosing something else is no loan request.
    ['ru', 'Вы выбираете удобный способ получения денег.', 'loan_terms', 'silent'],
    ['en', 'You choose the language of the app.', 'loan_terms', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 32–35: the date and time of a session are an access log', () => {
  it.each<StatusCase>([
    ['ru', 'При входе в кабинет фиксируются IP-адрес, дата и время сеанса.', 'access_logs', 'declared'],
    ['kk', 'Жүйе IP-мекенжайды және сеанс күні мен уақытын тіркейді.', 'access_logs', 'declared'],
    ['en', 'We log your IP address and the date and time of each session.', 'access_logs', 'declared'],
    // A session named without its time is not a log.
    ['ru', 'Сеанс связи с оператором длится не более 10 минут.', 'access_logs', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 32–35: the history of sites visited, named by its participle, is usage data', () => {
  it.each<StatusCase>([
    ['ru', 'Бюро не получает историю посещённых заемщиком сайтов.', 'usage_data', 'negated'],
    ['ru', 'Партнер анализирует историю просмотренных страниц.', 'usage_data', 'declared'],
    // A credit history is no browsing.
    ['ru', 'Бюро передает историю погашенных займов.', 'usage_data', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 32–35: the masked digits of a card are card data', () => {
  it.each<StatusCase>([
    ['en', 'For payouts we keep only the last four digits of your debit card.', 'bank_card', 'declared'],
    ['ru', 'Для выплат мы храним только последние 4 цифры вашей карты.', 'bank_card', 'declared'],
    ['kk', 'Төлем үшін біз картаңыздың соңғы 4 санын ғана сақтаймыз.', 'bank_card', 'declared'],
    // Digits of something else are not a card.
    ['en', 'Enter the last 4 digits of your phone number.', 'bank_card', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 32–35: optional cookies name a class of cookies, not a condition', () => {
  it.each<StatusCase>([
    ['ru', 'Необязательные файлы cookie вы можете отключить в настройках браузера.', 'cookies', 'declared'],
    ['en', 'Optional cookies can be turned off at any time in the cookie settings.', 'cookies', 'declared'],
    // A class set only on consent is still conditional, and an optional field still is.
    ['en', 'Optional cookies are placed only if you accept them.', 'cookies', 'conditional'],
    ['ru', 'Указывать адрес электронной почты необязательно.', 'email', 'conditional'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 32–35: consent in the prepositional case («при вашем согласии») is a condition', () => {
  it.each<StatusCase>([
    ['ru', 'Трансграничная передача данных происходит только при вашем согласии.', 'cross_border_transfer', 'conditional'],
    ['ru', 'Передача сведений партнерам возможна при Вашем письменном согласии.', 'third_party_sharing', 'conditional'],
    // Disagreement is no consent, and a sentence without it stays declared.
    ['ru', 'При вашем несогласии с условиями мы собираем только номер телефона.', 'phone', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 32–35: compiling a fingerprint or profile denied («не составляем отпечаток»)', () => {
  it.each<StatusCase>([
    ['ru', 'Сайт не составляет цифровой отпечаток вашего браузера.', 'fingerprinting', 'negated'],
    ['ru', 'Мы никогда не составим «цифровой отпечаток» устройства.', 'fingerprinting', 'negated'],
    // A period that «не составляет более» is measured, not denied; compiling said plainly declares.
    ['ru', 'Срок хранения данных не составляет более пяти лет.', 'retention', 'declared'],
    ['ru', 'Партнер составляет цифровой отпечаток браузера.', 'fingerprinting', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 32–35: a lease’s term and payments are the financing request (en)', () => {
  it.each<StatusCase>([
    ['en', 'For each application we store the lease term and the monthly lease payment.', 'loan_terms', 'declared'],
    ['en', 'We ask how large a down payment you can make.', 'loan_terms', 'declared'],
    // The operator's own lease of an office is not the person's financing.
    ['en', 'Our head office is held under a lease agreement with the landlord.', 'loan_terms', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 32–35: the date and time of each sign-in are an access log (en)', () => {
  it.each<StatusCase>([
    ['en', 'The customer portal stores the date and time of each sign-in.', 'access_logs', 'declared'],
    ['en', 'We keep the date and time of your sign-ins for security.', 'access_logs', 'declared'],
    // A sign-in named without its time is not a log.
    ['en', 'Use your phone number to sign in to the portal.', 'access_logs', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 32–35: a photograph of the person is their face image (en)', () => {
  it.each<StatusCase>([
    ['en', 'At handover our agent takes a photograph of you next to the car.', 'face_image', 'declared'],
    ['en', 'We keep a picture of you taken at the branch.', 'face_image', 'declared'],
    // A photo of the person's document is not their face.
    ['en', 'We keep a photo of your passport.', 'face_image', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('rounds 32–35: a denial inside an opt-out reported at length is the person’s, not the operator’s', () => {
  it.each<StatusCase>([
    ['en', 'We may send you marketing e-mails unless you have told us that you do not want to receive them.', 'purpose_advertising', 'declared'],
    ['ru', 'Мы направляем рекламные предложения, если вы не сообщили нам, что не хотите их получать.', 'purpose_advertising', 'declared'],
    // The operator's own denial with an exception is still conditional.
    ['en', 'We do not share your phone number unless you ask us to.', 'phone', 'conditional'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});
