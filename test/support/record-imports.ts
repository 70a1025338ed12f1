/**
 * Preloaded with `node --import` by the start-up tests: appends every package a process imports
 * (bare specifiers only, as `name` or `@scope/name`) to the file named by CODIFY_IMPORT_LOG, so a
 * test can prove that a command loads only what it uses.
 */
import { appendFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const log = process.env['CODIFY_IMPORT_LOG'];

/** `@scope/name/sub` → `@scope/name`, `name/sub` → `name`; undefined for relative, absolute and node: specifiers. */
export function packageName(specifier: string): string | undefined {
  if (/^(\.|\/|node:|file:|data:)/.test(specifier)) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

if (log) {
  registerHooks({
    resolve(specifier, context, nextResolve) {
      const name = packageName(specifier);
      if (name) appendFileSync(log, `${name}\n`);
      return nextResolve(specifier, context);
    },
  });
}
