/** Small builders for valid observations; parsing them keeps tests honest when a schema changes. */
import * as z from 'zod/mini';
import { Observation, type ObservationDetail } from '../../src/schema/observation';
import type { Draft } from '../../src/storage/observation-store';

export const PAGE = 'https://1kredit.kz/apply';

export function draft(detail: ObservationDetail, overrides: Partial<Draft> = {}): Draft {
  const candidate = { category: 'geolocation', kind: detail.kind, at: '2026-11-21T09:00:00.000Z', pageUrl: PAGE,
    frameUrl: PAGE, thirdParty: null, detail, ...overrides };
  return z.omit(Observation, { id: true }).parse(candidate);
}

export function geolocationDetail(count = 1): ObservationDetail {
  return { kind: 'device_request', api: 'geolocation.getCurrentPosition', userGesture: false, count };
}
