import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { trackerIndexFromExport } from './src/trackers/tracker-index-from-export';

/**
 * The worker's tracker table, derived from TrackerDB's export and compiled into the worker's code as one string:
 * fetching it as a file cost a waking worker more (the first fetch after a wake alone took about 45 ms here).
 */
const TRACKER_INDEX = trackerIndexFromExport();
/** The lenders whose published policy ships with the extension: each folder under policies/ with a policy.txt. */
const POLICY_FOLDERS = readdirSync('policies').filter((folder) => existsSync(join('policies', folder, 'policy.txt'))).sort();

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  // A separate output folder lets two builds run side by side.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  manifest: ({ browser }) => ({
    name: 'Lender Privacy Auditor',
    description: 'Audits lender websites against their own privacy policy: what the site collects versus what the policy declares.',
    // Host access is what lets the extension see requests, cookies and forms of any site the auditor opens.
    // Chromium only: `offscreen` hosts pdf.js for reading PDF policies outside the service worker.
    // `scripting` injects the field scanner into a frame once its page has loaded, off the page's load path.
    permissions: ['storage', 'webRequest', 'cookies', 'webNavigation', 'scripting', ...(browser === 'firefox' ? [] : ['offscreen'])],
    host_permissions: ['<all_urls>'],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'lender-privacy-auditor@audit.local', strict_min_version: '142.0',
          // Everything recorded stays in the browser; the extension transmits nothing.
          data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
  vite: () => ({
    // Read by src/background/bundled-policies.ts (the texts themselves are files, not code) and
    // entrypoints/background/shipped-tracker-index.ts.
    define: { __BUNDLED_POLICY_FOLDERS__: JSON.stringify(POLICY_FOLDERS), __TRACKER_INDEX__: JSON.stringify(TRACKER_INDEX) },
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      for (const folder of POLICY_FOLDERS) {
        files.push({ absoluteSrc: resolve('policies', folder, 'policy.txt'), relativeDest: `policies/${folder}.txt` });
      }
    },
  },
});
