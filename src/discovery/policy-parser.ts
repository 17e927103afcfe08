/**
 * Parsing a policy's text, handed to the code that needs it rather than imported: in Chromium the
 * parser runs beside pdf.js in the offscreen document (src/discovery/parse/), so the service worker
 * does not evaluate the parser's lexicons and rules at every wake. Firefox's background, the pages
 * and the command line call it directly.
 */
import type { ParseOptions, ParseResult } from '../policy/types';

/** Rejects only when the parser could not be reached; a text it refuses is a result, not an error. */
export type PolicyParser = (text: string, options: ParseOptions) => Promise<ParseResult>;
