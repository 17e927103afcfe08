/** Interface wording of the printed report in Russian, Kazakh and English. */
import type { FindingStatus, RuleId, Severity } from '../../schema/report';

export type ReportLang = 'ru' | 'kk' | 'en';
type Text = Record<ReportLang, string>;

export const RULE_NAMES: Readonly<Record<RuleId, Text>> = {
  undeclared_collection: { ru: 'Незаявленный сбор данных', kk: 'Мәлімделмеген деректер жинау', en: 'Undeclared collection' },
  vague_declaration: { ru: 'Расплывчатая формулировка', kk: 'Бұлыңғыр тұжырым', en: 'Vague declaration' },
  undeclared_third_party: { ru: 'Незаявленная передача третьим лицам', kk: 'Үшінші тұлғаларға мәлімделмеген беру', en: 'Undeclared third-party sharing' },
  undeclared_cross_border: { ru: 'Незаявленная трансграничная передача', kk: 'Мәлімделмеген трансшекаралық беру', en: 'Undeclared cross-border transfer' },
  undeclared_advertising: { ru: 'Незаявленная реклама', kk: 'Мәлімделмеген жарнама', en: 'Undeclared advertising' },
  undeclared_analytics: { ru: 'Незаявленная аналитика', kk: 'Мәлімделмеген талдау', en: 'Undeclared analytics' },
  form_data_leak: { ru: 'Утечка данных формы', kk: 'Форма деректерінің жылыстауы', en: 'Form data leak' },
  insecure_transmission: { ru: 'Незащищённая передача', kk: 'Қорғалмаған беру', en: 'Insecure transmission' },
  permission_without_gesture: { ru: 'Запрос разрешения без действия пользователя', kk: 'Пайдаланушы әрекетінсіз рұқсат сұрау', en: 'Permission requested without a user gesture' },
  prechecked_consent: { ru: 'Заранее отмеченное согласие', kk: 'Алдын ала белгіленген келісім', en: 'Pre-checked consent' },
  declared_not_observed: { ru: 'Заявлено, но не наблюдалось', kk: 'Мәлімделген, бірақ байқалмаған', en: 'Declared, not observed' },
};

export const STATUS_NAMES: Readonly<Record<FindingStatus, Text>> = {
  undeclared: { ru: 'не заявлено', kk: 'мәлімделмеген', en: 'undeclared' },
  vague: { ru: 'расплывчато', kk: 'бұлыңғыр', en: 'vague' },
  contradicted: { ru: 'противоречит политике', kk: 'саясатқа қайшы', en: 'contradicts the policy' },
  consistent: { ru: 'соответствует политике', kk: 'саясатқа сәйкес', en: 'consistent' },
  not_observed: { ru: 'не наблюдалось', kk: 'байқалмады', en: 'not observed' },
};

export const SEVERITY_NAMES: Readonly<Record<Severity, Text>> = {
  high: { ru: 'Высокая', kk: 'Жоғары', en: 'High' },
  medium: { ru: 'Средняя', kk: 'Орташа', en: 'Medium' },
  low: { ru: 'Низкая', kk: 'Төмен', en: 'Low' },
  info: { ru: 'К сведению', kk: 'Ақпарат үшін', en: 'Info' },
};

export const ORIGIN_NAMES: Readonly<Record<'bundled' | 'attached' | 'discovered' | 'cli', Text>> = {
  bundled: { ru: 'из комплекта поставки', kk: 'жинақтағы', en: 'bundled' },
  attached: { ru: 'приложена аудитором', kk: 'аудитор тіркеген', en: 'attached by the auditor' },
  discovered: { ru: 'найдена на сайте', kk: 'сайттан табылған', en: 'discovered on the site' },
  cli: { ru: 'указана в командной строке', kk: 'командалық жолда көрсетілген', en: 'given on the command line' },
};

