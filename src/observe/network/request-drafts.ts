/**
 * Third-party requests as observations. Every server reached learns the visitor's IP address;
 * analytics endpoints learn usage; beacons and pixels are tracking technologies.
 */
import type { CategoryId } from '../../categories';
import type { ThirdParty } from '../../schema/observation';
import { isThirdParty } from '../../trackers/site';
import type { KeyedDraft, Where } from '../keyed-draft';

export interface RequestInfo {
  url: string;
  method: string;
  resourceType: string;
  initiator: string | null;
  /** Request body as text when the browser exposed it (form data or raw bytes), bounded. */
  body: string;
}

const PIXEL_TYPES = new Set(['ping', 'beacon', 'csp_report']);

export function isPixel(info: RequestInfo): boolean {
  if (PIXEL_TYPES.has(info.resourceType)) return true;
  return info.resourceType === 'image' && info.url.includes('?');
}

/** Whether the request tells the third party which page the visitor is on. */
export function carriesPageUrl(info: RequestInfo, pageUrl: string): boolean {
  let page: URL;
  try {
    page = new URL(pageUrl);
  } catch {
    return false;
  }
  const needles = [page.href, encodeURIComponent(page.href), `${page.host}${page.pathname}`,
    encodeURIComponent(`${page.host}${page.pathname}`)];
  return needles.some((needle) => info.url.includes(needle) || info.body.includes(needle));
}

function requestCategory(info: RequestInfo, party: ThirdParty): CategoryId {
  if (isPixel(info)) return 'tracking_technologies';
  if (party.trackerCategory === 'site_analytics') return 'usage_data';
  return 'ip_address';
}

function withoutQuery(url: string): string {
  const cut = url.search(/[?#]/);
  return cut >= 0 ? url.slice(0, cut) : url;
}

export function requestDraft(info: RequestInfo, where: Where, describe: (url: string) => ThirdParty): KeyedDraft | null {
  if (!isThirdParty(info.url, where.pageUrl)) return null;
  const party = describe(info.url);
  const category = requestCategory(info, party);
  return {
    key: ['request', category, info.method, info.resourceType, withoutQuery(info.url).slice(0, 300)].join('|'),
    draft: {
      category,
      kind: 'request',
      at: where.at,
      pageUrl: where.pageUrl,
      frameUrl: where.frameUrl,
      thirdParty: party,
      detail: { kind: 'request', url: info.url.slice(0, 2048), method: info.method.slice(0, 16),
        resourceType: info.resourceType.slice(0, 32), initiator: info.initiator?.slice(0, 2048) ?? null,
        pixel: isPixel(info), carriesPageUrl: carriesPageUrl(info, where.pageUrl), count: 1 },
    },
  };
}
