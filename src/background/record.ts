/** Stores keyed drafts for the site a tab is showing. */
import type { KeyedDraft } from '../observe/keyed-draft';
import type { Services } from './services';

export async function recordAll(services: Services, site: string, drafts: KeyedDraft[]): Promise<void> {
  for (const { key, draft } of drafts) await services.store.record(site, key, draft);
}
