/**
 * Words lenders', banks', insurers' and telecom scorers' policies use that the lexicons lacked, in each
 * language (sentences written for the tests; each row fails without its lexicon entry).
 */
import { describe, expect, it } from 'vitest';
import type { CategoryId } from '../../../src/categories';
import { EN_FRAME, KK_FRAME, RU_FRAME, parse, statusOf } from './helpers';

const FRAMES: Readonly<Record<string, string>> = { ru: RU_FRAME, kk: KK_FRAME, en: EN_FRAME };

const DECLARED: readonly (readonly [string, string, CategoryId])[] = [
  // solvency, payment history, pension contributions, bank statements
  ['ru', 'Мы оцениваем кредитоспособность заявителя.', 'financial_status'],
  ['ru', 'Кошелек хранит историю переводов.', 'financial_status'],
  ['ru', 'Банк проверяет пенсионные отчисления через ЕНПФ.', 'financial_status'],
  ['ru', 'Клиент прикладывает банковскую выписку.', 'financial_status'],
  ['kk', 'Ұйым төлемдер тарихын тексереді.', 'financial_status'],
  ['kk', 'Мен табысымды көрсетемін.', 'financial_status'],
  ['kk', 'Зейнетақы жарналары туралы мәліметтер алынады.', 'financial_status'],
  ['kk', 'Клиент шоттан үзінді ұсынады.', 'financial_status'],
  ['en', 'We ask about your monthly earnings.', 'financial_status'],
  ['en', 'We review your transaction history.', 'financial_status'],
  ['ru', 'Мы собираем сведения о наличии автомобиля и недвижимости.', 'financial_status'],
  ['kk', 'Клиент жылжымайтын мүлкі туралы мәлімет береді.', 'financial_status'],
  ['en', 'We collect information about your vehicle and property ownership.', 'financial_status'],
  // employment
  ['ru', 'Заемщик указывает вид занятости и стаж.', 'employment'],
  ['en', 'Please upload your bank statements.', 'financial_status'],
  // family: household, number of family members
  ['ru', 'Анкета содержит количество членов семьи.', 'family'],
  ['kk', 'Өтінімде отбасы мүшелерінің саны көрсетіледі.', 'family'],
  ['en', 'We ask how many people live in your household.', 'family'],
  // third persons: beneficiaries
  ['ru', 'Страховщик получает ФИО выгодоприобретателей.', 'contact_persons'],
  ['en', 'You name the beneficiary of the policy.', 'contact_persons'],
  // Kazakh first-person forms
  ['kk', 'Мен электрондық поштамды көрсетемін.', 'email'],
  ['kk', 'Мен лауазымымды көрсетемін.', 'employment'],
  ['kk', 'Мен білімімді көрсетемін.', 'education'],
  ['kk', 'Қосымша менің суретімді түсіреді.', 'face_image'],
  ['kk', 'Клиенттің жеке куәлікпен түскен фотосуреті жүктеледі.', 'face_image'],
  ['kk', 'Ұялы телефонымның нөмірі жиналады.', 'phone'],
  ['kk', 'Пайда алушылардың аты-жөні жиналады.', 'contact_persons'],
  // name, credentials
  ['en', 'We ask for your legal name.', 'name'],
  ['ru', 'Вход выполняется по шестизначному коду.', 'credentials'],
  ['kk', 'Қосымшаға төрт таңбалы код арқылы кіресіз.', 'credentials'],
  ['en', 'You sign in with a 4-digit code.', 'credentials'],
  // video identification
  ['kk', 'Бейнесәйкестендіру жүргізіледі.', 'face_image'],
  ['en', 'We verify your identity through video identification.', 'face_image'],
  // document photos in Kazakh
  ['kk', 'Клиент жеке куәлік көшірмесін жібереді.', 'document_image'],
  // device: type, model of the phone, root detection, advertising ids
  ['ru', 'Оператор передает тип используемого устройства.', 'device_info'],
  ['ru', 'Приложение проверяет наличие root-доступа.', 'device_info'],
  ['en', 'The SDK reads the IDFA.', 'device_info'],
  ['ru', 'Мы получаем номер SIM-карты.', 'device_info'],
  ['ru', 'Приложение получает список установленных приложений.', 'device_info'],
  ['kk', 'Қосымша орнатылған қосымшалардың тізімін алады.', 'device_info'],
  ['en', 'The app collects the list of installed apps.', 'device_info'],
  // location from base stations and movements
  ['ru', 'Оператор определяет район по данным базовых станций.', 'geolocation'],
  ['ru', 'Передаются обобщенные сведения о перемещениях абонента.', 'geolocation'],
  ['en', 'We estimate your area from cell tower data.', 'geolocation'],
  ['en', "We use your device's location to find branches.", 'geolocation'],
  ['en', 'Location: read once when you apply.', 'geolocation'],
  // contact lists
  ['ru', 'Приложение читает перечень ваших контактов.', 'contact_book'],
  ['kk', 'Қосымша контактілер тізімін оқиды.', 'contact_book'],
  // crash and diagnostic reports are the app's system journal
  ['ru', 'Приложение отправляет отчёты о сбоях.', 'access_logs'],
  ['ru', 'Мы храним журналы ошибок.', 'access_logs'],
  ['en', 'The app sends crash reports and diagnostic events.', 'access_logs'],
  // usage and audience measurement
  ['ru', 'Счетчик ведет подсчет посещаемости сайта.', 'usage_data'],
  ['ru', 'Счетчик ведет подсчет посещаемости сайта.', 'purpose_analytics'],
  ['en', 'We see which screens are used most.', 'usage_data'],
  // marketing
  ['ru', 'Банк направляет сообщения о новых продуктах.', 'purpose_advertising'],
  ['ru', 'Сайт использует ремаркетинг.', 'purpose_advertising'],
  ['en', 'We use retargeting.', 'purpose_advertising'],
  // recipients
  ['ru', 'Страховщик передает сведения перестраховочным организациям.', 'third_party_sharing'],
  ['ru', 'Данные передаются банку-кредитору.', 'third_party_sharing'],
  ['ru', 'Оператор связи предоставляет сведения микрофинансовой организации.', 'third_party_sharing'],
  ['ru', 'Сведения передаются уполномоченному органу.', 'third_party_sharing'],
  ['kk', 'Ұйым деректерді банкке береді.', 'third_party_sharing'],
  ['kk', 'Ұйым деректерді кредиттік бюролармен алмасады.', 'third_party_sharing'],
  ['en', 'Your repayment history is reported to credit bureaus.', 'third_party_sharing'],
  ['en', 'We exchange records with credit bureaus.', 'third_party_sharing'],
  ['ru', 'Банк вправе сообщать сведения работодателю клиента.', 'third_party_sharing'],
  ['kk', 'Ломбард коллекторлық агенттікті тартуға құқылы.', 'third_party_sharing'],
  ['en', 'We share data with merchants you buy from.', 'third_party_sharing'],
  ['en', 'We share your information with reinsurers and loss adjusters.', 'third_party_sharing'],
  ['en', 'We collect your driving licence number.', 'id_document'],
  ['en', 'We record the phone numbers of witnesses.', 'contact_persons'],
  // which pages or screens are used
  ['ru', 'Мы анализируем, какие страницы посещаются чаще.', 'usage_data'],
  ['en', 'We use Firebase to understand how the app is used.', 'usage_data'],
];

