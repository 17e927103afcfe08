/**
 * Finding a policy the product has never seen: made-up lenders (tests/fixtures/discovery) publish
 * theirs as HTML pages, a PDF and a DOCX linked from the footer; one publishes none; one two. The
 * popup must say where it found the policy and list its declarations, or say none was found and
 * let the auditor paste one on the options page.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { AuditBrowser } from '../../src/cli/launch';
import { expect, test } from '../fixtures/discovery/harness';
import type { DiscoveryServer } from '../fixtures/discovery/server';
import { EXTENSION_DIR, openPopup, tabIdOf } from './harness';

async function visit(auditor: AuditBrowser, lenders: DiscoveryServer, host: string): Promise<{ page: Page; popup: Page }> {
  const page = await auditor.context.newPage();
  await page.goto(lenders.url(host));
  const popup = await openPopup(auditor, await tabIdOf(auditor, page));
  return { page, popup };
}

async function policyTab(popup: Page): Promise<void> {
  await popup.getByRole('tab', { name: /Политика|Саясат|Policy/u }).click();
}

for (const [host, path, category] of [
  ['aqshatez.kz', '/privacy', 'phone'],
  ['tengebulaq.kz', '/docs/politika.pdf', 'birth_date'],
  ['qarjynesie.kz', '/files/saiasat.docx', 'national_id'],
] as const) {
  test(`finds and reads the policy ${host} links from its footer (${path})`, async ({ auditor, lenders }) => {
    const logged = lenders.log.length;
    const { page, popup } = await visit(auditor, lenders, host);
    await policyTab(popup);
    const source = popup.getByTestId('policy-source');
    await expect(source).toHaveAttribute('data-origin', 'discovered');
    await expect(source).toContainText('Policy found at');
    await expect(source.getByTestId('policy-url').first()).toHaveText(lenders.url(host, path));
    await expect(popup.locator(`.declarations li[data-category="${category}"]`).first()).toBeVisible();
    // The extension asked nothing of any other host.
    expect(lenders.log.slice(logged).filter((line) => !line.startsWith(`${host} `))).toEqual([]);
    await Promise.all([page.close(), popup.close()]);
  });
}

test('reads a PDF policy outside the service worker, whose bundle has no pdf.js, and closes the offscreen document after', async ({ auditor, lenders }) => {
  expect(readFileSync(`${EXTENSION_DIR}/background.js`, 'utf8')).not.toContain('pdfjs');
  const logged = lenders.log.length;
  const { page, popup } = await visit(auditor, lenders, 'tengebulaq.kz');
  await policyTab(popup);
  // Checking for changes reads the PDF again, whether or not an earlier test found it.
  await popup.getByTestId('check-changes').click();
  await expect(popup.getByTestId('policy-source').locator('.meta')).toContainText('checked');
  expect(lenders.log.slice(logged)).toContain('tengebulaq.kz /docs/politika.pdf');
  await expect(popup.getByTestId('policy-source')).toHaveAttribute('data-origin', 'discovered');
  await expect(popup.locator('.declarations li[data-category="birth_date"]').first()).toBeVisible();
  type Runtime = { chrome: { runtime: { getContexts(filter: object): Promise<unknown[]> } } };
  await expect.poll(() => auditor.worker.evaluate(async () =>
    (await (globalThis as unknown as Runtime).chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length)).toBe(0);
  await Promise.all([page.close(), popup.close()]);
});

test('keeps each declaration’s document when a policy and a consent form are merged', async ({ auditor, lenders }) => {
  const { page, popup } = await visit(auditor, lenders, 'aqshatez.kz');
  await policyTab(popup);
  await expect(popup.getByTestId('policy-url')).toHaveText([lenders.url('aqshatez.kz', '/privacy'), lenders.url('aqshatez.kz', '/soglasie')]);
  await expect(popup.locator('.declarations li[data-category="geolocation"]').first())
    .toHaveAttribute('data-source', lenders.url('aqshatez.kz', '/soglasie'));
  await Promise.all([page.close(), popup.close()]);
});

test('notices a changed policy when asked to check', async ({ auditor, lenders }) => {
  const { page, popup } = await visit(auditor, lenders, 'aqshatez.kz');
  await policyTab(popup);
  await expect(popup.getByTestId('policy-source')).toBeVisible();
  await expect(popup.getByTestId('policy-changed')).toHaveCount(0);
  lenders.amendPolicy();
  await popup.getByTestId('check-changes').click();
  await expect(popup.getByTestId('policy-changed')).toContainText('Policy changed since the version of');
  await Promise.all([page.close(), popup.close()]);
});

test('lets the auditor pick between two competing policies in the popup', async ({ auditor, lenders }) => {
  const { page, popup } = await visit(auditor, lenders, 'ekiqujat.kz');
  const choose = popup.getByTestId('policy-choose');
  await expect(choose).toContainText('Several candidates — pick the policy');
  await choose.getByRole('listitem').filter({ hasText: '/privacy-2025' }).getByRole('button', { name: 'Use this one' }).click();
  await policyTab(popup);
  await expect(popup.getByTestId('policy-url')).toHaveText(lenders.url('ekiqujat.kz', '/privacy-2025'));
  await Promise.all([page.close(), popup.close()]);
});

test('says «no policy found — add one», and a policy pasted on the options page is then used', async ({ auditor, lenders }) => {
  const { page, popup } = await visit(auditor, lenders, 'zhoqsayasat.kz');
  const notFound = popup.getByTestId('policy-not-found');
  await expect(notFound).toContainText('No policy found — add one');
  const [options] = await Promise.all([auditor.context.waitForEvent('page'), notFound.getByTestId('add-policy').click()]);
  await options.waitForLoadState();
  expect(new URL(options.url()).pathname).toBe('/options.html');
  await expect(options.locator('input[name="site"]')).toHaveValue('zhoqsayasat.kz');
  await options.getByLabel('Paste text').check();
  await options.locator('textarea[name="text"]').fill(readFileSync('tests/fixtures/discovery/texts/aqsha-policy.txt', 'utf8'));
  await options.getByRole('button', { name: 'Attach' }).click();
  await expect(options.getByTestId('attach-ok')).toBeVisible();
  await expect(options.getByTestId('stored-policies').locator('li[data-site="zhoqsayasat.kz"]')).toContainText('attached');
  await popup.reload();
  await policyTab(popup);
  await expect(popup.getByTestId('policy-source')).toHaveAttribute('data-origin', 'attached');
  await expect(popup.locator('.declarations li[data-category="email"]').first()).toBeVisible();
  await Promise.all([page.close(), popup.close(), options.close()]);
});

test('reads a PDF the auditor picks on the options page, and says a scanned one has no text layer', async ({ auditor }) => {
  const options = await auditor.context.newPage();
  await options.goto(`chrome-extension://${auditor.extensionId}/options.html`);
  for (const [site, file] of [['pdffile.kz', 'tests/fixtures/discovery/files/policy.pdf'], ['scanfile.kz', 'tests/fixtures/discovery/files/scanned.pdf']] as const) {
    await options.locator('input[name="site"]').fill(site);
    await options.getByLabel('File (txt, html, pdf, docx)').check();
    await options.locator('input[name="file"]').setInputFiles(file);
    await options.getByRole('button', { name: 'Attach' }).click();
    await expect(options.getByTestId(site === 'pdffile.kz' ? 'attach-ok' : 'attach-error')).toBeVisible();
  }
  await expect(options.getByTestId('attach-error')).toContainText('The PDF has no text layer (scanned image)');
  await expect(options.getByTestId('stored-policies').locator('li[data-site="pdffile.kz"]')).toContainText('file:policy.pdf');
  await expect(options.getByTestId('stored-policies').locator('li[data-site="scanfile.kz"]')).toHaveCount(0);
  await options.close();
});
