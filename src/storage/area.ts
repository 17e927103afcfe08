/** The slice of browser.storage the extension uses, so stores run against a Map in Node tests. */
export interface StorageArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  /** Chrome 130+: the keys alone, so a waking worker need not read every stored policy's text. */
  getKeys?(): Promise<string[]>;
}

/** Everything stored under the given key prefixes, read without touching other keys where the area allows it. */
export async function getByPrefix(area: StorageArea, prefixes: readonly string[]): Promise<Record<string, unknown>> {
  const wanted = (key: string) => prefixes.some((prefix) => key.startsWith(prefix));
  if (!area.getKeys) return Object.fromEntries(Object.entries(await area.get(null)).filter(([key]) => wanted(key)));
  const keys = (await area.getKeys()).filter(wanted);
  return keys.length > 0 ? area.get(keys) : {};
}

export function memoryArea(initial: Record<string, unknown> = {}): StorageArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>(Object.entries(structuredClone(initial)));
  return {
    data,
    async get(keys) {
      const wanted = keys == null ? [...data.keys()] : typeof keys === 'string' ? [keys] : keys;
      const out: Record<string, unknown> = {};
      for (const key of wanted) if (data.has(key)) out[key] = structuredClone(data.get(key));
      return out;
    },
    async set(items) {
      for (const [key, value] of Object.entries(items)) data.set(key, structuredClone(value));
    },
    async remove(keys) {
      for (const key of typeof keys === 'string' ? [keys] : keys) data.delete(key);
    },
    async getKeys() {
      return [...data.keys()];
    },
  };
}
