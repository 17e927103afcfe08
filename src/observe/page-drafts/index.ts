/** Every page-world event, turned into keyed observation drafts. */
import type { PageEvent } from '../../schema/messages';
import { deviceDrafts } from '../device-events';
import type { KeyedDraft, Where } from '../keyed-draft';
import { apiReadDrafts } from './api-read-drafts';
import type { Describe } from './attributed-frame';
import { cookieWriteDrafts } from './cookie-write-drafts';
import { fingerprintDrafts } from './fingerprint-drafts';
import { storageDrafts } from './storage-drafts';

export function pageEventDrafts(event: PageEvent, where: Where, describe: Describe): KeyedDraft[] {
  switch (event.type) {
    case 'device': return deviceDrafts(event, where);
    case 'fingerprint': return fingerprintDrafts(event, where, describe);
    case 'storage-write': return storageDrafts(event, where, describe);
    case 'cookie-write': return cookieWriteDrafts(event, where, describe);
    case 'api-read': return apiReadDrafts(event, where, describe);
  }
}
