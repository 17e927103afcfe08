/** Kazakh terms for declared practices (section D). */
import type { LexiconPart } from '../dsl';
import { AT_REST, AT_REST_BEFORE } from '../ru/practices';

/** «келісім беремін», «рұқсат беремін» give consent, they share nothing. */
const SHARE_VERB = '(бер(?!еше)|беріл|тапсыр|табыста|жібер|сат|ұсыну|ұсыныл|ұсынад|ашу|ашыл|алмас)_(?<!(келісім|рұқсат)\\p{L}* \\p{L}+)';
/** Who receives data («Google Analytics қызметінің операторына»: a service's operator, never the Operator alone), never in the ablative: «кредиттік бюродан есеп сұратпаймыз» asks the bureau for a report, it hands it nothing. */
export const RECIPIENT = '(үшінші (тұлға|тарап)|серіктестер|әріптес|контрагент|кредиттік бюро|несие бюро|кредит бюро|ПКБ|ГКБ|БКБ|МКБ|коллектор|қайта сақтандырушы|мемлекеттік орган|сақтандыру (компания|ұйым)|төлем (жүйе|қызмет|провайдер)|провайдер|жеткізуші|аудитор|өңдеуші|(SMS-|смс-)?агрегатор|(қызмет|сервис)\\p{L}*(ның|нің|тың|тің|дың|дің) оператор|сот орындаушы|нотариус|сотқа|соттарға)(?![\\p{L}-]*(дан|ден|нан|нен|тан|тен)(?![\\p{L}]))_';
const NOT_GENITIVE = '(?<!(ның|нің|дың|дің|тың|тің|ды|ді|ны|ні|ты|ті))';
/** Recipients that could be the operator itself («Банк береді»), so only in the dative: «банкке», «кредиторға», «басқа компанияларға». */
export const RECIPIENT_DATIVE = '(банк(ке|терге)|кредитор(ға|ларға)|МҚҰ-ға|микроқаржы ұйым(ына|дарына)|басқа (компания|ұйым)(ларға|ға|на|дарға)|бөгде (компания|ұйым)(ларға|ға|на|дарға))';
/** A company named by its legal form in the dative: «„Тексеру“ ЖШС-ге беріледі» (the form's letters anchor the term). */
const COMPANY_DATIVE = '(ЖШС|ЖШҚ|ТОО)-(ға|ге|қа|ке|на|не)';
/** Foreign countries in the locative or dative («Германияда», «АҚШ-та»). */
const PLACE_CASE = '(да|де|та|те|нда|нде|дағы|дегі|тағы|тегі|ндағы|ндегі|ға|ге|қа|ке|на|не)';
const FOREIGN_PLACE = `(Ресей|Германия|Ирландия|Нидерланд|Қытай|Ұлыбритания|Сингапур|Франция|Финляндия|Польша|Түркия|Өзбекстан|Қырғызстан|Беларусь|Еуропа)${PLACE_CASE}`;
/** Data-centre cities count only next to servers, storage or processing («Франкфурттағы серверлерде»). */
const FOREIGN_CITY = `(Мәскеу|Франкфурт|Амстердам|Дублин|Лондон|Париж|Стамбул|Ташкент|Бішкек|Минск)${PLACE_CASE}`;
const DATA_PLACE = '(сервер|сақта|сақтал|өңде|өңдел|көшірме|деректер орталығ)_';
/** A count in words: «бір», «бес», «он екі», «отыз». */
const COUNT_WORD = '(бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он( екі)?|жиырма|отыз|тоқсан)';
/** «бес жыл бойы», «отыз күн ішінде»: a period, so «ішінде» is about time, not place. */
const PERIOD = '(күн|ай|жыл|мерзім)_';

