/** DIR/<host>.json (the extension's report, byte for byte as it built it) and DIR/<host>.html beside it. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderReportHtml } from '../../report';
import type { Report } from '../../schema/report';
import type { Lang } from './args';

export interface WrittenReport { json: string; html: string }

/** Host names are safe file names already; anything else (an IDN's punycode is fine) is replaced. */
export function reportBaseName(host: string): string {
  return host.replace(/[^a-z0-9.-]/gi, '_');
}

export async function writeReport(dir: string, host: string, report: Report, lang: Lang, screenshotDataUrl: string): Promise<WrittenReport> {
  await mkdir(dir, { recursive: true });
  const base = join(dir, reportBaseName(host));
  const written = { json: `${base}.json`, html: `${base}.html` };
  await writeFile(written.json, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(written.html, renderReportHtml(report, { lang, screenshotDataUrl }));
  return written;
}
