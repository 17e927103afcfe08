/** `--urls-file`: one URL per line; blank lines and everything after a # are ignored. */
export function parseUrlList(text: string): string[] {
  return text.split(/\r?\n/)
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .filter((line) => line !== '');
}
