/**
 * The second pass over rounds 22–24, tested on texts written for the tests: calling hours told «по времени места
 * нахождения», GPS trackers on the operator's own vehicles, «не читает», a lone «Нет» cell answering a «Обязательно?»
 * column, the people a policy's scope sentence lists, the topics of reminders and notifications, and the Kazakh
 * «кіріс» said of an incoming SMS. Each rule has wordings in the languages it applies to and a case it must leave alone.
 */
import { describe, it } from 'vitest';
import { expectStatus, type StatusCase } from './helpers';

describe('after round 22b: calling hours told by the local time of where the person is', () => {
  it.each<StatusCase>([
    ['ru', 'Звонки должнику совершаются с 8:00 до 21:00 по времени места нахождения должника.', 'geolocation', 'silent'],
    ['ru', 'Сообщения направляются не позднее 20:00 по времени местонахождения клиента.', 'geolocation', 'silent'],
    ['kk', 'Борышкерге қоңыраулар оның тұрған жеріндегі уақыт бойынша сағат 8:00-ден 21:00-ге дейін шалынады.', 'geolocation', 'silent'],
    // Where the person is, collected, stays a declaration.
    ['ru', 'Приложение определяет место нахождения клиента при подаче заявки.', 'geolocation', 'declared'],
    ['kk', 'Қосымша өтінім беру кезінде сіздің тұрған жеріңізді анықтайды.', 'geolocation', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 22b: GPS trackers on the operator\'s own vehicles and devices', () => {
  it.each<StatusCase>([
    ['ru', 'Служебные автомобили Общества оборудованы GPS-трекерами для учёта пробега.', 'geolocation', 'silent'],
    ['kk', 'Серіктестіктің қызметтік көліктері GPS-трекерлермен жабдықталған.', 'geolocation', 'silent'],
    ['en', 'Our company cars are equipped with GPS trackers to plan the couriers\' routes.', 'geolocation', 'silent'],
    // The person's own GPS stays a declaration.
    ['ru', 'Приложение получает данные GPS с вашего смартфона.', 'geolocation', 'declared'],
    ['kk', 'Қосымша смартфоныңыздың GPS деректерін алады.', 'geolocation', 'declared'],
    ['en', 'The app reads the GPS position of your phone.', 'geolocation', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 22b: «не читает» denies as «не считывает» does', () => {
  it.each<StatusCase>([
    ['ru', 'Мы не читаем вашу телефонную книгу.', 'contact_book', 'negated'],
    ['ru', 'Приложение никогда не прочитает список контактов на вашем телефоне.', 'contact_book', 'negated'],
    ['ru', 'Приложение читает вашу телефонную книгу, чтобы найти поручителя.', 'contact_book', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

const RU_TABLE = '| Доступ | Обязательно? | Зачем нужен |\n|---|---|---|\n';
const KK_TABLE = '| Рұқсат | Міндетті ме? | Не үшін |\n|---|---|---|\n';

// An English «No» cell was never read as a denial by itself, so the rule has no English case.
describe('after round 22b: a lone «Нет» cell before a worded cell answers its column', () => {
  it.each<StatusCase>([
    ['ru', `${RU_TABLE}| Геолокация | Нет | По вашему желанию – чтобы подсказать ближайшее отделение |`, 'geolocation', 'conditional'],
    ['kk', `${KK_TABLE}| Геолокация | Жоқ | Өз қалауыңыз бойынша – жақын бөлімшені көрсету үшін |`, 'geolocation', 'conditional'],
    // A row answered no with nothing worded after it still denies.
    ['ru', `${RU_TABLE}| Геолокация | Нет | — |`, 'geolocation', 'negated'],
    ['kk', `${KK_TABLE}| Геолокация | Жоқ |`, 'geolocation', 'negated'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 22b: the people a scope sentence lists are no contact persons', () => {
  it.each<StatusCase>([
    ['ru', 'Настоящая Политика распространяется на заёмщиков, их поручителей и залогодателей.', 'contact_persons', 'silent'],
    ['kk', 'Осы Саясат қарыз алушыларға, олардың кепілгерлері мен туыстарына қолданылады.', 'contact_persons', 'silent'],
    ['en', 'This Policy applies to borrowers, their guarantors and co-borrowers.', 'contact_persons', 'silent'],
    // Data about those people stays a declaration.
    ['ru', 'Мы собираем фамилии и номера телефонов ваших поручителей.', 'contact_persons', 'declared'],
    ['kk', 'Біз кепілгерлеріңіздің телефон нөмірлерін жинаймыз.', 'contact_persons', 'declared'],
    ['en', 'We collect the names and phone numbers of your guarantors.', 'contact_persons', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 22b: what a reminder or a notification is about is no data taken', () => {
  it.each<StatusCase>([
    ['ru', 'Мы направляем уведомления о графике платежей и сроке займа.', 'loan_terms', 'silent'],
    ['ru', 'Мы присылаем SMS-напоминания о дате платежа и сумме просроченной задолженности.', 'financial_status', 'silent'],
    ['kk', 'Біз төлем күні мен берешек туралы хабарламалар жібереміз.', 'financial_status', 'silent'],
    ['kk', 'Қосымша төлем кестесін еске салу үшін хабарлама жібереді.', 'loan_terms', 'silent'],
    ['en', 'We send reminders about your repayment schedule and overdue debt.', 'financial_status', 'silent'],
    ['en', 'We send reminders about your repayment schedule and overdue debt.', 'loan_terms', 'silent'],
    // Collected, the same items stay declarations.
    ['ru', 'Мы собираем сведения о дате платежа и сумме просроченной задолженности.', 'financial_status', 'declared'],
    ['ru', 'Мы собираем сведения о графике платежей и сроке займа.', 'loan_terms', 'declared'],
    ['kk', 'Біз төлем кестесі мен берешек туралы мәліметтерді жинаймыз.', 'loan_terms', 'declared'],
    ['en', 'We collect your repayment schedule and overdue debt.', 'financial_status', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});

describe('after round 22b: the Kazakh «кіріс» of an incoming message is no income', () => {
  it.each<StatusCase>([
    ['kk', 'Қосымша растау кодын кіріс SMS-тен автоматты түрде оқиды.', 'financial_status', 'silent'],
    ['kk', 'Біз сіздің айлық кірісіңіз туралы мәліметтерді жинаймыз.', 'financial_status', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});