describe('finance vocabulary', () => {
  it.each(DECLARED)('%s: «%s» declares %s', (language, sentence, category) => {
    expect(statusOf(parse(`${FRAMES[language] ?? ''}${sentence}`), category)).toBe('declared');
  });

  it('ru: «в настройках браузера» is no browser data, in either lexicon', () => {
    expect(statusOf(parse(`${RU_FRAME}Сайт сохраняет cookie-файлы; их можно отключить в настройках браузера.`), 'browser_info')).toBe('silent');
    expect(statusOf(parse(`${KK_FRAME}Браузеріңіз туралы ақпарат жиналады.`), 'browser_info')).toBe('declared');
  });

  it('kk: «телефон арқылы» is a channel, in either lexicon', () => {
    expect(statusOf(parse(`${KK_FRAME}Сақтандырушы телефон арқылы сөйлесулерді жазып алады.`), 'phone')).toBe('silent');
  });

  it('en: a photo gallery is no photo of the person, an office location no geolocation', () => {
    expect(statusOf(parse(`${EN_FRAME}We do not access your photo gallery.`), 'face_image')).toBe('silent');
    expect(statusOf(parse(`${EN_FRAME}The office location of the company is Almaty.`), 'geolocation')).toBe('silent');
  });

  it('kk: «табысты» (successful) is no income', () => {
    expect(statusOf(parse(`${KK_FRAME}Өтінім табысты қаралды.`), 'financial_status')).toBe('silent');
  });

  it('kk: a bank as the subject is no recipient', () => {
    expect(statusOf(parse(`${KK_FRAME}Банк деректерді береді.`), 'third_party_sharing')).toBe('silent');
  });
});
