/**
 * Session-recording products, by their TrackerDB keys, plus Yandex Metrika's Webvisor, which records
 * through Metrika's own host and is only told apart by its endpoint path.
 */
import type { TrackerInfo } from '../../trackers/tracker-db';
import type { KeyedDraft, Where } from '../keyed-draft';
import type { ThirdParty } from '../../schema/observation';

const RECORDER_KEYS = new Set([
  'clicktale', 'contentsquare.net', 'decibel_insight', 'fullstory', 'glassbox', 'hotjar', 'inspectlet', 'logrocket',
  'lucky_orange', 'microsoft_clarity', 'mouseflow', 'quantum_metric', 'sessioncam', 'smartlook', 'webvisor',
]);
const WEBVISOR_PATH = /^https?:\/\/mc\.yandex\.[a-z.]+(?::\d+)?\/webvisor\//;

export function recorderVendor(url: string, info: TrackerInfo | null): { vendor: string; how: string } | null {
  if (WEBVISOR_PATH.test(url)) return { vendor: 'Yandex Metrika Webvisor', how: 'Webvisor endpoint /webvisor/' };
  if (info?.patternKey && RECORDER_KEYS.has(info.patternKey)) {
    return { vendor: info.pattern ?? info.patternKey, how: `TrackerDB pattern ${info.patternKey}` };
  }
  return null;
}

export function recorderDraft(url: string, info: TrackerInfo | null, party: ThirdParty, where: Where): KeyedDraft | null {
  const found = recorderVendor(url, info);
  if (!found) return null;
  return {
    key: ['recorder', found.vendor, where.frameUrl].join('|'),
    draft: {
      category: 'session_recording',
      kind: 'session_recorder',
      at: where.at,
      pageUrl: where.pageUrl,
      frameUrl: where.frameUrl,
      thirdParty: party,
      detail: { kind: 'session_recorder', vendor: found.vendor.slice(0, 120), url: url.slice(0, 2048), how: found.how },
    },
  };
}
