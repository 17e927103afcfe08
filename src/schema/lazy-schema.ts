/**
 * A schema built the first time anything touches it. The service worker evaluates every schema module
 * on each wake, and building zod schemas (objects, checks, unions) was a fifth of its own start-up
 * work in a profile, plus the garbage it left; most of them (the report, the policy, discovery) are
 * not needed until someone asks. The stand-in forwards every operation to the real schema, so zod,
 * `z.infer` and callers see the schema itself.
 */

export function lazySchema<Schema extends object>(build: () => Schema): Schema {
  let built: Schema | undefined;
  const schema = (): Schema => (built ??= build());
  const handler: ProxyHandler<Schema> = {
    get: (_, key) => Reflect.get(schema(), key),
    has: (_, key) => Reflect.has(schema(), key),
    ownKeys: () => Reflect.ownKeys(schema()),
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(schema(), key, descriptor),
    deleteProperty: (_, key) => Reflect.deleteProperty(schema(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
    // The stand-in's own target is an empty object, so a property may only be reported configurable.
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(schema(), key);
      return descriptor && { ...descriptor, configurable: true };
    },
  };
  // The target only anchors the proxy; every trap above reads the built schema instead.
  return new Proxy(Object.create(null) as Schema, handler);
}
