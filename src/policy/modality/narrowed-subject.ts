/**
 * A subject narrowed by a participle or a relative clause: «Передача в страны, не обеспечивающие адекватную защиту, …»,
 * «…, которые не являются…», "Transfers to countries that do not ensure…", «қорғауды қамтамасыз етпейтін елдерге». A
 * condition said of it is said of that case only, not of the practice its paragraph describes (paragraph-scope.ts).
 */
import { lazyPattern } from '../lazy';

const NARROWED_SUBJECT = lazyPattern([
  String.raw`,\s+(?:не\s+)?(?:\p{L}+(?:ющ|ущ|ащ|ящ|вш)(?:ие|ий|ая|ее|ую|их|им|ими|ей|его|ему|ем)|котор\p{L}*)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:that|which)\s+(?:do|does|did|are|is|have|has|lack|offer|provide|ensure|guarantee)\p{L}*(?![\p{L}])`,
  String.raw`\p{L}(?:май|мей|бай|бей|пай|пей|а|е|й)(?:тын|тін)\s+\p{L}+(?:ға|ге|қа|ке|на|не)(?![\p{L}])`,
].join('|'), 'iu');

/** `subject`: the sentence up to its condition. */
export function narrowsSubject(subject: string): boolean {
  return NARROWED_SUBJECT().test(subject);
}
