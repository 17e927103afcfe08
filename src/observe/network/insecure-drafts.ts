/** Plain-http pages, subresources and form actions contradict a policy's claim of encrypted transmission. */
import type { KeyedDraft, Where } from '../keyed-draft';

export type InsecureWhat = 'page' | 'form_action' | 'subresource';

export function insecureDraft(url: string, what: InsecureWhat, where: Where): KeyedDraft | null {
  if (!url.startsWith('http://')) return null;
  return {
    key: ['insecure', what, url.slice(0, 300)].join('|'),
    draft: {
      category: 'secure_transmission',
      kind: 'insecure_transport',
      at: where.at,
      pageUrl: where.pageUrl,
      frameUrl: where.frameUrl,
      thirdParty: null,
      detail: { kind: 'insecure_transport', url: url.slice(0, 2048), what },
    },
  };
}
