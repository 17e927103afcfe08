/**
 * Country names for the operators' countries most often found in the tracker database; other codes
 * are shown as the ISO code itself, which an auditor can still read.
 */
import type { Lang } from './text';

type Names = Record<Lang, string>;

const NAMES: Readonly<Record<string, Names>> = {
  KZ: { ru: 'Казахстан', kk: 'Қазақстан', en: 'Kazakhstan' },
  RU: { ru: 'Россия', kk: 'Ресей', en: 'Russia' },
  US: { ru: 'США', kk: 'АҚШ', en: 'United States' },
  GB: { ru: 'Великобритания', kk: 'Ұлыбритания', en: 'United Kingdom' },
  DE: { ru: 'Германия', kk: 'Германия', en: 'Germany' },
  NL: { ru: 'Нидерланды', kk: 'Нидерланды', en: 'Netherlands' },
  IE: { ru: 'Ирландия', kk: 'Ирландия', en: 'Ireland' },
  FR: { ru: 'Франция', kk: 'Франция', en: 'France' },
  CN: { ru: 'Китай', kk: 'Қытай', en: 'China' },
  IL: { ru: 'Израиль', kk: 'Израиль', en: 'Israel' },
  BY: { ru: 'Беларусь', kk: 'Беларусь', en: 'Belarus' },
  UA: { ru: 'Украина', kk: 'Украина', en: 'Ukraine' },
  CY: { ru: 'Кипр', kk: 'Кипр', en: 'Cyprus' },
  SG: { ru: 'Сингапур', kk: 'Сингапур', en: 'Singapore' },
  SE: { ru: 'Швеция', kk: 'Швеция', en: 'Sweden' },
  CA: { ru: 'Канада', kk: 'Канада', en: 'Canada' },
  JP: { ru: 'Япония', kk: 'Жапония', en: 'Japan' },
  IN: { ru: 'Индия', kk: 'Үндістан', en: 'India' },
  TR: { ru: 'Турция', kk: 'Түркия', en: 'Turkey' },
  AE: { ru: 'ОАЭ', kk: 'БАӘ', en: 'United Arab Emirates' },
  CH: { ru: 'Швейцария', kk: 'Швейцария', en: 'Switzerland' },
};

const UNKNOWN: Names = { ru: 'неизвестна', kk: 'белгісіз', en: 'unknown' };

export function countryName(code: string | null, lang: Lang): string {
  if (code === null) return UNKNOWN[lang];
  return NAMES[code]?.[lang] ?? code;
}
