/** A typed value seen in a third-party request: evidence of key logging, under the field's own category. */
import type { ThirdParty } from '../../schema/observation';
import { hostOf } from '../../trackers/site';
import type { KeyedDraft } from '../keyed-draft';
import type { Leak } from './leak-watch';

export function leakDraft(leak: Leak, pageUrl: string, describe: (url: string) => ThirdParty): KeyedDraft {
  const { typed, request, hit } = leak;
  return {
    key: ['leak', typed.category, typed.selector, hostOf(request.url) ?? '', hit.encoding].join('|'),
    draft: {
      category: typed.category,
      kind: 'value_leak',
      at: request.at,
      pageUrl,
      frameUrl: request.frameUrl,
      thirdParty: describe(request.url),
      detail: { kind: 'value_leak', fieldCategory: typed.category, fieldLabel: typed.label.slice(0, 200),
        encoding: hit.encoding, url: request.url.slice(0, 2048), where: hit.where },
    },
  };
}
