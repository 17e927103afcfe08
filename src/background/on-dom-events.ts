/** DOM reports from the isolated world: fields, forms, consent boxes, and typed values to watch for leaks. */
import { domDrafts } from '../observe/dom-drafts';
import { leakDraft } from '../observe/leaks/leak-drafts';
import type { DomEvent } from '../schema/dom-events';
import { recordAll } from './record';
import { senderPage, type ContentSender } from './sender-page';
import type { Services } from './services';

export async function onDomEvents(services: Services, sender: ContentSender, events: DomEvent[]): Promise<void> {
  const resolved = await senderPage(services, sender);
  if (!resolved) return;
  const { page, where } = resolved;
  for (const event of events) {
    if (event.type === 'typed') {
      const leaks = await services.leaks.typed(sender.tabId, event);
      await recordAll(services, page.site, leaks.map((leak) => leakDraft(leak, page.pageUrl, services.trackers.describe)));
    } else {
      await recordAll(services, page.site, domDrafts(event, where, services.trackers.describe));
    }
  }
}
