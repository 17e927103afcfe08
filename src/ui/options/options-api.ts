/** What the options page asks of the background, as an interface so the page renders without a browser in tests. */
import * as z from 'zod/mini';
import type { PolicyAttachInput } from '../../schema/discovery-messages';
import { AttachAnswer, StoredPolicySummary } from '../../schema/discovery';

export interface OptionsApi {
  attach(site: string, input: PolicyAttachInput): Promise<AttachAnswer>;
  list(): Promise<StoredPolicySummary[]>;
  remove(site: string): Promise<void>;
}

/** Answers are parsed like any other message: the page shows only what the schema allows. */
export function runtimeOptionsApi(send: (message: unknown) => Promise<unknown>): OptionsApi {
  return {
    attach: async (site, input) => AttachAnswer.parse(await send({ type: 'attach-policy', site, input })),
    list: async () => z.array(StoredPolicySummary).parse(await send({ type: 'list-policies' })),
    remove: async (site) => { await send({ type: 'remove-policy', site }); },
  };
}
