/** Log lines as operations people paste them: web servers, app loggers, syslog, stack traces, pods. */
import { pad2, type Rng, type Spec } from './kit.ts';

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ip = (r: Rng): string => `${r.int(1, 223)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
const PATHS = [
  '/',
  '/login',
  '/api/v2/orders',
  '/static/app.js',
  '/img/logo.png',
  '/search',
  '/cart/checkout',
];
const STATUS = [200, 200, 200, 201, 204, 301, 302, 304, 400, 401, 403, 404, 404, 500, 502, 503];

/** Request line, status and path of an nginx/Apache combined log line; path without its query. */
function nginxRef(line: string): unknown {
  const m = /"(?:(\S+) (\S+)(?: HTTP\/[\d.]+)?|-)" (\d{3}) /.exec(line);
  if (!m) throw new Error(`not a combined line: ${line}`);
  return {
    method: m[1] ?? null,
    path: m[2] === undefined ? null : m[2].split('?')[0],
    status: Number(m[3]),
  };
}
function nginxGen(r: Rng): string {
  const d = `${pad2(r.int(1, 28))}/${r.pick(MON)}/2024:${pad2(r.int(0, 23))}:${pad2(r.int(0, 59))}:${pad2(r.int(0, 59))} +0000`;
  const method = r.pick(['GET', 'GET', 'GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS']);
  let path = r.pick(PATHS);
  if (r.chance(0.3)) path += `?q=${r.pick(['shoes', 'a%20b', 'x'])}&page=${r.int(1, 9)}`;
  const proto = r.pick(['HTTP/1.1', 'HTTP/1.1', 'HTTP/2.0', 'HTTP/1.0']);
  const req = r.chance(0.06) ? '-' : `${method} ${path} ${proto}`;
  const status = req === '-' ? 400 : r.pick(STATUS);
  const user = r.chance(0.15) ? r.pick(['alice', 'bob', 'svc-backup']) : '-';
  const bytes = r.chance(0.1) ? '-' : String(r.int(0, 90000));
  const ua = r.pick(['Mozilla/5.0 (X11; Linux x86_64)', 'curl/8.4.0', 'Googlebot/2.1', '-']);
  return `${ip(r)} - ${user} [${d}] "${req}" ${status} ${bytes} "-" "${ua}"`;
}

const LEVELS: Record<string, string> = {
  trace: 'debug',
  debug: 'debug',
  dbg: 'debug',
  info: 'info',
  information: 'info',
  notice: 'info',
  warn: 'warn',
  warning: 'warn',
  error: 'error',
  err: 'error',
  fatal: 'fatal',
  critical: 'fatal',
  crit: 'fatal',
  i: 'info',
  w: 'warn',
  e: 'error',
  f: 'fatal',
};
/** Level of an app log line in one of four formats: bracketed, logfmt, JSON, glog. */
function levelRef(line: string): unknown {
  const m =
    /^\s*\{.*"(?:level|severity)"\s*:\s*"(\w+)"/i.exec(line) ??
    /\blevel=(\w+)/i.exec(line) ??
    /^\s*\S+ \S+ \[(\w+)\s*\]/.exec(line) ??
    /^([IWEF])\d{4} /.exec(line);
  const level = m?.[1] ? LEVELS[m[1].toLowerCase()] : undefined;
  if (!level) throw new Error(`no level in ${line}`);
  return level;
}
function levelGen(r: Rng): string {
  const word = r.pick([
    'debug',
    'info',
    'info',
    'warn',
    'warning',
    'error',
    'err',
    'fatal',
    'critical',
    'trace',
  ]);
  const msg = r.pick([
    'cache miss for key user:42',
    'connected to db',
    'retrying in 5s',
    'request failed',
    'shutdown',
  ]);
  const t = `2024-0${r.int(1, 9)}-${pad2(r.int(1, 28))} ${pad2(r.int(0, 23))}:${pad2(r.int(0, 59))}:${pad2(r.int(0, 59))}`;
  const upper = r.chance(0.5) ? word.toUpperCase() : word;
  switch (r.int(0, 3)) {
    case 0:
      return `${t} [${upper}] ${msg}`;
    case 1:
      return `time="${t}" level=${word} msg="${msg}"`;
    case 2:
      return JSON.stringify({ ts: t, [r.pick(['level', 'severity'])]: upper, message: msg });
    default: {
      const letter = (LEVELS[word] ?? 'info') === 'debug' ? 'I' : r.pick(['I', 'W', 'E', 'F']);
      return `${letter}${pad2(r.int(1, 12))}${pad2(r.int(1, 28))} ${t.slice(11)}.${r.digits(6)}    ${r.int(1, 9999)} server.go:${r.int(10, 900)}] ${msg}`;
    }
  }
}

/** Host, program and pid of a BSD syslog line (pid null when the tag has none). */
function syslogRef(line: string): unknown {
  const m = /^(?:<\d+>)?\w{3} [ \d]\d \d\d:\d\d:\d\d (\S+) ([^:[\s]+)(?:\[(\d+)\])?:/.exec(line.trim());
  if (!m) throw new Error(`not syslog: ${line}`);
  return { host: m[1], program: m[2], pid: m[3] === undefined ? null : Number(m[3]) };
}
function syslogGen(r: Rng): string {
  const pri = r.chance(0.4) ? `<${r.int(0, 191)}>` : '';
  const day = r.int(1, 28);
  const d = `${r.pick(MON)} ${day < 10 ? ` ${day}` : day} ${pad2(r.int(0, 23))}:${pad2(r.int(0, 59))}:${pad2(r.int(0, 59))}`;
  const host = r.pick(['web01', 'db-primary', 'fw.example.net', 'nas', 'k8s-node-3', '10.1.2.3']);
  const prog = r.pick(['sshd', 'CRON', 'kernel', 'systemd', 'postfix/smtpd', 'dhclient', 'sudo']);
  const tag = prog === 'kernel' || r.chance(0.2) ? prog : `${prog}[${r.int(2, 65000)}]`;
  return `${pri}${d} ${host} ${tag}: ${r.pick(['Accepted publickey for deploy', 'session opened', 'link up', 'started'])}`;
}

/** A latency written as ms, s, µs or minutes+seconds, in whole milliseconds (rounded). */
function latencyRef(line: string): unknown {
  const m =
    /(?:took|duration[=:]|elapsed:?|in|latency=)\s*((?:\d+m)?[\d.]+)\s*(ms|s|µs|us|sec|seconds|msec)?\b/i.exec(
      line,
    );
  if (!m?.[1]) throw new Error(`no latency in ${line}`);
  const v = m[1];
  const unit = (m[2] ?? '').toLowerCase();
  const mixed = /^(\d+)m([\d.]+)$/.exec(v);
  if (mixed) return Math.round(Number(mixed[1]) * 60000 + Number(mixed[2]) * 1000);
  const n = Number(v);
  if (unit === 'ms' || unit === 'msec') return Math.round(n);
  if (unit === 'µs' || unit === 'us') return Math.round(n / 1000);
  return Math.round(n * 1000);
}
function latencyGen(r: Rng): string {
  const route = r.pick(['GET /api/users', 'POST /checkout', 'job resize-images', 'query orders_by_day']);
  switch (r.int(0, 5)) {
    case 0:
      return `${route} took ${r.int(1, 3000)}ms`;
    case 1:
      return `${route} completed in ${r.float(0.1, 9, 2)}s`;
    case 2:
      return `${route} status=200 duration=${r.int(2, 900)}ms`;
    case 3:
      return `${route} elapsed: ${r.int(5, 999)} ms`;
    case 4:
      return `${route} latency=${r.int(100, 90000)}us`;
    default:
      return `${route} took ${r.int(1, 5)}m${r.int(0, 59)}.${r.int(0, 9)}s`;
  }
}

/** The exception's simple class name from the first line of a Java/Kotlin stack trace. */
function exceptionRef(line: string): unknown {
  const m = /(?:^|\s|:\s)((?:[a-z_$][\w$]*\.)+)?([A-Z][\w$]*(?:Exception|Error|Throwable))(?::|$|\s)/.exec(
    line.trim(),
  );
  if (!m?.[2]) throw new Error(`no exception in ${line}`);
  return m[2].split('$').pop();
}
function exceptionGen(r: Rng): string {
  const cls = r.pick([
    'java.lang.NullPointerException',
    'java.lang.IllegalStateException',
    'java.io.IOException',
    'java.util.concurrent.TimeoutException',
    'org.springframework.dao.DataIntegrityViolationException',
    'com.acme.billing.InvoiceNotFoundException',
    'java.lang.OutOfMemoryError',
    'kotlin.UninitializedPropertyAccessException',
    'com.acme.Outer$InnerException',
  ]);
  const msg = r.chance(0.7) ? `: ${r.pick(['Java heap space', 'id=42', 'Connection reset', 'null'])}` : '';
  switch (r.int(0, 2)) {
    case 0:
      return `Exception in thread "${r.pick(['main', 'pool-1-thread-3', 'http-nio-8080-exec-7'])}" ${cls}${msg}`;
    case 1:
      return `Caused by: ${cls}${msg}`;
    default:
      return `${cls}${msg}`;
  }
}

/** Module, severity and client address of an Apache 2.4 error-log line (client null when absent). */
function apacheErrRef(line: string): unknown {
  const m = /\] \[(\w+):(\w+)\] \[pid \d+(?::tid \d+)?\](?: \[client ([\d.a-f:]+?)(?::\d+)?\])?/.exec(line);
  if (!m) throw new Error(`not an Apache error line: ${line}`);
  return { module: m[1], severity: m[2], client: m[3] ?? null };
}
function apacheErrGen(r: Rng): string {
  const t = `[${r.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} ${r.pick(MON)} ${pad2(r.int(1, 28))} ${pad2(r.int(0, 23))}:${pad2(r.int(0, 59))}:${pad2(r.int(0, 59))}.${r.digits(6)} 2024]`;
  const mod = r.pick(['core', 'ssl', 'proxy', 'php7', 'authz_core', 'mpm_event']);
  const sev = r.pick(['error', 'warn', 'notice', 'crit', 'info']);
  const pid = r.chance(0.7) ? `[pid ${r.int(100, 40000)}:tid ${r.digits(15)}]` : `[pid ${r.int(100, 40000)}]`;
  const client = r.chance(0.65) ? ` [client ${ip(r)}:${r.int(1024, 65535)}]` : '';
  return `${t} [${mod}:${sev}] ${pid}${client} AH0${r.int(1000, 2999)}: ${r.pick(['File does not exist', 'SSL handshake failed', 'caught SIGTERM'])}`;
}

/** The workload a Kubernetes pod name belongs to: deployment (hash-hash), statefulset (-N) or job. */
function podRef(name: string): unknown {
  const s = name.trim();
  // A cron job's pod carries the minute it was scheduled (8 digits), checked before a ReplicaSet hash.
  let m = /^(.+)-\d{8}-[a-z0-9]{5}$/.exec(s);
  if (m) return { workload: m[1], kind: 'cronjob' };
  m = /^(.+)-[a-z0-9]{8,10}-[a-z0-9]{5}$/.exec(s);
  if (m) return { workload: m[1], kind: 'deployment' };
  m = /^(.+)-(\d{1,3})$/.exec(s);
  if (m) return { workload: m[1], kind: 'statefulset' };
  m = /^(.+)-[a-z0-9]{5}$/.exec(s);
  if (m) return { workload: m[1], kind: 'daemonset' };
  throw new Error(`not a pod name: ${name}`);
}
const ALNUM = 'bcdfghjklmnpqrstvwxz2456789';
const rand = (r: Rng, n: number): string => Array.from({ length: n }, () => r.pick([...ALNUM])).join('');
function podGen(r: Rng): string {
  const base = r.pick([
    'api-gateway',
    'web',
    'checkout-svc',
    'redis',
    'kafka',
    'fluent-bit',
    'report-nightly',
    'auth',
  ]);
  switch (r.pick([0, 0, 0, 1, 1, 2, 3])) {
    case 0:
      return `${base}-${rand(r, r.pick([9, 10]))}-${rand(r, 5)}`;
    case 1:
      return `${base}-${r.int(0, 12)}`;
    case 2:
      return `${base}-${r.int(28000000, 28999999)}-${rand(r, 5)}`;
    default:
      return `${base}-${rand(r, 5)}`;
  }
}

const CLASS = ['informational', 'success', 'redirect', 'client_error', 'server_error'];
/** Status code and class from a bare code or a status line. */
function statusRef(s: string): unknown {
  const m = /(?:^|\s)([1-5]\d\d)(?:\s|$)/.exec(s.trim());
  if (!m?.[1]) throw new Error(`no status in ${s}`);
  const code = Number(m[1]);
  return { code, class: CLASS[Math.floor(code / 100) - 1] };
}
function statusGen(r: Rng): string {
  const c = r.pick([
    100, 101, 200, 201, 202, 204, 206, 301, 302, 307, 308, 400, 401, 403, 404, 409, 418, 429, 500, 502, 503,
    504,
  ]);
  switch (r.int(0, 3)) {
    case 0:
      return String(c);
    case 1:
      return r.pad(` ${c} `, 1);
    case 2:
      return `HTTP/1.1 ${c} ${r.pick(['OK', 'Not Found', 'Whatever'])}`;
    default:
      return `HTTP/2 ${c}`;
  }
}

export const logSpecs: Spec[] = [
  {
    name: 'log-nginx-request-fields',
    category: 'logs',
    description: 'Method, path (without query string) and status from nginx access-log lines.',
    train: [
      '203.0.113.9 - - [12/Mar/2024:10:01:22 +0000] "GET /index.html HTTP/1.1" 200 5120 "-" "Mozilla/5.0"',
      '198.51.100.4 - - [12/Mar/2024:10:01:25 +0000] "POST /api/login HTTP/1.1" 401 98 "-" "curl/8.4.0"',
      '192.0.2.77 - - [12/Mar/2024:10:02:03 +0000] "GET /favicon.ico HTTP/1.1" 404 0 "-" "Mozilla/5.0"',
    ],
    gen: nginxGen,
    ref: nginxRef,
  },
  {
    name: 'log-level-mixed-loggers',
    category: 'logs',
    description: 'Normalized severity (debug/info/warn/error/fatal) from lines written by several loggers.',
    train: [
      '2024-05-02 08:15:00 [INFO] service started on :8080',
      '2024-05-02 08:15:07 [WARNING] disk 91% full',
      'time="2024-05-02 08:16:00" level=error msg="upstream timed out"',
    ],
    gen: levelGen,
    ref: levelRef,
  },
  {
    name: 'log-syslog-host-program-pid',
    category: 'logs',
    description: 'Host, program and pid from classic syslog lines.',
    train: [
      'Oct 11 22:14:15 web01 sshd[4721]: Accepted publickey for deploy',
      'Oct 11 22:14:16 db-primary CRON[881]: session opened',
      'Oct  3 01:00:00 nas kernel: link up',
    ],
    gen: syslogGen,
    ref: syslogRef,
  },
  {
    name: 'log-latency-to-ms',
    category: 'logs',
    description: 'How long a request or job took, as whole milliseconds.',
    train: [
      'GET /api/users took 245ms',
      'POST /checkout completed in 1.5s',
      'query orders_by_day status=200 duration=37ms',
    ],
    gen: latencyGen,
    ref: latencyRef,
  },
  {
    name: 'log-exception-simple-class',
    category: 'logs',
    description: 'The simple class name of the exception on the first line of a stack trace.',
    train: [
      'Exception in thread "main" java.lang.NullPointerException: null',
      'Caused by: java.io.IOException: Connection reset',
      'com.acme.billing.InvoiceNotFoundException: id=42',
    ],
    gen: exceptionGen,
    ref: exceptionRef,
  },
  {
    name: 'log-apache-error-module-client',
    category: 'logs',
    description: 'Module, severity and client IP (null if none) from Apache error-log lines.',
    train: [
      '[Wed Oct 11 14:32:52.123456 2024] [core:error] [pid 1234:tid 140245] [client 10.0.0.8:51234] AH00037: File does not exist',
      '[Wed Oct 11 14:33:01.000001 2024] [ssl:warn] [pid 1234:tid 140245] AH01909: SSL handshake failed',
      '[Thu Oct 12 09:00:00.500000 2024] [proxy:error] [pid 77:tid 140001] [client 172.16.4.20:40000] AH00898: Error reading from remote',
    ],
    gen: apacheErrGen,
    ref: apacheErrRef,
  },
  {
    name: 'log-k8s-pod-to-workload',
    category: 'logs',
    description: 'Which workload (and kind) a Kubernetes pod name belongs to.',
    train: ['api-gateway-7d9f8c6b5d-x2k9p', 'redis-0', 'checkout-svc-5b8d7cf9b4-qwzrt', 'kafka-2'],
    gen: podGen,
    ref: podRef,
  },
  {
    name: 'log-http-status-class',
    category: 'logs',
    description: 'HTTP status code and its class, from a code or a status line.',
    train: ['200', '404', 'HTTP/1.1 503 Service Unavailable'],
    gen: statusGen,
    ref: statusRef,
  },
];
