/**
 * Map and WeakMap whose methods the page cannot replace. The hooks' bookkeeping (limiter, per-canvas
 * state, masks) runs on every hooked call; if it went through Map.prototype a page could redefine
 * `Map.prototype.has` to throw and silently switch every report off. These subclasses carry their own
 * methods, bound at capture time to the natives, and iterate with the native forEach (no iterator
 * protocol, which the page could also redefine).
 */
type Apply = typeof Reflect.apply;

export function hardenedMap(apply: Apply): MapConstructor {
  const proto = Map.prototype;
  const { get, set, has, forEach } = proto;
  const remove = proto.delete;
  class SafeMap<K, V> extends Map<K, V> {
    override get(key: K): V | undefined { return apply(get, this, [key]); }
    override set(key: K, value: V): this { apply(set, this, [key, value]); return this; }
    override has(key: K): boolean { return apply(has, this, [key]); }
    override delete(key: K): boolean { return apply(remove, this, [key]); }
    override forEach(each: (value: V, key: K, map: Map<K, V>) => void): void { apply(forEach, this, [each]); }
  }
  return SafeMap as MapConstructor;
}

export function hardenedWeakMap(apply: Apply): WeakMapConstructor {
  const proto = WeakMap.prototype;
  const { get, set, has } = proto;
  class SafeWeakMap<K extends WeakKey, V> extends WeakMap<K, V> {
    override get(key: K): V | undefined { return apply(get, this, [key]); }
    override set(key: K, value: V): this { apply(set, this, [key, value]); return this; }
    override has(key: K): boolean { return apply(has, this, [key]); }
  }
  return SafeWeakMap as WeakMapConstructor;
}
