/**
 * A policy made of several documents (the policy, its translation, the consent form): stored as one
 * text with each document's place in it, parsed document by document so that every declaration
 * keeps the address it came from.
 */
import type { ParseResult } from '../policy/types';
import type { DocumentKind, PolicyPart } from '../schema/discovery';
import type { Declaration, Language, PolicySection } from '../schema/policy';
import { sha256Hex } from '../util/sha256';
import type { PolicyParser } from './policy-parser';

const SEPARATOR = '\n\n';
const LANGUAGE_ORDER: readonly Language[] = ['ru', 'kk', 'en'];

export function joinParts(documents: ReadonlyArray<{ url: string; kind: DocumentKind; text: string }>): { text: string; parts: PolicyPart[] } {
  let text = '';
  const parts: PolicyPart[] = [];
  for (const doc of documents) {
    if (text) text += SEPARATOR;
    parts.push({ url: doc.url, kind: doc.kind, start: text.length, end: text.length + doc.text.length });
    text += doc.text;
  }
  return { text, parts };
}

/** Parses each part on its own and merges the results; `source` names the whole (its first document). */
export async function parseParts(parse: PolicyParser, text: string, parts: readonly PolicyPart[], source: string): Promise<ParseResult> {
  const results = await Promise.all(parts.map((part) => parse(text.slice(part.start, part.end), { source: part.url })));
  const declarations: Declaration[] = [];
  const sections: PolicySection[] = [];
  const languages = new Set<Language>();
  let joined = '';
  let firstError: ParseResult | null = null;
  for (const [i, result] of results.entries()) {
    const url = parts[i]?.url;
    if (!result.ok || !url) {
      firstError ??= result;
      continue;
    }
    if (joined) joined += SEPARATOR;
    const offset = joined.length;
    joined += result.text;
    declarations.push(...result.policy.declarations.map((d) => ({ ...d, source: url })));
    sections.push(...result.policy.sections.map((s) => ({ ...s, start: s.start + offset, end: s.end + offset })));
    for (const language of result.policy.languages) languages.add(language);
  }
  if (!joined) return firstError ?? { ok: false, error: { code: 'empty', message: 'The policy has no documents.' } };
  return { ok: true, text: joined, policy: { source, sha256: await sha256Hex(joined), languages: LANGUAGE_ORDER.filter((l) => languages.has(l)),
    sections, declarations } };
}
