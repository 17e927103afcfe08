/**
 * Personal-data consent checkboxes, for the prechecked_consent rule: consent given by a box the
 * site ticked in advance is not consent the person gave.
 */
import type { FieldFeatures } from './features';
import { foldIdentifier, foldText } from './fold';
import { lazy } from '../../util/lazy';
import { anyOf } from './lexicon/entry';

const CONSENT_TYPES = new Set(['checkbox', 'switch']);

/** Giving consent: «согласен», «даю согласие», «келісемін», "I agree", "I consent". */
const CONSENT_VERB = lazy(() => anyOf([
  'соглас*', 'разрешаю', 'подтверждаю _ согласие', 'келісім*', 'келісемін', 'келісу*', 'келісімімді', 'рұқсат*',
  'agree*', 'consent*', 'accept*', 'authori*',
]));

/** To what: processing of personal data, or the privacy policy that governs it. */
const CONSENT_OBJECT = lazy(() => anyOf([
  'персональн* данн*', 'обработк* _ данн*', 'сбор* _ данн*', 'политик* конфиденциальн*', 'политик* _ персональн*',
  'дербес дерек*', 'деректер* _ өңде*|жина*', 'жеке дерек*', 'құпиялылық саясат*', 'personal data|information',
  'processing of _ data', 'privacy*', 'data processing',
]));

/** Checkbox names sites give the consent box. */
const CONSENT_IDENTIFIER = lazy(() => anyOf([
  'agreement*', 'consent*', 'agree*', 'soglasie*|soglas*', 'personal data', 'pd agree*', 'agree pd', 'pdn', 'gdpr', 'privacy*',
  'accept policy', 'policy accept*', 'kelisim*',
]));

function identifierSaysConsent(f: FieldFeatures): boolean {
  return [f.name, f.id].some((identifier) => identifier !== '' && CONSENT_IDENTIFIER().test(foldIdentifier(identifier.slice(0, 200))));
}

function textSaysConsent(f: FieldFeatures): boolean {
  return f.texts.slice(0, 12).some((text) => {
    const folded = foldText(text.text.slice(0, 400));
    return CONSENT_VERB().test(folded) && CONSENT_OBJECT().test(folded);
  });
}

export function isConsentCheckbox(f: FieldFeatures): boolean {
  if (!CONSENT_TYPES.has(f.type)) return false;
  return textSaysConsent(f) || identifierSaysConsent(f);
}

/** Checked in the markup, before the person touched it. */
export function isPrechecked(f: FieldFeatures): boolean {
  return f.defaultChecked;
}
