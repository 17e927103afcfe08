/** Interface language: follows the browser, can be switched, and the choice is remembered. */
import * as z from 'zod/mini';
import { lazySchema } from '../../schema/lazy-schema';

export const UiLanguage = lazySchema(() => z.enum(['ru', 'kk', 'en']));
export type UiLanguage = z.infer<typeof UiLanguage>;

export const LANGUAGE_STORAGE_KEY = 'ui:language';

export function languageFromBrowser(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    const parsed = UiLanguage.safeParse(base);
    if (parsed.success) return parsed.data;
  }
  return 'ru';
}
