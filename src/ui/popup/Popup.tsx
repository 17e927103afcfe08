/** The popup: for the current tab's site, the discrepancies with evidence, then what is consistent. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AuditView } from '../../schema/audit-view';
import { FindingCard } from '../findings/FindingCard';
import { splitFindings } from '../findings/order';
import type { UiLanguage } from '../i18n/language';
import { t } from '../i18n/strings';
import { LanguageSwitch } from './LanguageSwitch';
import { groupObservations } from './group-observations';
import { PolicyView } from './PolicyView';
import { RecordedView } from './RecordedView';
import { Tabs } from './Tabs';
import { VerdictLine } from './VerdictLine';

type View = 'findings' | 'consistent' | 'policy' | 'record';

interface Props {
  initialLang: UiLanguage;
  saveLang: (lang: UiLanguage) => void;
  load: () => Promise<AuditView | null>;
  openReport: (tabId: number) => void;
}

export function Popup({ initialLang, saveLang, load, openReport }: Props) {
  const [lang, setLang] = useState(initialLang);
  const [view, setView] = useState<View>('findings');
  const [audit, setAudit] = useState<AuditView | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => { load().then(setAudit, (reason: unknown) => setError(String(reason))); }, [load]);
  const split = useMemo(() => splitFindings(audit?.findings ?? []), [audit]);
  const byId = useMemo(() => new Map((audit?.tab.observations ?? []).map((o) => [o.id, o])), [audit]);
  const changeLang = (next: UiLanguage) => { setLang(next); saveLang(next); };
  if (error) return <p role="alert" class="error">{error}</p>;
  if (audit === undefined) return <p class="muted" aria-busy="true">…</p>;
  const tab = audit?.tab;
  return (
    <main>
      <header>
        <div>
          <h1>{t(lang, 'appName')}</h1>
          <p class="site" data-testid="site">{tab?.site ?? '—'}</p>
        </div>
        <LanguageSwitch lang={lang} onChange={changeLang} />
      </header>
      {!tab?.site ? <p class="empty">{t(lang, 'notAWebPage')}</p> : (
        <>
          <VerdictLine problems={split.problems} lang={lang} />
          {audit?.policy.status === 'unknown' ? <p class="notice" data-testid="no-policy-notice">{t(lang, 'noPolicy')}</p> : null}
          {tab.observations.length === 0 ? <p class="empty" data-testid="empty">{t(lang, 'nothingYet')}</p> : null}
          {tab.limitReached ? <p role="status" class="warn" data-testid="limit">{t(lang, 'limitReached')} ({tab.dropped})</p> : null}
          <Tabs<View> lang={lang} selected={view} onSelect={setView} tabs={[
            { id: 'findings', label: 'tabFindings', count: split.problems.length },
            { id: 'consistent', label: 'tabConsistent', count: split.consistent.length + split.notObserved.length },
            { id: 'policy', label: 'tabPolicy' },
            { id: 'record', label: 'tabRecord', count: tab.observations.length },
          ]} />
          <div role="tabpanel" aria-labelledby={`tab-${view}`} data-testid={`panel-${view}`}>
            {view === 'findings' ? (split.problems.length === 0 ? <p class="empty">{t(lang, 'noDiscrepancies')}</p>
              : split.problems.map((f, i) => <FindingCard key={f.id} finding={f} observations={byId} lang={lang} open={i === 0} />)) : null}
            {view === 'consistent' ? (
              <>
                <h2>{t(lang, 'consistentHeading')}</h2>
                {split.consistent.map((f) => <FindingCard key={f.id} finding={f} observations={byId} lang={lang} />)}
                <h2>{t(lang, 'notObservedHeading')}</h2>
                {split.notObserved.map((f) => <FindingCard key={f.id} finding={f} observations={byId} lang={lang} />)}
              </>
            ) : null}
            {view === 'policy' && audit ? <PolicyView policy={audit.policy} lang={lang} /> : null}
            {view === 'record' ? <RecordedView groups={groupObservations(tab.observations)} lang={lang} /> : null}
          </div>
          <footer><button type="button" class="primary" onClick={() => openReport(tab.tabId)}>{t(lang, 'openReport')}</button></footer>
        </>
      )}
    </main>
  );
}
