/**
 * Third parties as the rules see them. The observers already name a request's third party; the
 * registrable-domain check is repeated here so that a subdomain of the audited site (cdn.site.kz on
 * site.kz) is never reported as a third party, whatever an observer concluded.
 */
import { siteOf } from '../trackers/site';
import type { Observation, ThirdParty } from '../schema/observation';

export type ThirdPartyObservation = Observation & { thirdParty: ThirdParty };

/** eTLD+1 with private suffixes honoured (as browsers define a site); hosts without one stand alone. */
export function registrableDomain(host: string): string {
  const lower = host.toLowerCase().replace(/\.$/, '');
  return siteOf(lower) ?? lower;
}

export function siteOfUrl(url: string): string {
  return siteOf(url) ?? registrableDomain(url);
}

export function isThirdPartyOf(site: string) {
  return (observation: Observation): observation is ThirdPartyObservation =>
    observation.thirdParty !== null && registrableDomain(observation.thirdParty.domain) !== site;
}

/** Country code in upper case, or null when unknown. */
export function countryOf(thirdParty: ThirdParty): string | null {
  const code = thirdParty.country?.trim().toUpperCase() ?? '';
  return code === '' ? null : code;
}

/** A known operator country other than Kazakhstan; unknown countries are not assumed foreign. */
export function isCrossBorder(thirdParty: ThirdParty): boolean {
  const country = countryOf(thirdParty);
  return country !== null && country !== 'KZ';
}

const ADVERTISING = new Set(['advertising', 'adult_advertising', 'pornvertising']);

export function isAdvertisingTracker(observation: ThirdPartyObservation): boolean {
  return ADVERTISING.has(observation.thirdParty.trackerCategory ?? '');
}

/** Analytics trackers, and session recorders whatever the database calls their operator. */
export function isAnalyticsTracker(observation: ThirdPartyObservation): boolean {
  return observation.thirdParty.trackerCategory === 'site_analytics' || observation.detail.kind === 'session_recorder';
}

/** The recipient an auditor deals with: the operator when known, else the registrable domain. */
export function operatorKey(thirdParty: ThirdParty): string {
  const organization = thirdParty.organization?.trim();
  return organization ? `org:${organization}` : `domain:${registrableDomain(thirdParty.domain)}`;
}

export interface Recipient {
  key: string;
  organization: string | null;
  country: string | null;
  domains: string[];
  observations: ThirdPartyObservation[];
}

/** One recipient per operator, domains sorted, in first-seen order. */
export function groupByRecipient(observations: readonly ThirdPartyObservation[]): Recipient[] {
  const byKey = new Map<string, Recipient>();
  for (const observation of observations) {
    const key = operatorKey(observation.thirdParty);
    const recipient = byKey.get(key) ?? {
      key,
      organization: observation.thirdParty.organization?.trim() || null,
      country: null,
      domains: [],
      observations: [],
    };
    recipient.country ??= countryOf(observation.thirdParty);
    if (!recipient.domains.includes(observation.thirdParty.domain)) recipient.domains.push(observation.thirdParty.domain);
    recipient.observations.push(observation);
    byKey.set(key, recipient);
  }
  for (const recipient of byKey.values()) recipient.domains.sort();
  return [...byKey.values()];
}
