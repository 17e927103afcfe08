/** The report page: findings with evidence, the highlighted policy, the log, and the exports. */
import { useMemo, useState } from 'preact/hooks';
import { renderReportHtml, reportJsonSchemaText } from '../../report';
import type { Report } from '../../schema/report';
import { FindingCard } from '../findings/FindingCard';
import { splitFindings } from '../findings/order';
import type { UiLanguage } from '../i18n/language';
import { t } from '../i18n/strings';
import { LanguageSwitch } from '../popup/LanguageSwitch';
import { VerdictLine } from '../popup/VerdictLine';
import { downloadText, reportFileStem } from './download';
import { ObservationLog } from './ObservationLog';
import { findingAnchor } from '../findings/anchor';
import { PolicyText } from './PolicyText';

interface Props { report: Report; policyText: string | null; initialLang: UiLanguage; saveLang: (lang: UiLanguage) => void }

export function ReportPage({ report, policyText, initialLang, saveLang }: Props) {
  const [lang, setLang] = useState(initialLang);
  const split = useMemo(() => splitFindings(report.findings), [report]);
  const byId = useMemo(() => new Map(report.observations.map((o) => [o.id, o])), [report]);
  const stem = reportFileStem(report.site.host, report.site.auditedAt);
  const all = [...split.problems, ...split.consistent, ...split.notObserved];
  return (
    <main class="report">
      <header>
        <div>
          <h1>{t(lang, 'reportTitle')}: <span data-testid="site">{report.site.host}</span></h1>
          <p class="meta">{report.site.url} · {report.site.auditedAt} · {report.site.tool.name} {report.site.tool.version}</p>
          <p class="meta">{report.policy ? `${report.policy.source} · SHA-256 ${report.policy.sha256}` : t(lang, 'noPolicy')}</p>
          <p class="meta">integrity SHA-256 <code data-testid="integrity">{report.integrity.sha256}</code></p>
        </div>
        <LanguageSwitch lang={lang} onChange={(next) => { setLang(next); saveLang(next); }} />
      </header>
      <nav class="exports">
        <button type="button" data-testid="export-json" onClick={() => downloadText(`${stem}.json`, 'application/json', JSON.stringify(report, null, 2))}>JSON</button>
        <button type="button" onClick={() => downloadText('report.schema.json', 'application/schema+json', reportJsonSchemaText())}>JSON Schema</button>
        <button type="button" data-testid="export-html" onClick={() => downloadText(`${stem}.html`, 'text/html', renderReportHtml(report, { lang }))}>HTML</button>
        <button type="button" onClick={() => window.print()}>{t(lang, 'print')}</button>
      </nav>
      <VerdictLine problems={split.problems} lang={lang} />
      <section>
        <h2>{t(lang, 'tabFindings')}</h2>
        {all.map((f) => <div id={findingAnchor(f.id)} key={f.id}><FindingCard finding={f} observations={byId} lang={lang} open={f.severity === 'high'} /></div>)}
      </section>
      {policyText ? <section><h2>{t(lang, 'tabPolicy')}</h2><PolicyText text={policyText} findings={report.findings} /></section> : null}
      <section><h2>{t(lang, 'tabRecord')}</h2><ObservationLog observations={report.observations} /></section>
    </main>
  );
}
