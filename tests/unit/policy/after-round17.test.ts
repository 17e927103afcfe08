/**
 * Phenomena found by held-out round 17, tested on texts written for the tests: bullets holding whole sentences
 * under one lead, the word a glossary defines, a condition said of a narrowed subject, a refusal named without its
 * object, an advertising identifier and a browser fingerprint as device data, a settings pointer and a preference kept
 * until changed, an exception after a semicolon, a data-safety summary beside its marked rows, Kazakh clauses joined
 * after a verb, Russian denials («не нужен», «не получится», «не осуществляет … рассылок») and a few lexicon gaps. Each
 * rule has wordings in the languages it applies to and a case it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { EN_FRAME, expectStatus, parse, RU_FRAME, statusOf, type StatusCase } from './helpers';

describe('after round 17: bullets of whole sentences stay items of their lead', () => {
  it.each<StatusCase>([
    ['en', 'We never collect:\n- Your voice. The microphone is never switched on.\n- Your phone book. Contacts stay on your phone.', 'contact_book', 'negated'],
    ['en', 'Some details are optional:\n- Your e-mail. Receipts go there.\n- Your employer. It helps us set a limit.', 'employment', 'conditional'],
    ['ru', 'Мы не запрашиваем:\n— Местоположение. Геолокация не нужна для займа.\n— Телефонную книгу. Контакты остаются у вас.', 'contact_book', 'negated'],
    ['kk', 'Міндетті емес деректер:\n- Электрондық пошта. Түбіртек соған жіберіледі.\n- Жұмыс орны. Лимитті есептеуге көмектеседі.', 'employment', 'conditional'],
    // A plain paragraph after the bullets is no item of the lead.
    ['en', 'We never collect:\n- Your voice. The microphone is never switched on.\nWe keep a record of your phone book for fraud checks.', 'contact_book', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 17: the word a glossary entry defines is not declared by its definition', () => {
  it.each<StatusCase>([
    ['ru', '1. Термины и определения\nБиометрические данные — сведения о физиологических особенностях человека.\n2. Сбор данных\nМы собираем имя и телефон.', 'face_image', 'silent'],
    ['kk', '1. Негізгі ұғымдар\nБиометриялық деректер — адамның физиологиялық ерекшеліктері туралы мәліметтер.\n2. Деректер\nБіз атыңызды жинаймыз.', 'face_image', 'silent'],
    ['en', '1. Definitions\n"Biometric data" means information about the physical features of a person.\n2. Data\nWe collect your name.', 'face_image', 'silent'],
    // Data named in the entry's body still counts, and a label outside a glossary is no defined word.
    ['ru', '1. Термины и определения\nАнкета — форма, в которой Клиент указывает номер телефона.\n2. Сбор данных\nМы собираем имя.', 'phone', 'declared'],
    ['ru', 'Селфи — снимок лица клиента для проверки личности.', 'face_image', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 17: a condition said of a narrowed subject does not cover the paragraph', () => {
  it.each<StatusCase>([
    ['ru', 'Мы передаём данные платёжным системам за пределы Республики Казахстан. Передача в страны, не обеспечивающие защиту данных, возможна только с вашего согласия.', 'cross_border_transfer', 'declared'],
    ['en', 'We transfer your data to payment networks outside Kazakhstan. Transfers to countries that do not ensure adequate protection happen only with your consent.', 'cross_border_transfer', 'declared'],
    ['kk', 'Біз деректерді Қазақстан Республикасынан тыс жерлерге береміз. Қорғауды қамтамасыз етпейтін елдерге беру тек сіздің келісіміңізбен жүзеге асырылады.', 'cross_border_transfer', 'declared'],
    // Said of the whole subject, the condition still restricts the paragraph.
    ['en', 'We transfer your data to payment networks outside Kazakhstan. This happens only with your consent.', 'cross_border_transfer', 'conditional'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 17: a refusal named without its object refuses the permission just asked for', () => {
  it.each<StatusCase>([
    ['ru', 'Приложение запрашивает доступ к камере; при отказе проверка проходит в офисе.', 'camera', 'conditional'],
    ['ru', 'Сайт запросит доступ к камере. В случае отказа фото можно принести в офис.', 'camera', 'conditional'],
    ['kk', 'Қосымша камераға рұқсат сұрайды. Бас тартқан жағдайда тексеру кеңседе өтеді.', 'camera', 'conditional'],
    ['en', 'The app asks for access to your camera. If refused, the check takes place at a branch.', 'camera', 'conditional'],
    // Without a refusal the camera is simply used.
    ['ru', 'Приложение запрашивает доступ к камере; проверка проходит онлайн.', 'camera', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 17: an advertising identifier and a browser fingerprint are device terms', () => {
  it.each<StatusCase>([
    ['en', 'We collect your device model and advertising ID.', 'purpose_advertising', 'silent'],
    ['en', 'We collect your device model and advertising ID.', 'device_info', 'declared'],
    ['ru', 'Мы получаем модель устройства и рекламный идентификатор.', 'purpose_advertising', 'silent'],
    ['kk', 'Біз құрылғы моделін және жарнамалық идентификаторды жинаймыз.', 'purpose_advertising', 'silent'],
    ['kk', 'Біз құрылғы моделін және жарнамалық идентификаторды жинаймыз.', 'device_info', 'declared'],
    ['en', 'We do not use browser fingerprinting.', 'browser_info', 'silent'],
    // Advertising and browser data named on their own still count.
    ['en', 'We use your data for advertising.', 'purpose_advertising', 'declared'],
    ['en', 'We collect your browser type.', 'browser_info', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 17: a pointer to the settings and a preference kept until changed point back at the practice', () => {
  it.each<StatusCase>([
    ['en', 'We send you offers only if you opt in.\n\nYou can change your marketing preferences at any time in the app.', 'purpose_advertising', 'conditional'],
    ['ru', 'Рекламные рассылки мы направляем с вашего согласия.\n\nВы можете изменить настройки рекламных рассылок в приложении.', 'purpose_advertising', 'conditional'],
    ['kk', 'Жарнамалық хабарламаларды келісіміңізбен жібереміз.\n\nЖарнама баптауларын өзгертуге болады.', 'purpose_advertising', 'conditional'],
    ['en', 'We send you offers only if you opt in.\n\nHow long we keep your data\n\nMarketing preferences: until you change them.', 'purpose_advertising', 'conditional'],
    ['en', 'How long we keep your data\n\nMarketing preferences: until you change them.', 'retention', 'declared'],
    // A plain statement of the practice is no pointer.
    ['en', 'We send you offers only if you opt in.\n\nWe also show you our advertising on other websites.', 'purpose_advertising', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 17: an exception lifts only the denial before the next semicolon', () => {
  it.each<StatusCase>([
    ['en', 'We do not collect the phone numbers of your relatives; we discuss the loan with no one except you.', 'contact_persons', 'negated'],
    ['ru', 'Мы не собираем номера телефонов ваших родственников; обсуждать заём мы ни с кем не будем, за исключением случаев, когда вы сами об этом просите.', 'contact_persons', 'negated'],
    // In the same part it is the denial's exception.
    ['en', 'We do not share your data with third parties except as required by law.', 'third_party_sharing', 'conditional'],
    ['kk', 'Деректеріңіз үшінші тұлғаларға берілмейді, заңда көзделген жағдайларды қоспағанда.', 'third_party_sharing', 'conditional'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 17: a data-safety row with its marker decides over the summary line', () => {
  it('the summary lines of a data-safety block point at the marked rows', () => {
    const block = 'Data safety\nThis app may collect these data types\nLocation, Personal info\n\nData collected\n\nPersonal info\nName, Email address\nName · Required\nEmail address · Optional\n\nLocation\nApproximate location\nApproximate location · Optional\n';
    const parsed = parse(`${EN_FRAME}${block}`);
    expect(statusOf(parsed, 'email')).toBe('conditional');
    expect(statusOf(parsed, 'geolocation')).toBe('conditional');
    expect(statusOf(parsed, 'name')).toBe('declared');
  });
  it('a Russian block with «· Необязательно» reads the same', () => {
    const parsed = parse(`${RU_FRAME}Безопасность данных\nЛичная информация\nИмя, Адрес электронной почты\nИмя · Обязательно\nАдрес электронной почты · Необязательно\n`);
    expect(statusOf(parsed, 'email')).toBe('conditional');
    expect(statusOf(parsed, 'name')).toBe('declared');
  });
  it('without marked rows a listed type is declared', () => {
    const parsed = parse(`${EN_FRAME}Data safety\nData collected\nPersonal info\nName, Email address\nApp functionality\n`);
    expect(statusOf(parsed, 'email')).toBe('declared');
  });
});

describe('after round 17: a Kazakh clause ends with its verb before «және»', () => {
  it.each<StatusCase>([
    ['kk', 'Төлем деректері TLS арқылы шифрланып жіберіледі және банктен басқа ешкім оларды көре алмайды.', 'secure_transmission', 'declared'],
    ['kk', 'Телефон нөміріңіз біздің серверде сақталады және үшінші тұлғаларға сатылмайды.', 'phone', 'declared'],
    // Nouns joined by «және» stay under the verb they share.
    ['kk', 'Біз ЖСН-ды және телефон нөмірін жинамаймыз.', 'phone', 'negated'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 17: Russian and Kazakh denials', () => {
  it.each<StatusCase>([
    ['ru', 'Микрофон приложению не нужен и не запрашивается.', 'microphone', 'negated'],
    ['ru', 'Приложение использует камеру телефона, без неё загрузить селфи не получится.', 'camera', 'declared'],
    ['ru', 'Банк не проводит рекламных e-mail-рассылок.', 'purpose_advertising', 'negated'],
    ['ru', 'Банк не проводит рекламных e-mail-рассылок.', 'email', 'silent'],
    ['kk', 'Экранды жазу функциясы өшірулі.', 'session_recording', 'negated'],
    // The same words affirming.
    ['ru', 'Для селфи нужен доступ к микрофону и камере.', 'microphone', 'declared'],
    ['ru', 'Мы не получаем ваши контакты из телефонной книги.', 'contact_book', 'negated'],
    ['ru', 'Компания осуществляет рекламные рассылки на адрес e-mail клиента.', 'email', 'declared'],
    ['kk', 'Экранды жазу функциясы қосулы.', 'session_recording', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 17: lexicon gaps', () => {
  it.each<StatusCase>([
    ['en', 'Our collector needs the details of your agreement.', 'loan_terms', 'declared'],
    ['en', 'Please read the details of our user agreement.', 'loan_terms', 'silent'],
    ['en', 'If the case goes further, a bailiff or a notary may receive your file.', 'third_party_sharing', 'declared'],
    ['ru', 'Сведения могут быть переданы нотариусу и частному судебному исполнителю.', 'third_party_sharing', 'declared'],
    ['kk', 'Деректер нотариусқа берілуі мүмкін.', 'third_party_sharing', 'declared'],
    ['en', 'If you do not pay, the creditor may go to court.', 'third_party_sharing', 'silent'],
    ['kk', 'Біз қаралған беттердің мекенжайларын жинаймыз.', 'address', 'silent'],
    ['kk', 'Біз сіздің тұрғылықты мекенжайыңызды жинаймыз.', 'address', 'declared'],
    ['kk', 'Клиент куәлігінің екі жағының суретін жүктейді.', 'document_image', 'declared'],
    ['ru', 'Платежи зачисляются на расчётный счёт Компании.', 'bank_account', 'silent'],
    ['ru', 'Мы обрабатываем номер текущего счета Клиента.', 'bank_account', 'declared'],
    ['ru', 'Мы храним журнал входов пользователей за последний год.', 'access_logs', 'declared'],
    ['kk', 'Біз жеке кабинетке кіру журналын жүргіземіз.', 'access_logs', 'declared'],
    ['en', 'We keep your login history.', 'access_logs', 'declared'],
    ['en', 'Data collected: User payment info · Required', 'bank_card', 'declared'],
    ['en', 'We keep your payment history.', 'bank_card', 'silent'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});
