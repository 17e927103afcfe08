/** How to reach the person, or someone else: phone, email, address, third persons, social networks. */
import { choices, lexicon, strong, weak } from './entry';

export const PHONE = lexicon('phone',
  strong([
    'телефон*', 'тел', 'номер* _ телефон*|мобильн*|сотов*', 'сотов*', 'ұялы*', 'телефон нөмір*', 'phone*',
    'telephone', 'mobile|cell number|phone', 'whatsapp|ватсап*|вотсап*', 'msisdn', 'tel', 'telefon*',
    'nomer telefona', 'mob',
  ]),
  weak(['мобильн*', 'mobile', 'cell'], ['приложени*', 'app*', 'банкинг*', 'banking']),
);

/** «Почтовый индекс» and «почтовый адрес» are postal, not electronic. */
const POSTAL = ['индекс*', 'почтов* адрес*', 'почтов* отделени*', 'пошта индекс*', 'zip*', 'postal*'];

export const EMAIL = lexicon('email',
  strong([
    'электронн* почт*', 'эл почт*', 'e-mail', 'email*', 'электрондық пошта*', 'эл пошта*', 'емейл*|имейл*|емайл*|имэйл*',
    'e mail', 'mail', 'elektronnaya pochta', 'е-mail|е-майл', // Cyrillic «е», a common slip
  ], POSTAL),
  weak(['почт*', 'пошта*', 'mail*'], POSTAL),
);

/** «Адрес электронной почты», «IP-адрес» and «адрес сайта» are not where the person lives. */
const NOT_DWELLING = [
  'электронн*', 'эл почт*', 'e-mail', 'email', 'почты', 'электрондық*', 'пошта*', 'ip', 'сайт*', 'веб*', 'url',
  'mail*', 'web*', 'site', 'деятельност*', 'кошел*', 'wallet',
];

export const ADDRESS = lexicon('address',
  strong([
    'адрес*', 'мекенжай*', 'мест* _ жительств*|проживани*|регистрац*', 'прописк*', 'улиц*', 'ул', 'квартир*',
    'населенн* пункт*', 'почтов* индекс*', 'тұрғылықты*', 'тіркелген жер*', 'тіркеу мекенжай*', 'көше*', 'пәтер*',
    'елді мекен*', 'address*', 'street*', 'postal code', 'postcode', 'zip*', 'apartment', 'addr*', 'adres*',
    'ulica|ulitsa', 'kvartira', 'propiska',
  ], NOT_DWELLING),
  weak([
    'дом', 'кв', 'город*', 'област*', 'район*', 'регион*', 'индекс', 'страна', 'қала|қаласы', 'үй', 'облыс*', 'аудан*',
    'city', 'town', 'region', 'district', 'country', 'house', 'building', 'flat', 'apt', 'gorod', 'oblast', 'dom',
  ], NOT_DWELLING),
);

export const CONTACT_PERSONS = lexicon('contact_persons',
  strong([
    'контактн* лиц*', 'доверенн* лиц*', 'родственник*|родственниц*', 'степен* родства', 'родств*', 'супруг*',
    'треть* лиц*', 'поручител*', 'созаемщик*', 'кем _ приходит*', 'близк* _ человек*|лиц*', 'байланыс* тұлға*',
    'туыс*', 'жақын* адам*|туыс*', 'жұбай*', 'кепілгер*', 'сенім* тұлға*|адам*', 'contact person*',
    'emergency contact*', 'relative*', 'next of kin', 'spouse*', 'guarantor*', 'co-borrower*', 'reference person*',
    'trusted person*', 'third person*', 'contactperson*', 'kontakt* lic*|litso', 'rodstv*', 'emergency',
  ], ['член* семь*', 'отбасы мүше*', 'household']),
  weak(['relationship', 'third party', 'reference*']),
  choices(['мать|мама', 'отец|папа', 'брат', 'сестра', 'сын', 'дочь', 'коллега', 'друг|подруга', 'ана|әке|аға|апа|іні|қарындас|сіңлі', 'mother|father|brother|sister|friend|colleague']),
);

export const SOCIAL_PROFILE = lexicon('social_profile',
  strong([
    'соцсет*', 'социальн* сет*', 'ссылк* _ профил*|страниц*|соцсет*', 'профил* _ instagram|вконтакте|facebook|соцсет*',
    'instagram|инстаграм*|insta', 'facebook|фейсбук*', 'вконтакте|vkontakte|vk|вк', 'одноклассник*', 'telegram|телеграм*',
    'linkedin', 'tiktok|тикток*', 'twitter', 'әлеуметтік желі*', 'social network*|media|profile*',
  ]),
  weak(['social', 'skype', 'ig', 'fb', 'tg', 'profile url', 'профил*']),
);
