/**
 * The popup and the report as an auditor meets them on one fixture (1kredit.kz): verdict, the top
 * finding with its evidence, keyboard use, a remembered language, and a report that exports and prints.
 */
import { writeFileSync } from 'node:fs';
import { Report } from '../../src/schema/report';
import { renderReportHtml } from '../../src/report';
import { loadSiteScript, replay } from '../fixtures/scenario';
import { expect, openPopup, tabIdOf, test } from './harness';

const HOST = '1kredit.kz';

test('popup leads with high findings, shows evidence, is keyboard usable and remembers the language', async ({ auditor, server }, info) => {
  const origin = server.url(HOST, '').replace(/\/$/, '');
  const page = await auditor.context.newPage();
  await replay(page, origin, loadSiteScript(HOST).scenario);
  const tabId = await tabIdOf(auditor, page);
  const popup = await openPopup(auditor, tabId);
  await popup.setViewportSize({ width: 460, height: 820 });
  const high = Number(await popup.locator('[data-testid=verdict] [data-severity=high]').getAttribute('data-count'));
  expect(high).toBeGreaterThan(0);
  const first = popup.locator('[data-testid=panel-findings] article.finding').first();
  await expect(first).toHaveAttribute('data-severity', 'high');
  await expect(first.locator('.finding-body .message')).toBeVisible();
  await expect(first.locator('.finding-body .observations li').first()).toBeVisible();
  const shot = info.outputPath('popup.png');
  await popup.screenshot({ path: shot });
  await info.attach('popup', { path: shot, contentType: 'image/png' });

  await popup.getByRole('tab').first().focus();
  await popup.keyboard.press('ArrowRight');
  await expect(popup.getByTestId('panel-consistent')).toBeVisible();
  await popup.keyboard.press('ArrowRight');
  await expect(popup.getByTestId('policy').locator('li[data-category="geolocation"]').first()).toBeVisible();

  await popup.getByTestId('language').selectOption('kk');
  await expect(popup.getByRole('tab').first()).toHaveText(/Бұзушылықтар/);
  await popup.close();
  const again = await openPopup(auditor, tabId);
  await expect(again.getByRole('tab').first()).toHaveText(/Бұзушылықтар/);
});

test('the report page highlights the policy and exports a sealed JSON and a printable HTML report', async ({ auditor, server }, info) => {
  const origin = server.url(HOST, '').replace(/\/$/, '');
  const page = await auditor.context.newPage();
  await replay(page, origin, loadSiteScript(HOST).scenario);
  const tabId = await tabIdOf(auditor, page);
  const reportPage = await auditor.context.newPage();
  await reportPage.goto(`chrome-extension://${auditor.extensionId}/report.html?tab=${tabId}`);
  await expect(reportPage.getByTestId('site')).toHaveText(HOST);
  await expect(reportPage.locator('[data-testid=policy-text] mark').first()).toBeVisible();
  const [download] = await Promise.all([reportPage.waitForEvent('download'), reportPage.getByTestId('export-json').click()]);
  const report = Report.parse(JSON.parse(await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8'))));
  const top = report.findings.find((f) => f.severity === 'high');
  if (!top) throw new Error('the report has no high finding');

  const printable = await auditor.context.newPage();
  const htmlPath = info.outputPath('report.html');
  writeFileSync(htmlPath, renderReportHtml(report, { lang: 'en' }));
  await printable.goto(`file://${htmlPath}`);
  await expect(printable.getByText(top.message.en, { exact: false }).first()).toBeVisible();
  await printable.emulateMedia({ media: 'print' });
  const shot = info.outputPath('report-print.png');
  await printable.screenshot({ path: shot });
  await info.attach('printed report', { path: shot, contentType: 'image/png' });
  const pdf = await printable.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(20_000);
});
