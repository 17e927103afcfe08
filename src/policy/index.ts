/** The privacy-policy parser: policy text (or a policy page) in, declared data categories with verbatim quotes out. */
export { parsePolicy, parsePolicySync } from './parse';
export { normalizeForQuote, isVerbatimQuote, MAX_QUOTE_CHARS } from './quote';
export { summarizeDeclarations, strongerStatus } from './summary';
export { htmlToText, looksLikeHtml } from './html';
export { detectLanguage } from './language';
export { MAX_INPUT_BYTES } from './input-check';
export type { ParseOptions, ParseResult, ParseCoreResult, ParseError, ParseErrorCode, LanguageOption } from './types';
