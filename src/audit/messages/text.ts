/** Small wording helpers shared by the rule messages (Russian, Kazakh, English). */
import type { Message } from '../../schema/report';
import type { PolicyQuote } from '../policy-quotes';

export type Lang = keyof Message;

export const LANGS: readonly Lang[] = ['ru', 'kk', 'en'];

/** Builds a Message by calling the same wording function for every language. */
export function inAllLanguages(write: (lang: Lang) => string): Message {
  return { ru: write('ru'), kk: write('kk'), en: write('en') };
}

/** Site-supplied text is shortened so one hostile label cannot swamp a message. */
export function clip(text: string, max = 60): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  return folded.length > max ? `${folded.slice(0, max - 1)}…` : folded;
}

export function quoted(text: string, lang: Lang): string {
  return lang === 'en' ? `“${text}”` : `«${text}»`;
}

export function distinct(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

/** «п. 4.2» / «4.2-тармақ» / «section 4.2» for the numbered quotes; empty when none is numbered. */
export function sectionRef(quotes: readonly PolicyQuote[], lang: Lang): string {
  const numbers = distinct(quotes.flatMap((q) => (q.section ? [q.section] : [])));
  if (numbers.length === 0) return '';
  const list = numbers.join(', ');
  const many = numbers.length > 1;
  if (lang === 'ru') return `${many ? 'пп.' : 'п.'} ${list}`;
  if (lang === 'kk') return `${list}-${many ? 'тармақтар' : 'тармақ'}`;
  return `${many ? 'sections' : 'section'} ${list}`;
}

/** « (п. 4.2)» or nothing, for appending to a clause. */
export function sectionSuffix(quotes: readonly PolicyQuote[], lang: Lang): string {
  const ref = sectionRef(quotes, lang);
  return ref ? ` (${ref})` : '';
}

/** Up to `max` items, then «и ещё N» / «тағы N» / «and N more». */
export function listSome(items: readonly string[], lang: Lang, max = 3): string {
  const shown = items.slice(0, max).join(', ');
  const rest = items.length - max;
  if (rest <= 0) return shown;
  if (lang === 'ru') return `${shown} и ещё ${rest}`;
  if (lang === 'kk') return `${shown} және тағы ${rest}`;
  return `${shown} and ${rest} more`;
}
