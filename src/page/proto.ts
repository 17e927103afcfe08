/** The prototype of a constructor the window exposes, or undefined where this browser lacks it. */
export function protoOf(win: Window & typeof globalThis, name: string): object | undefined {
  const candidate: unknown = (win as unknown as Record<string, unknown>)[name];
  return typeof candidate === 'function' ? (candidate as { prototype?: object }).prototype : undefined;
}
