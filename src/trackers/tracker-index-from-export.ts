/**
 * The worker's tracker table built from the installed TrackerDB export: what the build compiles into the
 * worker (wxt.config.ts) and what the benches measure, from one place. Node only; run from the project root.
 */
import { readFileSync } from 'node:fs';
import { buildTrackerIndex, type TrackerDbExport } from './tracker-index-build';

export const TRACKERDB_EXPORT = 'node_modules/@ghostery/trackerdb/dist/trackerdb.json';

export function trackerIndexFromExport(): string {
  return buildTrackerIndex(JSON.parse(readFileSync(TRACKERDB_EXPORT, 'utf8')) as TrackerDbExport);
}
