/**
 * Shapes of the server's answers: the server's wire protocol (`src/server/protocol`), imported as
 * types only, so nothing of it (nor zod) reaches the bundle.
 */
import type { RunStatus } from '../../../src/server/protocol/index.ts';

export type {
  Attempt as AttemptRow,
  Run,
  RunDetail,
  RunStatus,
  UsageEntry as UsageRow,
  UsageTotals,
} from '../../../src/server/protocol/index.ts';

export const LIVE_STATUSES: readonly RunStatus[] = ['queued', 'running'];
