/** The parsed policy: the single source of truth for what a policy declares. */
import * as z from 'zod/mini';
import { CategoryId } from '../categories';
import { lazySchema } from './lazy-schema';

export const Language = lazySchema(() => z.enum(['ru', 'kk', 'en']));
export type Language = z.infer<typeof Language>;

export const DeclarationStatus = lazySchema(() => z.enum(['declared', 'negated', 'conditional', 'generic']));
export type DeclarationStatus = z.infer<typeof DeclarationStatus>;

/** A condition as quoted: long enough for any real one, and a bound on what a page can make the parser repeat. */
export const MAX_CONDITION_CHARS = 300;

export const Declaration = lazySchema(() => z.object({
  category: CategoryId,
  status: DeclarationStatus,
  /** Verbatim substring of the source text after whitespace folding. */
  quote: z.string().check(z.maxLength(2000)),
  /** Section number as written («2.3», «II.3», «а)»), or null when the text has none. */
  section: z.nullable(z.string().check(z.maxLength(40))),
  language: Language,
  /** For `conditional`: the condition as written («с согласия Пользователя»). */
  condition: z.optional(z.string().check(z.maxLength(MAX_CONDITION_CHARS))),
  /** URL or file the statement came from, when a policy merges several documents. */
  source: z.optional(z.string().check(z.maxLength(2048))),
}));
export type Declaration = z.infer<typeof Declaration>;

export const PolicySection = lazySchema(() => z.object({
  number: z.nullable(z.string().check(z.maxLength(40))),
  title: z.string().check(z.maxLength(500)),
  language: Language,
  start: z.number().check(z.int(), z.nonnegative()),
  end: z.number().check(z.int(), z.nonnegative()),
}));
export type PolicySection = z.infer<typeof PolicySection>;

export const ParsedPolicy = lazySchema(() => z.object({
  source: z.string().check(z.maxLength(2048)),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  languages: z.array(Language),
  sections: z.array(PolicySection),
  declarations: z.array(Declaration),
}));
export type ParsedPolicy = z.infer<typeof ParsedPolicy>;
