/** The popup: for the current tab's site, the discrepancies with evidence, then what is consistent. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AuditView } from '../../schema/audit-view';
import { FindingCard } from '../findings/FindingCard';
import { splitFindings } from '../findings/order';
import type { UiLanguage } from '../i18n/language';
import { t } from '../i18n/strings';
import { LanguageSwitch } from './LanguageSwitch';
import { groupObservations } from './group-observations';
import { PolicySearch, type PolicyActions } from './PolicySearch';
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
  /** Search, pick or add the policy of the tab's site; `load` is asked again afterwards. */
  policyActions: (tabId: number, site: string) => PolicyActions;
}

/** How often the popup asks again while the background searches for the site's policy. */
const SEARCH_POLL_MS = 1000;

export function Popup({ initialLang, saveLang, load, openReport, policyActions }: Props) {
  const [lang, setLang] = useState(initialLang);
  const [view, setView] = useState<View>('findings');
  const [audit, setAudit] = useState<AuditView | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const reload = useMemo(() => () => { load().then(setAudit, (reason: unknown) => setError(String(reason))); }, [load]);
  useEffect(reload, [reload]);
  const [searchAsked, setSearchAsked] = useState(false);
  useEffect(() => {
    // A site the background knows nothing about yet (its page loaded before the extension did): search now.
    const tabId = audit?.tab.tabId;
    const site = audit?.tab.site;
    if (searchAsked || audit?.policy.status !== 'unknown' || tabId === undefined || !site) return;
    setSearchAsked(true);
    void policyActions(tabId, site).searchAgain().then(reload);
  }, [audit, searchAsked, policyActions, reload]);
  useEffect(() => {
    const policy = audit?.policy;
    if (policy?.status !== 'searching' && !(policy?.status === 'known' && policy.checking)) return undefined;
    const timer = setTimeout(reload, SEARCH_POLL_MS);
    return () => clearTimeout(timer);
  }, [audit, reload]);
  const split = useMemo(() => splitFindings(audit?.findings ?? []), [audit]);
  const byId = useMemo(() => new Map((audit?.tab.observations ?? []).map((o) => [o.id, o])), [audit]);
  const changeLang = (next: UiLanguage) => { setLang(next); saveLang(next); };
  if (error) return <p role="alert" class="error">{error}</p>;
  if (audit === undefined) return <p class="muted" aria-busy="true">…</p>;
  const tab = audit?.tab;
  const site = tab?.site ?? null;
  const actions = (tabId: number, site: string): PolicyActions => {
    const given = policyActions(tabId, site);
    return { ...given, searchAgain: () => given.searchAgain().then(reload),
      choose: (url) => given.choose(url).then((answer) => { if (answer.ok) reload(); return answer; }) };
  };
  return (
    <main>
      <header>
        <div>
          <h1>{t(lang, 'appName')}</h1>
          <p class="site" data-testid="site">{tab?.site ?? '—'}</p>
        </div>
        <LanguageSwitch lang={lang} onChange={changeLang} />
      </header>
      {!tab || !site ? <p class="empty">{t(lang, 'notAWebPage')}</p> : (
        <>
          <VerdictLine problems={split.problems} lang={lang} />
          {audit && audit.policy.status !== 'known' && audit.policy.status !== 'unreadable'
            ? <PolicySearch state={audit.policy} lang={lang} actions={actions(tab.tabId, site)} /> : null}
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
            {view === 'policy' && audit ? <PolicyView policy={audit.policy} lang={lang}
              onCheck={() => void actions(tab.tabId, site).searchAgain()} /> : null}
            {view === 'record' ? <RecordedView groups={groupObservations(tab.observations)} lang={lang} /> : null}
          </div>
          <footer><button type="button" class="primary" onClick={() => openReport(tab.tabId)}>{t(lang, 'openReport')}</button></footer>
        </>
      )}
    </main>
  );
}
