/**
 * One site, start to finish, in a browser no other site is using at the same time: attach the
 * policy if one was given, load, let the page settle, scroll, interact if asked, then collect the
 * extension's report and a screenshot of the page as it was audited.
 */
import type { Report } from '../../schema/report';
import type { AuditBrowser } from '../launch';
import { createCanaries } from './canary/canaries';
import { interact } from './interact/interact';
import { createInteractionLog, type InteractionLog } from './interact/log';
import { describeHttpStatus, describeNavigationError } from './page/navigation-errors';
import { AFTER_ACTION, AFTER_LOAD, scrollThrough, waitForQuiet } from './page/settle';
import { reportFor, usePolicy } from './page/tab-report';
import type { PolicyText } from './policies';
import type { Target } from './targets';

export interface SiteAudit { interact: boolean; policy: PolicyText | null; runId: string }

export type SiteResult =
  | { ok: true; target: Target; report: Report; screenshotDataUrl: string; interaction: InteractionLog | null }
  | { ok: false; target: Target; message: string };

const LOAD_TIMEOUT = 30_000;
const ACTION_TIMEOUT = 5000;

export async function auditSite(browser: AuditBrowser, target: Target, options: SiteAudit): Promise<SiteResult> {
  const fail = (message: string): SiteResult => ({ ok: false, target, message });
  if (options.policy) {
    const refused = await usePolicy(browser, target.site, options.policy.text, options.policy.source);
    if (refused) return fail(`the extension refused the --policy file: ${refused}`);
  }
  const page = await browser.context.newPage();
  page.setDefaultTimeout(ACTION_TIMEOUT);
  try {
    let status: number | null;
    try {
      status = (await page.goto(target.url, { waitUntil: 'load', timeout: LOAD_TIMEOUT }))?.status() ?? null;
    } catch (error) {
      return fail(describeNavigationError(error));
    }
    if (status !== null && status >= 400) return fail(describeHttpStatus(status));
    await waitForQuiet(page, AFTER_LOAD);
    await scrollThrough(page);
    await waitForQuiet(page, AFTER_ACTION);
    let interaction: InteractionLog | null = null;
    if (options.interact) {
      interaction = createInteractionLog();
      await interact(page, createCanaries(`${options.runId}|${target.site}`), interaction);
      // Recorders batch what they saw; the last keystrokes leave a second or two later.
      await waitForQuiet(page, AFTER_LOAD);
    }
    const fetched = await reportFor(browser, page);
    if (!fetched.ok) return fail(fetched.message);
    const png = await page.screenshot({ type: 'png' });
    return { ok: true, target, report: fetched.report, screenshotDataUrl: `data:image/png;base64,${png.toString('base64')}`, interaction };
  } finally {
    await page.close().catch(() => undefined);
  }
}
