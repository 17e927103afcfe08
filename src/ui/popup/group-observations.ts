/** Groups a site's observations into what the popup lists: device requests, cookies, third parties. */
import type { Observation, ObservationDetail } from '../../schema/observation';

type DetailOf<K extends ObservationDetail['kind']> = Extract<ObservationDetail, { kind: K }>;
export type ObservationOf<K extends ObservationDetail['kind']> = Observation & { detail: DetailOf<K> };

export interface ThirdPartyHost {
  host: string;
  organization: string | null;
  country: string | null;
  trackerCategory: string | null;
  requests: number;
  observationIds: string[];
}

export interface RecordedGroups {
  deviceRequests: ObservationOf<'device_request'>[];
  cookies: ObservationOf<'cookie'>[];
  thirdParties: ThirdPartyHost[];
}

function isKind<K extends ObservationDetail['kind']>(kind: K) {
  return (observation: Observation): observation is ObservationOf<K> => observation.detail.kind === kind;
}

export function groupObservations(observations: readonly Observation[]): RecordedGroups {
  const hosts = new Map<string, ThirdPartyHost>();
  for (const observation of observations) {
    const party = observation.thirdParty;
    // A third-party cookie's domain is not a host the page contacted; cookies are listed on their own.
    if (!party || observation.detail.kind === 'cookie') continue;
    const entry = hosts.get(party.domain) ?? { host: party.domain, organization: party.organization,
      country: party.country, trackerCategory: party.trackerCategory, requests: 0, observationIds: [] };
    entry.requests += observation.detail.kind === 'request' ? observation.detail.count : 0;
    entry.observationIds.push(observation.id);
    hosts.set(party.domain, entry);
  }
  return {
    deviceRequests: observations.filter(isKind('device_request')),
    cookies: observations.filter(isKind('cookie')),
    thirdParties: [...hosts.values()].sort((a, b) => b.requests - a.requests || a.host.localeCompare(b.host)),
  };
}
