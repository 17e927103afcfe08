/** English terms for data a person types or uploads (section A). */
import { BIOMETRIC_LOCK } from '../biometric-lock';
import type { LexiconPart } from '../dsl';

/** «by e-mail», «по e-mail»: the term names a channel. E-mail is spelt the same in all three languages, so only this lexicon has it. */
/** "by email", "contact us at", and the last of a list of channels: "by telephone, SMS, email", "via post or email". */
const CONTACT_CHANNEL_BEFORE = '((by|via|through|over) (([\\p{L}-]+, ?){1,3}[\\p{L}-]+( (and|or))?|[\\p{L}-]+ (and|or))|by|via|at|to|through|contact us|email us|по|на|через|[\\w.-]+@[\\w.-]+)';

/** "for debt collection", "to recover the debt": a purpose, not data about the person's debts. */
const DEBT_PURPOSE = '(recover|collect|repay|settle)_( (the|your|any|outstanding|overdue))*';
/** "to collectors if you have an overdue debt": a debt named as the case of a transfer, not as data about it. */
const DEBT_CASE = '(if you have|if there is|where there is|in (the )?(case|event) of)( (an?|any|outstanding|overdue|unpaid))*';
/** A politically exposed person and the kin a PEP questionnaire asks about. */
const HOLDING = '(who (hold|holds|held)|holding|entrusted with) (a )?prominent public (functions?|positions?|office)';
const PEP = `(politically exposed( persons?)?|PEPs?|persons? ${HOLDING}|individuals? ${HOLDING})`;
const PEP_KIN = '(close relatives?|relatives?|family members?|close associates?|associates?|spouses?)';
/** "a family member or close associate of such a person": the kin of the PEP just named. */
const PEP_POINTER = 'of (such|that|this|the above) (a )?(persons?|individuals?)';

/** A third person's name and number, as the contact-person terms name them after "their". */
const CONTACT_DETAILS = '(full names?|names?|phone numbers?|mobile numbers?|telephone numbers?|contact numbers?)((,| and| or)+ (their |his |her )?((full )?names?|(phone|mobile|telephone|contact) numbers?|e-?mail( address(es)?)?))*';

/** What a credit card carries as an obligation: "credit card limits", "credit card debt". */
const CARD_OBLIGATION = '(limits?|debts?|balances?|arrears)';
/** "A real person holding the ID card" names its owner, not the document's details. */
const CARD_HOLDER = 'hold(s|ing)?( the| your| an?| their)?';
/** "Reminders about payment dates" is a message sent, not data about the plan. */
const REMINDER = '(reminders?|notifications?|alerts?|messages?) (about|of|for)( your| the| upcoming)?';

