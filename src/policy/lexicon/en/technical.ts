/** English terms for device capabilities and automatically collected data (sections B and C). */
import { BIOMETRIC_LOCK } from '../biometric-lock';
import type { LexiconPart } from '../dsl';
import { CONTACT_DETAILS_AFTER, PERMISSION_LABEL_AFTER } from '../permission-label';
import { OWN_DEVICE, OWN_FLEET } from '../own-fleet';


/** Built when the lexicons are first compiled, not at import. */
export function enTechnical(): LexiconPart {
  return {
    geolocation: [
      { p: 'geo-?location' }, { p: 'location (data|information|services|history)' }, { p: '(your|precise|approximate|device|device.s|phone.s|physical|gps|current) location' },
      // "Location:" labels a permission in an app's list, "Location | …" in a table.
      { p: 'GPS', notBefore: OWN_FLEET }, { p: 'where you are' }, { p: 'location \\((approximate|precise|coarse|fine|exact|gps)[^)]{0,30}\\)' }, { p: 'location(?= ?:|[ ]*\\|)' }, { p: '(base stations?|cell(ular)? towers?|cell (tower|site) data)' },
      { p: 'location (is|will be|may be|can be) (\\p{L}+ )?(requested|collected|accessed|determined|detected|used|tracked|read|shared)' },
      { p: '(access(ing)? to|request(ing)?|collect(ing)?|track(ing)?|determin(e|ing)|detect(ing)?) (the )?location' },
    ],
    // A camera installed in a room watches premises, it is no device permission.
    camera: [{ p: 'cameras?', notBefore: `(installed|mounted|${OWN_DEVICE})`, notAfter: '(surveillance|cctv|((are|is|were|was) )?(not )?(installed|mounted))' }],
    microphone: [{ p: 'microphones?' }, { p: '(voice|audio|sound)( or (voice|audio|sound))? recordings?', notAfter: 'of ((your|our|the|all|telephone|phone) )*(calls?|conversations?)', notBefore: '(calls?|conversations?)( \\p{L}+){0,6}[;:]?' }],
    contact_book: [
      // "Delete their number from our contact list": the operator's own list is no address book of the person's.
      { p: 'address[- ]?books?( contacts)?', absorbs: true }, { p: 'contact lists?', notBefore: "(our|its|the (company|agency|bank|lender|operator)['’]s)" }, { p: 'phone ?book' }, { p: 'device contacts' },
      { p: "contacts(,? ((and|or) )?[\\p{L}-]+( [\\p{L}-]+)?){0,4} (stored )?(on|from|in) (your|the|his|her|their)( [\\p{L}-]+['’]s)?( mobile)? (device|phone|smartphone)s?", absorbs: true }, { p: '(access(ing)? to|read|upload) (your )?(phone |device )?contacts', absorbs: true },
      // A permissions table's row or list entry: "Contacts | what we use it for | …", "Contacts – picking a recipient"; a link
      // bar ("Careers | Contacts | Қазақша") has a word and a bar before it.
      { p: `contacts(?=${PERMISSION_LABEL_AFTER})`, notBefore: '[\\p{L}.]+ \\|', notAfter: CONTACT_DETAILS_AFTER },
    ],
    ip_address: [{ p: 'IP( address(es)?)?' }, { p: 'internet protocol address(es)?' }],
    device_info: [
      { p: 'device (or other )?(information|data|identifiers?|ids?|type|model|characteristics)' }, { p: 'information about (your )?(the )?devices?', notAfter: "['’]s? (location|position|whereabouts)" }, { p: 'operating systems?' }, { p: '(type|model|make)s? of (your |the )?(mobile )?devices?' },
      { p: 'hardware model' }, { p: 'device (make|brand|manufacturer)' }, { p: 'screen resolution' }, { p: '(IMEI|IMSI)' }, { p: 'advertising (id|identifier)s?', absorbs: true }, { p: '(IDFA|GAID|AAID)' }, { p: 'SIM (card|number|serial)s?' }, { p: 'ICCID' }, { p: '(installed|other) (apps|applications)' }, { p: 'unique device' },
    ],
    // "until you close the browser" is a cookie's lifetime, not data about the browser; nor is the browser as an actor or a
    // channel: "your browser asks", "the browser permission", "browser cookies", "between your browser and our servers".
    browser_info: [{ p: 'browsers?( type| version| information)?', notBefore: '((in|through|via|using|between|asks?)( your| the)?|(close|closes|closing|quit|exit)_( your| the)?)', notAfter: '(settings|((is|are) )?(closed|closes)|(will )?(asks?|prompts?|lets?|allows?)|permissions?|pop-?ups?|windows?|add-?ons?|extensions?|cookies|storage)(?![\\p{L}])' }, { p: 'user[- ]agent' }],
    access_logs: [
      { p: '(access|visit) (times?|dates?|logs?)' }, { p: 'log (files|data|information)' }, { p: 'server logs?' }, { p: 'date and time of (your |each |every )?(access|visit|request|session|log-?in|sign-?in)s?' },
      { p: 'referr?(ing|er) (url|page|website)s?' }, { p: '(login|log-in|sign-in) (history|logs?)' }, { p: 'requested (page|url)s?' }, { p: 'time of (access|your visit)' },
      // Crash and diagnostic reports are the app's system journal.
      { p: '(crash|error) (reports?|logs?|data)' }, { p: 'diagnostic (data|events?|logs?|information|reports?)' },
    ],
    usage_data: [
      // Other sites the person visits: "the websites you visit", "visited websites".
      { p: '(websites|web ?sites?|sites|web pages) (that )?you (visit|browse|open)_' }, { p: '(visited|browsed) (websites|web ?sites|sites|web pages)' },
      { p: 'usage (data|information)' }, { p: 'how you (use|interact)' }, { p: 'pages (you )?(visit|view|open)(ed)?' }, { p: 'browsing (history|activity|behaviou?r)' },
      // A shop's record of what the person looked at and ordered: "viewed products", "items added to your wishlist", "order history".
      { p: '(viewed|browsed) (products|items|goods)' }, { p: '(products|items|goods) (you )?(viewed|browsed|added to (your )?(favou?rites|wishlist|wish list|cart|basket))' }, { p: '(order|purchase) history' },
      { p: 'clickstream' }, { p: '(link|button) (clicks|taps)' }, { p: '(clicks|taps) on (the )?(links|buttons)' }, { p: 'interaction data' }, { p: '(information|data) about (your )?(use|usage)' }, { p: 'app usage' }, { p: 'how (the |our )?(app|apps|site|website|service)s?( and (the |our )?(app|apps|site|website|service)s?)? (is|are) used' }, { p: 'in-app (activity|events|behaviou?r)' }, { p: '(app|in-app|user) interactions' }, { p: '(in-app )?search history' },
      { p: '(screens?|features?|sections?) (that )?(you )?(are |were )?(used|visited|viewed|opened|use|visit|view|open)' },
      // "which pages and buttons they use", "what screens people open": the question names what the person did.
      { p: '(which|what) (pages|screens|features|sections|buttons)( (and|or) (pages|screens|features|sections|buttons))? (you|they|users|people|customers|visitors) (use|visit|view|open|click|tap)_' },
      // The passive and the path: "which pages of our website are visited", "how visitors move between them".
      { p: '(which|what) (pages|screens|sections)( of (our|the) (website|site|app))? (are|were) (visited|viewed|opened|used)' }, { p: 'how (you|visitors|users|people|customers) (move|navigate)' },
      { p: '(which|what) (pages|screens|features|sections|buttons)( (and|or) (pages|screens|features|sections|buttons))? (are|were|get|got) (used|visited|viewed|opened|clicked|tapped)' },
      // "how they move around the site", "navigation through the app".
      { p: 'how (you|they|users|people|visitors|customers) (move|navigate|browse|get) (around|through|across) (the |our )?(site|website|app|pages)' }, { p: '(navigation|movements?) (around|through|across) (the |our )?(site|website|app)' },
    ],
    cookies: [{ p: 'cookies?' }],
    tracking_technologies: [
      { p: 'pixels?( tags?)?' }, { p: 'web beacons?' }, { p: 'tracking (pixels|technolog_|tools)' }, { p: 'local ?storage' }, { p: 'SDKs?' },
      { p: '(other|similar) (tracking )?technologies', generic: true },
    ],
    fingerprinting: [
      { p: 'fingerprint_ ((your|the|a|each) )?(browser|device)s?', absorbs: true }, { p: '(device|browser|digital) fingerprint_', absorbs: true },
      // A person's own fingerprint ("your fingerprint", "fingerprint unlock") is a finger's, checked by the phone's biometric lock.
      // Named beside another way to unlock ("with Face ID or a fingerprint", "a PIN or fingerprint") it is a finger's too.
      { p: 'fingerprint_', notBefore: '(your|my|his|her|their|the user.s|the customer.s|(Face ID|Touch ID|face|PIN|passcode|password) (or|and)( a| your)?)', notAfter: `(${BIOMETRIC_LOCK}|sensors?|scanners?|readers?|recognition|authentication)` }, { p: 'canvas' },
    ],
    session_recording: [
      { p: 'session[- ](recording|replay)s?' }, { p: 'record_ (your )?(sessions?|screens?|keystrokes|mouse movements?)' }, { p: 'keystrokes?' }, { p: 'mouse movements?' },
      // "record what you do on screen", "record your on-screen actions".
      { p: 'record_ (what you do|your (on-?screen )?(actions|activity|taps)) on (the |your )?screen' }, { p: 'record_ (your )?on-?screen (actions|activity|taps)' },
    ],
  };
}
