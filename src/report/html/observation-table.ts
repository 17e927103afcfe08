/** Observation tables: the evidence under a finding, and the full log in the appendix. */
import { categoryInfo } from '../../categories';
import type { Observation } from '../../schema/observation';
import { escapeHtml } from './escape';
import { observationRow } from './observation-cells';
import { UI, type ReportLang } from './strings';

/** A finding card shows this many rows at most, so a card fits on one page and is never cut. */
const ROWS_PER_CARD = 8;

/** Column classes fix the widths (styles.ts), so long URLs wrap instead of squeezing the rest. */
function head(lang: ReportLang, withCategory: boolean): string {
  const columns = [
    ['c-time', UI.time], ...(withCategory ? [['c-category', UI.category] as const] : []), ['c-kind', UI.kind],
    ['c-frame', UI.frame], ['c-subject', UI.subject], ['c-operator', UI.operator], ['c-country', UI.country],
  ] as const;
  return `<thead><tr>${columns.map(([cls, text]) => `<th class="${cls}">${escapeHtml(text[lang])}</th>`).join('')}</tr></thead>`;
}

export function evidenceTable(observations: readonly Observation[], lang: ReportLang): string {
  if (observations.length === 0) return '';
  const shown = observations.slice(0, ROWS_PER_CARD);
  const rest = observations.length - shown.length;
  const more = rest > 0 ? `<p class="more">+${rest} ${escapeHtml(UI.moreObservations[lang])}</p>` : '';
  return `<table class="evidence">${head(lang, false)}<tbody>${shown.map((o) => observationRow(o, null)).join('')}</tbody></table>${more}`;
}

export function observationLog(observations: readonly Observation[], lang: ReportLang): string {
  if (observations.length === 0) return `<p>${escapeHtml(UI.none[lang])}</p>`;
  return `<table class="log">${head(lang, true)}<tbody>${observations.map((o) => observationRow(o, categoryInfo(o.category).label[lang])).join('')}</tbody></table>`;
}
