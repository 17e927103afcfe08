/**
 * Where a page event happened. Events from a child frame the hooks patched from its parent arrive
 * through the parent's relay, so the sender's URL is the parent's; an about:blank or srcdoc child is
 * named as such (the rule device-events.ts applies). A cross-site frame that fingerprints or reads
 * device data (an embedded tracker) is named as the third party doing it.
 */
import type { PageEvent } from '../../schema/messages';
import type { ThirdParty } from '../../schema/observation';
import { isThirdParty, isWebUrl } from '../../trackers/site';
import type { Where } from '../keyed-draft';

export type Describe = (url: string) => ThirdParty;

export function attributedFrame(event: PageEvent, where: Where): string {
  return event.childFrame && event.childFrame !== 'same-origin' ? event.childFrame : where.frameUrl;
}

export function frameParty(frameUrl: string, where: Where, describe: Describe): ThirdParty | null {
  return isWebUrl(frameUrl) && isThirdParty(frameUrl, where.pageUrl) ? describe(frameUrl) : null;
}
