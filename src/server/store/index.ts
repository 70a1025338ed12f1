export { Store, DATABASE_FILE } from './store.ts';
export { MIGRATIONS, migrate, SchemaTooNewError, type Migration } from './migrations.ts';
export { RunNotFoundError, EventSequenceError } from './errors.ts';
export * from './types.ts';
