// `npm test`: every check runs even when an earlier one fails, so one run shows everything
// that is wrong; the exit code is non-zero if any step failed.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const steps = [
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['unit and integration tests (Vitest)', 'npm', ['run', '--silent', 'test:unit']],
  ['browser tests (Playwright, Chromium)', 'npm', ['run', '--silent', 'test:e2e']],
];

rmSync('reports', { recursive: true, force: true });
const failed = [];
for (const [label, cmd, args] of steps) {
  console.log(`\n── ${label}`);
  const { status } = spawnSync(cmd, args, { stdio: 'inherit' });
  if (status !== 0) failed.push(label);
}
spawnSync('node', ['scripts/test-summary.mjs'], { stdio: 'inherit' });
if (failed.length) {
  console.error(`\nFailed: ${failed.join('; ')}`);
  process.exit(1);
}
