/**
 * Finding a site's policy: the links a page offers, what went wrong with a candidate document, and
 * which version of a stored policy an audit used. Everything the page or a fetched document can
 * influence is bounded here, and parsed again wherever it crosses a context boundary.
 */
import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema';
import { MAX_HREF_CHARS, MAX_LINK_TEXT_CHARS } from './policy-link';

export { LinkArea, MAX_HREF_CHARS, MAX_LINK_TEXT_CHARS, MAX_LINKS, PolicyLink } from './policy-link';
/** A fetched or picked document larger than this is refused before it is read. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

const Text = (max: number) => z.string().check(z.maxLength(max));
const Url = lazySchema(() => Text(MAX_HREF_CHARS));
const Index = lazySchema(() => z.number().check(z.int(), z.nonnegative()));

/** A privacy policy, a consent to processing, or a link whose address alone suggests either. */
export const DocumentKind = lazySchema(() => z.enum(['policy', 'consent', 'unknown']));
export type DocumentKind = z.infer<typeof DocumentKind>;

export const ProblemCode = lazySchema(() => z.enum([
  'http_error', 'timeout', 'network', 'cross_site_redirect', 'too_large', 'unsupported_type',
  'bad_pdf', 'no_text_layer', 'bad_docx', 'empty', 'text_too_large', 'login_wall', 'unexpected_language',
  'not_policy', 'bad_url', 'bad_site', 'store_full', 'parser_unavailable',
]));
export type ProblemCode = z.infer<typeof ProblemCode>;

/** `detail` is data for the sentence (an HTTP status, a host, a content type), never prose. */
export const DiscoveryProblem = lazySchema(() => z.object({ code: ProblemCode, detail: z.optional(Text(300)) }));
export type DiscoveryProblem = z.infer<typeof DiscoveryProblem>;

export const Attempt = lazySchema(() => z.object({ url: Url, problem: DiscoveryProblem }));
export type Attempt = z.infer<typeof Attempt>;

export const Candidate = lazySchema(() => z.object({ url: Url, text: Text(MAX_LINK_TEXT_CHARS), kind: DocumentKind,
  score: z.number() }));
export type Candidate = z.infer<typeof Candidate>;

/** One document of a stored policy, with its place in the joined text. */
export const PolicyPart = lazySchema(() => z.object({ url: Url, kind: DocumentKind, start: Index, end: Index }));
export type PolicyPart = z.infer<typeof PolicyPart>;

export const PolicyVersion = lazySchema(() => z.object({
  sha256: Text(64),
  storedAt: Text(40),
  checkedAt: z.optional(Text(40)),
  parts: z.array(PolicyPart).check(z.maxLength(4)),
  /** The version this one replaced when a re-fetch found different text at the same address. */
  previous: z.optional(z.object({ sha256: Text(64), storedAt: Text(40) })),
}));
export type PolicyVersion = z.infer<typeof PolicyVersion>;

export const StoredPolicySummary = lazySchema(() => z.object({
  site: Text(253),
  origin: z.enum(['attached', 'discovered', 'cli']),
  source: Url,
  chars: Index,
  version: PolicyVersion,
}));
export type StoredPolicySummary = z.infer<typeof StoredPolicySummary>;

export const AttachAnswer = lazySchema(() => z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), policy: StoredPolicySummary }),
  z.object({ ok: z.literal(false), problem: DiscoveryProblem, url: z.optional(Url) }),
]));
export type AttachAnswer = z.infer<typeof AttachAnswer>;
