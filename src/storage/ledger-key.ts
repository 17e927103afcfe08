/** The site ledger's storage key, in a module of its own so the worker can read it before anything else loads. */
export const LEDGER_KEY = 'obs-sites';
