/**
 * Redefines a property from its current descriptor. The descriptor handed to defineProperty has no
 * prototype: defineProperty looks `get`, `set` and `value` up the prototype chain, and hooks are also
 * installed while page scripts run (child frames), when a page-defined `Object.prototype.get` would
 * otherwise turn a method into a broken accessor.
 */
import type { Builtins } from './builtins';

export function redefine(b: Builtins, target: object, key: PropertyKey, patch: PropertyDescriptor): boolean {
  const current = b.getOwnPropertyDescriptor(target, key);
  if (!current) return false;
  b.defineProperty(target, key, b.assign(b.create(null) as PropertyDescriptor, current, patch));
  return true;
}
