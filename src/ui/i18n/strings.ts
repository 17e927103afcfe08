/** Interface text in Russian, Kazakh and English. Category labels live with the categories. */
import { DISCOVERY_STRINGS } from './discovery-strings';
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
  policySays: { ru: 'Что говорит политика', kk: 'Саясат не дейді', en: 'What the policy says' },
  policySilent: { ru: 'Политика об этом молчит.', kk: 'Саясатта бұл туралы ештеңе жоқ.', en: 'The policy says nothing about this.' },
  policyNotApplicable: { ru: 'Оценивается независимо от политики.', kk: 'Саясатқа қарамастан бағаланады.', en: 'Judged regardless of the policy.' },
  siteDid: { ru: 'Что сделал сайт', kk: 'Сайт не істеді', en: 'What the site did' },
  frame: { ru: 'фрейм', kk: 'фрейм', en: 'frame' },
  tabFindings: { ru: 'Нарушения', kk: 'Бұзушылықтар', en: 'Discrepancies' },
  tabConsistent: { ru: 'Соответствует', kk: 'Сәйкес', en: 'Consistent' },
  tabPolicy: { ru: 'Политика', kk: 'Саясат', en: 'Policy' },
  tabRecord: { ru: 'Журнал', kk: 'Журнал', en: 'Record' },
  noDiscrepancies: { ru: 'Расхождений с политикой не найдено.', kk: 'Саясатпен алшақтық табылмады.', en: 'No discrepancies with the policy found.' },
  consistentHeading: { ru: 'Собирается и заявлено', kk: 'Жиналады және мәлімделген', en: 'Collected and declared' },
  notObservedHeading: { ru: 'Заявлено, но не наблюдалось в этом визите', kk: 'Мәлімделген, бірақ бұл сапарда байқалмаған', en: 'Declared, not observed on this visit' },
  noPolicy: { ru: 'Политика конфиденциальности для этого сайта неизвестна. Замечания, не зависящие от политики, показаны; чтобы сверить остальное, добавьте политику в настройках расширения.',
    kk: 'Бұл сайттың құпиялылық саясаты белгісіз. Саясатқа тәуелсіз ескертпелер көрсетілді; қалғанын салыстыру үшін кеңейтім баптауларында саясатты қосыңыз.',
    en: 'No privacy policy is known for this site. Findings that do not depend on a policy are shown; to check the rest, add the policy in the extension’s options.' },
  policyUnreadable: { ru: 'Политику не удалось прочитать', kk: 'Саясатты оқу мүмкін болмады', en: 'The policy could not be read' },
  policyFrom: { ru: 'Политика', kk: 'Саясат', en: 'Policy' },
  declarations: { ru: 'заявлений', kk: 'мәлімдеме', en: 'statements' },
  nothingToReport: { ru: 'Для этой вкладки отчёта нет: откройте сайт кредитора, пройдите по нему и откройте отчёт снова.',
    kk: 'Бұл қойынды үшін есеп жоқ: кредитордың сайтын ашып, оны аралап шығыңыз да, есепті қайта ашыңыз.',
    en: 'Nothing to report for this tab: open a lender’s site, browse it, then open the report again.' },
  reportTitle: { ru: 'Отчёт аудита', kk: 'Аудит есебі', en: 'Audit report' },
  print: { ru: 'Печать', kk: 'Басып шығару', en: 'Print' },
  openReport: { ru: 'Открыть отчёт', kk: 'Есепті ашу', en: 'Open report' },
  ...DISCOVERY_STRINGS,
} as const;

export type StringKey = keyof typeof STRINGS;

export function t(lang: UiLanguage, key: StringKey): string {
  return STRINGS[key][lang];
}
