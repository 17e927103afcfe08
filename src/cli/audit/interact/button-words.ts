/**
 * The words that decide what a button does, in Russian, Kazakh and English. Deny lists are matched
 * anywhere in the text (a button saying «Продолжить и отправить» sends); allow lists are narrower.
 */

/** Things the command line must never set off, with the reason printed when it refuses; the most specific reason first. */
export const DENY: ReadonlyArray<readonly [reason: string, pattern: RegExp]> = [
  ['makes a payment', /оплат|төле|\bpay\b|payment|погас|списат|перевести|внести/u],
  ['sends a code by SMS or e-mail', /sms|смс|код|\bcode\b|otp|верификац.*номер/u],
  ['asks for a call', /звон|перезвон|call|қоңырау|хабарлас/u],
  // «чат» only as a word start: «начать» (start) contains it.
  ['opens a chat with a person', /(?<!\p{L})чат|chat|напиш|написать|whatsapp|telegram|консультант|оператор|жазыңыз|жазу|message us/u],
  ['signs in or creates an account', /войти|вход|кіру|log ?in|sign ?in|sign ?up|регистрац|тіркел|личный кабинет/u],
  ['subscribes or unsubscribes', /подписаться|подпишитесь|subscribe|рассылк/u],
  ['sends the application', /отправ|жібер|submit|\bsend\b|подпис|қол қою|sign and|завершить|подтверд|растау|confirm|finish/u],
];

/** Moves a multi-step form on: the whole text must be one of these. */
export const ADVANCE = /^(далее|дальше|продолжить|следующий шаг|вперед|next|next step|continue|келесі|келесі қадам|әрі қарай|жалғастыру)$/u;

/** Opens the application form: a link or a stand-alone button on the landing page. */
export const OPEN_FORM = /оформить (заявку|займ|кредит|микрокредит)|подать заявку|получить (деньги|займ|кредит)|взять (займ|кредит|деньги)|заявка на (займ|микрокредит|кредит)|өтінім беру|өтінім|ақша алу|қарыз алу|несие алу|^apply|apply now|get (a )?loan|get money/u;

/** Dismisses a cookie notice: short agreeing words, only inside an element that talks about cookies. */
export const COOKIE_OK = /^(принять|принять все|принимаю|понятно|хорошо|ок|ok|okay|согласен|согласна|accept|accept all|i agree|got it|келісемін|түсінікті|жарайды|қабылдау)$/u;
export const COOKIE_CONTEXT = /cookie|куки|кукис/u;

/** Starts the camera or microphone for a selfie or liveness check (answered by a fake device). */
export const MEDIA = /селфи|selfie|камер|camera|видеоверификац|liveness|сделать фото|сфотограф|суретке түс/u;
