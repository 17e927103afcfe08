/**
 * What the isolated-world content script reports from the DOM it can read directly: classified form
 * fields, forms, consent checkboxes, and values the visitor typed (kept to check for leaks, never shown).
 * zod/mini, like page-events.ts, because the relay loads it in every frame.
 */
import * as z from 'zod/mini';
import { CategoryId } from '../categories';
import { lazySchema } from './lazy-schema';

const Text = (max: number) => z.string().check(z.maxLength(max));

export const DomEvent = lazySchema(() => z.discriminatedUnion('type', [
  z.object({ type: z.literal('field'), category: CategoryId, label: Text(200), name: Text(200),
    inputType: Text(40), autocomplete: Text(80), evidence: z.array(Text(200)).check(z.maxLength(12)), selector: Text(300),
    confidence: z.enum(['high', 'medium', 'low']), formAction: z.nullable(Text(2048)) }),
  z.object({ type: z.literal('form'), action: Text(2048), method: Text(16),
    fieldCount: z.number().check(z.int(), z.nonnegative()) }),
  z.object({ type: z.literal('consent'), label: Text(300), prechecked: z.boolean(), selector: Text(300) }),
  z.object({ type: z.literal('typed'), category: CategoryId, label: Text(200), selector: Text(300), value: Text(200) }),
]));
export type DomEvent = z.infer<typeof DomEvent>;
