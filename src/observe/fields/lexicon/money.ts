/** Money: bank card, bank account, income and debts, and the loan being asked for. */
import { choices, lexicon, strong, weak } from './entry';

/** «Карта» is also a map, a SIM card, a loyalty card or (in English) an ID card. */
const NOT_PAYMENT_CARD = [
  'сим*', 'sim', 'скидочн*', 'бонусн*', 'карт* сайта', 'id card', 'identity card', 'медицинск*',
  'удостоверени*', 'map*', 'business card',
];

export const BANK_CARD = lexicon('bank_card',
  strong([
    'номер* _ карт*', 'банковск* карт*', 'платежн* карт*', 'держател* карт*', 'срок действия карт*', 'как на карте',
    'cvv*|cvc*|cvv2|cvc2|cvп|cvp|csc', 'мм гг|гггг', 'mm yy|yyyy', 'карт* нөмір*', 'банк* карт*',
    'карта иес*', 'card number|no|num', 'cardnumber', 'cardholder*', 'card holder*', 'name on card',
    'exp date|month|year', 'card|cc exp*', 'cc num*', 'ccnum', 'card security code', 'security code',
    'pan',
  ], NOT_PAYMENT_CARD),
  weak(['карт*', 'card*', 'срок действия', 'expiry|expiration', 'действует до'], NOT_PAYMENT_CARD),
);

export const BANK_ACCOUNT = lexicon('bank_account',
  strong([
    'iban', 'иик', 'жск', 'есепшот*', 'есеп шот*', 'шот* _ нөмір*', 'банктік шот*', 'номер* _ счет*', 'расчетн* счет*',
    'текущ* счет*', 'лицев* счет*', 'банковск* счет*', 'сберегательн* счет*', 'бик', 'bic', 'swift*',
    'банк* получател*', 'наименовани* банка', 'account|acc number|no|num', 'bank account*',
    'iik|iic', 'schet', 'bik',
  ]),
  weak(['счет*', 'шот*', 'банк*', 'кбе', 'account*', 'bank*'], ['личн* кабинет*', 'user*', 'учетн* запис*', 'счетчик*']),
);

export const FINANCIAL_STATUS = lexicon('financial_status',
  strong([
    'доход*', 'заработн* плат*', 'зарплат*', 'расход*', 'ежемесячн* _ платеж*|выплат*|обязательств*', 'кредитн* нагрузк*',
    'кредитн* истори*', 'действующ* _ кредит*|займ*|заем*', 'текущ* _ кредит*|займ*|заем*|задолженност*|обязательств*',
    'задолженност*', 'долг|долга|долги|долгов|долгам', 'просрочк*|просроченн*', 'сбережени*', 'имуществ*',
    'табыс*', 'жалақы*', 'айлық табыс*|жалақы*', 'шығыс*|шығын*', 'ай сайынғы төлем*', 'ағымдағы _ қарыз*|несие*',
    'берешек*', 'income*', 'salary', 'earnings', 'expense*', 'debt*', 'existing|current|other loan*',
    'outstanding*', 'monthly payment*', 'credit history', 'savings', 'dohod*', 'zarplat*', 'rashod*',
  ]),
  weak(['пенси*', 'пособи*', 'алимент*', 'обязательств*', 'недвижимост*', 'автомобил*', 'кредит* в других', 'assets', 'pension']),
);

/** «Сумма дохода», «срок действия карты» are about something else than the loan. */
const NOT_LOAN = ['доход*', 'платеж*', 'расход*', 'зарплат*', 'действи*', 'табыс*', 'жарамдылық*', 'income', 'payment*', 'expir*', 'valid*'];

export const LOAN_TERMS = lexicon('loan_terms',
  strong([
    'сумм* _ займ*|заем*|заём*|кредит*|микрокредит*', 'срок* _ займ*|заем*|заём*|кредит*|микрокредит*|возврат*|погашени*',
    'желаем* сумм*', 'цел* _ займ*|заем*|кредит*|микрокредит*', 'қарыз* _ сома*|мерзім*|мақсат*', 'несие* _ сома*|мерзім*|мақсат*',
    'loan amount|sum', 'loan term|period|duration', 'purpose of _ loan', 'how much', 'сколько _ нужно|хотите',
    'loan*', 'credit amount|sum',
  ], NOT_LOAN),
  weak([
    'сумм*', 'срок', 'период*', 'дней|дни|дня', 'сома*', 'мерзім*', 'күн', 'amount', 'term', 'period', 'days',
    'sum|summa|summ', 'srok',
  ], NOT_LOAN),
  choices(['дней|дня', 'месяц*|мес', 'күн', 'ай', 'days', 'months']),
);
