/** Messages of the rules about how the site behaves: plain HTTP, permission prompts, consent boxes. */
import { categoryInfo, type CategoryId } from '../../categories';
import type { Message } from '../../schema/report';
import { quotesOf } from '../policy-quotes';
import type { Stance } from '../stance';
import { policyCondition, policyUnknown } from './policy-clauses';
import { clip, distinct, inAllLanguages, listSome, quoted, sectionSuffix, type Lang } from './text';

export type InsecureWhat = 'page' | 'form_action' | 'subresource';

const WHAT_NAMES: Readonly<Record<InsecureWhat, Record<Lang, string>>> = {
  page: { ru: 'страница', kk: 'бет', en: 'page' },
  form_action: { ru: 'отправка формы', kk: 'форманы жіберу', en: 'form action' },
  subresource: { ru: 'подгружаемый ресурс', kk: 'қосымша ресурс', en: 'subresource' },
};

export function insecureMessage(items: readonly { what: InsecureWhat; url: string }[], stance: Stance | null): Message {
  return inAllLanguages((lang) => {
    const list = listSome(distinct(items.map((i) => `${WHAT_NAMES[i.what][lang]} ${clip(i.url, 100)}`)), lang);
    const fact = lang === 'ru' ? `Сайт передаёт данные по незашифрованному HTTP: ${list}.`
      : lang === 'kk' ? `Сайт деректерді шифрланбаған HTTP арқылы береді: ${list}.`
        : `The site transmits data over unencrypted HTTP: ${list}.`;
    if (stance === null) return `${fact} ${policyUnknown(lang)}`;
    const at = sectionSuffix(quotesOf(stance.statements), lang);
    if (lang === 'ru') return `${fact} Политика конфиденциальности обещает передачу по защищённому каналу HTTPS${at}.`;
    if (lang === 'kk') return `${fact} Құпиялылық саясаты деректерді HTTPS қорғалған арнасы арқылы беруге уәде етеді${at}.`;
    return `${fact} The privacy policy promises encrypted HTTPS transmission${at}.`;
  });
}

export function permissionMessage(category: CategoryId, apis: readonly string[], stance: Stance | null): Message {
  return inAllLanguages((lang) => {
    const label = quoted(categoryInfo(category).label[lang], lang);
    const calls = distinct(apis).join(', ');
    const fact = lang === 'ru' ? `Сайт запросил разрешение ${label} до какого-либо действия пользователя (${calls}).`
      : lang === 'kk' ? `Сайт пайдаланушы ешқандай әрекет жасамай тұрып ${label} рұқсатын сұрады (${calls}).`
        : `The site asked for the ${label} permission before any user action (${calls}).`;
    if (stance === null) return `${fact} ${policyUnknown(lang)}`;
    const at = sectionSuffix(quotesOf(stance.statements), lang);
    const framing = lang === 'ru' ? `Политика же представляет это как выбор пользователя${at}.`
      : lang === 'kk' ? `Ал саясат мұны пайдаланушының өз таңдауы ретінде көрсетеді${at}.`
        : `The policy presents this as the user's choice${at}.`;
    const condition = stance.statements.find((d) => d.condition)?.condition;
    return [fact, framing, ...(condition ? [policyCondition(condition, lang)] : [])].join(' ');
  });
}

export function precheckedMessage(labels: readonly string[]): Message {
  return inAllLanguages((lang) => {
    const boxes = listSome(distinct(labels.map((l) => quoted(clip(l, 120), lang))), lang);
    if (lang === 'ru') return `Флажок согласия на обработку персональных данных отмечен заранее, до действия пользователя: ${boxes}. Согласие должно выражаться действием самого пользователя.`;
    if (lang === 'kk') return `Дербес деректерді өңдеуге келісім белгісі пайдаланушы әрекетінсіз алдын ала қойылған: ${boxes}. Келісімді пайдаланушының өзі әрекет арқылы беруі тиіс.`;
    return `A consent checkbox for personal data processing was ticked before the user touched it: ${boxes}. Consent has to be given by the user's own action.`;
  });
}
