#!/usr/bin/env node
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
