import { date, MON, pad, type FrozenSpec, type Rng } from './lib.ts';

const MESSAGES = [
  'disk almost full',
  'connection reset by peer',
  'user bob logged in',
  'Cache miss for key user:42',
  'retrying in 5s (attempt 2/3)',
  'payment 7781 declined: insufficient funds',
  'GET /health returned 200',
  'config reloaded',
  'WARN threshold reached for queue "emails"',
  'worker-3 stopped [exit code 137]',
  'Slow query: SELECT * FROM orders WHERE id = 9',
  'timeout after 30000 ms',
  'started',
  'ERROR: could not open file "/var/data/x.csv"',
  'session a1b2c3 expired - user must sign in again',
  'Job #12 done.',
];
const LEVELS = ['INFO', 'WARN', 'ERROR', 'DEBUG'] as const;
const SYSLOG = {
  sshd: [
    'Accepted publickey for alice from 192.168.1.20 port 50122 ssh2',
    'Failed password for invalid user admin from 203.0.113.9 port 4410 ssh2',
    'Disconnected from user bob 10.0.0.5 port 22: [preauth]',
  ],
  cron: [
    '(root) CMD (command -v debian-sa1 > /dev/null && debian-sa1 1 1)',
    'pam_unix(cron:session): session closed for user root',
  ],
  systemd: ['Started Session 42 of user bob.', 'Stopping User Manager for UID 1000...'],
  kernel: [
    '[ 1234.567890] usb 1-1: new high-speed USB device number 3',
    'Out of memory: Killed process 3121 (java)',
  ],
  smtpd: [
    'connect from unknown[198.51.100.4]',
    'disconnect from mail.example.com[192.0.2.25] ehlo=1 quit=1 commands=2',
  ],
  nginx: ['2024/03/05 14:22:01 [error] 812#812: *1 open() failed (2: No such file or directory)'],
  dhclient: ['DHCPACK of 10.0.0.12 from 10.0.0.1', 'bound to 10.0.0.12 -- renewal in 1800 seconds.'],
};

function time(rng: Rng) {
  return { ...date(rng, 2019, 2026), h: rng.int(0, 23), mi: rng.int(0, 59), s: rng.int(0, 59) };
}
type Time = ReturnType<typeof time>;
const isoTime = (t: Time) => `${t.y}-${pad(t.m)}-${pad(t.d)}T${pad(t.h)}:${pad(t.mi)}:${pad(t.s)}`;
const clock = (t: Time) => `${pad(t.h)}:${pad(t.mi)}:${pad(t.s)}`;

