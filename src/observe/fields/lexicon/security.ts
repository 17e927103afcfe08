/** Secrets (passwords, one-time codes) and fields that are plainly not personal data. */
import { lexicon, NOT_PERSONAL, strong, weak } from './entry';

/** A promo code, captcha or referral code is a code, but not a secret of the person. */
const NOT_SECRET = ['промо*', 'promo*', 'купон*', 'coupon*', 'captcha', 'капч*', 'реферальн*', 'referral*', 'invite*', 'приглаш*'];

export const CREDENTIALS = lexicon('credentials',
  strong([
    'пароль|пароля|паролем|пароли', 'sms-код*', 'смс-код*', 'код* _ sms|смс', 'код* _ подтвержд*', 'одноразов* _ код*|пароль*',
    'пин-код*', 'кодов* слов*', 'секретн* слов*|вопрос*|код*', 'растау _ код*', 'құпия сөз*', 'құпиясөз*', 'құпия код*',
    'sms|смс кодты', 'password*|passcode', 'one-time*', 'otp', 'verification code', 'confirmation code',
    'pin', 'secret word|question', 'pass|pwd|passwd', 'sms code', 'smscode', 'code sms', 'verify code',
    'confirm code', 'parol*',
  ], NOT_SECRET),
  weak(['код из сообщения', 'code from _ message', 'кодты енгізіңіз'], NOT_SECRET),
);

export const NOT_PERSONAL_FIELD = lexicon(NOT_PERSONAL,
  strong([
    'поиск*', 'найти', 'искать', 'іздеу*', 'search*', 'промокод*|промо-код*', 'promo*|promocode', 'купон*', 'coupon*',
    'капч*', 'captcha|recaptcha', 'код с картинки', 'символы с картинки', 'реферальн* код*', 'referral*', 'q', 'query',
  ]),
  weak(['подписк* на рассылк*']),
);
