/** Every observation of the visit, in time order, as the auditor's log. */
import type { Observation } from '../../schema/observation';
import { observationSubject } from '../../report/html/observation-cells';

export function ObservationLog({ observations }: { observations: readonly Observation[] }) {
  return (
    <table class="log" data-testid="observation-log">
      <thead><tr><th>UTC</th><th>kind</th><th>category</th><th>what</th><th>frame</th><th>third party</th></tr></thead>
      <tbody>
        {observations.map((o) => (
          <tr key={o.id} id={`obs-${o.id}`}>
            <td>{o.at.slice(11, 19)}</td><td>{o.kind}</td><td>{o.category}</td>
            <td class="wrap">{observationSubject(o)}</td><td class="wrap">{o.frameUrl}</td>
            <td>{o.thirdParty ? `${o.thirdParty.domain} ${o.thirdParty.organization ?? ''} ${o.thirdParty.country ?? ''}` : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
