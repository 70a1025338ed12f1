#!/usr/bin/env -S node --max-semi-space-size=4
// --max-semi-space-size: V8 sizes the young generation from the machine's RAM (tens of MB on a
// big machine); a record pipeline makes short-lived garbage at a steady rate, and larger
// semi-spaces only hold more of it between collections (peak RSS of a 100k-record run: 215 → 180 MB).
// The CLI is written in TypeScript and run directly: Node >= 22.13 strips types natively. Inside
// this repository npm scripts and npx put the pinned Node 24 (the `node` devDependency) first on
// PATH. Any other Node that runs this file is checked here, where it matters, rather than through
// package.json "engines": npm compares "engines" with the Node that runs npm, not the one that
// runs codify, so it warned on every fresh `npx codify` under an older system Node.
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 13)) {
  console.error(
    `codify: needs Node.js 22.13 or newer (it runs its TypeScript sources directly); this is Node ${process.versions.node}.\n` +
      '  → Run it through npx or npm inside the codify folder (they use the Node 24 pinned in node_modules), or install Node 24.',
  );
  process.exit(2);
}

// Type-stripped modules are cached on disk (Node's compile cache), so later starts skip parsing
// them again. The cache lives with the user's other caches, not in the temp folder codify keeps
// clean; NODE_COMPILE_CACHE=DIR moves it, NODE_DISABLE_COMPILE_CACHE=1 turns it off.
{
  const { homedir } = await import('node:os');
  const { join } = await import('node:path');
  const cacheHome = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  (await import('node:module')).enableCompileCache?.(
    process.env.NODE_COMPILE_CACHE || join(cacheHome, 'codify', 'compile-cache'),
  );
}

const { main } = await import('../src/cli/main.ts');

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
  },
);
