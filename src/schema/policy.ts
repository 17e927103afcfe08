/** The parsed policy: the single source of truth for what a policy declares. */
import { z } from 'zod';
import { CategoryId } from '../categories';

export const Language = z.enum(['ru', 'kk', 'en']);
export type Language = z.infer<typeof Language>;

export const DeclarationStatus = z.enum(['declared', 'negated', 'conditional', 'generic']);
export type DeclarationStatus = z.infer<typeof DeclarationStatus>;

export const Declaration = z.object({
  category: CategoryId,
  status: DeclarationStatus,
  /** Verbatim substring of the source text after whitespace folding. */
  quote: z.string().max(2000),
  /** Section number as written («2.3», «II.3», «а)»), or null when the text has none. */
  section: z.string().max(40).nullable(),
  language: Language,
  /** For `conditional`: the condition as written («с согласия Пользователя»). */
  condition: z.string().max(300).optional(),
  /** URL or file the statement came from, when a policy merges several documents. */
  source: z.string().max(2048).optional(),
});
export type Declaration = z.infer<typeof Declaration>;

export const PolicySection = z.object({
  number: z.string().max(40).nullable(),
  title: z.string().max(500),
  language: Language,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type PolicySection = z.infer<typeof PolicySection>;

export const ParsedPolicy = z.object({
  source: z.string().max(2048),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  languages: z.array(Language),
  sections: z.array(PolicySection),
  declarations: z.array(Declaration),
});
export type ParsedPolicy = z.infer<typeof ParsedPolicy>;
