/**
 * The five lenders' published policies ship inside the extension as files (policies/<site>.txt, copied
 * verbatim from policies/ by the build), so the worker does not evaluate their text at every wake.
 */
declare const __BUNDLED_POLICY_FOLDERS__: readonly string[];

/** The folder names under policies/, filled in by the build (wxt.config.ts). */
export const BUNDLED_POLICY_FOLDERS: readonly string[] = __BUNDLED_POLICY_FOLDERS__;
