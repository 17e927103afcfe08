/** Interface text in Russian, Kazakh and English. Category labels live with the categories. */
import type { UiLanguage } from './language';

const STRINGS = {
  appName: { ru: 'Аудитор конфиденциальности', kk: 'Құпиялылық аудиторы', en: 'Privacy auditor' },
  recorded: { ru: 'Записано', kk: 'Жазылды', en: 'Recorded' },
  deviceRequests: { ru: 'Запросы к устройству', kk: 'Құрылғыға сұраулар', en: 'Device requests' },
  cookies: { ru: 'Файлы cookie', kk: 'Cookie файлдары', en: 'Cookies' },
  thirdParties: { ru: 'Третьи стороны', kk: 'Үшінші тараптар', en: 'Third parties' },
  nothingYet: { ru: 'Пока ничего не записано. Откройте страницы сайта и заполните форму заявки — расширение записывает всё, что сайт собирает.',
    kk: 'Әзірге ештеңе жазылмады. Сайт беттерін ашып, өтінім формасын толтырыңыз — кеңейтім сайт жинайтынның бәрін жазады.',
    en: 'Nothing recorded yet. Browse the site and fill in its application form — the extension records everything the site collects.' },
  notAWebPage: { ru: 'Эта вкладка — не веб-сайт. Откройте сайт кредитора.',
    kk: 'Бұл қойынды веб-сайт емес. Кредитордың сайтын ашыңыз.',
    en: 'This tab is not a website. Open a lender’s site.' },
  limitReached: { ru: 'Достигнут предел хранения: часть наблюдений не записана', kk: 'Сақтау шегіне жетті: кейбір бақылаулар жазылмады',
    en: 'Storage limit reached: some observations were not recorded' },
  gesture: { ru: 'после действия пользователя', kk: 'пайдаланушы әрекетінен кейін', en: 'after a user gesture' },
  noGesture: { ru: 'без действия пользователя', kk: 'пайдаланушы әрекетінсіз', en: 'without a user gesture' },
  times: { ru: 'раз', kk: 'рет', en: 'times' },
  firstParty: { ru: 'собственный', kk: 'өз', en: 'first party' },
  thirdParty: { ru: 'сторонний', kk: 'бөгде', en: 'third party' },
  unknownOperator: { ru: 'оператор неизвестен', kk: 'операторы белгісіз', en: 'unknown operator' },
  requests: { ru: 'запросов', kk: 'сұрау', en: 'requests' },
  language: { ru: 'Язык', kk: 'Тіл', en: 'Language' },
} as const;

export type StringKey = keyof typeof STRINGS;

export function t(lang: UiLanguage, key: StringKey): string {
  return STRINGS[key][lang];
}