export const logs: FrozenSpec[] = [
  {
    name: 'two-format-log-lines',
    category: 'logs',
    description:
      'Lines from two services (one writes "YYYY-MM-DD hh:mm:ss LEVEL message", the other Apache-style "[DD/Mon/YYYY:hh:mm:ss +0000] LEVEL message"; both UTC) become {level, time as ISO UTC, message}.',
    train: [
      {
        input: { line: '2024-03-05 14:22:01 WARN disk almost full' },
        output: { level: 'WARN', time: '2024-03-05T14:22:01Z', message: 'disk almost full' },
      },
      {
        input: { line: '[05/Mar/2024:14:23:10 +0000] ERROR connection reset by peer' },
        output: { level: 'ERROR', time: '2024-03-05T14:23:10Z', message: 'connection reset by peer' },
      },
      {
        input: { line: '2024-03-06 09:01:44 INFO user bob logged in' },
        output: { level: 'INFO', time: '2024-03-06T09:01:44Z', message: 'user bob logged in' },
      },
      {
        input: { line: '[06/Mar/2024:09:02:00 +0000] INFO config reloaded' },
        output: { level: 'INFO', time: '2024-03-06T09:02:00Z', message: 'config reloaded' },
      },
    ],
    record(rng) {
      const t = time(rng);
      const level = rng.pick(LEVELS);
      const message = rng.pick(MESSAGES);
      const form = rng.weighted([
        ['plain', 5],
        ['apache', 4],
        ['iso', 1],
      ] as const);
      const line =
        form === 'plain'
          ? `${t.y}-${pad(t.m)}-${pad(t.d)} ${clock(t)} ${level} ${message}`
          : form === 'apache'
            ? `[${pad(t.d)}/${MON[t.m - 1]}/${t.y}:${clock(t)} +0000] ${level} ${message}`
            : `${isoTime(t)}Z ${level} ${message}`;
      return { input: { line }, output: { level, time: `${isoTime(t)}Z`, message } };
    },
  },
  {
    name: 'syslog-program-pid',
    category: 'logs',
    description:
      'BSD syslog lines ("Mon DD hh:mm:ss host program[pid]: message") become {host, program, pid, message}; pid is a number, or null when the program wrote none (kernel, some daemons).',
    train: [
      {
        input: { line: 'Mar 15 14:22:01 web-01 sshd[1234]: Accepted password for bob from 10.0.0.5 port 22' },
        output: {
          host: 'web-01',
          program: 'sshd',
          pid: 1234,
          message: 'Accepted password for bob from 10.0.0.5 port 22',
        },
      },
      {
        input: { line: 'Mar 15 14:25:00 web-01 CRON[2211]: (root) CMD (run-parts /etc/cron.hourly)' },
        output: {
          host: 'web-01',
          program: 'CRON',
          pid: 2211,
          message: '(root) CMD (run-parts /etc/cron.hourly)',
        },
      },
      {
        input: { line: 'Mar 16 02:00:13 db-02 systemd[1]: Started Daily apt upgrade.' },
        output: { host: 'db-02', program: 'systemd', pid: 1, message: 'Started Daily apt upgrade.' },
      },
    ],
    record(rng) {
      const t = time(rng);
      const host = rng.pick(['web-01', 'web-02', 'db-02', 'db.internal', 'ip-10-0-0-12', 'mail', 'nas']);
      const [program, messages] = rng.weighted([
        [['sshd', SYSLOG.sshd], 3],
        [['CRON', SYSLOG.cron], 2],
        [['systemd', SYSLOG.systemd], 2],
        [['kernel', SYSLOG.kernel], 2],
        [['postfix/smtpd', SYSLOG.smtpd], 1],
        [['nginx', SYSLOG.nginx], 1],
        [['dhclient', SYSLOG.dhclient], 1],
      ] as const);
      const pid =
        program === 'kernel' || (program === 'dhclient' && rng.chance(0.5)) ? null : rng.int(1, 65000);
      const message = rng.pick(messages);
      const day = t.d < 10 ? ` ${t.d}` : String(t.d);
      const line = `${MON[t.m - 1]} ${day} ${clock(t)} ${host} ${program}${pid === null ? '' : `[${pid}]`}: ${message}`;
      return { input: { line }, output: { host, program, pid, message } };
    },
  },
  {
    name: 'nginx-access-log',
    category: 'logs',
    description:
      'Web server access log lines (common or combined format) become {ip, method, path, status, bytes}; status and bytes are numbers, and a "-" for bytes (nothing sent) is 0.',
    train: [
      {
        input: {
          line: '203.0.113.7 - - [10/Oct/2023:13:55:36 +0000] "GET /api/users?id=3 HTTP/1.1" 200 2326 "-" "Mozilla/5.0"',
        },
        output: { ip: '203.0.113.7', method: 'GET', path: '/api/users?id=3', status: 200, bytes: 2326 },
      },
      {
        input: {
          line: '198.51.100.23 - - [10/Oct/2023:13:55:40 +0000] "POST /login HTTP/1.1" 302 154 "https://shop.example/" "Mozilla/5.0"',
        },
        output: { ip: '198.51.100.23', method: 'POST', path: '/login', status: 302, bytes: 154 },
      },
      {
        input: {
          line: '203.0.113.7 - - [10/Oct/2023:13:56:02 +0000] "GET /favicon.ico HTTP/1.1" 404 512 "-" "Mozilla/5.0"',
        },
        output: { ip: '203.0.113.7', method: 'GET', path: '/favicon.ico', status: 404, bytes: 512 },
      },
    ],
    record(rng) {
      const ip = rng.weighted([
        [`${rng.int(1, 223)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`, 8],
        [`2001:db8::${rng.int(1, 0xffff).toString(16)}`, 1],
        ['::1', 1],
      ] as const);
      const method = rng.weighted([
        ['GET', 6],
        ['POST', 2],
        ['PUT', 1],
        ['DELETE', 1],
        ['HEAD', 1],
      ] as const);
      const path = rng.pick([
        '/',
        '/index.html',
        '/api/users?id=3',
        '/api/orders/7781/items',
        '/search?q=red+shoes&page=2',
        '/static/app.4f3a.js',
        '/wp-login.php',
        '/a%20b/c.txt',
        '/api/v2/reports?from=2024-01-01&to=2024-01-31',
      ]);
      const status = rng.pick([200, 200, 200, 201, 204, 301, 302, 304, 400, 401, 403, 404, 500, 502, 503]);
      const bytes = status === 204 || status === 304 || method === 'HEAD' ? 0 : rng.int(0, 250000);
      const bytesText = bytes === 0 && rng.chance(0.7) ? '-' : String(bytes);
      const user = rng.chance(0.1) ? rng.pick(['alice', 'bob', 'svc-backup']) : '-';
      const t = time(rng);
      const stamp = `[${pad(t.d)}/${MON[t.m - 1]}/${t.y}:${clock(t)} ${rng.pick(['+0000', '+0000', '+0100', '-0500'])}]`;
      const tail = rng.chance(0.7)
        ? ` "${rng.pick(['-', 'https://shop.example/', 'https://www.google.com/'])}" "${rng.pick(['Mozilla/5.0 (X11; Linux x86_64)', 'curl/8.4.0', 'Googlebot/2.1 (+http://www.google.com/bot.html)'])}"`
        : '';
      const line = `${ip} - ${user} ${stamp} "${method} ${path} HTTP/${rng.pick(['1.1', '1.1', '1.0', '2.0'])}" ${status} ${bytesText}${tail}`;
      return { input: { line }, output: { ip, method, path, status, bytes } };
    },
  },
  {
    name: 'logfmt-fields',
    category: 'logs',
    description:
      'logfmt lines (key=value pairs, values with spaces in double quotes) become {level, msg, user}; user is null when the line has no user key. Keys may come in any order and other keys may appear.',
    train: [
      {
        input: { line: 'ts=2024-03-05T14:22:01Z level=warn msg="disk almost full" user=bob' },
        output: { level: 'warn', msg: 'disk almost full', user: 'bob' },
      },
      {
        input: { line: 'ts=2024-03-05T14:22:09Z level=info msg="order created" user=alice' },
        output: { level: 'info', msg: 'order created', user: 'alice' },
      },
      {
        input: { line: 'ts=2024-03-05T14:23:30Z level=error msg="payment declined" user=carol' },
        output: { level: 'error', msg: 'payment declined', user: 'carol' },
      },
    ],
    record(rng) {
      const level = rng.pick(['debug', 'info', 'info', 'warn', 'error']);
      const msg = rng.pick([
        'disk almost full',
        'order created',
        'started',
        'cache=miss for key',
        'user not found',
        'retry 2 of 3',
        'shutdown',
        'token expired',
      ]);
      const user = rng.chance(0.75)
        ? rng.pick(['bob', 'alice', 'carol', 'dave_99', 'svc.backup', 'j.doe'])
        : null;
      const t = time(rng);
      const msgText = /[\s=]/.test(msg) || rng.chance(0.3) ? `"${msg}"` : msg;
      const pairs = [`ts=${isoTime(t)}Z`, `level=${level}`, `msg=${msgText}`];
      if (user !== null) pairs.push(`user=${user}`);
      if (rng.chance(0.4)) pairs.push(`duration=${rng.int(1, 900)}ms`);
      if (rng.chance(0.3)) pairs.push(`req_id=${rng.int(0x10000, 0xfffff).toString(16)}`);
      if (rng.chance(0.35)) {
        for (let i = pairs.length - 1; i > 0; i--) {
          const j = rng.int(0, i);
          [pairs[i], pairs[j]] = [pairs[j] as string, pairs[i] as string];
        }
      }
      return { input: { line: pairs.join(' ') }, output: { level, msg, user } };
    },
  },
  {
    name: 'request-duration-ms',
    category: 'logs',
    description:
      'Request summary lines ("METHOD path status in DURATION") become {method, status, ms}: the duration in milliseconds, whether written in ms, s or m+s.',
    train: [
      { input: { line: 'GET /api/orders 200 in 123ms' }, output: { method: 'GET', status: 200, ms: 123 } },
      { input: { line: 'POST /api/login 401 in 45ms' }, output: { method: 'POST', status: 401, ms: 45 } },
      { input: { line: 'GET /api/reports 200 in 1.2s' }, output: { method: 'GET', status: 200, ms: 1200 } },
    ],
    record(rng) {
      const method = rng.pick(['GET', 'GET', 'POST', 'PUT', 'DELETE']);
      const path = rng.pick(['/api/orders', '/api/login', '/api/reports', '/health', '/api/users/42', '/']);
      const status = rng.pick([200, 200, 201, 204, 301, 400, 401, 404, 500, 503]);
      const form = rng.weighted([
        ['ms', 6],
        ['msdec', 1],
        ['s', 3],
        ['ms2', 1],
      ] as const);
      let ms: number;
      let text: string;
      if (form === 'ms') {
        ms = rng.int(0, 2500);
        text = `${ms}ms`;
      } else if (form === 'msdec') {
        ms = rng.int(1, 9999) / 10;
        text = `${ms}ms`;
      } else if (form === 's') {
        const s = rng.pick([0.004, 0.25, 1, 1.2, 2, 3.5, 12.75, 30]);
        ms = Math.round(s * 1000);
        text = `${s}s`;
      } else {
        const m = rng.int(1, 4);
        const s = rng.int(0, 59);
        ms = (m * 60 + s) * 1000;
        text = `${m}m${s}s`;
      }
      return { input: { line: `${method} ${path} ${status} in ${text}` }, output: { method, status, ms } };
    },
  },
  {
    name: 'java-log-line',
    category: 'logs',
    description:
      'log4j/logback lines ("YYYY-MM-DD hh:mm:ss,SSS LEVEL [thread] logger - message", level padded to 5 characters) become {time as ISO local with milliseconds, level, thread, logger, message}.',
    train: [
      {
        input: { line: '2024-03-05 14:22:01,123 ERROR [main] com.acme.db.Pool - Connection refused' },
        output: {
          time: '2024-03-05T14:22:01.123',
          level: 'ERROR',
          thread: 'main',
          logger: 'com.acme.db.Pool',
          message: 'Connection refused',
        },
      },
      {
        input: { line: '2024-03-05 14:22:02,007 WARN  [main] com.acme.App - Falling back to defaults' },
        output: {
          time: '2024-03-05T14:22:02.007',
          level: 'WARN',
          thread: 'main',
          logger: 'com.acme.App',
          message: 'Falling back to defaults',
        },
      },
      {
        input: { line: '2024-03-05 14:22:03,550 INFO  [main] com.acme.web.Server - Listening on 8080' },
        output: {
          time: '2024-03-05T14:22:03.550',
          level: 'INFO',
          thread: 'main',
          logger: 'com.acme.web.Server',
          message: 'Listening on 8080',
        },
      },
    ],
    record(rng) {
      const t = time(rng);
      const msec = pad(rng.int(0, 999), 3);
      const level = rng.pick(['TRACE', 'DEBUG', 'INFO', 'INFO', 'WARN', 'ERROR']);
      const thread = rng.pick([
        'main',
        'main',
        'pool-1-thread-3',
        'http-nio-8080-exec-12',
        'Timer-0',
        'ForkJoinPool.commonPool-worker-1',
        'kafka-consumer 2',
      ]);
      const logger = rng.pick([
        'com.acme.db.Pool',
        'com.acme.App',
        'org.hibernate.SQL',
        'c.a.w.Server',
        'ROOT',
      ]);
      const message = rng.pick([
        'Connection refused',
        'Listening on 8080',
        'select o.id - o.total from orders o',
        'Retry 2/3 - backing off 500 ms',
        'Done.',
        'User [id=42] not found',
      ]);
      const line = `${t.y}-${pad(t.m)}-${pad(t.d)} ${clock(t)},${msec} ${level.padEnd(5)} [${thread}] ${logger} - ${message}`;
      return { input: { line }, output: { time: `${isoTime(t)}.${msec}`, level, thread, logger, message } };
    },
  },
];
