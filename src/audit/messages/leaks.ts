/** Message of form_data_leak: which typed value went where, in which encoding. */
import { categoryInfo, type CategoryId } from '../../categories';
import type { ObservationDetail } from '../../schema/observation';
import type { Message } from '../../schema/report';
import { quotesOf } from '../policy-quotes';
import { isPositive, type Stance } from '../stance';
import type { Recipient } from '../third-party';
import { policyDenies } from './policy-clauses';
import { describeRecipients } from './recipients';
import { clip, distinct, inAllLanguages, listSome, quoted, sectionSuffix, type Lang } from './text';

type Encoding = Extract<ObservationDetail, { kind: 'value_leak' }>['encoding'];

const ENCODING_NAMES: Readonly<Record<Encoding, Record<Lang, string>>> = {
  plain: { ru: 'открытый текст', kk: 'ашық мәтін', en: 'plain text' },
  urlencoded: { ru: 'URL-кодирование', kk: 'URL-кодтау', en: 'URL encoding' },
  base64: { ru: 'Base64', kk: 'Base64', en: 'Base64' },
  md5: { ru: 'хеш MD5', kk: 'MD5 хеші', en: 'MD5 hash' },
  sha1: { ru: 'хеш SHA-1', kk: 'SHA-1 хеші', en: 'SHA-1 hash' },
  sha256: { ru: 'хеш SHA-256', kk: 'SHA-256 хеші', en: 'SHA-256 hash' },
};

export interface LeakSummary {
  category: CategoryId;
  fieldLabels: string[];
  encodings: Encoding[];
  recipients: Recipient[];
}

/** The policy's sharing statements are context only: the leak is high whatever they say. */
function sharingContext(stance: Stance | null, lang: Lang): string[] {
  if (stance === null) return [];
  const quotes = quotesOf(stance.statements);
  if (stance.status === 'negated') return [policyDenies(quotes, lang)];
  if (!isPositive(stance.status)) {
    if (lang === 'ru') return ['Политика конфиденциальности о передаче данных третьим лицам ничего не говорит.'];
    if (lang === 'kk') return ['Құпиялылық саясатында деректерді үшінші тұлғаларға беру туралы ештеңе айтылмайды.'];
    return ['The privacy policy says nothing about sharing data with third parties.'];
  }
  const at = sectionSuffix(quotes, lang);
  if (lang === 'ru') return [`Политика упоминает передачу третьим лицам${at}, но не отправку вводимых в форму данных таким получателям.`];
  if (lang === 'kk') return [`Саясатта үшінші тұлғаларға беру аталады${at}, бірақ формаға енгізілген деректерді мұндай алушыларға жіберу туралы айтылмайды.`];
  return [`The policy mentions sharing with third parties${at}, but not that form input is sent to such recipients.`];
}

export function leakMessage(leak: LeakSummary, stance: Stance | null): Message {
  return inAllLanguages((lang) => {
    const label = quoted(categoryInfo(leak.category).label[lang], lang);
    const fields = listSome(distinct(leak.fieldLabels.map((f) => quoted(clip(f), lang))), lang);
    const encodings = distinct(leak.encodings.map((e) => ENCODING_NAMES[e][lang])).join(', ');
    const who = describeRecipients(leak.recipients, lang);
    const fact = lang === 'ru'
      ? `Введённые пользователем данные категории ${label} (поля: ${fields}) отправлены третьей стороне: ${who}; способ кодирования: ${encodings}.`
      : lang === 'kk'
        ? `Пайдаланушы енгізген ${label} санатындағы деректер (өрістер: ${fields}) үшінші тарапқа жіберілді: ${who}; кодтау тәсілі: ${encodings}.`
        : `Values typed into the form as ${label} (fields: ${fields}) were sent to a third party: ${who}; encoding: ${encodings}.`;
    return [fact, ...sharingContext(stance, lang)].join(' ');
  });
}
