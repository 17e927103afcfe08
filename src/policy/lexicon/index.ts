/** All lexicons, compiled once: every category's terms in Russian, Kazakh and English. */
import { isCategoryId } from '../../categories';
import type { Language } from '../../schema/policy';
import { lazy } from '../lazy';
import { compileTerm, type CompiledTerm, type LexiconPart } from './dsl';
import { enPractices } from './en/practices';
import { enTechnical } from './en/technical';
import { enTyped } from './en/typed';
import { kkPractices } from './kk/practices';
import { kkTechnical } from './kk/technical';
import { kkTyped } from './kk/typed';
import { ruPractices } from './ru/practices';
import { ruTechnical } from './ru/technical';
import { ruTyped } from './ru/typed';

const PARTS: readonly (readonly [Language, () => LexiconPart])[] = [
  ['ru', ruTyped], ['ru', ruTechnical], ['ru', ruPractices],
  ['kk', kkTyped], ['kk', kkTechnical], ['kk', kkPractices],
  ['en', enTyped], ['en', enTechnical], ['en', enPractices],
];

function compileAll(): CompiledTerm[] {
  const terms: CompiledTerm[] = [];
  for (const [language, part] of PARTS) {
    for (const [category, specs] of Object.entries(part())) {
      if (!isCategoryId(category)) continue;
      for (const spec of specs ?? []) terms.push(compileTerm(category, language, spec));
    }
  }
  return terms;
}

const COMPILED = lazy(compileAll);

export function allTerms(): readonly CompiledTerm[] {
  return COMPILED();
}
