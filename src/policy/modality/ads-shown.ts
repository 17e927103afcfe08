/**
 * Showing no advertising denies advertising: «не показываем рекламу», «жарнама көрсетпейміз», "we do not show ads". Only
 * for advertising is showing the practice itself; «не показываем номер карты» hides data that is still collected.
 */
import { lazyPattern } from '../lazy';

export const NO_ADS_SHOWN = lazyPattern([
  String.raw`(?<![\p{L}])(?:не|никогда\s+не)\s+(?:показыва|покаж|демонстрир|транслир|размеща)\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?(?:реклам|маркетинг)`,
  String.raw`(?:(?<![\p{L}])(?:not|never)|(?<=[a-z])n['’]t)\s+(?:[a-z]+\s+)?(?:show|display|serve|run)[a-z]*\s+(?:[a-z-]+\s+){0,2}?(?:ads|adverts?|advertising|advertisements?|marketing)(?![\p{L}])`,
].join('|'), 'iu');
