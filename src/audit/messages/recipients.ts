/** Naming the recipients of data: domains, operator and the operator's country. */
import type { Recipient } from '../third-party';
import { countryName } from './countries';
import { clip, listSome, type Lang } from './text';

function operatorClause(recipient: Recipient, lang: Lang): string {
  const { organization, country } = recipient;
  if (organization === null) {
    if (lang === 'ru') return 'оператор неизвестен';
    if (lang === 'kk') return 'операторы белгісіз';
    return 'unknown operator';
  }
  const name = clip(organization);
  if (lang === 'ru') return `оператор: ${name}, ${country === null ? 'страна неизвестна' : countryName(country, lang)}`;
  if (lang === 'kk') return `операторы: ${name}, ${country === null ? 'елі белгісіз' : countryName(country, lang)}`;
  return `operator: ${name}, ${country === null ? 'country unknown' : countryName(country, lang)}`;
}

/** «mc.yandex.ru, yandex.ru (оператор: Yandex LLC, Россия)». */
export function describeRecipient(recipient: Recipient, lang: Lang): string {
  return `${listSome(recipient.domains.map((d) => clip(d)), lang)} (${operatorClause(recipient, lang)})`;
}

export function describeRecipients(recipients: readonly Recipient[], lang: Lang): string {
  return recipients.map((r) => describeRecipient(r, lang)).join('; ');
}

/** The operator alone, for a finding about one foreign operator: «Yandex LLC (Россия)». */
export function describeOperator(recipient: Recipient, lang: Lang): string {
  const name = recipient.organization === null ? clip(recipient.domains[0] ?? '') : clip(recipient.organization);
  return `${name} (${countryName(recipient.country, lang)})`;
}
