/**
 * Canonical JSON: object keys sorted by UTF-16 code units, no whitespace, undefined properties
 * dropped (as JSON.stringify does). The same data always yields the same bytes, whatever order the
 * keys were built in, so a hash over it identifies the data rather than its construction.
 */

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} has no JSON form`);
      return JSON.stringify(value);
    case 'object':
      if (Array.isArray(value)) return `[${value.map((item: unknown) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
      // Dates, maps and class instances would silently lose data; the report holds none.
      if (!isPlainObject(value)) throw new TypeError('canonicalJson: only plain objects and arrays are supported');
      return `{${Object.keys(value)
        .filter((key) => value[key] !== undefined)
        .sort()
        .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`)
        .join(',')}}`;
    default:
      throw new TypeError(`canonicalJson: cannot encode a ${typeof value}`);
  }
}
