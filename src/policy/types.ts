/** Public types of the policy parser. */
import type { ParsedPolicy } from '../schema/policy';

export type LanguageOption = 'auto' | 'ru' | 'kk' | 'en';

export interface ParseOptions {
  /** File name or URL recorded in the parsed policy. */
  source: string;
  /** 'auto' (default) detects the language of every segment; a fixed value labels them all. */
  lang?: LanguageOption;
}

export type ParseErrorCode = 'empty' | 'binary' | 'not_policy' | 'too_large';

export interface ParseError {
  code: ParseErrorCode;
  message: string;
}

/** Everything the parser found, before hashing. */
export type ParsedPolicyBody = Omit<ParsedPolicy, 'sha256'>;

export type ParseCoreResult =
  | { ok: true; policy: ParsedPolicyBody; text: string }
  | { ok: false; error: ParseError };

/** `text` is the plain text the quotes were taken from (the input itself, or the text of an HTML page). */
export type ParseResult =
  | { ok: true; policy: ParsedPolicy; text: string }
  | { ok: false; error: ParseError };
