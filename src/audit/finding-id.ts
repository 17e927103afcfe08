/**
 * Deterministic finding ids. evaluateFindings is synchronous (WebCrypto is not), so the id uses a
 * small non-cryptographic hash: it only has to be stable for the same evidence and distinct between
 * findings of one report, not resist forgery (the report's integrity hash does that).
 */
import type { CategoryId } from '../categories';
import type { RuleId } from '../schema/report';

const FNV_PRIME = 0x01000193;

function fnv1a32(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME) >>> 0;
  }
  return hash;
}

/** 64 bits from two FNV-1a passes with different offset bases. */
export function shortHash(text: string): string {
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return hex(fnv1a32(text, 0x811c9dc5)) + hex(fnv1a32(text, 0x050c5d1f));
}

/**
 * `rule:category:hash`, where the hash covers the sorted observation ids plus a discriminator
 * (the operator of a per-recipient finding, or the quotes of a declared-but-not-observed one).
 */
export function findingId(rule: RuleId, category: CategoryId, observationIds: readonly string[], discriminator = ''): string {
  const evidence = [...observationIds].sort().join('\u0000');
  return `${rule}:${category}:${shortHash(`${discriminator}\u0001${evidence}`)}`;
}
