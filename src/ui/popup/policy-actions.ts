/** The popup's policy actions as runtime requests to the background; answers are parsed, not trusted. */
import { browser } from 'wxt/browser';
import { AttachAnswer } from '../../schema/discovery';
import type { PolicyActions } from './PolicySearch';

export function runtimePolicyActions(tabId: number, site: string): PolicyActions {
  return {
    async searchAgain() {
      await browser.runtime.sendMessage({ type: 'discover-policy', tabId });
    },
    async choose(url) {
      return AttachAnswer.parse(await browser.runtime.sendMessage({ type: 'choose-policy', tabId, url }));
    },
    addPolicy() {
      void browser.tabs.create({ url: browser.runtime.getURL(`/options.html?site=${encodeURIComponent(site)}`) });
    },
  };
}