/** Built when the lexicons are first compiled, not at import. */
export function kkPractices(): LexiconPart {
  return {
    purpose_advertising: [{ p: 'жарнам_', notAfter: 'емес' }, { p: '(маркетинг|ремаркетинг|ретаргетинг)_' }, { p: '(арнайы|жеке) ұсыныс_' }, { p: '(өнім|қызмет)_ туралы ұсыныс_' }, { p: 'ұсыныс_~жібер_' },
      // «тауарларды, қызметтерді ілгерілету»: the law's words for direct marketing.
      { p: '(ілгерілет|жылжыт)_', onlyAfter: '(тауар|жұмыс|қызмет|өнім)_( \\p{L}+){0,2}' }],
    purpose_analytics: [
      // «Сеанстарды талдау» names the session-replay category, not a statistics purpose.
      { p: 'талда(у|уға|ауы|ау үшін|ды|йды|нады)_', notBefore: 'сеанс(тар)?ды' }, { p: 'статисти_' }, { p: 'аналити_' },
      // Counting visitors is statistics: «кірулерді санаймыз», «қанша адам төлемге жеткенін санаймыз».
      { p: '(кірулер|келулер|қаралымдар)_ (\\p{L}+ )?сана_' }, { p: 'қанша (адам|пайдаланушы|келуші|клиент)_~сана_' },
    ],
    third_party_sharing: [
      { p: `${RECIPIENT}~${SHARE_VERB}` }, { p: `${SHARE_VERB}~${RECIPIENT}` },
      // «бұл мәліметтерді серіктестеріміз алады»: the recipient as the subject of receiving; not in the genitive or accusative,
      // where the operator takes the partners' data.
      { p: `${RECIPIENT}${NOT_GENITIVE} (\\p{L}+ ){0,2}(ала(ды|тын)|алад\\p{L}*)` }, { p: `${RECIPIENT_DATIVE}~${SHARE_VERB}` }, { p: `${COMPANY_DATIVE}~${SHARE_VERB}` }, { p: 'коллектор_~тарт_' },
      // Debt collection and assignment of the claim hand the borrower's data to whoever collects or buys the debt.
      { p: `(өндіріп алу|өндіру|қайтару) (үшін|мақсатында)~${SHARE_VERB}` }, { p: 'талап ету құқығ_~(бер|табыста|тапсыр|басқаға)_' },
      // Selling data is sharing it, whoever buys; «сатып алу» is buying.
      { p: 'сат_', onlyAfter: '(деректер|мәліметтер|ақпарат)_( \\p{L}+)?', notAfter: 'ал_' },
    ],
    cross_border_transfer: [
      { p: 'трансшекаралық_' }, { p: 'трансгранич_' }, { p: '(шетел_|шет) (мемлекет|ел|юрисдикция)_' },
      { p: '(Қазақстан Республикасы|ҚР|Қазақстан)_ (аумағ_ |шекара_ )?(шегінен )?тыс' }, { p: 'шекара_ тыс' }, { p: '(елден|елімізден|Қазақстаннан|республикадан) (тыс )?шық_' }, { p: 'шетел(де|ге|дегі|ден)' },
      { p: 'шетелдік (серіктес|компания|ұйым|сервер|оператор|алушы)_' }, { p: 'Еуропалық Одақ_' }, { p: 'шекаралық (беру|жіберу|тасымалда)_' },
      { p: FOREIGN_PLACE }, { p: 'АҚШ-(та|тағы|қа)' }, { p: 'Ресей Федерациясы(нда|на|ның аумағында)' },
      { p: `${FOREIGN_CITY}~${DATA_PLACE}` }, { p: FOREIGN_CITY, onlyAfter: `${DATA_PLACE}( \\p{L}+){0,4}` },
    ],
    secure_transmission: [{ p: 'HTTPS(?!:)' }, { p: 'SSL' }, { p: 'TLS' }, { p: 'шифр_', notAfter: AT_REST, notBefore: AT_REST_BEFORE }, { p: 'криптограф_', notAfter: AT_REST, notBefore: AT_REST_BEFORE }, { p: 'қорғалған (арна|байланыс|хаттама)_' }],
    retention: [
      { p: 'сақта_ мерзім_' }, { p: 'мерзім_~сақта_' }, { p: 'сақта_~мерзім_' }, { p: 'өңдеу_~мерзім_' }, { p: 'мерзім_~өңде_' },
      { p: '(жыл|ай) бойы сақта_' },
      // «3 жыл сақталады», «90 күн сақтаймыз», «бір жыл сақталады»: a counted period right before the verb, with no «бойы».
      { p: 'сақта_', onlyAfter: `(\\d+( \\(\\p{L}+\\))?|${COUNT_WORD}) (күн|ай|жыл)_` }, { p: 'дейін~(сақта|өңде)_' }, { p: '(бойы|ішінде)~(сақта|өңде)_', onlyAfter: PERIOD },
      { p: '(ішінде|кейін|соң)~(жой|жоя|жою)_', onlyAfter: `(${PERIOD}|мерзім_ өткен_|(өтелген|жабылған|аяқталған|тоқтатылған)_)` },
    ],
  };
}
