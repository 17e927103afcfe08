/**
 * `npm run demo`: the five fixture lenders served locally under their real host names, audited with
 * --interact by the command line's own code path; reports go to ./audit-reports/.
 */
import { runAuditCli } from '../src/cli/audit/run';
import { LENDER_HOSTS, startFixtureServer } from '../tests/fixtures/server';

const server = await startFixtureServer();
process.stdout.write(`Fixture lenders on 127.0.0.1:${server.port}: ${LENDER_HOSTS.join(', ')}\n\n`);
try {
  process.exitCode = await runAuditCli([
    ...LENDER_HOSTS.map((host) => server.url(host)), '--interact', '--out', 'audit-reports',
    '--host-resolver-rules', server.hostResolverRules, '--ignore-certificate-errors',
  ]);
} finally {
  await server.close();
}
