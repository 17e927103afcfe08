/** Who the person is: name, IIN, date of birth, gender, citizenship. */
import { choices, lexicon, strong, weak } from './entry';

/** «Имя» on a card, of a user account or of a company is not the person's name. */
const NOT_PERSONAL_NAME = [
  'пользовател*', 'логин*', 'карт*', 'компани*', 'организаци*', 'банк*', 'файл*', 'ұйым*', 'домен*',
  'user*', 'login', 'card*', 'company', 'organi*', 'bank*', 'file*', 'product*', 'domain*', 'cc',
];

export const NAME = lexicon('name',
  strong([
    'фио', 'ф и о', 'фамили*', 'имя|имени', 'отчеств*', 'полное имя', 'аты-жөн*', 'тегі|тегіңіз', 'аты|атыңыз',
    'әкесінің аты*', 'full|first|last|given|family|middle name', 'fullname|firstname|lastname|givenname|familyname|middlename',
    'surname', 'patronymic', 'your name', 'fio',
    'familiya|familia|familija', 'imya|imia|imja', 'otchestvo', 'name',
  ], NOT_PERSONAL_NAME),
  weak(['как к вам обращаться', 'қалай жүгінуге болады', 'fname|lname|mname'], NOT_PERSONAL_NAME),
);

/** A card's BIN (first six digits) is not a business identification number. */
const NOT_PERSONAL_BIN = ['карт*', 'card*', 'cc'];

export const NATIONAL_ID = lexicon('national_id',
  strong([
    'иин', 'жсн', 'бин', 'бсн', 'iin', 'bin', 'индивидуальн* идентификационн* номер*',
    'жеке сәйкестендіру нөмір*', 'бизнес-идентификационн* номер*', 'individual identification number',
    'national id|identification*', 'personal identification number',
  ], NOT_PERSONAL_BIN),
  weak(['рнн', 'rnn', 'инн', 'inn', 'tax id', 'taxpayer*', 'personal number'], NOT_PERSONAL_BIN),
);

export const BIRTH_DATE = lexicon('birth_date',
  strong([
    'дат* _ рожд*', 'день рождени*', 'год рождени*', 'мест* рождени*', 'туған күн*', 'туылған күн*',
    'туған жыл*', 'туған жер*', 'date of birth', 'birth date', 'birthdate', 'birthday', 'dob', 'bday',
    'place of birth', 'birthplace', 'date birth', 'rozhd*|rojd*', 'birth*',
  ]),
  weak(['возраст*', 'age', 'жасыңыз', 'vozrast']),
);

export const GENDER = lexicon('gender',
  strong(['пол', 'пол клиента', 'жыныс*', 'gender', 'sex', 'pol']),
  choices(['мужск*', 'женск*', 'муж', 'жен', 'ер', 'әйел*', 'male', 'female', 'man', 'woman']),
);

export const CITIZENSHIP = lexicon('citizenship',
  strong(['гражданств*', 'гражданин*|гражданк*', 'азаматтығ*|азаматтық*|азаматы', 'citizenship', 'nationality', 'grazhdanstvo']),
  weak(['резидент*', 'нерезидент*', 'национальност*', 'ұлт*', 'resident*']),
);
