/** Turning declarations into the quotes a finding carries. */
import type { Declaration, ParsedPolicy } from '../schema/policy';
import type { Finding } from '../schema/report';
import type { Stance } from './stance';

export type PolicyQuote = Finding['policyQuotes'][number];

/** Quote + section of each statement, without repeating the same passage twice. */
export function quotesOf(declarations: readonly Declaration[]): PolicyQuote[] {
  const seen = new Set<string>();
  const quotes: PolicyQuote[] = [];
  for (const d of declarations) {
    const key = `${d.section ?? ''}\u0000${d.quote}`;
    if (seen.has(key)) continue;
    seen.add(key);
    quotes.push({ quote: d.quote, section: d.section });
  }
  return quotes;
}

export function stanceQuotes(stance: Stance): PolicyQuote[] {
  return quotesOf([...stance.statements, ...stance.denials]);
}

/**
 * Every statement on third-party sharing and cross-border transfer, whatever its status: the text
 * an auditor needs beside any finding about data leaving the site.
 */
export function sharingDeclarations(policy: ParsedPolicy | null): Declaration[] {
  if (!policy) return [];
  const sharing = policy.declarations.filter((d) => d.category === 'third_party_sharing');
  const crossBorder = policy.declarations.filter((d) => d.category === 'cross_border_transfer');
  return [...sharing, ...crossBorder];
}
