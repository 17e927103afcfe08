/** Attach a policy to a site: by its address (the background fetches it), by pasted text, or from a file. */
import { useState } from 'preact/hooks';
import type { PolicyAttachInput } from '../../schema/discovery-messages';
import type { DiscoveryProblem } from '../../schema/discovery';
import type { UiLanguage } from '../i18n/language';
import { problemText } from '../i18n/problem-text';
import { t } from '../i18n/strings';
import type { OptionsApi } from './options-api';
import { readPolicyFile, type PickedFile } from './read-policy-file';

type Mode = 'url' | 'text' | 'file';
type Outcome = { ok: true } | { ok: false; problem: DiscoveryProblem } | null;

const MODES: ReadonlyArray<[Mode, 'byUrl' | 'byText' | 'byFile']> = [['url', 'byUrl'], ['text', 'byText'], ['file', 'byFile']];

interface Props { lang: UiLanguage; api: OptionsApi; initialSite: string; onAttached: () => void }

export function AttachForm({ lang, api, initialSite, onAttached }: Props) {
  const [site, setSite] = useState(initialSite);
  const [mode, setMode] = useState<Mode>('url');
  const [url, setUrl] = useState('');
  const [text, setText] = useState('');
  const [file, setFile] = useState<PickedFile | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const input = async (): Promise<PolicyAttachInput | DiscoveryProblem> => {
    if (mode === 'url') return { kind: 'url', url };
    if (mode === 'text') return { kind: 'text', text, source: 'pasted' };
    if (!file) return { code: 'empty' };
    const read = await readPolicyFile(file);
    return read.ok ? { kind: 'text', text: read.text, source: read.source } : read.problem;
  };
  const submit = async (): Promise<void> => {
    const given = await input();
    if ('code' in given) return setOutcome({ ok: false, problem: given });
    const answer = await api.attach(site, given);
    setOutcome(answer.ok ? { ok: true } : { ok: false, problem: answer.problem });
    if (answer.ok) onAttached();
  };
  const onSubmit = (event: Event): void => {
    event.preventDefault();
    setBusy(true);
    setOutcome(null);
    submit().catch((reason: unknown) => setOutcome({ ok: false, problem: { code: 'network', detail: String(reason).slice(0, 300) } }))
      .finally(() => setBusy(false));
  };

  return (
    <form onSubmit={onSubmit} data-testid="attach-form">
      <h2>{t(lang, 'attachHeading')}</h2>
      <label>{t(lang, 'siteLabel')} <input name="site" required value={site} placeholder="example.kz"
        onInput={(e) => setSite(e.currentTarget.value)} /></label>
      <fieldset>
        {MODES.map(([value, label]) => (
          <label key={value}><input type="radio" name="mode" value={value} checked={mode === value}
            onChange={() => setMode(value)} /> {t(lang, label)}</label>
        ))}
      </fieldset>
      {mode === 'url' ? <label>{t(lang, 'policyUrlLabel')} <input name="url" type="url" required value={url}
        placeholder="https://example.kz/privacy" onInput={(e) => setUrl(e.currentTarget.value)} /></label> : null}
      {mode === 'text' ? <label>{t(lang, 'policyTextLabel')} <textarea name="text" rows={10} required value={text}
        onInput={(e) => setText(e.currentTarget.value)} /></label> : null}
      {mode === 'file' ? <input name="file" type="file" required accept=".txt,.html,.htm,.pdf,.docx,text/plain,text/html,application/pdf"
        onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} /> : null}
      <p><button type="submit" class="primary" disabled={busy}>{t(lang, 'attach')}</button>
        {busy ? <span class="muted" role="status"> {t(lang, 'working')}</span> : null}</p>
      {outcome?.ok ? <p class="ok" role="status" data-testid="attach-ok">{t(lang, 'attachedOk')}</p> : null}
      {outcome && !outcome.ok ? <p class="error" role="alert" data-testid="attach-error">{problemText(lang, outcome.problem)}</p> : null}
    </form>
  );
}
