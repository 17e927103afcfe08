/**
 * `--interact`: what a would-be borrower does up to, and not including, sending the application.
 * Dismiss the cookie notice, fill what the page shows, open the application form, then per step:
 * fill every visible field with canaries, start the camera where asked, press «Далее».
 * Buttons are pressed only when classifyButton says so; every refusal is recorded with its reason.
 */
import type { Frame, Page } from '@playwright/test';
import { siteOf } from '../../../trackers/site';
import type { Canaries } from '../canary/canaries';
import { AFTER_ACTION, AFTER_LOAD, waitForQuiet } from '../page/settle';
import { scanButtons, scanFields, type ButtonOnPage } from '../page/scan-script';
import { classifyButton, type ButtonAction } from './buttons';
import { fillField } from './fill-field';
import type { InteractionLog } from './log';

const MAX_STEPS = 12;
const CLICK_TIMEOUT = 3000;

/** The page's own frames: third-party frames (chat, payment providers, ads) are never typed into. */
function ownFrames(page: Page): Frame[] {
  const site = siteOf(page.url());
  return page.frames().filter((frame) => frame === page.mainFrame() || siteOf(frame.url()) === site);
}

async function fillVisible(page: Page, canaries: Canaries, log: InteractionLog): Promise<void> {
  for (const frame of ownFrames(page)) {
    for (const field of await scanFields(frame).catch(() => [])) {
      const outcome = await fillField(field, canaries).catch(() => null);
      if (outcome?.kind === 'typed') log.typed.push({ category: outcome.category, label: outcome.label, value: outcome.value });
    }
  }
}

/** The first button on the page allowed to do `action`; refusals are remembered for the report line. */
async function findButton(page: Page, action: ButtonAction, log: InteractionLog, skip: (b: ButtonOnPage) => boolean = () => false): Promise<ButtonOnPage | null> {
  for (const frame of ownFrames(page)) {
    for (const button of await scanButtons(frame).catch(() => [])) {
      const verdict = classifyButton(button.info);
      if (!verdict.press) {
        if (button.info.tag !== 'a') log.refuse(button.info.text, verdict.reason);
        continue;
      }
      if (verdict.action === action && !skip(button)) return button;
    }
  }
  return null;
}

async function press(page: Page, button: ButtonOnPage, log: InteractionLog): Promise<void> {
  const before = page.url();
  await button.handle.click({ timeout: CLICK_TIMEOUT }).catch(() => button.handle.evaluate((el) => {
    if (el instanceof HTMLElement) el.click();
  }));
  log.pressed.push(button.info.text);
  // A link starts a navigation: wait for the new page to load and settle, not for the old one to go quiet.
  const navigated = button.info.tag === 'a'
    && await page.waitForURL((url) => url.href !== before, { timeout: CLICK_TIMEOUT }).then(() => true, () => false);
  if (navigated) await page.waitForLoadState('load').catch(() => undefined);
  await waitForQuiet(page, navigated ? AFTER_LOAD : AFTER_ACTION);
}

/** A link to another page of the same site that opens the application; never one leading elsewhere. */
function isOpenerElsewhere(page: Page): (b: ButtonOnPage) => boolean {
  return (button) => {
    if (button.info.tag !== 'a') return false;
    const here = new URL(page.url());
    const there = new URL(button.info.href);
    return siteOf(there.href) !== siteOf(here.href) || there.pathname === here.pathname;
  };
}

/** Presses every allowed button of one kind once (cookie notices, cameras), in page order. */
async function pressAll(page: Page, action: ButtonAction, log: InteractionLog, done: Set<string>): Promise<void> {
  for (let i = 0; i < 5; i += 1) {
    const button = await findButton(page, action, log, (b) => done.has(b.info.text));
    if (!button) return;
    done.add(button.info.text);
    await press(page, button, log);
  }
}

/** What a step looks like from outside; unchanged after «Далее» means the form refused to move on. */
async function stepSignature(page: Page): Promise<string> {
  const fields = (await Promise.all(ownFrames(page).map((f) => scanFields(f).catch(() => [])))).flat();
  return `${page.url()}|${fields.length}|${fields.filter((f) => f.empty).length}`;
}

export async function interact(page: Page, canaries: Canaries, log: InteractionLog): Promise<void> {
  const pressedOnce = new Set<string>();
  await pressAll(page, 'cookie-ok', log, pressedOnce);
  await fillVisible(page, canaries, log);
  const opener = await findButton(page, 'open-form', log, isOpenerElsewhere(page));
  if (opener) {
    await press(page, opener, log);
    await pressAll(page, 'cookie-ok', log, pressedOnce);
  }
  for (let step = 0; step < MAX_STEPS; step += 1) {
    await fillVisible(page, canaries, log);
    await pressAll(page, 'media', log, pressedOnce);
    const next = await findButton(page, 'advance', log);
    if (!next) return;
    const before = await stepSignature(page);
    await press(page, next, log);
    if (await stepSignature(page) === before) {
      log.stoppedBecause = `the form did not move on after «${next.info.text}» (a value was refused)`;
      return;
    }
    log.steps += 1;
  }
}
