/** The background's long-lived parts, rebuilt from storage each time the worker wakes. */
import { createLeakWatch, type LeakWatch } from '../observe/leaks/leak-watch';
import { createObservationStore, type ObservationStore } from '../storage/observation-store';
import type { StorageArea } from '../storage/area';
import { createTabPages, type TabPages } from '../storage/tab-pages';
import { createTrackerClassifier, type TrackerClassifier } from '../trackers/tracker-db';

export interface Services {
  store: ObservationStore;
  tabs: TabPages;
  trackers: TrackerClassifier;
  leaks: LeakWatch;
}

export interface ServiceDeps {
  local: StorageArea;
  session: StorageArea;
  /** TrackerDB's table as shipped (`tracker-index.ts`); checked when the classifier is made. */
  loadTrackerIndex: () => Promise<unknown>;
}

export async function startServices(deps: ServiceDeps): Promise<Services> {
  const store = createObservationStore(deps.local);
  const tabs = createTabPages(deps.session);
  const leaks = createLeakWatch(deps.session);
  const [trackers] = await Promise.all([
    deps.loadTrackerIndex().then(createTrackerClassifier),
    store.ready,
    tabs.ready,
    leaks.ready,
  ]);
  return { store, tabs, trackers, leaks };
}
