/**
 * Phenomena found by held-out rounds 22–24, tested on texts written for the tests: a list item given only «if any» after a
 * dash, a bracket saying to whom an item was given, a debt named as the case of a transfer, sharing «only as needed», the
 * law's words for direct marketing and an opt-in in the past tense, «только в том случае, если Вы…», and data that comes
 * through cookies the person opts in to. Each rule has wordings in the languages it applies to and a case it must leave alone.
 */
import { describe, it } from 'vitest';
import { expectStatus, type StatusCase } from './helpers';

describe('after round 22: a list item given only «if any», set off by a dash, is conditional', () => {
  it.each<StatusCase>([
    ['ru', 'Мы собираем следующие данные:\n1) номер телефона;\n2) при наличии – имя и телефон родственника для связи.', 'contact_persons', 'conditional'],
    ['ru', 'Мы собираем следующие данные:\n1) номер телефона;\n2) сведения о работодателе – при наличии.', 'employment', 'conditional'],
    ['kk', 'Біз мына деректерді жинаймыз:\n1) телефон нөмірі;\n2) бар болса – жұмыс берушінің атауы.', 'employment', 'conditional'],
    ['en', 'We collect the following data:\n1) your phone number;\n2) the name of your employer – if any.', 'employment', 'conditional'],
    // In brackets after one word it qualifies that word only: the item is still given.
    ['ru', 'Мы собираем следующие данные:\n1) номер телефона;\n2) сведения о работодателе (при наличии) и должности.', 'employment', 'declared'],
    ['en', 'We collect the following data:\n1) your phone number;\n2) the name of your employer (if any) and your job title.', 'employment', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 22: an item given only if the person gave it to someone', () => {
  it.each<StatusCase>([
    ['en', 'From the lender we receive your home address and your e-mail address (if provided to the lender).', 'email', 'conditional'],
    ['ru', 'От кредитора мы получаем ваш адрес и адрес электронной почты (если указан в заявлении).', 'email', 'conditional'],
    ['en', 'We receive the name of your workplace, if you indicated it in the application form.', 'employment', 'conditional'],
    ['en', 'From the lender we receive your home address and your e-mail address.', 'email', 'declared'],
    ['en', 'We receive the name of your workplace, which you indicated in the application form.', 'employment', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 22: a debt named as the case of a transfer is no data about debts', () => {
  it.each<StatusCase>([
    ['ru', 'Мы передаём данные клиента юристам при возникновении просроченной задолженности.', 'financial_status', 'silent'],
    ['en', 'We pass your data to a collection agency in the event of an overdue debt.', 'financial_status', 'silent'],
    ['kk', 'Мерзімі өткен берешек болған жағдайда деректер коллекторға беріледі.', 'financial_status', 'silent'],
    // The debt collected as data stays a declaration.
    ['ru', 'Мы собираем сведения о просроченной задолженности клиента.', 'financial_status', 'declared'],
    ['en', 'We collect information about your overdue debt.', 'financial_status', 'declared'],
    ['kk', 'Біз сіздің берешегіңіз туралы мәліметтерді жинаймыз.', 'financial_status', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 22: sharing «only as needed» names an extent, not a case', () => {
  it.each<StatusCase>([
    ['en', 'We pass your details only as needed to the payment processors that handle your transfers.', 'third_party_sharing', 'declared'],
    ['en', 'As needed, we pass your details to the payment processors that handle your transfers.', 'third_party_sharing', 'conditional'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 22: the law\'s words for direct marketing, and an opt-in in the past tense', () => {
  it.each<StatusCase>([
    ['ru', 'Компания не использует контактные данные для продвижения товаров и услуг путём звонков без предварительного согласия клиента.', 'purpose_advertising', 'conditional'],
    ['kk', 'Компания тауарлар мен қызметтерді ілгерілету үшін клиентке хабарлама жібереді.', 'purpose_advertising', 'declared'],
    ['en', 'We will only contact you to promote our products where you have opted in.', 'purpose_advertising', 'conditional'],
    ['en', 'Where you have opted in, we tell you about partner offers.', 'purpose_advertising', 'conditional'],
    // Promoting nothing, and offers with no partner, stay as they were.
    ['ru', 'Компания обеспечивает продвижение заявки клиента по этапам рассмотрения.', 'purpose_advertising', 'silent'],
    ['en', 'We tell you about partner offers.', 'purpose_advertising', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 22: «только в том случае, если Вы…» is the person\'s condition', () => {
  it.each<StatusCase>([
    ['ru', 'Данные о местоположении собираются только в том случае, если Вы разрешите доступ.', 'geolocation', 'conditional'],
    // A fallback of a use is no condition on collecting.
    ['ru', 'Мы собираем данные о местоположении и используем их только в том случае, если не можем связаться с Вами.', 'geolocation', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

const EN_GATE = 'Advertising cookies are placed only if you click "Accept".\n';
const RU_GATE = 'Рекламные файлы cookie устанавливаются только в том случае, если Вы нажмете «Принять».\n';
const KK_GATE = 'Жарнамалық cookie файлдары тек сіз «Қабылдау» батырмасын басқан жағдайда орнатылады.\n';

describe('after round 22: data that comes through opt-in cookies is conditional', () => {
  it.each<StatusCase>([
    ['en', `${EN_GATE}Through these cookies the ad networks receive your IP address.`, 'ip_address', 'conditional'],
    ['en', `${EN_GATE}By accepting advertising cookies you agree that your data is transferred abroad.`, 'cross_border_transfer', 'conditional'],
    ['ru', `${RU_GATE}С помощью этих файлов cookie рекламные сети получают Ваш IP-адрес.`, 'ip_address', 'conditional'],
    ['kk', `${KK_GATE}Осы cookie файлдары арқылы жарнама желілері сіздің IP-мекенжайыңызды алады.`, 'ip_address', 'conditional'],
    // Without an opt-in for those cookies, or without saying the data comes through them, the data stays declared.
    ['en', 'We use advertising cookies.\nThrough these cookies the ad networks receive your IP address.', 'ip_address', 'declared'],
    ['ru', `${RU_GATE}Сервер сайта записывает Ваш IP-адрес.`, 'ip_address', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});
