/** An observation before the store gives it an id, with the key under which repeats coalesce. */
import type { Draft } from '../storage/observation-store';

export interface KeyedDraft { key: string; draft: Draft }

export interface Where { pageUrl: string; frameUrl: string; at: string }
