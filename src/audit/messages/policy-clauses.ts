/** Sentences about what the policy says, appended after the sentence stating the observed fact. */
import type { PolicyQuote } from '../policy-quotes';
import { quoted, sectionSuffix, type Lang } from './text';

export function policyUnknown(lang: Lang): string {
  if (lang === 'ru') return 'Политика конфиденциальности для аудита недоступна, поэтому сверить это с ней невозможно.';
  if (lang === 'kk') return 'Аудит кезінде құпиялылық саясаты қолжетімсіз болды, сондықтан мұны онымен салыстыру мүмкін емес.';
  return 'No privacy policy was available for this audit, so this could not be checked against it.';
}

export function policyDenies(quotes: readonly PolicyQuote[], lang: Lang): string {
  const at = sectionSuffix(quotes, lang);
  if (lang === 'ru') return `Политика конфиденциальности утверждает обратное${at}.`;
  if (lang === 'kk') return `Құпиялылық саясаты мұны жоққа шығарады${at}.`;
  return `The privacy policy states the opposite${at}.`;
}

export function policyDeclares(quotes: readonly PolicyQuote[], lang: Lang): string {
  const at = sectionSuffix(quotes, lang);
  if (lang === 'ru') return `Это заявлено в политике конфиденциальности${at}.`;
  if (lang === 'kk') return `Бұл құпиялылық саясатында мәлімделген${at}.`;
  return `This is declared in the privacy policy${at}.`;
}

export function policyAlsoDenies(denials: readonly PolicyQuote[], lang: Lang): string {
  const at = sectionSuffix(denials, lang);
  if (lang === 'ru') return `При этом в другом месте политика это отрицает${at}: формулировки противоречат друг другу.`;
  if (lang === 'kk') return `Алайда саясаттың басқа жерінде бұл жоққа шығарылады${at}: тұжырымдар бір-біріне қайшы.`;
  return `Elsewhere the policy denies it${at}, so its wording is contradictory.`;
}

export function policyCondition(condition: string, lang: Lang): string {
  if (lang === 'ru') return `Политика ставит условие: ${quoted(condition, lang)}.`;
  if (lang === 'kk') return `Саясатта шарт қойылған: ${quoted(condition, lang)}.`;
  return `The policy makes it conditional: ${quoted(condition, lang)}.`;
}
