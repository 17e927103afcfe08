/**
 * `npm run --silent audit -- URL... [options]`: audits lenders' sites with the built extension in
 * headless Chromium and writes DIR/<host>.json and DIR/<host>.html. See src/cli/audit/usage.ts.
 */
import { runAuditCli } from './audit/run';

process.exitCode = await runAuditCli(process.argv.slice(2));
