/** English terms for declared practices (section D). */
import type { LexiconPart } from '../dsl';

const SHARE_VERB = '(shar|disclos|transfer|sell|sold|provid|pass|upload|mak_ available|entrust|hand_ over|send|sent|report|exchang)_';
export const RECIPIENT = '(third[- ]part(y|ies)|partners?|affiliates?|providers?|vendors?|credit (bureaus?|reference agenc(y|ies))|collection agenc(y|ies)|collectors?|sub-?processors?|processors?|aggregators?|contractors?|advertisers?|banks|insurers?|reinsurers?|insurance companies|brokers?|loss adjusters?|adjusters?|law enforcement|auditors?|regulators?|authorities|government (bodies|agencies)|state (bodies|agencies)|group companies|subsidiaries|merchants?|retailers?|sellers?|relatives|employers?|notar(y|ies)|courts?|(private )?bailiffs?|other (companies|organi[sz]ations|businesses|firms)|outside (companies|organi[sz]ations)|external (companies|organi[sz]ations))';
/** A determiner and up to two modifiers before the recipient: "to our trusted payment processors". */
const RECIPIENT_PHRASE = `(with|to) ((our|its|the|their|trusted|selected|certain|other|some|external) )*([\\p{L}-]+ ){0,2}?${RECIPIENT}`;
/** Where data may leave the country to: jurisdictions (counted after "in", "to"). "US" is left out (in lower case it is "us"); "EU" counts only right after "in", "to", "within". */
const FOREIGN_PLACE = '(European (Union|Economic Area)|EEA|United States|USA|United Kingdom|Russia(n Federation)?|China|Germany|Ireland|Netherlands|Singapore|France|Finland|Sweden|Poland|Estonia|Latvia|Lithuania|Switzerland|Canada|Japan|India|Turkey|Türkiye|Uzbekistan|Kyrgyzstan|Belarus|United Arab Emirates|UAE|Israel|Hong Kong|South Korea|Korea)';
/** Data-centre cities count only as the place of servers, storage or processing ("backups in Frankfurt"). */
const FOREIGN_CITY = '(Frankfurt|Amsterdam|Dublin|London|Paris|Moscow|Helsinki|Stockholm|Warsaw|Tallinn|Riga|Vilnius|Zurich|Istanbul|Tashkent|Bishkek|Minsk|Tokyo|Seoul|Dubai)';
const DATA_PLACE = '(server|host|stor|process|backup|cop(y|ies)|data cent(er|re)|cloud|kept|keep)_';

/** Built when the lexicons are first compiled, not at import. */
export function enPractices(): LexiconPart {
  return {
    purpose_advertising: [{ p: 'advertis_' }, { p: '(marketing|remarketing|retargeting)' }, { p: 'promotional' }, { p: 'promot(e|ing|ion of) (\\p{L}+ ){0,2}(goods|products|services)' }, { p: 'partners?[\'’]? offers' }, { p: '(targeted|personali[sz]ed) (ads|offers)' }, { p: 'ads' }, { p: '(send|email|text|show)_ (you )?(\\p{L}+ ){0,2}(offers|deals|promotions)' }, { p: 'newsletters?' }, { p: '(special|exclusive) offers' }, { p: 'promotions' }],
    purpose_analytics: [{ p: 'analytic_' }, { p: 'statistic_' }, { p: 'analy[sz]_~(usage|traffic|use|visits|how|service|website|site|app|performance)' }, { p: 'measur_ (how|usage|traffic|visits|audience|performance)' },
      // Counting visitors is statistics: "we count how many people finish checkout", "count visits".
      { p: 'count(s|ed|ing)? (how many|the number of) (people|users|visitors|customers|clients|times)' }, { p: 'count(s|ed|ing)? (\\p{L}+ )?(visits|visitors|page views|clicks)' }],
    third_party_sharing: [
      { p: `${SHARE_VERB}~${RECIPIENT_PHRASE}` }, { p: `${RECIPIENT}~(receiv|access)_` },
      // "The numbers go to our analytics provider": data said to go somewhere is handed over.
      { p: `(data|information|numbers|statistics|stats|details|reports?) ((\\p{L}+ ){0,2})?(go|goes) ((straight|directly|only) )?${RECIPIENT_PHRASE}` },
      // Debt collection and assignment of the loan hand the borrower's data to whoever collects or buys the debt.
      { p: `${SHARE_VERB}~(for|to) (the )?(debt )?(collection|recovery|recover)` }, { p: 'assign_ (the |your |our )?(loan|debt|claim|receivable)s?' },
      { p: 'assignment of (the |your |our )?(loan|debt|claim|receivable|right)s?' },
      // Selling data is sharing it, whoever buys: "we never sell your personal information".
      { p: '(sell|sold|rent)_ (\\p{L}+ ){0,2}(data|information)' },
    ],
    cross_border_transfer: [
      { p: 'cross-?border' }, { p: 'international(ly)? transfer_' }, { p: 'transfer_~(outside|abroad|to other countries|to foreign)' },
      { p: 'outside (of )?(Kazakhstan|the Republic|your country|the country)' }, { p: 'abroad' }, { p: '(leave|leaves|left|leaving) (the country|Kazakhstan|the Republic of Kazakhstan)' }, { p: FOREIGN_PLACE, onlyAfter: '(in|to|within)( the)?' }, { p: 'EU', onlyAfter: '(in|to|within)( the)?' }, { p: FOREIGN_CITY, onlyAfter: `${DATA_PLACE}~(in|to)` },
      { p: '(foreign|overseas) (countr(y|ies)|states?|jurisdictions?|servers?|recipients?|providers?|partners?)' }, { p: 'overseas' },
    ],
    // "encrypted at rest", "an encrypted backup copy" keep data safe where it is stored; only the channel counts.
    secure_transmission: [{ p: 'HTTPS(?!:)' }, { p: 'SSL' }, { p: 'TLS' }, { p: 'encrypt_', notAfter: '(\\p{L}+ )?at rest(?! and in transit)|(backup|cop(y|ies)|database|archive|storage|disk|drive)_', notBefore: '(stored|kept|held|saved)( in( an?)?)?' }, { p: 'secure (socket|connection|channel)s?' }],
    // "for as long as necessary" names no period nor end: only the words of keeping («retain», "retention») still declare it.
    retention: [
      { p: 'retain_' }, { p: 'retention' }, { p: '(store|keep|kept|stored|retain_|hold|held)~(for (a period|\\d+|(one|two|three|four|five|six|seven|eight|nine|ten|twelve) (years?|months?|days?)|up to|as long(?! as (is )?(necessary|needed|required|appropriate|reasonably))|the (period|duration|time))|until|as long as(?! (is )?(necessary|needed|required|appropriate|reasonably))|no longer than)' }, { p: '(delete|erase|destroy|anonymi[sz]|purg)_~(after|within|once|no later than|at the end)' },
    ],
  };
}
