/**
 * The parser loaded on the first policy rather than with the script. In Firefox's background (built
 * as one classic script) the import is inlined; Chromium's worker uses the offscreen document instead.
 */
import type { PolicyParser } from '../policy-parser';

export const parserOnDemand: PolicyParser = async (text, options) => (await import('../../policy/parse')).parsePolicy(text, options);
