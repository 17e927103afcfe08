/**
 * For every fixture lender: replay its scenario with the extension loaded and check that the popup
 * shows each device request, cookie and third-party host the fixture documents, one assertion each.
 */
import { expect, openPopup, tabIdOf, test } from './harness';
import { loadSiteSpecs, replayScenario } from './scenario';

for (const spec of loadSiteSpecs()) {
  test(`popup shows what ${spec.host} collects`, async ({ auditor, server }) => {
    await auditor.context.grantPermissions(['geolocation'], { origin: server.url(spec.host, '').replace(/\/$/, '') });
    const page = await auditor.context.newPage();
    await replayScenario(page, server, spec);
    const popup = await openPopup(auditor, await tabIdOf(auditor, page));
    await expect(popup.getByTestId('site')).toHaveText(spec.host);
    for (const category of spec.expect.deviceRequests) {
      await expect(popup.locator(`[data-testid=device-requests] li[data-category="${category}"]`).first(),
        `device request ${category}`).toBeVisible();
    }
    for (const cookie of spec.expect.cookies) {
      const domain = cookie.domain.replace(/^\./, '');
      const row = popup.locator(`[data-testid=cookies] li[data-cookie="${cookie.name}"][data-domain="${domain}"]`);
      await expect(row.first(), `cookie ${cookie.name} on ${domain}`).toBeVisible();
      await expect(row.first()).toHaveAttribute('data-httponly', String(cookie.httpOnly));
    }
    for (const host of spec.expect.thirdPartyHosts) {
      await expect(popup.locator(`[data-testid=third-parties] li[data-host="${host}"]`), `third party ${host}`).toBeVisible();
    }
    await popup.close();
    await page.close();
  });
}
