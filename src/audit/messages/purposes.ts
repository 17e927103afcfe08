/** Messages of undeclared_advertising and undeclared_analytics. */
import type { Message } from '../../schema/report';
import type { Stance } from '../stance';
import type { Recipient } from '../third-party';
import { describeRecipients } from './recipients';
import { stanceClauses } from './stance-clauses';
import { inAllLanguages, type Lang } from './text';

function advertisingNotDeclared(lang: Lang): string {
  if (lang === 'ru') return 'Политика конфиденциальности не заявляет об использовании данных в рекламных целях.';
  if (lang === 'kk') return 'Құпиялылық саясатында деректерді жарнама мақсатында пайдалану мәлімделмеген.';
  return 'The privacy policy does not declare using data for advertising.';
}

function analyticsNotDeclared(lang: Lang): string {
  if (lang === 'ru') return 'Политика конфиденциальности не заявляет ни аналитику, ни сбор данных об использовании сайта.';
  if (lang === 'kk') return 'Құпиялылық саясатында талдау да, сайтты пайдалану деректерін жинау да мәлімделмеген.';
  return 'The privacy policy declares neither analytics nor the collection of usage data.';
}

export function advertisingMessage(recipients: readonly Recipient[], stance: Stance | null): Message {
  return inAllLanguages((lang) => {
    const who = describeRecipients(recipients, lang);
    const fact = lang === 'ru' ? `На сайте работают рекламные трекеры: ${who}.`
      : lang === 'kk' ? `Сайтта жарнамалық трекерлер жұмыс істейді: ${who}.`
        : `Advertising trackers are present on the site: ${who}.`;
    return [fact, ...stanceClauses(stance, lang, { silent: advertisingNotDeclared })].join(' ');
  });
}

export function analyticsMessage(recipients: readonly Recipient[], stance: Stance | null): Message {
  return inAllLanguages((lang) => {
    const who = describeRecipients(recipients, lang);
    const fact = lang === 'ru' ? `На сайте работают аналитические трекеры: ${who}.`
      : lang === 'kk' ? `Сайтта талдау трекерлері жұмыс істейді: ${who}.`
        : `Analytics trackers are present on the site: ${who}.`;
    return [fact, ...stanceClauses(stance, lang, { silent: analyticsNotDeclared })].join(' ');
  });
}
