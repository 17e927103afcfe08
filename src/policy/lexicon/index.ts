/** All lexicons, compiled once: every category's terms in Russian, Kazakh and English. */
import { isCategoryId } from '../../categories';
import type { Language } from '../../schema/policy';
import { compileTerm, type CompiledTerm, type LexiconPart } from './dsl';
import { EN_PRACTICES } from './en/practices';
import { EN_TECHNICAL } from './en/technical';
import { EN_TYPED } from './en/typed';
import { KK_PRACTICES } from './kk/practices';
import { KK_TECHNICAL } from './kk/technical';
import { KK_TYPED } from './kk/typed';
import { RU_PRACTICES } from './ru/practices';
import { RU_TECHNICAL } from './ru/technical';
import { RU_TYPED } from './ru/typed';

const PARTS: readonly (readonly [Language, LexiconPart])[] = [
  ['ru', RU_TYPED], ['ru', RU_TECHNICAL], ['ru', RU_PRACTICES],
  ['kk', KK_TYPED], ['kk', KK_TECHNICAL], ['kk', KK_PRACTICES],
  ['en', EN_TYPED], ['en', EN_TECHNICAL], ['en', EN_PRACTICES],
];

function compileAll(): CompiledTerm[] {
  const terms: CompiledTerm[] = [];
  for (const [language, part] of PARTS) {
    for (const [category, specs] of Object.entries(part)) {
      if (!isCategoryId(category)) continue;
      for (const spec of specs ?? []) terms.push(compileTerm(category, language, spec));
    }
  }
  return terms;
}

let compiled: CompiledTerm[] | null = null;

export function allTerms(): readonly CompiledTerm[] {
  compiled ??= compileAll();
  return compiled;
}
