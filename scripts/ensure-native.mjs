// better-sqlite3 is a native module built for one runtime at a time. Electron Forge rebuilds it
// for Electron; tests and the CLI run under Node. Before them, check it loads here and rebuild if not.
import { spawnSync } from 'node:child_process';


function loads() {
  const probe = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], { encoding: 'utf8' });
  return probe.status === 0 ? null : probe.stderr.split('\n').find((l) => l.trim()) ?? 'unknown error';
}

const problem = loads();
if (problem) {
  console.log(`better-sqlite3 does not load under Node ${process.version} (${problem}); rebuilding it for Node…`);
  const { status } = spawnSync('npm', ['rebuild', 'better-sqlite3'], { stdio: 'inherit' });
  if (status !== 0 || loads()) {
    console.error('Rebuilding better-sqlite3 for Node failed; see the output above.');
    process.exit(1);
  }
}
