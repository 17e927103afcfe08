/**
 * An app permission's name used as the label of a table row or a list entry («Контакты | выбор получателя перевода»,
 * «• Контактілер – аударым алушыны таңдау», "Contacts | …"): the label names the permission itself, as «доступ к
 * контактам» does. A page's contact block («Контакты: +7 727…», "Contacts – call us") is no permission.
 */

/** What follows a permission's name used as a label: a cell separator, a tab, or a dash (the three lexicons share them). */
export const PERMISSION_LABEL_AFTER = '[ \\t]*(\\||\\t|[–—] )';
/** A page's contact block names a number, a mailbox, a field («тел.:», "e-mail:") or an address («г. Алматы») after the label; «телефон нөмірі» is a purpose. */
export const CONTACT_DETAILS_AFTER = '[ \\t]*[|–—]?[ \\t]*(\\+?\\d|[\\w.-]+@|(тел|tel|phone|e-?mail|адрес|мекенжай)\\p{L}*\\.?:|(г|ул|пр|қ|көш)\\.|call us|write to us)';
