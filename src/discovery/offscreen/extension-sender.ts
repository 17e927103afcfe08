/**
 * Who may ask the offscreen document for work: the extension's own worker and pages. Content scripts
 * carry the extension's id too, so the sender's address must also be one of the extension's.
 */

export interface RequestSender { id?: string; url?: string }

export interface ExtensionIdentity { extensionId: string; extensionOrigin: string }

export function fromExtension(sender: RequestSender, identity: ExtensionIdentity): boolean {
  return sender.id === identity.extensionId && typeof sender.url === 'string' && sender.url.startsWith(identity.extensionOrigin);
}

/** Whether a message names the given request type; anything else is someone else's message. */
export function isRequestOf(message: unknown, type: string): boolean {
  return typeof message === 'object' && message !== null && 'type' in message && message.type === type;
}
