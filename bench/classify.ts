/**
 * Per-request classification cost: what the background does for every request (first/third party by
 * registrable domain, naming by the table derived from TrackerDB, the observation draft, recorder detection), measured side by
 * side with TrackerDB's own URL match on the same requests. Target: median ≤ 20 µs per request.
 */
import { readFileSync } from 'node:fs';
import loadTrackerDB from '@ghostery/trackerdb';
import { recorderDraft } from '../src/observe/network/recorders';
import { requestDraft } from '../src/observe/network/request-drafts';
import { createTrackerClassifier } from '../src/trackers/tracker-db';
import { trackerIndexFromExport } from '../src/trackers/tracker-index-from-export';
import { median, ratioLine } from './stats';

const ENGINE = new Uint8Array(readFileSync('node_modules/@ghostery/trackerdb/dist/trackerdb.engine'));
const PAGE = 'https://1kredit.kz/apply?amount=50000&term=15';
const HOSTS = ['mc.yandex.ru', 'www.google-analytics.com', 'www.googletagmanager.com', 'connect.facebook.net',
  'www.facebook.com', 'googleads.g.doubleclick.net', 'top-fwz1.mail.ru', 'vk.com', 'analytics.tiktok.com',
  'code.jivosite.com', 'api.fpjs.io', 'cdn.example-unknown.kz', '1kredit.kz', 'static.1kredit.kz'];
const ROUNDS = 20_000;

function requestUrl(i: number): string {
  return `https://${HOSTS[i % HOSTS.length]}/collect/${i % 97}?page=${encodeURIComponent(PAGE)}&rn=${i}`;
}

const classifier = createTrackerClassifier(trackerIndexFromExport());
const db = await loadTrackerDB(ENGINE);
const where = { pageUrl: PAGE, frameUrl: PAGE, at: new Date().toISOString() };
const ours: number[] = [];
const theirs: number[] = [];
for (let i = 0; i < ROUNDS; i += 1) {
  const url = requestUrl(i);
  const info = { url, method: 'GET', resourceType: i % 3 === 0 ? 'image' : 'xmlhttprequest', initiator: 'https://1kredit.kz', body: '' };
  let start = performance.now();
  const draft = requestDraft(info, where, classifier.describe);
  if (draft?.draft.thirdParty) recorderDraft(url, classifier.lookup(url), draft.draft.thirdParty, where);
  ours.push(performance.now() - start);
  start = performance.now();
  db.matchUrl({ url, type: 'xhr', sourceUrl: PAGE });
  theirs.push(performance.now() - start);
}
const warm = (xs: number[]) => xs.slice(ROUNDS / 10);
const oursUs = median(warm(ours)) * 1000;
const theirsUs = median(warm(theirs)) * 1000;
console.log(`per-request classification: median ${oursUs.toFixed(1)} µs (TrackerDB matchUrl alone: ${theirsUs.toFixed(1)} µs, ratio ${(oursUs / theirsUs).toFixed(2)})`);
console.log(ratioLine('classification median vs 20 µs target', oursUs, 20));
