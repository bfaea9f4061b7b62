// `npm run bench`: runs every bench/*.bench.ts in its own process, in name order, and writes
// what each prints (one markdown section) to bench/RESULTS.md under the date and the machine.
// `npm run bench -- core` runs only the benches whose names contain "core" and prints them,
// leaving RESULTS.md as it is.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const loadAtStart = os.loadavg()[0];
const benchDir = join(root, 'bench');
const filters = process.argv.slice(2);
const files = readdirSync(benchDir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((word) => f.includes(word)))
  .sort();
if (files.length === 0) {
  console.error(`No benches in ${benchDir}${filters.length ? ` match ${filters.join(', ')}` : ''}.`);
  process.exit(1);
}

const sections = [];
let failures = 0;
for (const file of files) {
  console.error(`── ${file}`);
  const started = Date.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(benchDir, file)], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (run.status === 0) {
    sections.push(run.stdout.trim());
    console.error(`   done in ${seconds} s`);
  } else {
    failures++;
    const why = run.error?.message ?? (run.signal ? `killed by ${run.signal}` : `exit code ${run.status}`);
    sections.push(`### ${file}\n\nThe bench failed (${why}) after ${seconds} s; see its log.\n\n${run.stdout.trim()}`);
    console.error(`   FAILED: ${why}`);
  }
}

const report = [machineHeader(), ...sections].join('\n\n') + '\n';
if (filters.length === 0) {
  writeFileSync(join(benchDir, 'RESULTS.md'), report);
  console.error(`Wrote bench/RESULTS.md`);
}
process.stdout.write(report);
process.exit(failures ? 1 : 0);

function machineHeader() {
  const cpus = os.cpus();
  const model = cpuModel() ?? cpus[0]?.model ?? 'unknown CPU';
  const gib = (os.totalmem() / 1024 ** 3).toFixed(1);
  return [
    '# Benchmark results',
    '',
    `Run ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')} on ${model}, ${os.availableParallelism?.() ?? cpus.length} cores, ` +
      `${gib} GiB memory, ${osName()}, Node ${process.version}; load average ${loadAtStart.toFixed(1)} when it started ` +
      '(other work on the machine slows every number below).',
    '',
    'Written by `npm run bench` (scripts/bench.mjs); each section below comes from one bench/*.bench.ts.',
  ].join('\n');
}

function cpuModel() {
  try {
    return /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim();
  } catch {
    return undefined;
  }
}

function osName() {
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
    if (pretty) return `${pretty} (${os.type()} ${os.release()})`;
  } catch {
    // not Linux, or no os-release: the kernel's name will do
  }
  return `${os.type()} ${os.release()}`;
}
