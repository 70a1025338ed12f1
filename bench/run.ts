/**
 * `npm run bench [-- --full]`: every benchmark, one after another, at a small default size (about
 * 12 minutes on 2 cores) or at the sizes the proof issue names (`--full`). Each script prints its own table and
 * writes `bench/results/<name>.json`; this runner only sequences them and stops at the first failure.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const full = process.argv.includes('--full');
const root = resolve(import.meta.dirname, '..');

/** Script and its arguments, small then full. */
const benches: { name: string; script: string; small: string[]; full: string[] }[] = [
  { name: 'synth', script: 'bench/synth/run.ts', small: [], full: [] },
  { name: 'synth-trust', script: 'bench/synth/trust.ts', small: [], full: [] },
  { name: 'sandbox', script: 'bench/sandbox/run.ts', small: ['200000', '1'], full: ['200000', '3'] },
  {
    name: 'transform',
    script: 'bench/transform/run.ts',
    small: ['--records', '200000'],
    full: ['--records', '1000000'],
  },
  { name: 'compare', script: 'bench/compare/run.ts', small: [], full: ['--full'] },
  { name: 'load', script: 'bench/load/run.ts', small: [], full: ['--full'] },
  { name: 'browser', script: 'bench/browser/run.ts', small: [], full: ['--full'] },
];

for (const bench of benches) {
  const args = full ? bench.full : bench.small;
  console.log(`\n=== bench:${bench.name} ${args.join(' ')}`.trimEnd());
  const started = Date.now();
  // The same Node that runs this script (the pinned Node 24 under npm).
  const result = spawnSync(process.execPath, [bench.script, ...args], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`bench:${bench.name} failed (exit ${result.status ?? result.signal}); stopping.`);
    process.exit(result.status ?? 1);
  }
  console.log(`=== bench:${bench.name} took ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
console.log(`\nAll benchmarks ran${full ? ' at full size' : ''}; figures in bench/results/*.json.`);
