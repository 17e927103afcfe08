/**
 * Storage writes become tracking-technology observations only when the value looks like an
 * identifier: a page remembering its theme or an open menu collects nothing about the person.
 */
import type { PageEvent } from '../../schema/messages';
import type { KeyedDraft, Where } from '../keyed-draft';
import { attributedFrame, frameParty, type Describe } from './attributed-frame';
import { isIdentifierLike } from './identifier-like';

type StorageEvent = Extract<PageEvent, { type: 'storage-write' }>;

export function storageDrafts(event: StorageEvent, where: Where, describe: Describe): KeyedDraft[] {
  if (!isIdentifierLike(event.sample)) return [];
  const frameUrl = attributedFrame(event, where);
  const valueSample = event.length > event.sample.length ? `${event.sample}…` : event.sample;
  return [{
    key: ['storage', event.area, event.key, frameUrl].join('|'),
    draft: {
      category: 'tracking_technologies',
      kind: 'storage_write',
      at: where.at,
      pageUrl: where.pageUrl,
      frameUrl,
      thirdParty: frameParty(frameUrl, where, describe),
      detail: { kind: 'storage_write', area: event.area, key: event.key, valueSample, identifierLike: true,
        count: event.count },
    },
  }];
}
