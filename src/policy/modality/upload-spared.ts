import { lazyPattern } from '../lazy';

/**
 * An upload or a photo the person need not make is never taken: «Загружать фото документов не нужно», «не нужно ничего
 * сканировать», "no need to upload", «суретін жүктеудің қажеті жоқ» («вводить ИИН не нужно» only spares typing it).
 * Scanned only when the clause says something is not needed.
 */
const UPLOAD_SPARED = lazyPattern([
  String.raw`(?<![\p{L}])(?:загружа|загруз|прикладыва|приложи|прикрепля|прикрепи|фотографир|сфотографир|сканир|отсканир)\p{L}*\s+(?:[\p{L}-]+\s+){0,3}?не\s+(?:нужно|надо|требуется)(?![\p{L}])`,
  String.raw`(?<![\p{L}])не\s+(?:нужно|надо|требуется)\s+(?:ничего\s+)?(?:загружа|загруз|прикладыва|приложи|прикрепля|прикрепи|фотографир|сфотографир|сканир|отсканир)\p{L}*`,
  String.raw`(?<![\p{L}])no\s+need\s+to\s+(?:upload|attach|photograph|scan|take\s+a\s+(?:photo|picture))`,
  String.raw`(?<![\p{L}])(?:жүктеу|тіркеу|суретке\s+түсіру|сканерлеу)(?:дің|ге)?\s+(?:қажеті\s+жоқ|қажет\s+емес)`,
].join('|'), 'iu');
const NOT_NEEDED_HINT = /нужно|надо|требуется|no\s+need|қажет/iu;

/** The denials of an upload the clause holds, if it says something is not needed. */
export function uploadSpared(clause: string): RegExp[] {
  return NOT_NEEDED_HINT.test(clause) ? [UPLOAD_SPARED()] : [];
}
