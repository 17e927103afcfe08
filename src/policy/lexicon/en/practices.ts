/** English terms for declared practices (section D). */
import type { LexiconPart } from '../dsl';

const SHARE_VERB = '(shar|disclos|transfer|sell|sold|provid|pass|mak_ available)_';
const RECIPIENT = '(third[- ]part(y|ies)|partners?|affiliates?|service providers?|vendors?|credit bureaus?|collection agenc(y|ies)|processors?|contractors?)';

export const EN_PRACTICES: LexiconPart = {
  purpose_advertising: [{ p: 'advertis_' }, { p: 'marketing' }, { p: 'promotional' }, { p: '(targeted|personali[sz]ed) (ads|offers)' }, { p: 'ads' }],
  purpose_analytics: [{ p: 'analytic_' }, { p: 'statistic_' }, { p: 'analy[sz]_~(usage|traffic|use|visits|how|service|website|site|performance)' }],
  third_party_sharing: [{ p: `${SHARE_VERB}~(with|to) ((our|its|the|their|trusted|selected|certain|other) )*${RECIPIENT}` }, { p: `${RECIPIENT}~(receiv|access)_` }],
  cross_border_transfer: [
    { p: 'cross-?border' }, { p: 'international(ly)? transfer_' }, { p: 'transfer_~(outside|abroad|to other countries|to foreign)' },
    { p: 'outside (of )?(Kazakhstan|the Republic|your country|the country)' }, { p: 'abroad' },
  ],
  secure_transmission: [{ p: 'HTTPS(?!:)' }, { p: 'SSL' }, { p: 'TLS' }, { p: 'encrypt_' }, { p: 'secure (socket|connection|channel)s?' }],
  retention: [
    { p: 'retain_' }, { p: 'retention' }, { p: '(store|keep|kept|stored|retain_)~(for (a period|\\d+|(one|two|three|four|five|six|seven|eight|nine|ten|twelve) (years?|months?|days?)|up to|as long|the (period|duration|time))|until|as long as|no longer than)' }, { p: '(delete|erase|destroy)_~after' },
  ],
};
