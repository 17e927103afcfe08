/** An accessible tab strip: arrow keys move between tabs, the selected one is announced. */
import type { UiLanguage } from '../i18n/language';
import { t, type StringKey } from '../i18n/strings';

export interface TabSpec<V extends string> { id: V; label: StringKey; count?: number }

interface Props<V extends string> { tabs: TabSpec<V>[]; selected: V; onSelect: (id: V) => void; lang: UiLanguage }

export function Tabs<V extends string>({ tabs, selected, onSelect, lang }: Props<V>) {
  const move = (event: KeyboardEvent, index: number) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const next = tabs[(index + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
    if (next) {
      onSelect(next.id);
      document.getElementById(`tab-${next.id}`)?.focus();
    }
  };
  return (
    <nav role="tablist" class="tabs">
      {tabs.map((tab, index) => (
        <button key={tab.id} id={`tab-${tab.id}`} type="button" role="tab" aria-selected={tab.id === selected}
          tabIndex={tab.id === selected ? 0 : -1} onClick={() => onSelect(tab.id)} onKeyDown={(e) => move(e, index)}>
          {t(lang, tab.label)}{tab.count !== undefined ? <span class="count">{tab.count}</span> : null}
        </button>
      ))}
    </nav>
  );
}
