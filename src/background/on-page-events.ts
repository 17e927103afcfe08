/** Page-world reports relayed by the content script: checked sender, parsed again, attributed here. */
import { deviceDrafts } from '../observe/device-events';
import type { PageEvent } from '../schema/messages';
import { recordAll } from './record';
import type { Services } from './services';

import { senderPage, type ContentSender } from './sender-page';

export async function onPageEvents(services: Services, sender: ContentSender, events: PageEvent[]): Promise<void> {
  const resolved = await senderPage(services, sender);
  if (!resolved) return;
  const { page, where } = resolved;
  for (const event of events) {
    if (event.type === 'device') await recordAll(services, page.site, deviceDrafts(event, where));
  }
}
