/**
 * A device the operator's staff use, not the person's own: «служебная камера», «қызметтік веб-камера», "staff camera".
 */
export const OWN_DEVICE = '(служебн|корпоративн|қызметтік|корпоративтік|company|corporate|staff|office|branch)_';

/**
 * «служебные устройства Агентства оснащены GPS-трекерами», «қызметтік көліктері GPS-трекерлермен», "company vehicles are
 * fitted with GPS trackers": the operator tracks its own staff's devices and vehicles, not the person. One list for all
 * three lexicons, since every lexicon's «GPS» is tried on every language's text.
 */
export const OWN_FLEET = '(служебн|корпоративн|қызметтік|корпоративтік|company|corporate|staff|fleet)_( [\\p{L}-]+){0,2} '
  + '(устройств|автомобил|транспорт|машин|телефон|смартфон|көлі|құрылғы|vehicle|car|device|phone|smartphone)_( [\\p{L}-]+){0,4}';
