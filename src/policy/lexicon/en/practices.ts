/** English terms for declared practices (section D). */
import type { LexiconPart } from '../dsl';

const SHARE_VERB = '(shar|disclos|transfer|sell|sold|provid|pass|mak_ available|entrust|hand_ over|send|sent)_';
const RECIPIENT = '(third[- ]part(y|ies)|partners?|affiliates?|providers?|vendors?|credit (bureaus?|reference agenc(y|ies))|collection agenc(y|ies)|collectors?|sub-?processors?|processors?|contractors?|advertisers?|banks|insurers?|insurance companies|auditors?|regulators?|authorities|government (bodies|agencies)|state (bodies|agencies)|group companies|subsidiaries)';
/** A determiner and up to two modifiers before the recipient: "to our trusted payment processors". */
const RECIPIENT_PHRASE = `(with|to) ((our|its|the|their|trusted|selected|certain|other|some|external) )*([\\p{L}-]+ ){0,2}?${RECIPIENT}`;
/** Where data may leave the country to (counted after "in", "to"). "US" and "EU" are left out: in lower case they are ordinary words. */
const FOREIGN_PLACE = '(European (Union|Economic Area)|EEA|United States|USA|United Kingdom|Russia(n Federation)?|China|Germany|Ireland|Netherlands|Singapore)';

export const EN_PRACTICES: LexiconPart = {
  purpose_advertising: [{ p: 'advertis_' }, { p: 'marketing' }, { p: 'promotional' }, { p: '(targeted|personali[sz]ed) (ads|offers)' }, { p: 'ads' }],
  purpose_analytics: [{ p: 'analytic_' }, { p: 'statistic_' }, { p: 'analy[sz]_~(usage|traffic|use|visits|how|service|website|site|performance)' }],
  third_party_sharing: [{ p: `${SHARE_VERB}~${RECIPIENT_PHRASE}` }, { p: `${RECIPIENT}~(receiv|access)_` }],
  cross_border_transfer: [
    { p: 'cross-?border' }, { p: 'international(ly)? transfer_' }, { p: 'transfer_~(outside|abroad|to other countries|to foreign)' },
    { p: 'outside (of )?(Kazakhstan|the Republic|your country|the country)' }, { p: 'abroad' }, { p: FOREIGN_PLACE, onlyAfter: '(in|to|within)( the)?' },
    { p: '(foreign|overseas) (countr(y|ies)|jurisdictions?|servers?|recipients?|providers?|partners?)' }, { p: 'overseas' },
  ],
  secure_transmission: [{ p: 'HTTPS(?!:)' }, { p: 'SSL' }, { p: 'TLS' }, { p: 'encrypt_' }, { p: 'secure (socket|connection|channel)s?' }],
  retention: [
    { p: 'retain_' }, { p: 'retention' }, { p: '(store|keep|kept|stored|retain_|hold|held)~(for (a period|\\d+|(one|two|three|four|five|six|seven|eight|nine|ten|twelve) (years?|months?|days?)|up to|as long|the (period|duration|time))|until|as long as|no longer than)' }, { p: '(delete|erase|destroy|anonymi[sz]|purg)_~(after|within|once|no later than|at the end)' },
  ],
};
