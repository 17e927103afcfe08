/**
 * An app's permissions listed by name («Құрылғы рұқсаттары» over «• Контактілер – аударым алушысын таңдау үшін…», «Разрешения:
 * Контакты — …», "Permissions" over "Contacts: to pick a payee"): a list item opening with the bare word for contacts
 * names the address book. Elsewhere «Контакты — …» heads the operator's own contact details, so the list's lead or
 * heading must speak of permissions.
 */
import type { CategoryId } from '../categories';
import type { StatementContext } from './classify';
import type { Evidence } from './evidence';
import { lazyPattern, rememberedTest } from './lazy';

const CONTACTS_LABEL = lazyPattern(String.raw`^[\s•·▪*-]*(?:контакт(?:ы|ілер|тар)|contacts)(?=\s*[–—:-]\s)`, 'iu');
const PERMISSIONS = lazyPattern(String.raw`(?<![\p{L}])(?:разрешени\p{L}*|доступ\p{L}*\s+к\s+(?:функци|устройств)\p{L}*|рұқсат\p{L}*|permissions?)(?![\p{L}])`, 'iu');

const speaksOfPermissions = rememberedTest((text) => PERMISSIONS().test(text));

export function addContactsLabel(ctx: StatementContext, text: string, leadText: string, found: Map<CategoryId, Evidence>): void {
  if (found.has('contact_book') || ctx.statement.role === 'lead') return;
  const label = CONTACTS_LABEL().exec(text);
  if (!label || !(speaksOfPermissions(ctx.heading) || (leadText !== '' && speaksOfPermissions(leadText)))) return;
  const start = ctx.statement.start + label[0].search(/[^\s•·▪*-]/u);
  found.set('contact_book', { start, end: ctx.statement.start + label[0].length, generic: false });
}
