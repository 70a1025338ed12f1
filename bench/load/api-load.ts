/** Scenario: one API route hammered by many concurrent keep-alive connections (autocannon). */
import autocannon from 'autocannon';

export interface ApiLoadResult {
  route: string;
  connections: number;
  durationS: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number; max: number; mean: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

/** Runs autocannon against `base + route` for `durationS` seconds with `connections` connections. */
export async function loadRoute(
  base: string,
  route: string,
  connections: number,
  durationS: number,
): Promise<ApiLoadResult> {
  const result = await autocannon({ url: `${base}${route}`, connections, duration: durationS, timeout: 30 });
  return {
    route,
    connections,
    durationS: result.duration,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.total / result.duration),
    latencyMs: {
      p50: result.latency.p50,
      p99: result.latency.p99,
      max: result.latency.max,
      mean: Math.round(result.latency.average * 100) / 100,
    },
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}
