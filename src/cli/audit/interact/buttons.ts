/**
 * Which buttons the command line may press. Everything is refused unless it is recognised as safe:
 * a form submission, a payment, a code sent by SMS or e-mail, a call-back, a chat, a sign-in are
 * refused by name even when they also look like "next"; buttons of type submit are never pressed.
 */
import { ADVANCE, COOKIE_CONTEXT, COOKIE_OK, DENY, MEDIA, OPEN_FORM } from './button-words';

export interface ButtonInfo {
  /** 'a', 'button', 'input' or another tag with role=button. */
  tag: string;
  /** Visible text, value or accessible name. */
  text: string;
  /** The type a click acts as: 'submit' for a <button> in a form without a type. */
  type: string;
  /** Resolved href of a link, '' for anything else. */
  href: string;
  inForm: boolean;
  /** Ids, classes and text of the surrounding block, to recognise a cookie notice. */
  context: string;
}

export type ButtonAction = 'open-form' | 'advance' | 'cookie-ok' | 'media';
export type ButtonVerdict = { press: true; action: ButtonAction } | { press: false; reason: string };

/** Lower case, ё as е, arrows, emoji and punctuation at the ends gone, spaces collapsed. */
export function normaliseLabel(text: string): string {
  return text.toLowerCase().replaceAll('ё', 'е')
    .replace(/[\p{Extended_Pictographic}\u2190-\u21ff\u2794-\u27bf]/gu, ' ')
    .replace(/\s+/gu, ' ').trim()
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');
}

function isLink(button: ButtonInfo): boolean {
  return button.tag === 'a' && /^https?:/.test(button.href);
}

export function classifyButton(button: ButtonInfo): ButtonVerdict {
  const text = normaliseLabel(button.text);
  if (text === '') return { press: false, reason: 'has no label' };
  if (button.type === 'submit' || button.type === 'image') return { press: false, reason: 'submits a form' };
  const denied = DENY.find(([, pattern]) => pattern.test(text));
  if (denied) return { press: false, reason: denied[0] };
  if (OPEN_FORM.test(text)) {
    // Inside a form the same words usually send it; outside, they navigate or open a dialog.
    if (isLink(button) || !button.inForm) return { press: true, action: 'open-form' };
    return { press: false, reason: 'may send the application' };
  }
  if (button.tag === 'a') return { press: false, reason: 'is a link' };
  if (ADVANCE.test(text)) return { press: true, action: 'advance' };
  if (COOKIE_OK.test(text) && COOKIE_CONTEXT.test(button.context.toLowerCase())) return { press: true, action: 'cookie-ok' };
  if (MEDIA.test(text)) return { press: true, action: 'media' };
  return { press: false, reason: 'is not recognised as safe' };
}
