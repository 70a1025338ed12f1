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
  // Run from another folder (`node ~/codify/bin/codify.js`, `npx --prefix ~/codify codify`), the
  // older Node hands the command to the pinned Node 24 of this checkout when there is one.
  const { existsSync } = await import('node:fs');
  const { fileURLToPath } = await import('node:url');
  const pinned = fileURLToPath(new URL('../node_modules/node/bin/node', import.meta.url));
  if (!existsSync(pinned)) {
    console.error(
      `codify: needs Node.js 22.13 or newer (it runs its TypeScript sources directly); this is Node ${process.versions.node}.\n` +
        '  → Run it through npx or npm inside the codify folder (they use the Node 24 pinned in node_modules), or install Node 24.',
    );
    process.exit(2);
  }
  const { spawn } = await import('node:child_process');
  const child = spawn(
    pinned,
    ['--max-semi-space-size=4', fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  // Ctrl-C reaches the child from the terminal (same process group): the parent only waits for it
  // to stop cleanly (a forwarded second SIGINT would read as "stop now"). Other signals are passed on.
  const forward = (signal) => () => child.kill(signal);
  process.on('SIGINT', () => {});
  process.on('SIGTERM', forward('SIGTERM'));
  process.on('SIGHUP', forward('SIGHUP'));
  child.on('error', (error) => {
    console.error(`codify: could not start ${pinned}: ${error.message}`);
    process.exit(2);
  });
  child.on('exit', (code, signal) => {
    if (signal) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    } else process.exit(code ?? 1);
  });
} else await start();

async function start() {
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
}
