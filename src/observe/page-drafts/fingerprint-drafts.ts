/** Fingerprinting techniques the page world detected (src/page/hook-canvas|webgl|audio|fonts.ts). */
import type { PageEvent } from '../../schema/messages';
import type { KeyedDraft, Where } from '../keyed-draft';
import { attributedFrame, frameParty, type Describe } from './attributed-frame';

type FingerprintEvent = Extract<PageEvent, { type: 'fingerprint' }>;

export function fingerprintDrafts(event: FingerprintEvent, where: Where, describe: Describe): KeyedDraft[] {
  const frameUrl = attributedFrame(event, where);
  return [{
    key: ['fingerprint', event.technique, event.evidence, frameUrl].join('|'),
    draft: {
      category: 'fingerprinting',
      kind: 'fingerprint',
      at: where.at,
      pageUrl: where.pageUrl,
      frameUrl,
      thirdParty: frameParty(frameUrl, where, describe),
      detail: { kind: 'fingerprint', technique: event.technique, evidence: event.evidence, count: event.count },
    },
  }];
}
