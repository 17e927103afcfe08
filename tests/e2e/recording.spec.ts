/**
 * For every fixture lender: replay its scenario with the extension loaded and check that the popup
 * shows each device request, cookie and third-party host the fixture documents, one assertion each.
 */
import { LENDER_HOSTS } from '../fixtures/server';
import { loadSiteScript, replay } from '../fixtures/scenario';
import { expect, openPopup, tabIdOf, test } from './harness';

for (const host of LENDER_HOSTS) {
  const site = loadSiteScript(host);
  test(`popup shows what ${host} collects`, async ({ auditor, server }) => {
    const origin = server.url(host, '').replace(/\/$/, '');
    await auditor.context.grantPermissions(['geolocation'], { origin });
    const page = await auditor.context.newPage();
    await replay(page, origin, site.scenario);
    const popup = await openPopup(auditor, await tabIdOf(auditor, page));
    await expect(popup.getByTestId('site')).toHaveText(host);
    await popup.getByRole('tab', { name: /Журнал|Record/ }).click();
    for (const category of site.expect.deviceRequests) {
      await expect(popup.locator(`[data-testid=device-requests] li[data-category="${category}"]`).first(),
        `device request ${category}`).toBeVisible();
    }
    for (const cookie of site.expect.cookies) {
      const domain = cookie.domain.replace(/^\./, '');
      const row = popup.locator(`[data-testid=cookies] li[data-cookie="${cookie.name}"][data-domain="${domain}"]`);
      await expect(row.first(), `cookie ${cookie.name} on ${domain}`).toBeVisible();
      await expect(row.first()).toHaveAttribute('data-httponly', String(cookie.httpOnly));
    }
    for (const thirdParty of site.expect.thirdPartyHosts) {
      await expect(popup.locator(`[data-testid=third-parties] li[data-host="${thirdParty}"]`), `third party ${thirdParty}`).toBeVisible();
    }
    await popup.close();
    await page.close();
  });
}

test('a location request in the first inline <head> script is caught before anything else runs', async ({ auditor, server }) => {
  const page = await auditor.context.newPage();
  await page.goto(server.url('1kredit.kz', '/'));
  const head = await page.evaluate(() => document.head.querySelector('script')?.textContent ?? '');
  expect(head).toContain('getCurrentPosition');
  const popup = await openPopup(auditor, await tabIdOf(auditor, page));
  await popup.getByRole('tab', { name: /Журнал|Record/ }).click();
  const geolocation = popup.locator('[data-testid=device-requests] li[data-category="geolocation"]').first();
  await expect(geolocation).toContainText('geolocation.getCurrentPosition');
  await popup.close();
  await page.close();
});
