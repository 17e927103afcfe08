/** Where the policy in use came from and which version it is: address, hash, when fetched, whether it changed. */
import type { PolicyState } from '../../schema/audit-view';
import type { UiLanguage } from '../i18n/language';
import { shortTime } from '../format-time';
import { t } from '../i18n/strings';

type Known = Extract<PolicyState, { status: 'known' }>;

export function PolicySource({ policy, lang, onCheck }: { policy: Known; lang: UiLanguage; onCheck: () => void }) {
  const { version } = policy;
  if (!version) return null;
  const heading = policy.origin === 'discovered' ? 'policyFoundAt' : policy.origin === 'cli' ? 'policyFromCli' : 'policyAttached';
  const parts = version.parts.length > 0 ? version.parts : [{ url: policy.policy.source, kind: 'policy' as const }];
  return (
    <div class="policy-source" data-testid="policy-source" data-origin={policy.origin}>
      <p><strong>{t(lang, heading)}</strong>:{' '}
        {parts.map((part, i) => (
          <span key={part.url}>{i > 0 ? ' + ' : ''}
            {/^https?:/u.test(part.url) ? <a href={part.url} target="_blank" rel="noreferrer" data-testid="policy-url">{part.url}</a> : part.url}
            {part.kind === 'consent' ? ` (${t(lang, 'consentDocument')})` : ''}
          </span>
        ))}
      </p>
      <p class="meta">SHA-256 {version.sha256.slice(0, 12)}… · {t(lang, 'fetchedOn')} {shortTime(version.storedAt)}
        {version.checkedAt && version.checkedAt !== version.storedAt ? ` · ${t(lang, 'checkedOn')} ${shortTime(version.checkedAt)}` : ''}
        {policy.origin === 'discovered' ? <> <button type="button" data-testid="check-changes" disabled={policy.checking === true}
          aria-busy={policy.checking === true} onClick={onCheck}>{t(lang, 'checkForChanges')}{policy.checking ? '…' : ''}</button></> : null}
      </p>
      {version.previous ? (
        <p class="warn" role="status" data-testid="policy-changed">
          {t(lang, 'policyChangedSince')} {shortTime(version.previous.storedAt)} (SHA-256 {version.previous.sha256.slice(0, 12)}…)
        </p>
      ) : null}
    </div>
  );
}
