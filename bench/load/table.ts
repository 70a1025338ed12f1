/** The load benchmark's figures as markdown-style tables, readable in a terminal as they are. */
import type { ApiLoadResult } from './api-load.ts';
import type { LibraryBaselineResult } from './library-baseline.ts';
import type { SseScenarioResult } from './sse-viewers.ts';
import type { ConcurrentRunsResult } from './transform-runs.ts';

const int = (n: number): string => Math.round(n).toLocaleString('en-US');
const ms = (n: number): string => (Number.isNaN(n) ? '—' : n < 10 ? `${n.toFixed(1)} ms` : `${int(n)} ms`);
const seconds = (n: number): string => `${(n / 1000).toFixed(1)} s`;

function rows(header: string[], body: string[][]): string {
  const lines = [header, header.map(() => '---'), ...body];
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

export function apiTable(results: readonly ApiLoadResult[]): string {
  return rows(
    ['route', 'connections', 'requests', 'req/s', 'p50', 'p99', 'max', 'non-2xx', 'errors'],
    results.map((r) => [
      `GET ${r.route}`,
      String(r.connections),
      int(r.requests),
      int(r.requestsPerSecond),
      ms(r.latencyMs.p50),
      ms(r.latencyMs.p99),
      ms(r.latencyMs.max),
      String(r.non2xx),
      String(r.errors + r.timeouts),
    ]),
  );
}

export function runsTable(
  results: readonly ConcurrentRunsResult[],
  baseline?: LibraryBaselineResult,
): string {
  const baselineRow = baseline
    ? [
        [
          'no server: library, one at a time',
          String(baseline.runs),
          int(baseline.recordsTotal),
          '—',
          seconds(baseline.wallMs),
          int(baseline.recordsPerSecond),
          '—',
          '—',
          '—',
          '—',
        ],
      ]
    : [];
  return rows(
    [
      'maxConcurrentRuns',
      'runs',
      'records',
      'upload',
      'wall time',
      'records/s (all runs)',
      'statuses',
      'lost',
      'duplicated',
      'server peak RSS',
    ],
    results
      .map((r) => [
        String(r.maxConcurrentRuns),
        String(r.runs),
        int(r.recordsTotal),
        seconds(r.uploadMs),
        seconds(r.wallMs),
        int(r.recordsPerSecond),
        Object.entries(r.statuses)
          .map(([status, count]) => `${count} ${status}`)
          .join(', '),
        String(r.lost),
        String(r.duplicated + r.unexpected),
        r.serverPeakRssMb === null ? '—' : `${r.serverPeakRssMb} MB`,
      ])
      .concat(baselineRow),
  );
}

export function sseTable(result: SseScenarioResult): string {
  return rows(
    [
      'viewers',
      'runs',
      'events delivered',
      'live / replayed',
      'latency p50',
      'p99',
      'max',
      'reconnections',
      'lost',
      'duplicated',
      'out of order',
      'no end',
    ],
    [
      [
        String(result.viewers),
        String(result.runs),
        int(result.eventsDelivered),
        `${int(result.liveEvents)} / ${int(result.replayedEvents)}`,
        ms(result.latencyMs.p50),
        ms(result.latencyMs.p99),
        ms(result.latencyMs.max),
        `${result.reconnections} (${result.reconnectingViewers} viewers)`,
        String(result.lost),
        String(result.duplicated),
        String(result.outOfOrder),
        String(result.viewersWithoutEnd),
      ],
    ],
  );
}
