/** Reads of device and browser characteristics, one observation per API with how often it was read. */
import type { CategoryId } from '../../categories';
import type { PageEvent } from '../../schema/messages';
import type { KeyedDraft, Where } from '../keyed-draft';
import { attributedFrame, frameParty, type Describe } from './attributed-frame';

type ApiReadEvent = Extract<PageEvent, { type: 'api-read' }>;

/** What the browser is (browser_info) as against what the device is (device_info). */
export function readCategory(api: ApiReadEvent['api']): CategoryId {
  switch (api) {
    case 'navigator.userAgent':
    case 'navigator.userAgentData.getHighEntropyValues':
    case 'navigator.plugins':
    case 'navigator.languages':
      return 'browser_info';
    default:
      return 'device_info';
  }
}

export function apiReadDrafts(event: ApiReadEvent, where: Where, describe: Describe): KeyedDraft[] {
  const frameUrl = attributedFrame(event, where);
  const category = readCategory(event.api);
  return [{
    key: ['api_read', event.api, frameUrl].join('|'),
    draft: {
      category,
      kind: 'api_read',
      at: where.at,
      pageUrl: where.pageUrl,
      frameUrl,
      thirdParty: frameParty(frameUrl, where, describe),
      detail: { kind: 'api_read', api: event.api, count: event.count },
    },
  }];
}
