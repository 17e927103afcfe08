/** Runs every benchmark in turn (each measures its own figures side by side and prints ratios to target). */
import { spawnSync } from 'node:child_process';

const BENCHES = ['parse.ts', 'parser-accuracy.ts', 'label-agreement.ts', 'classify.ts', 'wake.ts', 'overhead.ts', 'cli-speed.ts'];
let failed = 0;
for (const bench of BENCHES) {
  console.log(`\n== bench/${bench}`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', `bench/${bench}`], { stdio: 'inherit' });
  if (run.status !== 0) failed += 1;
}
process.exit(failed === 0 ? 0 : 1);
