/**
 * Writes the frozen held-out tasks to bench/synth/frozen/<category>/<name>.json from their
 * generators. Run once when the set was frozen; `trust.test.ts` checks the files still match.
 *
 * Usage: node bench/synth/frozen-gen/build.ts && npx prettier --write bench/synth/frozen
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { frozenSpecs, generateTask, taskPath } from './index.ts';

const frozenDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'frozen');
for (const spec of frozenSpecs) {
  const file = join(frozenDir, taskPath(spec));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(generateTask(spec), null, 2) + '\n');
}
console.log(`wrote ${frozenSpecs.length} tasks to ${frozenDir}`);
