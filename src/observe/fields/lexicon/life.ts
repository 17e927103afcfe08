/** Life circumstances: work, family, education, and anti-money-laundering status. */
import { choices, lexicon, strong, weak } from './entry';

export const EMPLOYMENT = lexicon('employment',
  strong([
    'мест* работ*', 'работодател*', 'должность|должности|должностью', 'наименовани* _ организаци*|компани*|работодател*',
    'стаж*', 'вид|тип _ занятост*', 'занятост*', 'сфер* деятельност*', 'вид* деятельност*', 'рабоч* телефон*',
    'професси*', 'род занятий', 'кем _ работа*', 'трудоустро*', 'жұмыс орн*', 'жұмыс беруш*',
    'лауазым|лауазымы|лауазымыңыз', 'еңбек өтіл*', 'қызмет* түр*', 'employer*', 'company name', 'job title',
    'job', 'position', 'occupation', 'work experience', 'employment*', 'workplace', 'place of work', 'profession*',
    'mesto raboty', 'dolzhnost*', 'rabot*',
  ]),
  weak(['организаци*', 'компани*', 'жұмыс*', 'мамандығ*|мамандық', 'ұйым*', 'company', 'organi*', 'work*', 'org']),
);

/** Whether a name, phone or address belongs to the employer rather than the person. */
export const EMPLOYER_CUES = [
  'работодател*', 'мест* работ*', 'организаци*', 'компани*', 'рабоч*', 'работ*', 'жұмыс*', 'ұйым*', 'employer*',
  'company', 'organi*', 'work*', 'office', 'job',
];

export const FAMILY = lexicon('family',
  strong([
    'семейн* положени*|статус*', 'количеств* _ дет*|иждивенц*', 'дети|детей', 'иждивен*', 'член* семь*',
    'отбасы*', 'отбасылық*', 'балалар* _ сан*', 'асырауында*', 'некел*', 'marital*', 'family status', 'children',
    'dependents|dependants', 'number of _ children|kids', 'deti', 'semeyn*|semein*',
  ]),
  strong(['family*'], ['name*']),
  weak(['семейн*', 'брак*', 'бала*', 'household', 'kids']),
  choices([
    'женат', 'замужем', 'холост*', 'не замужем', 'разведен*', 'вдов*', 'гражданск* брак*', 'үйленген*', 'тұрмыс*',
    'бойдақ*', 'ажырас*', 'жесір*', 'married', 'single', 'divorced', 'widow*',
  ]),
);

export const EDUCATION = lexicon('education',
  strong(['образовани*', 'білім*', 'оқу орн*', 'учебн* заведени*', 'вуз', 'education*', 'obrazovani*', 'edu']),
  weak(['degree', 'university|университет*', 'qualification*', 'квалификаци*']),
  choices([
    'высшее', 'среднее', 'среднее специальное', 'неоконченн* высшее', 'начальн*', 'жоғары', 'орта', 'орта арнаулы',
    'higher', 'secondary', 'bachelor*', 'master*', 'бакалавр*', 'магистр*',
  ]),
);

export const KYC_STATUS = lexicon('kyc_status',
  strong([
    'ипдл', 'пдл', 'публичн* должностн* лиц*', 'иностранн* публичн*', 'бенефициар*', 'шжлт', 'жлт',
    'жария лауазымды тұлға*', 'шетелдік жария*', 'pep', 'politically exposed*', 'beneficial owner*', 'ultimate beneficiar*',
    'в интересах третьих лиц', 'источник* происхождени* _ средств', 'ipdl', 'beneficiar*',
  ]),
  weak(['fatf|фатф', 'отмывани*', 'source of funds']),
);
