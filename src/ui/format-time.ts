/** A stored timestamp for display: minutes are enough to tell policy versions apart, the same in every interface language. */
export const shortTime = (iso: string): string => iso.slice(0, 16).replace('T', ' ');
