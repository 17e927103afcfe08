/** TrackerDB's table as text (`src/trackers/tracker-index.ts`), written into the worker's code by wxt.config.ts. */
declare const __TRACKER_INDEX__: string;

export const SHIPPED_TRACKER_INDEX: string = __TRACKER_INDEX__;
