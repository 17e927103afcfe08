/**
 * «всегда», «әрдайым», "always", «по умолчанию»: a statement that says it holds regardless of the conditions around it
 * (its paragraph's, a consent gate's, a switch left off); so do essential cookies («строго необходимые cookie», "essential
 * cookies") beside optional ones.
 */
import { lazyPattern } from '../lazy';

export const UNCONDITIONAL = lazyPattern(String.raw`(?<![\p{L}])(?:всегда|постоянно|по\s+умолчанию|әрдайым|үнемі|әдепкі|always|by\s+default|(?:essential|strictly\s+necessary)\s+cookies?|(?:строго|технически)\s+необходим\p{L}*|міндетті\s+cookie)(?![\p{L}])`, 'iu');
