/** The five lenders' published policies ship inside the extension, read verbatim from policies/. */
import { bundledTexts, type PolicyText } from './policy-state';

const FILES = import.meta.glob<string>('../../policies/*/policy.txt', { query: '?raw', import: 'default', eager: true });

export const BUNDLED_POLICIES: ReadonlyMap<string, PolicyText> = bundledTexts(FILES);
