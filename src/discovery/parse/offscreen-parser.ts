/**
 * The background's policy parser in Chromium: the text goes to the offscreen document, whose Worker
 * parses it, and the answer is checked against the schema before anything uses it.
 */
import { MAX_SOURCE_CHARS, POLICY_PARSE_REQUEST, PolicyParseReply, type PolicyParseRequest } from '../../schema/offscreen';
import type { ParseResult } from '../../policy/types';
import type { OffscreenClientDeps } from '../offscreen/session';
import type { PolicyParser } from '../policy-parser';

/** A first parse compiles the lexicons (under a second here); a 1 MB policy takes a few seconds at most. */
const PARSE_TIMEOUT_MS = 20_000;

export function createOffscreenParser(deps: OffscreenClientDeps<PolicyParseRequest>): PolicyParser {
  return async (text, options): Promise<ParseResult> => {
    // A redirect can end on an address longer than a policy's source may be.
    const request: PolicyParseRequest = { type: POLICY_PARSE_REQUEST, text, source: options.source.slice(0, MAX_SOURCE_CHARS),
      ...(options.lang ? { lang: options.lang } : {}) };
    const reply = PolicyParseReply.safeParse(await deps.session.ask(() => deps.send(request), deps.timeoutMs ?? PARSE_TIMEOUT_MS));
    if (!reply.success) throw new Error('the policy parser sent a malformed answer');
    return reply.data;
  };
}