export const UI = {
  title: { ru: 'Аудит конфиденциальности', kk: 'Құпиялылық аудиті', en: 'Privacy audit' },
  subtitle: { ru: 'Сверка поведения сайта с его политикой конфиденциальности', kk: 'Сайт әрекетін оның құпиялылық саясатымен салыстыру', en: "The site's behaviour checked against its own privacy policy" },
  site: { ru: 'Сайт', kk: 'Сайт', en: 'Site' },
  auditedAt: { ru: 'Дата аудита', kk: 'Аудит күні', en: 'Audited' },
  tool: { ru: 'Инструмент', kk: 'Құрал', en: 'Tool' },
  browser: { ru: 'Браузер', kk: 'Браузер', en: 'Browser' },
  policySource: { ru: 'Политика', kk: 'Саясат', en: 'Policy' },
  policyHash: { ru: 'SHA-256 политики', kk: 'Саясаттың SHA-256', en: 'Policy SHA-256' },
  integrity: { ru: 'Целостность отчёта (SHA-256)', kk: 'Есептің тұтастығы (SHA-256)', en: 'Report integrity (SHA-256)' },
  noPolicy: { ru: 'не найдена — сверка с политикой не проводилась', kk: 'табылмады — саясатпен салыстыру жүргізілмеді', en: 'not found — no comparison with a policy was made' },
  verdict: { ru: 'Итог', kk: 'Қорытынды', en: 'Verdict' },
  issues: { ru: 'Замечания', kk: 'Ескертпелер', en: 'Findings' },
  noIssues: { ru: 'Замечаний нет.', kk: 'Ескертпелер жоқ.', en: 'No findings.' },
  consistent: { ru: 'Соответствует политике', kk: 'Саясатқа сәйкес', en: 'Consistent with the policy' },
  notObserved: { ru: 'Заявлено, но не наблюдалось', kk: 'Мәлімделген, бірақ байқалмаған', en: 'Declared but not observed' },
  appendix: { ru: 'Приложение: журнал наблюдений', kk: 'Қосымша: бақылаулар журналы', en: 'Appendix: observation log' },
  screenshot: { ru: 'Снимок страницы', kk: 'Бет суреті', en: 'Page screenshot' },
  policyIndependent: { ru: 'Оценивается независимо от текста политики.', kk: 'Саясат мәтініне қарамастан бағаланады.', en: 'Judged regardless of the policy text.' },
  policyUnknown: { ru: 'Политика конфиденциальности неизвестна: сверка не проводилась.', kk: 'Құпиялылық саясаты белгісіз: салыстыру жүргізілмеді.', en: 'Privacy policy unknown: no comparison was made.' },
  moreObservations: { ru: 'ещё наблюдений в приложении', kk: 'бақылау қосымшада', en: 'more observations in the appendix' },
  none: { ru: 'нет', kk: 'жоқ', en: 'none' },
  category: { ru: 'Категория', kk: 'Санат', en: 'Category' },
  finding: { ru: 'Вывод', kk: 'Тұжырым', en: 'Finding' },
  policyWords: { ru: 'Формулировка политики', kk: 'Саясаттағы тұжырым', en: 'Policy wording' },
  time: { ru: 'Время (UTC)', kk: 'Уақыты (UTC)', en: 'Time (UTC)' },
  kind: { ru: 'Тип', kk: 'Түрі', en: 'Kind' },
  frame: { ru: 'Фрейм', kk: 'Фрейм', en: 'Frame' },
  subject: { ru: 'URL / данные', kk: 'URL / деректер', en: 'URL / detail' },
  thirdParty: { ru: 'Третья сторона', kk: 'Үшінші тарап', en: 'Third party' },
  operator: { ru: 'Оператор', kk: 'Оператор', en: 'Operator' },
  country: { ru: 'Страна', kk: 'Елі', en: 'Country' },
} satisfies Record<string, Text>;

/** «п. 4.2» / «4.2-тармақ» / «§ 4.2»; «без номера» when the text has none. */
export function sectionLabel(section: string | null, lang: ReportLang): string {
  if (section === null) return lang === 'ru' ? 'без номера' : lang === 'kk' ? 'нөмірсіз' : 'unnumbered';
  return lang === 'ru' ? `п. ${section}` : lang === 'kk' ? `${section}-тармақ` : `§ ${section}`;
}

/** The silence statement printed where a finding has no policy quote. */
export function silenceStatement(categoryLabel: string, lang: ReportLang): string {
  if (lang === 'ru') return `Политика не упоминает категорию «${categoryLabel}».`;
  if (lang === 'kk') return `Саясатта «${categoryLabel}» санаты аталмайды.`;
  return `The policy does not mention “${categoryLabel}”.`;
}
