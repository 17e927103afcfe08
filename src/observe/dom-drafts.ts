/**
 * DOM reports from the isolated world become observations: classified fields, forms that post
 * insecurely or to a third party, and consent checkboxes (with whether they came pre-checked).
 */
import type { DomEvent } from '../schema/dom-events';
import type { ThirdParty } from '../schema/observation';
import { isThirdParty, isWebUrl } from '../trackers/site';
import type { KeyedDraft, Where } from './keyed-draft';
import { insecureDraft } from './network/insecure-drafts';

type Describe = (url: string) => ThirdParty;

function base(where: Where) {
  return { at: where.at, pageUrl: where.pageUrl, frameUrl: where.frameUrl, thirdParty: null };
}

function formDrafts(event: Extract<DomEvent, { type: 'form' }>, where: Where, describe: Describe): KeyedDraft[] {
  if (!isWebUrl(event.action)) return [];
  const insecure = event.action.startsWith('http://');
  const thirdPartyAction = isThirdParty(event.action, where.pageUrl);
  const drafts = [insecureDraft(event.action, 'form_action', where)].flatMap((d) => d ?? []);
  // An ordinary first-party HTTPS form is evidenced by its fields; only a form sending elsewhere is news.
  if (insecure || thirdPartyAction) {
    drafts.push({
      key: ['form', event.action.slice(0, 300), event.method].join('|'),
      draft: { ...base(where), category: thirdPartyAction ? 'third_party_sharing' : 'secure_transmission', kind: 'form',
        thirdParty: thirdPartyAction ? describe(event.action) : null,
        detail: { kind: 'form', action: event.action, method: event.method, insecure, thirdPartyAction,
          fieldCount: event.fieldCount } },
    });
  }
  return drafts;
}

export function domDrafts(event: DomEvent, where: Where, describe: Describe): KeyedDraft[] {
  switch (event.type) {
    case 'field':
      return [{
        key: ['field', event.category, event.selector, where.frameUrl].join('|'),
        draft: { ...base(where), category: event.category, kind: 'form_field',
          detail: { kind: 'form_field', label: event.label, name: event.name, inputType: event.inputType,
            autocomplete: event.autocomplete, evidence: event.evidence, selector: event.selector,
            confidence: event.confidence } },
      }];
    case 'form':
      return formDrafts(event, where, describe);
    case 'consent':
      return [{
        key: ['consent', event.selector, where.frameUrl].join('|'),
        draft: { ...base(where), category: 'personal_data_generic', kind: 'consent_checkbox',
          detail: { kind: 'consent_checkbox', label: event.label, prechecked: event.prechecked, selector: event.selector } },
      }];
    case 'typed':
      return [];
  }
}
