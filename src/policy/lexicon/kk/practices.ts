/** Kazakh terms for declared practices (section D). */
import type { LexiconPart } from '../dsl';

/** «келісім беремін», «рұқсат беремін» give consent, they share nothing. */
const SHARE_VERB = '(бер|беріл|тапсыр|табыста|жібер|сат|ұсыну|ұсыныл|ұсынад|ашу|ашыл|алмас)_(?<!(келісім|рұқсат)\\p{L}* \\p{L}+)';
export const RECIPIENT = '(үшінші (тұлға|тарап)|серіктестер|әріптес|контрагент|кредиттік бюро|несие бюро|кредит бюро|ПКБ|ГКБ|БКБ|МКБ|коллектор|қайта сақтандырушы|мемлекеттік орган|сақтандыру (компания|ұйым)|төлем (жүйе|қызмет|провайдер)|провайдер|аудитор|өңдеуші)_';
/** Recipients that could be the operator itself («Банк береді»), so only in the dative: «банкке», «кредиторға». */
export const RECIPIENT_DATIVE = '(банк(ке|терге)|кредитор(ға|ларға)|МҚҰ-ға|микроқаржы ұйым(ына|дарына))';
/** Foreign countries in the locative or dative («Германияда», «АҚШ-та»). */
const PLACE_CASE = '(да|де|та|те|нда|нде|дағы|дегі|тағы|тегі|ндағы|ндегі|ға|ге|қа|ке|на|не)';
const FOREIGN_PLACE = `(Ресей|Германия|Ирландия|Нидерланд|Қытай|Ұлыбритания|Сингапур|Франция|Финляндия|Польша|Түркия|Өзбекстан|Қырғызстан|Беларусь|Еуропа)${PLACE_CASE}`;
/** Data-centre cities count only next to servers, storage or processing («Франкфурттағы серверлерде»). */
const FOREIGN_CITY = `(Мәскеу|Франкфурт|Амстердам|Дублин|Лондон|Париж|Стамбул|Ташкент|Бішкек|Минск)${PLACE_CASE}`;
const DATA_PLACE = '(сервер|сақта|сақтал|өңде|өңдел|көшірме|деректер орталығ)_';
/** «бес жыл бойы», «отыз күн ішінде»: a period, so «ішінде» is about time, not place. */
const PERIOD = '(күн|ай|жыл|мерзім)_';

/** Built when the lexicons are first compiled, not at import. */
export function kkPractices(): LexiconPart {
  return {
    purpose_advertising: [{ p: 'жарнам_' }, { p: '(маркетинг|ремаркетинг|ретаргетинг)_' }, { p: '(арнайы|жеке) ұсыныс_' }],
    purpose_analytics: [{ p: 'талда(у|уға|ауы|ау үшін|ды|йды|нады)_' }, { p: 'статисти_' }, { p: 'аналити_' }],
    third_party_sharing: [
      { p: `${RECIPIENT}~${SHARE_VERB}` }, { p: `${SHARE_VERB}~${RECIPIENT}` }, { p: `${RECIPIENT_DATIVE}~${SHARE_VERB}` }, { p: 'коллектор_~тарт_' },
      // Debt collection and assignment of the claim hand the borrower's data to whoever collects or buys the debt.
      { p: `(өндіріп алу|өндіру|қайтару) (үшін|мақсатында)~${SHARE_VERB}` }, { p: 'талап ету құқығ_~(бер|табыста|тапсыр|басқаға)_' },
      // Selling data is sharing it, whoever buys; «сатып алу» is buying.
      { p: 'сат_', onlyAfter: '(деректер|мәліметтер|ақпарат)_( \\p{L}+)?', notAfter: 'ал_' },
    ],
    cross_border_transfer: [
      { p: 'трансшекаралық_' }, { p: 'трансгранич_' }, { p: 'шетел_ (мемлекет|ел|юрисдикция)_' },
      { p: '(Қазақстан Республикасы|ҚР|Қазақстан)_ (аумағ_ |шекара_ )?(шегінен )?тыс' }, { p: 'шекара_ тыс' }, { p: 'шетел(де|ге|дегі|ден)' },
      { p: 'шетелдік (серіктес|компания|ұйым|сервер|оператор|алушы)_' }, { p: 'Еуропалық Одақ_' }, { p: 'шекаралық (беру|жіберу|тасымалда)_' },
      { p: FOREIGN_PLACE }, { p: 'АҚШ-(та|тағы|қа)' }, { p: 'Ресей Федерациясы(нда|на|ның аумағында)' },
      { p: `${FOREIGN_CITY}~${DATA_PLACE}` }, { p: FOREIGN_CITY, onlyAfter: `${DATA_PLACE}( \\p{L}+){0,4}` },
    ],
    secure_transmission: [{ p: 'HTTPS(?!:)' }, { p: 'SSL' }, { p: 'TLS' }, { p: 'шифр_' }, { p: 'криптограф_' }, { p: 'қорғалған (арна|байланыс|хаттама)_' }],
    retention: [
      { p: 'сақта_ мерзім_' }, { p: 'мерзім_~сақта_' }, { p: 'сақта_~мерзім_' }, { p: 'өңдеу_~мерзім_' }, { p: 'мерзім_~өңде_' },
      { p: '(жыл|ай) бойы сақта_' }, { p: 'дейін~(сақта|өңде)_' }, { p: '(бойы|ішінде)~(сақта|өңде)_', onlyAfter: PERIOD },
      { p: '(ішінде|кейін|соң)~(жой|жоя|жою)_', onlyAfter: `(${PERIOD}|мерзім_ өткен_|(өтелген|жабылған|аяқталған|тоқтатылған)_)` },
    ],
  };
}
