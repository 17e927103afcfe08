/**
 * «биометриялық құлпымен», «биометрической блокировкой», "biometric login": the phone's own biometric
 * check guards the app and no face data reaches the operator. One list for all three lexicons, since
 * the Russian and Kazakh stems match each other's words.
 */
export const BIOMETRIC_LOCK = '(блокировк|разблокировк|вход|құлп|бекіт|lock|unlock|log-?in|sign-?in)_';
