/** Page-world reports relayed by the content script: checked sender, parsed again, attributed here. */
import { pageEventDrafts } from '../observe/page-drafts';
import type { PageEvent } from '../schema/messages';
import { recordAll } from './record';
import { senderPage, type ContentSender } from './sender-page';
import type { Services } from './services';

export async function onPageEvents(services: Services, sender: ContentSender, events: PageEvent[]): Promise<void> {
  const resolved = await senderPage(services, sender);
  if (!resolved) return;
  const { page, where } = resolved;
  for (const event of events) {
    await recordAll(services, page.site, pageEventDrafts(event, where, services.trackers.describe));
  }
}
