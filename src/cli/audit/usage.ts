/** The help text of `npm run audit`, printed for --help and after a usage error's one line. */
export const USAGE = `usage: npm run --silent audit -- URL... [options]

  URL                           a lender's page; a bare host name means its https:// front page
  --urls-file FILE              more URLs, one per line (# starts a comment)
  --policy FILE                 the privacy policy to audit against (a single site)
  --policy SITE=FILE            the same for one of several sites (repeatable)
  --out DIR                     where SITE.json and SITE.html go (default ./audit-reports)
  --interact                    open the application form, type canary values, go through its steps
                                (never sends the application, pays, requests a code, a call or a chat)
  --concurrency N               sites audited at once (default: CPU cores, at most 4)
  --shard i/n                   audit only part i of n (1-based) of the sorted URL list
  --lang ru|kk|en               language of the HTML report and the summary (default ru)
  --headed                      show the browser
  --host-resolver-rules RULES   passed to Chromium unchanged
  --ignore-certificate-errors   passed to Chromium unchanged
  --extension DIR               a built extension to use (default .output/chrome-mv3, or $AUDITOR_EXTENSION_DIR)

exit status: 0 every site audited (findings are not errors), 1 a site could not be audited, 2 bad arguments`;