/** Built when the lexicons are first compiled, not at import. */
export function enTyped(): LexiconPart {
  return {
    name: [
      { p: '(full|first|last|middle|given|family) names?' }, { p: '(your|my) (legal|real|official) names?' }, { p: 'surnames?' }, { p: 'patronymic' },
      { p: 'names?', notBefore: '(domain|company|user|brand|file|host|trade|account|the|in the|our|business|product|legal|device|employer.s|bank.s)', notAfter: '(of|and address of) (the|our|your) (employer|company|organi[sz]ation|bank|website|site)' },
    ],
    national_id: [
      { p: '(IIN|BIN)' }, { p: '(individual|business) identification numbers?' }, { p: 'national (id|identification|identity)( numbers?| codes?)?' },
      { p: 'tax (id|identification)( numbers?)?' }, { p: '(social security|personal identification) numbers?' },
    ],
    birth_date: [{ p: '(date|year|day) (and place )?of birth' }, { p: 'birth ?dates?' }, { p: 'birthdays?' }, { p: 'DOB' }],
    gender: [{ p: 'gender' }, { p: 'sex', notAfter: '(offenders|ual|life|lives)' }],
    citizenship: [{ p: 'citizenship' }, { p: 'nationality' }],
    address: [
      { p: '(home|postal|residential|mailing|physical|billing|street|registered|residence|registration) address(es)?' }, { p: 'place of (residence|registration)' },
      // "the address where you're registered", "the address at which you live".
      { p: "address(es)? (where|at which) (you|I)( are| am|['’]re|['’]m)? (registered|live|living|reside|residing|stay|staying)" },
      { p: 'address(es)?', notBefore: '(e-?mail|ip|web|mac|internet protocol|url|page|wallet|crypto|cryptocurrency|bitcoin|email|the|this|following|our|postal|home)', notAfter: '(of (the|a) (page|website|site|web)|bar|your (request|concern|question)|any|the )' },
    ],
    id_document: [
      { p: 'passports?( details| data| numbers?)?' }, { p: '(identity|identification) (card|document)s?', notBefore: CARD_HOLDER }, { p: 'ID (card|document)s?', notBefore: CARD_HOLDER }, { p: 'identity documents?' },
      { p: "driver.?s licen[cs]es?" }, { p: 'driving licen[cs]es?' }, { p: 'residence permits?' }, { p: 'document (number|issue date|issuing authority)' },
      { p: '(government[- ]issued|photo) (ID|identification)( cards?| documents?)?' },
    ],
    phone: [
      // "on your computer or phone" is the device, not the number.
      { p: '(mobile |cell |tele)?phone( numbers?)?', notBefore: `(${CONTACT_CHANNEL_BEFORE}|(on|in)( (your|the|a|my))?( (computer|laptop|tablet|device|PC)_ (or|and))?)`, notAfter: '(numbers? of|book|contacts|:? ?\\+)' }, { p: 'telephone( numbers?)?', notBefore: CONTACT_CHANNEL_BEFORE },
      { p: '(mobile|cell|contact) numbers?', notBefore: CONTACT_CHANNEL_BEFORE },
    ],
    // «e-mail-рассылка», «email-маркетинг»: the compound names a channel of mailings, not an address collected.
    email: [{ p: 'e-?mail( address(es)?)?', notBefore: CONTACT_CHANNEL_BEFORE, notAfter: '(us|at|арқылы|бойынша|:? ?[\\w.-]+@|-(рассыл|маркетинг)_)' }, { p: 'electronic mail' }],
    contact_persons: [
      { p: 'contact persons?' }, { p: 'emergency contacts?' }, { p: 'next of kin' }, { p: 'relatives?' }, { p: 'references' }, { p: 'guarantors?' }, { p: 'co-?borrowers?' }, { p: 'beneficiar(y|ies)' },
      { p: '(phone )?numbers? of (your )?(relatives|friends|contacts|third parties|witnesses)' },
      // The person a transfer goes to: "the details of the recipient", "your recipient's name and phone" (not recipients of data).
      { p: '(details|full name|name|phone number|mobile number)s? of (the |your |each )?(transfer |payment |money )?recipients?', notAfter: '(of|to whom) ' }, { p: '(transfer |payment )?recipient.s (full )?(name|phone|mobile|details)' },
      // "an emergency contact … by typing their name and phone number": the name and number are the contact's, not the person's.
      { p: `(contact persons?|emergency contacts?|next of kin|relatives?|references|guarantors?)(~|,? [–—-] )(their|his|her|whose) ${CONTACT_DETAILS}`, absorbs: true },
      // The tail is grouped so that the term is tried only where a name or number starts, not at every "of".
      { p: `${CONTACT_DETAILS}( of (an? |one |two |your |the )?(contact persons?|emergency contacts?|relatives?|references|guarantors?))`, absorbs: true },
    ],
    // An app store's "User payment info" is card data in the store's own vocabulary.
    // A credit card's limit or debt is the person's obligations (financial_status), not card data.
    bank_card: [{ p: '(bank|credit|debit|payment) cards?', notAfter: CARD_OBLIGATION }, { p: 'user payment info(rmation)?' }, { p: "card(['’]s)? (numbers?|details|data|expiry)", notBefore: '(ID|identity|identification|SIM|loyalty|gift)' }, { p: '(CVV|CVC)' },
      // A masked number is still the card's: "the last 4 digits of your card".
      { p: '(last|first) (4|four|6|six) digits of (your |the )?((bank|payment|debit|credit|payout) )?card' }],
    bank_account: [{ p: 'bank accounts?( details| numbers?)?' }, { p: 'account numbers?' }, { p: 'IBANs?' }, { p: 'banking details' }],
    employment: [{ p: 'employers?' }, { p: 'employment' }, { p: 'job titles?' }, { p: 'occupation' }, { p: 'place of work' }, { p: 'where you work' }, { p: 'work(place| history)' }],
    financial_status: [
      { p: 'income' }, { p: 'earnings' }, { p: '(salary|salaries)' }, { p: 'credit (history|score|report)s?' }, { p: 'debts?', notBefore: `(${DEBT_PURPOSE}|${DEBT_CASE})`, notAfter: '(collect|recover)_' },
      { p: 'financial (situation|status|information|obligations)' }, { p: 'expenses' }, { p: '(outstanding|existing) (loans|liabilities)' }, { p: 'credit (card )?limits?' },
      { p: '(payment|repayment|transaction|loan|borrowing) history' }, { p: '(creditworthiness|solvency)' }, { p: 'bank statements?' }, { p: '(property|vehicle|car|home) ownership' }, { p: '(pension|social security) contributions' },
      // A bureau as a recipient is sharing; a report fetched from it is the person's credit data.
      { p: '(information|data|reports?) from (the |a )?credit (bureaus?|reference agenc(y|ies))' },
    ],
    family: [{ p: 'marital status' }, { p: 'households?( size| members| composition)?', notAfter: '(income|expenses|budget|equipment|appliances?|goods|items|furniture|electronics|products)' }, { p: '(dependants?|dependents?)' }, { p: 'spouse' }, { p: 'family (status|members|composition)' }, { p: 'number of children' }],
    education: [{ p: 'education(al background| level)?' }, { p: 'academic degree' }],
    kyc_status: [
      // A PEP question about the person's relatives asks about the person, not for third persons' contacts.
      { p: `${PEP}(,? (including|in particular) (a )?(foreign|domestic)( ones?)?)?((,| or| and)+ (their |his |her |your |a )?${PEP_KIN}){0,3}`, absorbs: true }, { p: `${PEP_KIN}((,| or| and)+ (your |their |his |her )?${PEP_KIN})* (\\p{L}+ ){0,3}${PEP}`, absorbs: true },
      { p: `${PEP_KIN}((,| or| and)+ (a )?${PEP_KIN})* ${PEP_POINTER}`, absorbs: true },
      { p: 'beneficial own(er|ership)s?' },
    ],
    loan_terms: [
      // "Submit a loan application" names the act of applying; its data ("loan application details") are the terms.
      // A lease finances as a loan does: "the lease term", "the monthly lease payment", "the down payment".
      { p: '(loan|lease) (amount|term|details|request|parameters)s?' }, { p: '(monthly )?lease payments?' }, { p: 'down payments?' }, { p: 'loan application (data|details|information)' }, { p: 'requested amount' }, { p: '(amount|term|sum)s?((, | and | or )(amount|term|sum|purpose|currency|repayment status)s?){0,3} of (the |your )?(loan|credit|borrowing|financing|lease|leasing|instal?lment plan)s?' },
      { p: '(amount|term|sum)( and (amount|term|sum))? (that )?(you )?(want|wish|would like|need|ask|apply|intend)_ to borrow' }, { p: '(amount|term|sum)( and (the )?(amount|term|sum))? (that )?you (request|ask for|apply for|pick|choose|select)(ed)?' }, { p: 'how (much|long) (money )?(you )?(want|wish|would like|need|plan|intend)_ to borrow' }, { p: '(repayment|payment|instal?lment) (schedule|plan)s?' }, { p: '(loan|credit) (agreement|contract) (number|amount|date|term)s?' },
      // The plan's dates and count: "your payment dates", "number of instalments".
      { p: '(payment|repayment|due|instal?lment) dates?', notBefore: REMINDER }, { p: 'number of (payments|repayments|instal?lments)' },
      { p: '(details|information|data) (about|of|on) (the |your |each |every |any )?(loan|credit) (agreement|contract)s?' },
      // A lender's or collector's "your agreement" is the loan: "the details of your agreement", "the number of your contract".
      { p: '(details|number) of your (loan |credit |microcredit |instal?lment )?(agreement|contract)s?' },
      // The sum the person asked for, written out: "You requested 85,000 ₸ for 30 days".
      { p: 'requested \\d[\\d\\s\\u00a0\\u202f,.]*(₸|tenge|KZT)' },
    ],
    credentials: [{ p: 'passwords?' }, { p: 'passcodes?' }, { p: '(one-time|verification|sms|otp|confirmation|security|access) (code|password)s?' }, { p: 'codes? (sent |we send )?(by|via|in an?|through) (sms|text)' }, { p: '([0-9]+|four|five|six)-digit (code|PIN)s?' }, { p: 'OTP' }, { p: 'PIN( codes?)?' }, { p: 'login credentials' }],
    social_profile: [
      { p: 'social (media |network(ing)? )?(profile|account|handle|link)s?' }, { p: '(instagram|facebook|vk|vkontakte|telegram|tiktok|linkedin)( or (instagram|facebook|vk|vkontakte|telegram|tiktok|linkedin))? (account|profile|page)s?' }, { p: '(data|information) (about you )?from social (media|networks?)' },
      // What is found about the person in social networks is their profile.
      { p: '(data|information) about (you|the (user|customer|borrower|applicant)) (on|in) social (media|networks?)' }, { p: '(search|monitor)_ (\\p{L}+ ){0,2}social (media|networks?)' },
      // Looking people up there: "we search for debtors on social media", "we use social networks to find you".
      { p: '(search|look)_ (for |up )?(you|debtors?|borrowers?|customers?|them|people|relatives)( up)? (on|in|through|via) social (media|networks?)' },
      { p: 'social (media|networks?) (to|for) (find|locat|search|trac|look)_ (for )?(you|debtors?|borrowers?|them|people|relatives)' },
      { p: 'social (media |network(ing)? )?posts' }, { p: '(posts|publications|comments)( (and|or) [\\p{L}-]+)? (\\p{L}+ ){0,2}(on|in) social (media|networks?)' },
    ],
    face_image: [
      { p: '(video[- ])?selfies?' }, { p: 'biometric_', notAfter: BIOMETRIC_LOCK }, { p: '(photo(graph)?|image|picture|video)s? of (your |the |my |his |her )?face' }, { p: 'facial (image|recognition|scan|geometry)s?' },
      { p: '(your|user.s|customer.s|applicant.s) (photo(graph)?|picture)s?', notAfter: '(gallery|galleries|library|album)' }, { p: 'liveness' }, { p: 'video (identification|verification|KYC)' }, { p: 'face (image|scan|recognition|match(ing)?|verification|photo)s?' },
      { p: 'facial (features|biometrics|verification|match(ing)?)' }, { p: '(photo(graph)?|picture|image)s? of (yourself|you)' },
      // Photographing the people themselves: "photographs of borrowers", "we photograph customers".
      { p: 'photo(graph)?s? of (the |our )?(customers?|clients?|borrowers?|debtors?|applicants?|users?)' }, { p: 'pictures? of (the |our )?(customers?|clients?|borrowers?|debtors?|applicants?|users?)' }, { p: '(photograph|take photos of) (the |our )?(customers?|clients?|borrowers?|debtors?|applicants?|users?)' },
      // Photographing or filming the reader: "our agents do not photograph or film you".
      { p: '(photograph|film|videotape)(s|ed|ing)?( (or|and) (photograph|film|videotape)(s|ed|ing)?)? (you|yourself)' },
      // A worn video recorder films the person met.
      { p: 'body[- ]?(worn )?cam(era)?s?' }, { p: 'bodycams?' },
    ],
    document_image: [
      { p: '(photo(graph)?|scan|copy|copies|image|picture)s? of (the )?((front|back|both sides|each side|sides|pages?|main page|first page)( and (the )?(front|back))? of )?(your |the )?(ID|identity|passport|identification|documents?)( cards?)?' },
      // "your passport details (number, issue date) and a copy of it": the copy points back at the document.
      { p: '(copy|copies|scan|scans|photo|photos|photograph|photographs|image|images)( of (it|them))?', notAfter: 'of', onlyAfter: '(passports?|(ID|identity|identification) (cards?|documents?))( (numbers?|details|data))?( \\([^)]{1,80}\\))?,? (and|as well as|plus|together with)( (a|an|its|their))?' },
      // A photo of the person holding the document shows the document too.
      { p: '(photo(graph)?|selfie|picture|image)s? (of you )?(holding|with) (your |the |an? )?(ID|identity|passport|identification|documents?)' }, { p: 'scanned (documents?|copies|ID|passport)' },
      { p: 'document (photos?|scans?|images?)' }, { p: '(photo(graph)?|scan|copy|image|picture)s? of (the )?(front|back|both sides)( and (the )?(front|back))? of (the |your )?((ID|identity) )?card' },
      { p: '(photograph|scan|take (a )?(photo|picture)s? of|upload (a )?(photo|copy|scan|image)s? of)_~(ID|identity|passport|identification|driver.?s licen[cs]e|documents?)' },
    ],
  };
}
