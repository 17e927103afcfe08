/**
 * The offscreen document's side of parsing: a request from the extension's own worker or pages is
 * checked and parsed, and the result checked again on the way out.
 */
import { POLICY_PARSE_REQUEST, PolicyParseReply, PolicyParseRequest } from '../../schema/offscreen';
import { fromExtension, isRequestOf, type ExtensionIdentity, type RequestSender } from '../offscreen/extension-sender';
import type { PolicyParser } from '../policy-parser';

export interface ParseRequestDeps extends ExtensionIdentity { parse: PolicyParser }

/** The reply, or undefined for a message this document does not answer (anyone else's, or not from the extension). */
export function onParseRequest(message: unknown, sender: RequestSender, deps: ParseRequestDeps): Promise<PolicyParseReply> | undefined {
  if (!isRequestOf(message, POLICY_PARSE_REQUEST) || !fromExtension(sender, deps)) return undefined;
  const request = PolicyParseRequest.safeParse(message);
  // A malformed request is the extension's own fault, not a verdict on the text: the background hears the parser failed.
  if (!request.success) return Promise.reject(new Error('malformed parse request'));
  const { text, source, lang } = request.data;
  // A parser fault is a rejection, so the background reports the parser unavailable rather than the text unreadable.
  return deps.parse(text, { source, ...(lang ? { lang } : {}) }).then((result) => PolicyParseReply.parse(result));
}
