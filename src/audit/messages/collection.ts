/** Messages of the per-category rules: undeclared, vague, contradicted, consistent, not observed. */
import { categoryInfo, type CategoryId } from '../../categories';
import type { Observation } from '../../schema/observation';
import type { Message } from '../../schema/report';
import { quotesOf } from '../policy-quotes';
import { isContradictory, type Stance } from '../stance';
import { evidenceList } from './evidence';
import { policyAlsoDenies } from './policy-clauses';
import { stanceClauses } from './stance-clauses';
import { inAllLanguages, quoted, sectionSuffix, type Lang } from './text';

function collects(category: CategoryId, observations: readonly Observation[], lang: Lang): string {
  const label = quoted(categoryInfo(category).label[lang], lang);
  const evidence = evidenceList(observations, lang);
  if (lang === 'ru') return `Сайт собирает данные категории ${label}${evidence ? ` (наблюдалось: ${evidence})` : ''}.`;
  if (lang === 'kk') return `Сайт ${label} санатындағы деректерді жинайды${evidence ? ` (байқалғаны: ${evidence})` : ''}.`;
  return `The site collects ${label}${evidence ? ` (observed: ${evidence})` : ''}.`;
}

function notMentioned(lang: Lang): string {
  if (lang === 'ru') return 'Политика конфиденциальности эту категорию не упоминает.';
  if (lang === 'kk') return 'Құпиялылық саясатында бұл санат аталмайды.';
  return 'The privacy policy does not mention this category.';
}

function onlyVaguely(stance: Stance, lang: Lang): string {
  const at = sectionSuffix(quotesOf(stance.statements), lang);
  if (stance.viaGeneric) {
    if (lang === 'ru') return `Политика конфиденциальности говорит лишь о персональных данных в целом${at}, не перечисляя эту категорию.`;
    if (lang === 'kk') return `Құпиялылық саясатында тек жалпы дербес деректер туралы айтылады${at}, бұл санат тізбеде жоқ.`;
    return `The privacy policy only speaks of personal data in general${at} without listing this category.`;
  }
  if (lang === 'ru') return `Политика конфиденциальности упоминает это лишь в общих формулировках${at}, не называя прямо.`;
  if (lang === 'kk') return `Құпиялылық саясаты мұны тек жалпы тұжырыммен қамтиды${at}, нақты атамайды.`;
  return `The privacy policy covers it only in general terms${at} without naming it.`;
}

export function collectionMessage(category: CategoryId, observations: readonly Observation[], stance: Stance | null): Message {
  return inAllLanguages((lang) =>
    [collects(category, observations, lang), ...stanceClauses(stance, lang, { silent: notMentioned, generic: onlyVaguely })].join(' '));
}

export function notObservedMessage(category: CategoryId, stance: Stance): Message {
  return inAllLanguages((lang) => {
    const label = quoted(categoryInfo(category).label[lang], lang);
    const at = sectionSuffix(quotesOf(stance.statements), lang);
    const conflict = isContradictory(stance) ? ` ${policyAlsoDenies(quotesOf(stance.denials), lang)}` : '';
    if (lang === 'ru') return `Политика конфиденциальности заявляет категорию ${label}${at}, но во время этого посещения она не наблюдалась.${conflict}`;
    if (lang === 'kk') return `Құпиялылық саясатында ${label} санаты мәлімделген${at}, бірақ осы кіру барысында ол байқалмады.${conflict}`;
    return `The privacy policy declares ${label}${at}, but it was not observed during this visit.${conflict}`;
  });
}
