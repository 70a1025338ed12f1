// The path guard is product-neutral (the browser test folder uses it too); it lives in core.
export { PathTraversalError, safeJoin } from '../core/safe-path.ts';
