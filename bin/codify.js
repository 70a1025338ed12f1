#!/usr/bin/env node
// The CLI is written in TypeScript and run directly: Node >= 22.13 strips types natively
// (the repository pins Node 24 through the `node` devDependency, so npm scripts and npx use it).
import { main } from '../src/cli/main.ts';

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
  },
);
