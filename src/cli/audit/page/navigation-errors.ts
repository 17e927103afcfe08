/** One clear sentence for each way a site can fail to load, saying what to do where there is something to do. */

const NET_ERRORS: ReadonlyArray<readonly [RegExp, string]> = [
  [/ERR_NAME_NOT_RESOLVED|ERR_NAME_RESOLUTION_FAILED/, 'the host name does not resolve: check the spelling, or the site no longer exists'],
  [/ERR_CONNECTION_REFUSED/, 'the connection was refused: the site is down'],
  [/ERR_CONNECTION_(RESET|CLOSED)|ERR_EMPTY_RESPONSE/, 'the server closed the connection without answering: the site is down or blocks automated browsers'],
  [/ERR_CONNECTION_TIMED_OUT|ERR_TIMED_OUT|Timeout \d+ms exceeded/, 'the page did not load in time: the site is down or very slow'],
  [/ERR_CERT_|ERR_SSL_|ERR_BAD_SSL/, 'the site\'s TLS certificate was rejected (for a test server with a self-signed certificate, pass --ignore-certificate-errors)'],
  [/ERR_ADDRESS_UNREACHABLE|ERR_INTERNET_DISCONNECTED|ERR_NETWORK_CHANGED/, 'the network is unreachable from this machine'],
  [/ERR_TOO_MANY_REDIRECTS/, 'the site redirects in a loop'],
  [/ERR_UNSAFE_PORT/, 'Chromium refuses to connect to that port (it is on its list of unsafe ports)'],
  [/ERR_ABORTED/, 'the navigation was aborted (the URL may be a download rather than a page)'],
];

export function describeNavigationError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const known = NET_ERRORS.find(([pattern]) => pattern.test(text));
  if (known) return known[1];
  return `the page could not be opened: ${text.split('\n')[0] ?? text}`;
}

export function describeHttpStatus(status: number): string {
  if (status >= 500) return `the server answered HTTP ${status}: the site is down or failing`;
  if (status === 401 || status === 403) return `the server answered HTTP ${status}: it refuses this browser (login wall or bot protection)`;
  if (status === 404 || status === 410) return `the server answered HTTP ${status}: no such page, check the URL`;
  return `the server answered HTTP ${status}`;
}
