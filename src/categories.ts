/**
 * The shared vocabulary (shared spec: categories.md). Parser, observers, rules and UI all speak
 * these ids; reports and the command line use them verbatim.
 */
// zod/mini: this module is loaded in every frame by the relay content script, where full zod's
// start-up cost would be paid on each page load; its schemas nest inside full zod ones unchanged.
import * as z from 'zod/mini';
import { lazySchema } from './schema/lazy-schema';

export const CATEGORY_IDS = [
  // A. typed or uploaded
  'name', 'national_id', 'birth_date', 'gender', 'citizenship', 'address', 'id_document', 'phone',
  'email', 'contact_persons', 'bank_card', 'bank_account', 'employment', 'financial_status', 'family',
  'education', 'kyc_status', 'loan_terms', 'credentials', 'social_profile', 'face_image',
  'document_image', 'personal_data_generic',
  // B. device capabilities
  'geolocation', 'camera', 'microphone', 'contact_book',
  // C. automatic
  'ip_address', 'device_info', 'browser_info', 'access_logs', 'usage_data', 'cookies',
  'tracking_technologies', 'fingerprinting', 'session_recording',
  // D. practices
  'purpose_advertising', 'purpose_analytics', 'third_party_sharing', 'cross_border_transfer',
  'secure_transmission', 'retention',
] as const;

export const CategoryId = lazySchema(() => z.enum(CATEGORY_IDS));
export type CategoryId = z.infer<typeof CategoryId>;

export type Section = 'typed' | 'device' | 'automatic' | 'practice';
export type Sensitivity = 'high' | 'medium' | 'low' | 'none';

export interface Labels { ru: string; kk: string; en: string }

export interface CategoryInfo {
  id: CategoryId;
  section: Section;
  sensitivity: Sensitivity;
  label: Labels;
}

function info(id: CategoryId, section: Section, sensitivity: Sensitivity, en: string, ru: string, kk: string): CategoryInfo {
  return { id, section, sensitivity, label: { en, ru, kk } };
}

const TABLE: readonly CategoryInfo[] = [
  info('name', 'typed', 'medium', 'Full name', 'ФИО', 'Аты-жөні'),
  info('national_id', 'typed', 'high', 'National ID (IIN/BIN)', 'ИИН/БИН', 'ЖСН/БСН'),
  info('birth_date', 'typed', 'medium', 'Date of birth', 'Дата рождения', 'Туған күні'),
  info('gender', 'typed', 'low', 'Gender', 'Пол', 'Жынысы'),
  info('citizenship', 'typed', 'low', 'Citizenship', 'Гражданство', 'Азаматтығы'),
  info('address', 'typed', 'medium', 'Address', 'Адрес', 'Мекенжай'),
  info('id_document', 'typed', 'high', 'ID document details', 'Данные удостоверения личности', 'Жеке куәлік деректері'),
  info('phone', 'typed', 'medium', 'Phone number', 'Номер телефона', 'Телефон нөмірі'),
  info('email', 'typed', 'medium', 'Email', 'Эл. почта', 'Эл. пошта'),
  info('contact_persons', 'typed', 'high', "Third persons' contacts", 'Контактные лица', 'Байланыс тұлғалары'),
  info('bank_card', 'typed', 'high', 'Bank card', 'Банковская карта', 'Банктік карта'),
  info('bank_account', 'typed', 'high', 'Bank account (IBAN)', 'Банковский счёт', 'Банктік шот'),
  info('employment', 'typed', 'medium', 'Employment', 'Место работы', 'Жұмыс орны'),
  info('financial_status', 'typed', 'medium', 'Income and debts', 'Доходы и долги', 'Табыс және қарыз'),
  info('family', 'typed', 'medium', 'Family status', 'Семейное положение', 'Отбасы жағдайы'),
  info('education', 'typed', 'low', 'Education', 'Образование', 'Білімі'),
  info('kyc_status', 'typed', 'medium', 'PEP / beneficial owner', 'Статус ИПДЛ / бенефициар', 'ШЖЛТ / бенефициар'),
  info('loan_terms', 'typed', 'low', 'Loan request', 'Параметры займа', 'Қарыз параметрлері'),
  info('credentials', 'typed', 'high', 'Passwords and codes', 'Пароли и коды', 'Құпиясөз және кодтар'),
  info('social_profile', 'typed', 'medium', 'Social network profile', 'Соцсети', 'Әлеуметтік желі'),
  info('face_image', 'typed', 'high', 'Photo/video of the face', 'Фото/видео лица', 'Бет суреті/бейнесі'),
  info('document_image', 'typed', 'high', 'Photo/scan of ID document', 'Фото/скан документа', 'Құжат суреті'),
  info('personal_data_generic', 'typed', 'none', 'Personal data (unspecified)', 'Персональные данные (без перечня)', 'Дербес деректер (тізімсіз)'),
  info('geolocation', 'device', 'high', 'Location', 'Геолокация', 'Геолокация'),
  info('camera', 'device', 'high', 'Camera', 'Камера', 'Камера'),
  info('microphone', 'device', 'high', 'Microphone', 'Микрофон', 'Микрофон'),
  info('contact_book', 'device', 'high', 'Address book', 'Телефонная книга', 'Телефон кітабы'),
  info('ip_address', 'automatic', 'low', 'IP address', 'IP-адрес', 'IP-мекенжай'),
  info('device_info', 'automatic', 'low', 'Device data', 'Данные устройства', 'Құрылғы деректері'),
  info('browser_info', 'automatic', 'low', 'Browser data', 'Данные браузера', 'Браузер деректері'),
  info('access_logs', 'automatic', 'low', 'Access logs', 'Журналы доступа', 'Кіру журналдары'),
  info('usage_data', 'automatic', 'medium', 'Usage and navigation', 'Данные об использовании', 'Пайдалану деректері'),
  info('cookies', 'automatic', 'low', 'Cookies', 'Файлы cookie', 'Cookie'),
  info('tracking_technologies', 'automatic', 'medium', 'Pixels and storage tracking', 'Пиксели и иные технологии', 'Пиксельді тегтер'),
  info('fingerprinting', 'automatic', 'high', 'Browser fingerprinting', 'Цифровой отпечаток', 'Цифрлық із'),
  info('session_recording', 'automatic', 'high', 'Session recording / key logging', 'Запись сессии', 'Сессияны жазу'),
  info('purpose_advertising', 'practice', 'high', 'Advertising / marketing', 'Реклама', 'Жарнама'),
  info('purpose_analytics', 'practice', 'medium', 'Analytics / statistics', 'Аналитика / статистика', 'Талдау / статистика'),
  info('third_party_sharing', 'practice', 'high', 'Sharing with third parties', 'Передача третьим лицам', 'Үшінші тұлғаларға беру'),
  info('cross_border_transfer', 'practice', 'high', 'Cross-border transfer', 'Трансграничная передача', 'Трансшекаралық беру'),
  info('secure_transmission', 'practice', 'high', 'Encrypted transmission (HTTPS)', 'Передача по HTTPS', 'HTTPS арқылы беру'),
  info('retention', 'practice', 'none', 'Retention period', 'Срок хранения', 'Сақтау мерзімі'),
];

export const CATEGORIES: ReadonlyMap<CategoryId, CategoryInfo> = new Map(TABLE.map((c) => [c.id, c]));

export function categoryInfo(id: CategoryId): CategoryInfo {
  const found = CATEGORIES.get(id);
  if (!found) throw new Error(`unknown category ${id}`);
  return found;
}

export function isCategoryId(value: unknown): value is CategoryId {
  return CategoryId.safeParse(value).success;
}
