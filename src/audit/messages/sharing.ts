/** Messages of the rules about data leaving the site: third parties and transfers abroad. */
import type { Message } from '../../schema/report';
import { quotesOf } from '../policy-quotes';
import { isPositive, type Stance } from '../stance';
import type { Recipient } from '../third-party';
import { describeOperator, describeRecipient } from './recipients';
import { stanceClauses } from './stance-clauses';
import { inAllLanguages, listSome, sectionSuffix, type Lang } from './text';

function sharingNotDeclared(lang: Lang): string {
  if (lang === 'ru') return 'Политика конфиденциальности не заявляет о передаче данных третьим лицам.';
  if (lang === 'kk') return 'Құпиялылық саясатында деректерді үшінші тұлғаларға беру мәлімделмеген.';
  return 'The privacy policy does not declare sharing data with third parties.';
}

export function thirdPartyMessage(recipient: Recipient, stance: Stance | null): Message {
  return inAllLanguages((lang) => {
    const who = describeRecipient(recipient, lang);
    const fact = lang === 'ru' ? `Данные передаются третьей стороне: ${who}.`
      : lang === 'kk' ? `Деректер үшінші тарапқа жіберіледі: ${who}.`
        : `Data is sent to a third party: ${who}.`;
    return [fact, ...stanceClauses(stance, lang, { silent: sharingNotDeclared })].join(' ');
  });
}

function crossBorderNotDeclared(sharing: Stance | null) {
  return (lang: Lang): string => {
    if (sharing && isPositive(sharing.status)) {
      const at = sectionSuffix(quotesOf(sharing.statements), lang);
      if (lang === 'ru') return `Политика упоминает передачу третьим лицам${at}, но не трансграничную передачу.`;
      if (lang === 'kk') return `Саясатта үшінші тұлғаларға беру аталады${at}, бірақ трансшекаралық беру мәлімделмеген.`;
      return `The policy mentions sharing with third parties${at} but not cross-border transfer.`;
    }
    if (lang === 'ru') return 'Политика конфиденциальности не заявляет о трансграничной передаче данных.';
    if (lang === 'kk') return 'Құпиялылық саясатында деректерді трансшекаралық беру мәлімделмеген.';
    return 'The privacy policy does not declare cross-border transfer of data.';
  };
}

export function crossBorderMessage(recipient: Recipient, stance: Stance | null, sharing: Stance | null): Message {
  return inAllLanguages((lang) => {
    const operator = describeOperator(recipient, lang);
    const domains = listSome(recipient.domains, lang);
    const fact = lang === 'ru' ? `Данные передаются за рубеж: ${operator}, домены: ${domains}.`
      : lang === 'kk' ? `Деректер шетелге жіберіледі: ${operator}, домендер: ${domains}.`
        : `Data is transferred abroad to ${operator} via ${domains}.`;
    return [fact, ...stanceClauses(stance, lang, { silent: crossBorderNotDeclared(sharing) })].join(' ');
  });
}
