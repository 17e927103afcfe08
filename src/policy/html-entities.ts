/** Decodes the HTML character references that occur in policy pages. */

const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', laquo: '«', raquo: '»',
  mdash: '—', ndash: '–', hellip: '…', shy: '\u00ad', copy: '©', reg: '®', trade: '™',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', bdquo: '„', sbquo: '‚', bull: '•', middot: '·',
  times: '×', deg: '°', sect: '§', numero: '№', euro: '€', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003',
};

const REFERENCE = /&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/giu;

function fromCodePoint(code: number): string | null {
  const valid = Number.isInteger(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  return valid ? String.fromCodePoint(code) : null;
}

export function decodeEntities(text: string): string {
  return text.replace(REFERENCE, (whole, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X')) return fromCodePoint(parseInt(body.slice(2), 16)) ?? whole;
    if (body.startsWith('#')) return fromCodePoint(parseInt(body.slice(1), 10)) ?? whole;
    return NAMED[body.toLowerCase()] ?? whole;
  });
}
