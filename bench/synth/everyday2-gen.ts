/**
 * Writes the second set of "everyday" tuning tasks (bench/synth/tasks/everyday2, every name starts
 * with "e2-"): logs, addresses of several countries, prices in several currencies and locales,
 * durations, units, identifiers, product codes, free-text dates, names, phones, emails, booleans in
 * words and enums with a small mapping table (issue 11 §4). Written before anyone tuned the
 * synthesizer on them, by someone who has not read the frozen held-out set (bench/synth/frozen).
 *
 * Each task has 3–4 training examples of the kind a user would really give (typical, not chosen to
 * show every rule) and 60 test records. Each generator draws a true value, writes it the ways real
 * data writes it (formats, locales, case, spacing, separators, missing parts, values outside the
 * examples' range) and labels it from the true value, so the generator is the reference solution.
 * Some records need knowledge the examples do not show (a format never shown, a currency or
 * country outside the table); they are labelled truthfully anyway: the right engine behaviour there
 * is review or a question.
 *
 * Deterministic (seeded): `node bench/synth/everyday2-gen.ts && npx prettier --write
 * bench/synth/tasks/everyday2` rewrites the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { digits, int, pad, pick, round, taskBuilder, type Pair, type R } from './gen-kit.ts';
import type { BenchTask } from './task.ts';

const here = dirname(fileURLToPath(import.meta.url));
/** Where the tasks are written. */
export const everyday2Dir = join(here, 'tasks', 'everyday2');
/** Test records per task. */
export const TEST_RECORDS = 60;

const hex = (r: R, n: number): string =>
  Array.from({ length: n }, () => '0123456789abcdef'[int(r, 0, 15)]).join('');

const task = taskBuilder('e2-', TEST_RECORDS);

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

interface Stamp {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
}
const stamp = (r: R, y0 = 2018, y1 = 2026): Stamp => ({
  y: int(r, y0, y1),
  mo: int(r, 1, 12),
  d: int(r, 1, 28),
  h: int(r, 0, 23),
  mi: int(r, 0, 59),
  s: int(r, 0, 59),
});
const isoDate = (t: { y: number; mo: number; d: number }) => `${t.y}-${pad(t.mo)}-${pad(t.d)}`;
const clock = (t: Stamp) => `${pad(t.h)}:${pad(t.mi)}:${pad(t.s)}`;
const isoZ = (t: Stamp) => `${isoDate(t)}T${clock(t)}Z`;

const tasks: BenchTask[] = [];

// ---------------------------------------------------------------- logs
{
  const SYS_MESSAGES = [
    'Accepted publickey for deploy from 10.0.4.7 port 50122 ssh2',
    'session opened for user root by (uid=0)',
    'Out of memory: Killed process 4412 (java)',
    'Started Daily apt download activities.',
    'error: connect to 10.2.0.9 port 5432 failed: Connection refused',
    'warning: hostname localhost does not resolve to address 127.0.1.1',
    'pam_unix(cron:session): session closed for user www-data',
    'link eth0 is up [1000 Mbps full duplex]',
  ];
  const PROGRAMS: [string, boolean][] = [
    ['sshd', true],
    ['CRON', true],
    ['postfix/smtpd', true],
    ['systemd', true],
    ['kernel', false],
    ['nginx', true],
    ['dhclient', true],
  ];
  const HOSTS = ['web01', 'db02', 'mail.example.net', 'ip-10-0-3-17', 'edge-fra-1', 'nas'];
  const bsd = (t: Stamp, host: string, prog: string, pid: number | null, msg: string) =>
    `${MON[t.mo - 1]} ${String(t.d).padStart(2, ' ')} ${clock(t)} ${host} ${prog}${pid === null ? '' : `[${pid}]`}: ${msg}`;
  const ex = (t: Stamp, host: string, prog: string, pid: number, msg: string): Pair => ({
    input: { line: bsd(t, host, prog, pid, msg) },
    output: { host, program: prog, message: msg },
  });
  tasks.push(
    task(
      'log-syslog',
      'logs',
      'Syslog lines to host, program and message (pid dropped).',
      [
        ex({ y: 2024, mo: 3, d: 5, h: 9, mi: 1, s: 2 }, 'web01', 'sshd', 2211, 'Failed password for admin'),
        ex({ y: 2024, mo: 3, d: 14, h: 23, mi: 0, s: 41 }, 'db02', 'CRON', 801, 'job backup started'),
        ex({ y: 2024, mo: 3, d: 21, h: 4, mi: 12, s: 9 }, 'web01', 'nginx', 1204, 'reopening logs'),
      ],
      (r) => {
        const t = stamp(r);
        const host = pick(r, HOSTS);
        const [prog, hasPid] = pick(r, PROGRAMS);
        const pid = hasPid ? int(r, 2, 65000) : null;
        const msg = pick(r, SYS_MESSAGES);
        // One line in seven is RFC 5424 (the newer syslog format) instead of the BSD one.
        const line =
          r() < 0.15
            ? `<${int(r, 0, 191)}>1 ${isoZ(t)} ${host} ${prog} ${pid ?? '-'} - - ${msg}`
            : bsd(t, host, prog, pid, msg);
        return { input: { line }, output: { host, program: prog, message: msg } };
      },
      101,
    ),
  );

  const APP_MESSAGES = [
    'invoice 2024-0113 sent',
    'payment provider returned 502',
    'user "mia" changed her password',
    'rate limit hit: 120 req/min',
    'export finished in 3.2s',
    'retry 3/5 for job sync-contacts',
    'cache evicted 1,024 keys',
    'token expired, asking for a new one',
  ];
  const LEVELS = ['DEBUG', 'INFO', 'WARN', 'ERROR'] as const;
  const levelWord = (r: R, level: string): string => {
    const spelled =
      level === 'WARN' && r() < 0.2 ? 'warning' : level === 'ERROR' && r() < 0.15 ? 'err' : level;
    return pick(r, [spelled.toLowerCase(), spelled.toLowerCase(), spelled.toUpperCase(), spelled]);
  };
  const jsonLine = (fields: [string, string][], spaced: boolean) =>
    `{${fields.map(([k, v]) => `"${k}":${spaced ? ' ' : ''}${JSON.stringify(v)}`).join(spaced ? ', ' : ',')}}`;
  const jex = (t: Stamp, level: string, msg: string): Pair => ({
    input: {
      line: jsonLine(
        [
          ['ts', isoZ(t)],
          ['level', level.toLowerCase()],
          ['msg', msg],
        ],
        false,
      ),
    },
    output: { level, time: isoZ(t), message: msg },
  });
  tasks.push(
    task(
      'log-json',
      'logs',
      'JSON log lines to upper-case level, ISO time (seconds, UTC) and message.',
      [
        jex({ y: 2024, mo: 3, d: 5, h: 9, mi: 1, s: 2 }, 'INFO', 'server listening on :8080'),
        jex({ y: 2024, mo: 3, d: 5, h: 9, mi: 7, s: 55 }, 'WARN', 'slow query on orders'),
        jex({ y: 2024, mo: 3, d: 6, h: 11, mi: 30, s: 0 }, 'ERROR', 'db connection lost'),
      ],
      (r) => {
        const t = stamp(r);
        const level = pick(r, LEVELS);
        const msg = pick(r, APP_MESSAGES);
        const ts = r() < 0.3 ? `${isoDate(t)}T${clock(t)}.${digits(r, 3)}Z` : isoZ(t);
        const fields: [string, string][] = [
          ['ts', ts],
          ['level', levelWord(r, level)],
          ['msg', msg],
        ];
        if (r() < 0.3)
          fields.push([pick(r, ['svc', 'req_id', 'host']), pick(r, ['billing', 'a1b2c3', 'api-2'])]);
        if (r() < 0.4) {
          // Another writer puts the keys in another order (Fisher–Yates with the seeded generator).
          for (let i = fields.length - 1; i > 0; i--) {
            const j = int(r, 0, i);
            [fields[i], fields[j]] = [fields[j] as [string, string], fields[i] as [string, string]];
          }
        }
        return {
          input: { line: jsonLine(fields, r() < 0.4) },
          output: { level, time: isoZ(t), message: msg },
        };
      },
      102,
    ),
  );

  const NGINX_MESSAGES = [
    'open() "/var/www/html/favicon.ico" failed (2: No such file or directory)',
    'upstream timed out (110: Connection timed out) while reading response header from upstream',
    'client intended to send too large body: 1048577 bytes',
    'limiting requests, excess: 10.520 by zone "api"',
    'SSL_do_handshake() failed (SSL: error:0A00010B:SSL routines::wrong version number)',
    'worker process 311 exited on signal 9',
  ];
  const NGINX_LEVELS = ['debug', 'info', 'notice', 'warn', 'error', 'crit', 'alert', 'emerg'];
  const ngx = (t: Stamp, level: string, pid: number, conn: number | null, msg: string) =>
    `${t.y}/${pad(t.mo)}/${pad(t.d)} ${clock(t)} [${level}] ${pid}#${pid % 7}: ${conn === null ? '' : `*${conn} `}${msg}`;
  const nex = (t: Stamp, level: string, pid: number, conn: number, msg: string): Pair => ({
    input: { line: ngx(t, level, pid, conn, msg) },
    output: { time: `${isoDate(t)}T${clock(t)}`, level, message: msg },
  });
  tasks.push(
    task(
      'log-nginx-error',
      'logs',
      'nginx error-log lines to ISO time, level and message (pid and connection id dropped).',
      [
        nex({ y: 2024, mo: 3, d: 5, h: 9, mi: 1, s: 2 }, 'error', 1201, 17, NGINX_MESSAGES[0] as string),
        nex(
          { y: 2024, mo: 3, d: 5, h: 10, mi: 44, s: 19 },
          'warn',
          1201,
          230,
          'an upstream response is buffered',
        ),
        nex(
          { y: 2024, mo: 3, d: 7, h: 22, mi: 5, s: 0 },
          'error',
          988,
          4051,
          'connect() failed (111: Connection refused)',
        ),
      ],
      (r) => {
        const t = stamp(r);
        const level = pick(r, NGINX_LEVELS);
        const msg = pick(r, NGINX_MESSAGES);
        const conn = r() < 0.6 ? int(r, 1, 99999) : null;
        return {
          input: { line: ngx(t, level, int(r, 100, 40000), conn, msg) },
          output: { time: `${isoDate(t)}T${clock(t)}`, level, message: msg },
        };
      },
      103,
    ),
  );

  const fmtA = (t: Stamp, level: string, msg: string) => `${isoZ(t)} ${level} ${msg}`;
  const fmtB = (t: Stamp, level: string, msg: string) =>
    `${MON[t.mo - 1]} ${pad(t.d)} ${t.y} ${clock(t)} [${level.toLowerCase()}] ${msg}`;
  const fmtC = (t: Stamp, level: string, msg: string) =>
    `${pad(t.d)}/${MON[t.mo - 1]}/${t.y}:${clock(t)} ${level} - ${msg}`;
  const tex = (t: Stamp, level: string, msg: string, f: typeof fmtA): Pair => ({
    input: { line: f(t, level, msg) },
    output: { time: isoZ(t), level, message: msg },
  });
  tasks.push(
    task(
      'log-mixed-formats',
      'logs',
      'One column with two log formats (ISO time first; month-name date with a bracketed level), and a rare third, to ISO time, upper-case level and message.',
      [
        tex({ y: 2024, mo: 3, d: 5, h: 9, mi: 1, s: 2 }, 'INFO', 'export finished in 3.2s', fmtA),
        tex({ y: 2024, mo: 3, d: 5, h: 9, mi: 3, s: 40 }, 'ERROR', 'payment provider returned 502', fmtB),
        tex({ y: 2024, mo: 3, d: 6, h: 14, mi: 20, s: 11 }, 'WARN', 'rate limit hit: 120 req/min', fmtA),
        tex({ y: 2024, mo: 3, d: 6, h: 18, mi: 0, s: 7 }, 'INFO', 'invoice 2024-0113 sent', fmtB),
      ],
      (r) => {
        const t = stamp(r);
        const level = pick(r, LEVELS);
        const msg = pick(r, APP_MESSAGES);
        const f = r() < 0.1 ? fmtC : r() < 0.5 ? fmtA : fmtB;
        return tex(t, level, msg, f);
      },
      104,
    ),
  );

  const levelForms: ((t: Stamp, level: string, msg: string, r: R) => string)[] = [
    (_t, l, m) => `[${l}] ${m}`,
    (_t, l, m) => `${l}: ${m}`,
    (_t, l, m) => `level=${l.toLowerCase()} msg="${m}"`,
    (_t, l, m) => `${l === 'WARN' ? 'Warning' : l[0] + l.slice(1).toLowerCase()}: ${m}`,
    (t, l, m, r) =>
      `${l[0]}${pad(t.mo)}${pad(t.d)} ${clock(t)}.${digits(r, 6)} ${int(r, 1, 9999)} main.go:${int(r, 10, 400)}] ${m}`,
    (_t, l, m) => `<${l.toLowerCase()}> ${m}`,
    (t, l, m) => `[${isoZ(t)}] ${l === 'WARN' ? 'warning' : l.toLowerCase()}: ${m}`,
  ];
  tasks.push(
    task(
      'log-level-normalize',
      'logs',
      'The severity of log lines written in many styles, as ERROR, WARN, INFO or DEBUG.',
      [
        { input: { line: '[WARN] disk almost full' }, output: { level: 'WARN' } },
        { input: { line: '[ERROR] db timeout after 30s' }, output: { level: 'ERROR' } },
        { input: { line: '[INFO] started worker 3' }, output: { level: 'INFO' } },
      ],
      (r) => {
        const level = pick(r, LEVELS);
        const line = pick(r, levelForms)(stamp(r), level, pick(r, APP_MESSAGES), r);
        return { input: { line }, output: { level } };
      },
      105,
    ),
  );
}

// ---------------------------------------------------------------- addresses
{
  const CA: [string, string, string][] = [
    ['Toronto', 'ON', 'M5V 2T6'],
    ['Montréal', 'QC', 'H3B 1A7'],
    ['Vancouver', 'BC', 'V6B 4Y8'],
    ["St. John's", 'NL', 'A1C 5M2'],
    ['Trois-Rivières', 'QC', 'G9A 5H7'],
    ['Calgary', 'AB', 'T2P 1J9'],
    ['Halifax', 'NS', 'B3J 3K5'],
    ['Niagara-on-the-Lake', 'ON', 'L0S 1J0'],
    ['Winnipeg', 'MB', 'R3C 4T3'],
  ];
  const CA_STREETS = [
    'King St W',
    'Rue Sainte-Catherine O',
    "Queen's Quay E",
    'Yonge Street',
    'Portage Ave',
    'Water St',
  ];
  const caLine = (street: string, city: string, prov: string, postal: string) =>
    `${street}, ${city}, ${prov} ${postal}`;
  const ca = (street: string, city: string, province: string, postal: string): Pair => ({
    input: { address: caLine(street, city, province, postal) },
    output: { street, city, province, postal },
  });
  tasks.push(
    task(
      'address-ca',
      'addresses',
      'Canadian addresses to street, city, province and postal code (written "A1A 1A1").',
      [
        ca('290 Bremner Blvd', 'Toronto', 'ON', 'M5V 3L9'),
        ca('111 Wellington St', 'Ottawa', 'ON', 'K1A 0A9'),
        ca('800 Robson St', 'Vancouver', 'BC', 'V6Z 2E7'),
      ],
      (r) => {
        const [city, province, postal] = pick(r, CA);
        const street = `${r() < 0.25 ? `${int(r, 1, 2400)}-` : ''}${int(r, 1, 9999)} ${pick(r, CA_STREETS)}`;
        const written = pick(r, [postal, postal, postal.replace(' ', ''), postal.toLowerCase()]);
        const sep = pick(r, [' ', ' ', ' ', '  ', ', ']);
        const country = r() < 0.15 ? ', Canada' : '';
        return {
          input: { address: `${street}, ${city}, ${province}${sep}${written}${country}` },
          output: { street, city, province, postal },
        };
      },
      201,
    ),
  );

  const AU: [string, string, string][] = [
    ['Sydney', 'NSW', '2000'],
    ['Surry Hills', 'NSW', '2010'],
    ['St Kilda', 'VIC', '3182'],
    ['Fortitude Valley', 'QLD', '4006'],
    ['Glen Osmond', 'SA', '5064'],
    ['Fremantle', 'WA', '6160'],
    ['Hobart', 'TAS', '7000'],
    ['Braddon', 'ACT', '2612'],
    ['Darwin City', 'NT', '0800'],
  ];
  const AU_STREETS = [
    'George St',
    'Smith Rd',
    'The Esplanade',
    'Collins Street',
    'Beach Rd',
    'Main North Rd',
  ];
  const au = (street: string, suburb: string, state: string, postcode: string): Pair => ({
    input: { address: `${street}, ${suburb} ${state} ${postcode}` },
    output: { street, suburb, state, postcode },
  });
  tasks.push(
    task(
      'address-au',
      'addresses',
      'Australian addresses to street, suburb, state and postcode.',
      [
        au('12 George St', 'Sydney', 'NSW', '2000'),
        au('45 Collins Street', 'Melbourne', 'VIC', '3000'),
        au('7 Beach Rd', 'Bondi', 'NSW', '2026'),
      ],
      (r) => {
        const [suburb, state, postcode] = pick(r, AU);
        const n = int(r, 1, 450);
        const name = pick(r, AU_STREETS);
        const u = r();
        const street =
          u < 0.25
            ? `${int(r, 1, 40)}/${n} ${name}`
            : u < 0.35
              ? `Level ${int(r, 1, 30)}, ${n} ${name}`
              : `${n} ${name}`;
        const stateWritten = r() < 0.15 ? state[0] + state.slice(1).toLowerCase() : state;
        const country = r() < 0.1 ? ', Australia' : '';
        return {
          input: { address: `${street}, ${suburb} ${stateWritten} ${postcode}${country}` },
          output: { street, suburb, state, postcode },
        };
      },
      202,
    ),
  );

  const NL: [string, string, string][] = [
    ['1015', 'CJ', 'Amsterdam'],
    ['2514', 'EG', 'Den Haag'],
    ['5211', 'AB', "'s-Hertogenbosch"],
    ['3511', 'LA', 'Utrecht'],
    ['2405', 'AA', 'Alphen aan den Rijn'],
    ['3011', 'AD', 'Rotterdam'],
    ['9711', 'LM', 'Groningen'],
  ];
  const NL_STREETS = [
    'Keizersgracht',
    'Laan van Meerdervoort',
    'Oudegracht',
    'Stationsplein',
    'Van Baerlestraat',
    'Hoofdstraat',
  ];
  const nl = (street: string, pc: string, city: string): Pair => ({
    input: { address: `${street}, ${pc} ${city}` },
    output: { street, postcode: pc, city },
  });
  tasks.push(
    task(
      'address-nl',
      'addresses',
      'Dutch addresses to street (with house number), postcode ("1234 AB") and city.',
      [
        nl('Keizersgracht 123', '1015 CJ', 'Amsterdam'),
        nl('Oudegracht 45', '3511 AB', 'Utrecht'),
        nl('Coolsingel 40', '3011 AD', 'Rotterdam'),
      ],
      (r) => {
        const [p4, p2, city] = pick(r, NL);
        const street = `${pick(r, NL_STREETS)} ${int(r, 1, 400)}${pick(r, ['', '', '', 'A', 'B', '-2', '-H', ' bis'])}`;
        const pc = `${p4} ${p2}`;
        const written = pick(r, [pc, pc, `${p4}${p2}`, `${p4} ${p2.toLowerCase()}`]);
        const gap = pick(r, [' ', ' ', '  ']);
        const country = r() < 0.15 ? pick(r, [', Nederland', ', Netherlands']) : '';
        return {
          input: { address: `${street}, ${written}${gap}${city}${country}` },
          output: { street, postcode: pc, city },
        };
      },
      203,
    ),
  );

  const JP: [string, string, string, string][] = [
    ['Jingumae', 'Shibuya-ku', 'Tokyo', '150-0001'],
    ['Ginza', 'Chuo-ku', 'Tokyo', '104-0061'],
    ['Umeda', 'Kita-ku', 'Osaka', '530-0001'],
    ['Nishiki', 'Naka-ku', 'Nagoya', '460-0003'],
    ['Yamashita-cho', 'Naka-ku', 'Yokohama', '231-0023'],
    ['Kita 1-jo Nishi', 'Chuo-ku', 'Sapporo', '060-0001'],
    ['Gion-machi', 'Higashiyama-ku', 'Kyoto', '605-0073'],
  ];
  const jp = (street: string, ward: string, city: string, postal: string): Pair => ({
    input: { address: `${street}, ${ward}, ${city} ${postal}` },
    output: { street, ward, city, postal },
  });
  tasks.push(
    task(
      'address-jp',
      'addresses',
      'Japanese addresses written in English to street (block numbers and district), ward, city and postal code ("123-4567").',
      [
        jp('1-2-3 Jingumae', 'Shibuya-ku', 'Tokyo', '150-0001'),
        jp('4-5-6 Ginza', 'Chuo-ku', 'Tokyo', '104-0061'),
        jp('2-4-9 Umeda', 'Kita-ku', 'Osaka', '530-0001'),
      ],
      (r) => {
        const [district, ward, city, postal] = pick(r, JP);
        const room = r() < 0.2 ? `-${int(r, 101, 1204)}` : '';
        const street = `${int(r, 1, 9)}-${int(r, 1, 30)}-${int(r, 1, 40)}${room} ${district}`;
        const cityWritten = r() < 0.25 ? `${city}${city === 'Tokyo' ? '-to' : '-shi'}` : city;
        const postalWritten = pick(r, [postal, postal, `〒${postal}`, postal.replace('-', '')]);
        const country = r() < 0.15 ? ', Japan' : '';
        return {
          input: { address: `${street}, ${ward}, ${cityWritten} ${postalWritten}${country}` },
          output: { street, ward, city, postal },
        };
      },
      204,
    ),
  );

  const US: [string, string, string][] = [
    ['Winston-Salem', 'NC', '27101'],
    ['Wilkes-Barre', 'PA', '18701'],
    ["Coeur d'Alene", 'ID', '83814'],
    ['St. Paul', 'MN', '55101'],
    ['Salt Lake City', 'UT', '84101'],
    ['Fort Lauderdale', 'FL', '33301'],
    ['Boise', 'ID', '83702'],
    ['Kansas City', 'MO', '64105'],
  ];
  const US_STREETS = [
    'Main St',
    'N Broad Street',
    'Peachtree Rd NE',
    'Martin Luther King Jr Blvd',
    'W 5th Ave',
    'Old Post Rd',
  ];
  const us = (street: string, city: string, state: string, zip: string): Pair => ({
    input: { address: `${street}, ${city}, ${state} ${zip}` },
    output: { street, city, state, zip },
  });
  tasks.push(
    task(
      'address-us-units',
      'addresses',
      'US addresses (suites and apartments, hyphenated cities, ZIP+4, sometimes no ZIP) to street, city, state and 5-digit zip ("" when missing).',
      [
        us('500 Main St', 'Springfield', 'IL', '62701'),
        us('1200 Oak Ave Suite 4', 'Fort Worth', 'TX', '76102'),
        us('7 Elm Street', 'Reno', 'NV', '89501'),
      ],
      (r) => {
        const [city, state, zip5] = pick(r, US);
        const unit = pick(r, [
          '',
          '',
          '',
          ' Suite 210',
          ' Ste 5',
          ` #${int(r, 1, 99)}`,
          ' Apt 3B',
          ', Suite 300',
          ' Unit 7',
        ]);
        const street = `${int(r, 1, 19999)} ${pick(r, US_STREETS)}${unit}`;
        const z = r();
        const zipWritten = z < 0.15 ? '' : z < 0.35 ? ` ${zip5}-${digits(r, 4)}` : ` ${zip5}`;
        const stateWritten = r() < 0.1 ? state.toLowerCase() : state;
        return {
          input: { address: `${street}, ${city}, ${stateWritten}${zipWritten}` },
          output: { street, city, state, zip: z < 0.15 ? '' : zip5 },
        };
      },
      205,
    ),
  );
}

// ---------------------------------------------------------------- prices
{
  const group = (whole: number, sep: string) => String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  /** A price in cents: mostly everyday sizes, sometimes thousands. */
  const cents = (r: R): number => (r() < 0.25 ? int(r, 100000, 2500000) : int(r, 5, 99999));
  const usF = (c: number) => `${group(Math.floor(c / 100), ',')}.${pad(c % 100)}`;
  const euF = (c: number) => `${group(Math.floor(c / 100), '.')},${pad(c % 100)}`;
  const chF = (c: number, q = "'") => `${group(Math.floor(c / 100), q)}.${pad(c % 100)}`;
  const seF = (c: number) => `${group(Math.floor(c / 100), ' ')},${pad(c % 100)}`;

  const table = {
    currency: {
      $: 'USD',
      '€': 'EUR',
      '£': 'GBP',
      '¥': 'JPY',
      R$: 'BRL',
      kr: 'SEK',
      CHF: 'CHF',
      USD: 'USD',
      EUR: 'EUR',
      GBP: 'GBP',
      JPY: 'JPY',
      BRL: 'BRL',
      SEK: 'SEK',
    },
  };
  const styles: Record<string, ((c: number, r: R) => string)[]> = {
    USD: [
      (c) => `$${usF(c)}`,
      (c) => (c % 100 === 0 ? `USD ${c / 100}` : `USD ${usF(c)}`),
      (c) => `US$${usF(c)}`,
    ],
    EUR: [
      (c) => `${euF(c)} €`,
      (c) => `€${euF(c)}`,
      (c) => `${usF(c).replace(/,/g, '')} EUR`,
      (c) => `EUR ${euF(c)}`,
    ],
    GBP: [(c) => `£${usF(c)}`, (c) => `${usF(c)} GBP`],
    CHF: [(c) => `CHF ${chF(c)}`, (c) => `${chF(c)} CHF`],
    BRL: [(c) => `R$ ${euF(c)}`, (c) => `R$${euF(c)}`],
    SEK: [(c) => `${seF(c)} kr`, (c) => `${seF(c)} SEK`],
  };
  tasks.push(
    task(
      'price-currency-table',
      'prices',
      'Prices in several currencies and locales (€, £, ¥, CHF with apostrophes, R$, kr, codes before or after) to amount and ISO currency; a symbol table is given.',
      [
        { input: { price: '$1,299.00' }, output: { amount: 1299, currency: 'USD' } },
        { input: { price: '12,50 €' }, output: { amount: 12.5, currency: 'EUR' } },
        { input: { price: '£4.50' }, output: { amount: 4.5, currency: 'GBP' } },
        { input: { price: "CHF 1'250.00" }, output: { amount: 1250, currency: 'CHF' } },
      ],
      (r) => {
        if (r() < 1 / 7) {
          const yen = int(r, 50, 900000);
          const text = pick(r, [`¥${group(yen, ',')}`, `JPY ${yen}`, `${group(yen, ',')} ¥`]);
          return { input: { price: text }, output: { amount: yen, currency: 'JPY' } };
        }
        const currency = pick(r, Object.keys(styles));
        const c = cents(r);
        return {
          input: { price: pick(r, styles[currency] ?? [])(c, r) },
          output: { amount: c / 100, currency },
        };
      },
      301,
      { lookups: table },
    ),
  );

  const nbsp = ['\u00a0', '\u202f', ' '];
  tasks.push(
    task(
      'price-eu-comma',
      'prices',
      'Euro prices with a decimal comma (dot, space or no grouping; symbol or code before or after) to a number.',
      [
        { input: { price: '12,50 €' }, output: { amount: 12.5 } },
        { input: { price: '1.234,00 €' }, output: { amount: 1234 } },
        { input: { price: '0,99 €' }, output: { amount: 0.99 } },
      ],
      (r) => {
        const c = cents(r);
        const whole = Math.floor(c / 100);
        const forms = [
          () => `${euF(c)} €`,
          () => `${group(whole, pick(r, nbsp))},${pad(c % 100)} €`,
          () => `${whole},${pad(c % 100)}€`,
          () => `€ ${euF(c)}`,
          () => `EUR ${euF(c)}`,
          () => `${euF(c)} EUR`,
          () => (c % 100 === 0 ? `${group(whole, '.')},- €` : `${euF(c)} €`),
          () => (c % 10 === 0 ? `${whole},${(c % 100) / 10} €` : `${euF(c)} €`),
        ];
        return { input: { price: pick(r, forms)() }, output: { amount: c / 100 } };
      },
      302,
    ),
  );

  tasks.push(
    task(
      'price-chf',
      'prices',
      'Swiss franc prices (apostrophe grouping, "CHF", "Fr.", ".–" for whole francs) to a number.',
      [
        { input: { price: "CHF 1'234.50" }, output: { amount: 1234.5 } },
        { input: { price: 'CHF 12.90' }, output: { amount: 12.9 } },
        { input: { price: 'CHF 45.00' }, output: { amount: 45 } },
      ],
      (r) => {
        const c = r() < 0.2 ? int(r, 1, 5000) * 100 : cents(r);
        const forms = [
          () => `CHF ${chF(c)}`,
          () => `${chF(c)} CHF`,
          () => `Fr. ${chF(c)}`,
          () => `CHF ${chF(c, '\u2019')}`,
          () => `SFr. ${chF(c)}`,
          () => `CHF ${Math.floor(c / 100)}.${pad(c % 100)}`,
          () => (c % 100 === 0 ? `CHF ${chF(c).slice(0, -3)}.–` : `CHF ${chF(c)}`),
        ];
        return { input: { price: pick(r, forms)() }, output: { amount: c / 100 } };
      },
      303,
    ),
  );

  tasks.push(
    task(
      'price-yen',
      'prices',
      'Yen prices ("¥1,200", "1,200円", "JPY 1200", full-width ￥) to a whole number.',
      [
        { input: { price: '¥1,200' }, output: { amount: 1200 } },
        { input: { price: '¥980' }, output: { amount: 980 } },
        { input: { price: '¥15,000' }, output: { amount: 15000 } },
      ],
      (r) => {
        const yen = r() < 0.3 ? int(r, 100000, 5000000) : int(r, 10, 99999);
        const g = group(yen, ',');
        const text = pick(r, [
          `¥${g}`,
          `¥${g}`,
          `￥${g}`,
          `${g}円`,
          `JPY ${yen}`,
          `${yen} yen`,
          `¥ ${g}`,
          `${g} JPY`,
        ]);
        return { input: { price: text }, output: { amount: yen } };
      },
      304,
    ),
  );

  const CODES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'CHF', 'SEK', 'NZD'];
  tasks.push(
    task(
      'price-code-amount',
      'prices',
      'Prices written with an ISO currency code before or after the amount ("USD 12", "12.50 EUR") to amount and upper-case code.',
      [
        { input: { price: 'USD 12' }, output: { amount: 12, currency: 'USD' } },
        { input: { price: '12.50 EUR' }, output: { amount: 12.5, currency: 'EUR' } },
        { input: { price: 'GBP 1,000.00' }, output: { amount: 1000, currency: 'GBP' } },
      ],
      (r) => {
        const currency = pick(r, CODES);
        const c = r() < 0.3 ? int(r, 1, 3000) * 100 : cents(r);
        const european = (currency === 'EUR' || currency === 'SEK' || currency === 'CHF') && r() < 0.4;
        const amountText =
          c % 100 === 0 && r() < 0.5 ? group(c / 100, european ? '.' : ',') : european ? euF(c) : usF(c);
        const code = r() < 0.15 ? currency.toLowerCase() : currency;
        const text = r() < 0.5 ? `${code} ${amountText}` : `${amountText} ${code}`;
        return { input: { price: text }, output: { amount: c / 100, currency } };
      },
      305,
    ),
  );
}

// ---------------------------------------------------------------- durations
{
  const isoDuration = (total: number, lower: boolean, useDays: boolean): string => {
    let rest = total;
    const d = useDays ? Math.floor(rest / 86400) : 0;
    rest -= d * 86400;
    const h = Math.floor(rest / 3600);
    const m = Math.floor((rest % 3600) / 60);
    const s = rest % 60;
    const time = `${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s ? `${s}S` : ''}`;
    const text = `P${d ? `${d}D` : ''}${time ? `T${time}` : ''}`;
    return lower ? text.toLowerCase() : text;
  };
  tasks.push(
    task(
      'duration-iso8601',
      'durations',
      'ISO 8601 durations ("PT1H30M") to seconds.',
      [
        { input: { duration: 'PT1H30M' }, output: { seconds: 5400 } },
        { input: { duration: 'PT45M' }, output: { seconds: 2700 } },
        { input: { duration: 'PT2H' }, output: { seconds: 7200 } },
      ],
      (r) => {
        const u = r();
        const total =
          u < 0.3
            ? int(r, 1, 20) * 900
            : u < 0.8
              ? int(r, 1, 36000)
              : int(r, 86400, 4 * 86400) + int(r, 0, 5) * 3600;
        if (r() < 0.1) {
          // A non-normalized form a system writes: minutes over 59.
          const m = int(r, 61, 300);
          return { input: { duration: `PT${m}M` }, output: { seconds: m * 60 } };
        }
        return {
          input: { duration: isoDuration(total, r() < 0.1, total >= 86400) },
          output: { seconds: total },
        };
      },
      401,
    ),
  );

  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  tasks.push(
    task(
      'duration-words',
      'durations',
      'Durations in words ("2 hours 15 minutes", "1 hr 5 mins", "1.5 hours", "90 min") to minutes.',
      [
        { input: { took: '2 hours 15 minutes' }, output: { minutes: 135 } },
        { input: { took: '45 minutes' }, output: { minutes: 45 } },
        { input: { took: '1 hour' }, output: { minutes: 60 } },
      ],
      (r) => {
        const m = r() < 0.2 ? int(r, 1, 10) * 30 : int(r, 1, 720);
        const h = Math.floor(m / 60);
        const mm = m % 60;
        const forms: (() => string | null)[] = [
          () => (h && mm ? `${plural(h, 'hour')} ${plural(mm, 'minute')}` : null),
          () => (h && mm ? `${h} hr ${mm} min` : null),
          () => (h && mm ? `${plural(h, 'hour')} and ${plural(mm, 'minute')}` : null),
          () => (h && mm ? `${h}h${pad(mm)}` : null),
          () => (mm === 0 ? plural(h, 'hour') : null),
          () => (mm === 0 ? `${h} hrs` : null),
          () => (mm === 30 ? `${h}.5 hours` : null),
          () => (m === 30 ? 'half an hour' : null),
          () => plural(m, 'minute'),
          () => `${m} mins`,
          () => `${m} min`,
          () => (mm === 0 ? `${h} Hours`.toUpperCase() : null),
        ];
        let text: string | null = null;
        while (text === null) text = pick(r, forms)();
        return { input: { took: text }, output: { minutes: m } };
      },
      402,
    ),
  );

  tasks.push(
    task(
      'duration-video',
      'durations',
      'Video lengths ("3:45" is minutes:seconds, "1:02:03" hours:minutes:seconds, "45s", "12 min") to seconds.',
      [
        { input: { length: '3:45' }, output: { seconds: 225 } },
        { input: { length: '12:07' }, output: { seconds: 727 } },
        { input: { length: '1:02:03' }, output: { seconds: 3723 } },
      ],
      (r) => {
        const s = r() < 0.7 ? int(r, 5, 3599) : int(r, 3600, 5 * 3600);
        const h = Math.floor(s / 3600);
        const m = Math.floor((s % 3600) / 60);
        const sec = s % 60;
        const forms: (() => string | null)[] = [
          () => (h ? `${h}:${pad(m)}:${pad(sec)}` : `${m}:${pad(sec)}`),
          () => (h ? `${h}:${pad(m)}:${pad(sec)}` : `${pad(m)}:${pad(sec)}`),
          () => (h ? null : `${m}m ${sec}s`),
          () => (s < 60 ? `${s}s` : null),
          () => (sec === 0 && !h ? `${m} min` : null),
          () => (h ? `${h}h ${m}m ${sec}s` : null),
          () => (h ? null : `00:${pad(m)}:${pad(sec)}`),
        ];
        let text: string | null = null;
        while (text === null) text = pick(r, forms)();
        return { input: { length: text }, output: { seconds: s } };
      },
      403,
    ),
  );
}

// ---------------------------------------------------------------- units
{
  const dec = (x: number, comma: boolean) => (comma ? String(x).replace('.', ',') : String(x));
  tasks.push(
    task(
      'volume-to-ml',
      'units',
      'Volumes in ml, l, cl or US fl oz to whole millilitres.',
      [
        { input: { volume: '500 ml' }, output: { ml: 500 } },
        { input: { volume: '1.5 l' }, output: { ml: 1500 } },
        { input: { volume: '330 ml' }, output: { ml: 330 } },
      ],
      (r) => {
        const u = r();
        if (u < 0.35) {
          const v = int(r, 5, 2000);
          return {
            input: { volume: `${v}${pick(r, [' ml', 'ml', ' mL', ' ML', ' milliliters'])}` },
            output: { ml: v },
          };
        }
        if (u < 0.7) {
          const v = round(int(r, 1, 500) / pick(r, [10, 100]), 2);
          const text = `${dec(v, r() < 0.25)}${pick(r, [' l', ' L', 'L', ' litres', ' liter'])}`;
          return { input: { volume: text }, output: { ml: Math.round(v * 1000) } };
        }
        if (u < 0.85) {
          const v = int(r, 1, 100);
          return { input: { volume: `${v} cl` }, output: { ml: v * 10 } };
        }
        const v = int(r, 1, 64);
        return { input: { volume: `${v} fl oz` }, output: { ml: Math.round(v * 29.5735295625) } };
      },
      501,
    ),
  );

  tasks.push(
    task(
      'length-to-cm',
      'units',
      'Lengths in inches (in, ", inches), cm, mm, m or ft to centimetres, one decimal.',
      [
        { input: { length: '12 in' }, output: { cm: 30.5 } },
        { input: { length: '30 cm' }, output: { cm: 30 } },
        { input: { length: '2.5 in' }, output: { cm: 6.4 } },
      ],
      (r) => {
        const u = r();
        if (u < 0.45) {
          const v = round(int(r, 1, 1000) / 10, 1);
          const text = `${v}${pick(r, [' in', ' in', '"', ' inches', ' inch', 'in', ' IN'])}`;
          return { input: { length: text }, output: { cm: round(v * 2.54, 1) } };
        }
        if (u < 0.7) {
          const v = round(int(r, 1, 3000) / 10, 1);
          return { input: { length: `${v}${pick(r, [' cm', 'cm', ' CM'])}` }, output: { cm: v } };
        }
        if (u < 0.8) {
          const v = int(r, 1, 2000);
          return { input: { length: `${v} mm` }, output: { cm: round(v / 10, 1) } };
        }
        if (u < 0.9) {
          const v = round(int(r, 1, 300) / 100, 2);
          return { input: { length: `${v} m` }, output: { cm: round(v * 100, 1) } };
        }
        const v = int(r, 1, 12);
        return { input: { length: `${v} ft` }, output: { cm: round(v * 30.48, 1) } };
      },
      502,
    ),
  );

  tasks.push(
    task(
      'speed-to-kmh',
      'units',
      'Speeds in mph, km/h, m/s or knots to km/h, one decimal.',
      [
        { input: { speed: '60 mph' }, output: { kmh: 96.6 } },
        { input: { speed: '100 km/h' }, output: { kmh: 100 } },
        { input: { speed: '30 mph' }, output: { kmh: 48.3 } },
      ],
      (r) => {
        const u = r();
        if (u < 0.4) {
          const v = int(r, 1, 200);
          const text = `${v}${pick(r, [' mph', 'mph', ' MPH', ' mi/h'])}`;
          return { input: { speed: text }, output: { kmh: round(v * 1.609344, 1) } };
        }
        if (u < 0.75) {
          const v = int(r, 1, 320);
          return {
            input: { speed: `${v}${pick(r, [' km/h', ' kmh', ' kph', 'km/h', ' KM/H'])}` },
            output: { kmh: v },
          };
        }
        if (u < 0.9) {
          const v = round(int(r, 1, 500) / 10, 1);
          return { input: { speed: `${v} m/s` }, output: { kmh: round(v * 3.6, 1) } };
        }
        const v = int(r, 1, 60);
        return { input: { speed: `${v} ${pick(r, ['kn', 'knots'])}` }, output: { kmh: round(v * 1.852, 1) } };
      },
      503,
    ),
  );

  tasks.push(
    task(
      'weight-to-grams',
      'units',
      'Weights in kg, g, lb or oz to whole grams.',
      [
        { input: { weight: '1.2 kg' }, output: { grams: 1200 } },
        { input: { weight: '350 g' }, output: { grams: 350 } },
        { input: { weight: '2 lb' }, output: { grams: 907 } },
      ],
      (r) => {
        const u = r();
        if (u < 0.3) {
          const v = round(int(r, 1, 500) / 10, 1);
          return {
            input: { weight: `${dec(v, r() < 0.2)}${pick(r, [' kg', 'kg', ' KG', ' kgs'])}` },
            output: { grams: Math.round(v * 1000) },
          };
        }
        if (u < 0.6) {
          const v = int(r, 1, 5000);
          return { input: { weight: `${v}${pick(r, [' g', 'g', ' gr', ' grams'])}` }, output: { grams: v } };
        }
        if (u < 0.8) {
          const v = round(int(r, 1, 400) / 10, 1);
          return {
            input: { weight: `${v}${pick(r, [' lb', ' lbs', 'lb', ' pounds'])}` },
            output: { grams: Math.round(v * 453.59237) },
          };
        }
        const v = int(r, 1, 40);
        return { input: { weight: `${v} oz` }, output: { grams: Math.round(v * 28.349523125) } };
      },
      504,
    ),
  );
}

// ---------------------------------------------------------------- identifiers
{
  const dashed = (h: string) =>
    `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  tasks.push(
    task(
      'uuid-normalize',
      'identifiers',
      'UUIDs in any case, with or without dashes, braces or a urn:uuid: prefix, to the lower-case dashed form.',
      [
        {
          input: { id: '3f2b8c1e-9a4d-4e7b-b2c6-0d1e5f7a9b3c' },
          output: { uuid: '3f2b8c1e-9a4d-4e7b-b2c6-0d1e5f7a9b3c' },
        },
        {
          input: { id: '7C9E6679-7425-40DE-944B-E07FC1F90AE7' },
          output: { uuid: '7c9e6679-7425-40de-944b-e07fc1f90ae7' },
        },
        {
          input: { id: 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11' },
          output: { uuid: 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11' },
        },
      ],
      (r) => {
        // A version-4 UUID: version nibble 4, variant 8–b.
        const h = `${hex(r, 12)}4${hex(r, 3)}${'89ab'[int(r, 0, 3)]}${hex(r, 15)}`;
        const d = dashed(h);
        const text = pick(r, [
          d,
          d.toUpperCase(),
          h,
          h.toUpperCase(),
          `{${d}}`,
          `{${d.toUpperCase()}}`,
          `urn:uuid:${d}`,
          ` ${d} `,
        ]);
        return { input: { id: text }, output: { uuid: d } };
      },
      601,
    ),
  );

  const check13 = (twelve: string) =>
    String((10 - ([...twelve].reduce((s, ch, i) => s + Number(ch) * (i % 2 ? 3 : 1), 0) % 10)) % 10);
  const check10 = (nine: string) => {
    const c = (11 - ([...nine].reduce((s, ch, i) => s + Number(ch) * (10 - i), 0) % 11)) % 11;
    return c === 10 ? 'X' : String(c);
  };
  const hyphen13 = (d: string, r: R) => {
    const cut = pick(r, [1, 2, 3]);
    return `${d.slice(0, 3)}-${d.slice(3, 3 + cut)}-${d.slice(3 + cut, 8)}-${d.slice(8, 12)}-${d[12]}`;
  };
  const hyphen10 = (d: string, r: R) => {
    const cut = pick(r, [1, 2, 3]);
    return `${d[0]}-${d.slice(1, 1 + cut)}-${d.slice(1 + cut, 9)}-${d[9]}`;
  };
  const isbn13 = (r: R) => {
    const twelve = `${pick(r, ['978', '978', '979'])}${digits(r, 9)}`;
    return twelve + check13(twelve);
  };
  const isbn10 = (r: R) => {
    const nine = digits(r, 9);
    return nine + check10(nine);
  };
  tasks.push(
    task(
      'isbn-label',
      'identifiers',
      'ISBN-10 or ISBN-13 with or without hyphens, spaces or a label ("ISBN-13:", "isbn") to its bare characters (upper-case X).',
      [
        { input: { isbn: 'ISBN 978-3-16-148410-0' }, output: { isbn: '9783161484100' } },
        { input: { isbn: '978-0-306-40615-7' }, output: { isbn: '9780306406157' } },
        { input: { isbn: 'ISBN 978-1-4028-9462-6' }, output: { isbn: '9781402894626' } },
      ],
      (r) => {
        const ten = r() < 0.35;
        const d = ten ? isbn10(r) : isbn13(r);
        const body = pick(r, [
          ten ? hyphen10(d, r) : hyphen13(d, r),
          d,
          (ten ? hyphen10(d, r) : hyphen13(d, r)).replace(/-/g, ' '),
        ]);
        const label = pick(r, ['', 'ISBN ', ten ? 'ISBN-10: ' : 'ISBN-13: ', 'isbn:', 'ISBN: ']);
        const text = `${label}${body}`;
        return { input: { isbn: r() < 0.5 ? text.replace('X', 'x') : text }, output: { isbn: d } };
      },
      602,
    ),
  );

  tasks.push(
    task(
      'isbn10-to-13',
      'identifiers',
      'ISBN-10 (hyphenated or not, check digit X) to ISBN-13 digits; an ISBN-13 stays as it is.',
      [
        { input: { isbn: '0-306-40615-2' }, output: { isbn13: '9780306406157' } },
        { input: { isbn: '3-16-148410-X' }, output: { isbn13: '9783161484100' } },
        { input: { isbn: '1-4028-9462-7' }, output: { isbn13: '9781402894626' } },
      ],
      (r) => {
        if (r() < 0.15) {
          const d = isbn13(r);
          return { input: { isbn: pick(r, [d, hyphen13(d, r)]) }, output: { isbn13: d } };
        }
        const d = isbn10(r);
        const twelve = `978${d.slice(0, 9)}`;
        const text = pick(r, [hyphen10(d, r), hyphen10(d, r), d, `ISBN-10: ${hyphen10(d, r)}`]);
        return {
          input: { isbn: r() < 0.3 ? text.replace('X', 'x') : text },
          output: { isbn13: twelve + check13(twelve) },
        };
      },
      603,
    ),
  );

  tasks.push(
    task(
      'mac-address',
      'identifiers',
      'MAC addresses (colons, dashes, Cisco dots or none; any case) to lower-case colon form.',
      [
        { input: { mac: '00:1A:2B:3C:4D:5E' }, output: { mac: '00:1a:2b:3c:4d:5e' } },
        { input: { mac: 'F4:5C:89:AB:10:02' }, output: { mac: 'f4:5c:89:ab:10:02' } },
        { input: { mac: '3C:22:FB:7E:00:9A' }, output: { mac: '3c:22:fb:7e:00:9a' } },
      ],
      (r) => {
        const h = hex(r, 12);
        const pairs = h.match(/../g) ?? [];
        const colon = pairs.join(':');
        const text = pick(r, [
          colon.toUpperCase(),
          colon,
          pairs.join('-').toUpperCase(),
          pairs.join('-'),
          `${h.slice(0, 4)}.${h.slice(4, 8)}.${h.slice(8)}`,
          h.toUpperCase(),
        ]);
        return { input: { mac: text }, output: { mac: colon } };
      },
      604,
    ),
  );
}

// ---------------------------------------------------------------- product codes
{
  const FAMILIES = ['AB', 'KT', 'QX', 'MNO', 'RB', 'ZPR', 'HG'];
  const SIZES = ['XS', 'S', 'M', 'L', 'XL', 'XXL', '3XL'];
  tasks.push(
    task(
      'sku-separators',
      'product-codes',
      'SKUs "AB-1234-XL" written with other separators ("_", " ", "/", ".") or case, to family, number and size.',
      [
        { input: { sku: 'AB-1234-XL' }, output: { family: 'AB', number: '1234', size: 'XL' } },
        { input: { sku: 'KT-0042-S' }, output: { family: 'KT', number: '0042', size: 'S' } },
        { input: { sku: 'QX-7781-M' }, output: { family: 'QX', number: '7781', size: 'M' } },
      ],
      (r) => {
        const family = pick(r, FAMILIES);
        const number = r() < 0.15 ? String(int(r, 10000, 99999)) : pad(int(r, 0, 9999), 4);
        const size = pick(r, SIZES);
        const sep = pick(r, ['-', '-', '_', ' ', '/', '.']);
        const text = `${family}${sep}${number}${sep}${size}`;
        return { input: { sku: r() < 0.2 ? text.toLowerCase() : text }, output: { family, number, size } };
      },
      701,
    ),
  );

  tasks.push(
    task(
      'sku-label-pad',
      'product-codes',
      'Item codes with labels ("SKU:", "Item #"), missing dashes or zero padding, to the canonical "KT-0042".',
      [
        { input: { code: 'SKU: KT-0042' }, output: { sku: 'KT-0042' } },
        { input: { code: 'SKU: AB-1290' }, output: { sku: 'AB-1290' } },
        { input: { code: 'SKU: QX-0007' }, output: { sku: 'QX-0007' } },
      ],
      (r) => {
        const family = pick(r, ['KT', 'AB', 'QX', 'RB', 'HG']);
        const n = r() < 0.5 ? int(r, 1, 999) : int(r, 1000, 9999);
        const sku = `${family}-${pad(n, 4)}`;
        const body = pick(r, [
          sku,
          sku,
          `${family}${pad(n, 4)}`,
          `${family}-${n}`,
          `${family} ${pad(n, 4)}`,
          sku.toLowerCase(),
        ]);
        const label = pick(r, ['SKU: ', 'SKU: ', 'SKU ', 'Item #', '#', '', 'sku:']);
        return { input: { code: `${label}${body}` }, output: { sku } };
      },
      702,
    ),
  );

  tasks.push(
    task(
      'ean-digits',
      'product-codes',
      'EAN-13 barcodes with spaces, dashes or an "EAN" label (and 12-digit UPC-A, which is the EAN with a leading 0) to 13 digits.',
      [
        { input: { barcode: '4006381333931' }, output: { ean: '4006381333931' } },
        { input: { barcode: 'EAN 5901234123457' }, output: { ean: '5901234123457' } },
        { input: { barcode: '8711253001202' }, output: { ean: '8711253001202' } },
      ],
      (r) => {
        const upc = r() < 0.12;
        const twelve = upc ? `0${digits(r, 11)}` : `${int(r, 1, 9)}${digits(r, 11)}`;
        const d =
          twelve +
          String((10 - ([...twelve].reduce((s, ch, i) => s + Number(ch) * (i % 2 ? 3 : 1), 0) % 10)) % 10);
        const written = upc
          ? d.slice(1)
          : pick(r, [d, d, `${d[0]} ${d.slice(1, 7)} ${d.slice(7)}`, `${d.slice(0, 7)}-${d.slice(7)}`]);
        const label = pick(r, ['', '', 'EAN ', 'EAN-13: ', 'ean:', 'GTIN ']);
        return { input: { barcode: `${upc ? '' : label}${written}` }, output: { ean: d } };
      },
      703,
    ),
  );
}

// ---------------------------------------------------------------- free-text dates
{
  /** A date from 1950 to 2029, so two-digit years are unambiguous by the usual 1930–2029 pivot. */
  const day = (r: R) => ({ y: int(r, 1950, 2029), mo: int(r, 1, 12), d: int(r, 1, 28) });
  const yy = (y: number) => pad(y % 100);
  const weekday = (t: { y: number; mo: number; d: number }) =>
    WEEKDAY[new Date(Date.UTC(t.y, t.mo - 1, t.d)).getUTCDay()];
  const ord = (n: number) =>
    `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

  tasks.push(
    task(
      'date-us-slash',
      'free-dates',
      'US dates month/day/year (one or two digits, four- or two-digit years, slashes or dashes) to ISO.',
      [
        { input: { date: '3/5/2024' }, output: { date: '2024-03-05' } },
        { input: { date: '03/18/2024' }, output: { date: '2024-03-18' } },
        { input: { date: '4/1/2024' }, output: { date: '2024-04-01' } },
      ],
      (r) => {
        const t = day(r);
        const text = pick(r, [
          `${t.mo}/${t.d}/${t.y}`,
          `${pad(t.mo)}/${pad(t.d)}/${t.y}`,
          `${t.mo}/${t.d}/${yy(t.y)}`,
          `${pad(t.mo)}-${pad(t.d)}-${t.y}`,
          `${pad(t.mo)}/${pad(t.d)}/${yy(t.y)}`,
        ]);
        return { input: { date: text }, output: { date: isoDate(t) } };
      },
      801,
    ),
  );

  tasks.push(
    task(
      'date-month-names',
      'free-dates',
      'Dates with month names (full, abbreviated, "Sept.", ordinals, upper case, weekday first, two-digit years) to ISO.',
      [
        { input: { date: 'March 5, 2024' }, output: { date: '2024-03-05' } },
        { input: { date: 'March 12, 2024' }, output: { date: '2024-03-12' } },
        { input: { date: 'April 2, 2024' }, output: { date: '2024-04-02' } },
      ],
      (r) => {
        const t = day(r);
        const full = MONTH[t.mo - 1] as string;
        const abbr = t.mo === 9 && r() < 0.5 ? 'Sept' : (MON[t.mo - 1] as string);
        const text = pick(r, [
          `${full} ${t.d}, ${t.y}`,
          `${t.d} ${full} ${t.y}`,
          `${abbr} ${ord(t.d)}, ${t.y}`,
          `${abbr}. ${t.d}, ${t.y}`,
          `${t.d}-${abbr}-${yy(t.y)}`,
          `${full.toUpperCase()} ${t.d}, ${t.y}`,
          `${weekday(t)}, ${t.d} ${abbr} ${t.y}`,
          `the ${ord(t.d)} of ${full}, ${t.y}`,
          `${full} ${t.d} ${t.y}`,
        ]);
        return { input: { date: text }, output: { date: isoDate(t) } };
      },
      802,
    ),
  );

  tasks.push(
    task(
      'date-european',
      'free-dates',
      'European day-first dates ("05.03.2024", "5.3.24", "05/03/2024", "5-3-2024", or already ISO) to ISO.',
      [
        { input: { date: '05.03.2024' }, output: { date: '2024-03-05' } },
        { input: { date: '18.03.2024' }, output: { date: '2024-03-18' } },
        { input: { date: '01.04.2024' }, output: { date: '2024-04-01' } },
      ],
      (r) => {
        const t = day(r);
        const text = pick(r, [
          `${pad(t.d)}.${pad(t.mo)}.${t.y}`,
          `${t.d}.${t.mo}.${t.y}`,
          `${t.d}.${t.mo}.${yy(t.y)}`,
          `${pad(t.d)}/${pad(t.mo)}/${t.y}`,
          `${t.d}-${t.mo}-${t.y}`,
          isoDate(t),
        ]);
        return { input: { date: text }, output: { date: isoDate(t) } };
      },
      803,
    ),
  );
}

// ---------------------------------------------------------------- names
{
  const FIRST = [
    'Anna',
    'Mary-Jane',
    'Jean-Luc',
    'Oluwaseun',
    'Chloé',
    'Ravi',
    'Siobhan',
    'Tomasz',
    'Grace',
    'Li',
  ];
  const LAST = [
    "O'Brien",
    'van der Berg',
    'Nguyen',
    'Smith-Jones',
    'Okafor',
    'MacLeod',
    'Schäfer',
    'Kowalski',
    'Lee',
    'de la Cruz',
  ];
  tasks.push(
    task(
      'name-last-first',
      'names',
      'Names written "Last, First" or "First Last" to first and last name.',
      [
        { input: { name: 'Smith, John' }, output: { first: 'John', last: 'Smith' } },
        { input: { name: 'Garcia, Maria' }, output: { first: 'Maria', last: 'Garcia' } },
        { input: { name: 'Chen, Wei' }, output: { first: 'Wei', last: 'Chen' } },
      ],
      (r) => {
        const first = pick(r, FIRST);
        const last = pick(r, LAST);
        const text = pick(r, [
          `${last}, ${first}`,
          `${last}, ${first}`,
          `${first} ${last}`,
          `${last},${first}`,
          ` ${last} ,  ${first}`,
        ]);
        return { input: { name: text }, output: { first, last } };
      },
      901,
    ),
  );

  tasks.push(
    task(
      'name-prefix-suffix',
      'names',
      'Names with titles ("Dr.", "Mr", "Prof."), middle initials and suffixes ("Jr.", "III", ", PhD") to first and last name.',
      [
        { input: { name: 'Dr. Jane Doe' }, output: { first: 'Jane', last: 'Doe' } },
        { input: { name: 'Mr. John Smith' }, output: { first: 'John', last: 'Smith' } },
        { input: { name: 'Ms. Ada Lovelace' }, output: { first: 'Ada', last: 'Lovelace' } },
      ],
      (r) => {
        const first = pick(r, FIRST.filter((f) => !f.includes('-')).concat(['Robert', 'Elena']));
        const last = pick(r, ['Doe', 'Turing', "O'Brien", 'Smith-Jones', 'Okafor', 'Kowalski', 'Hopper']);
        const prefix = pick(r, ['', 'Dr. ', 'Dr ', 'Mr ', 'Mrs. ', 'Prof. ', 'Ms ', 'Mx. ']);
        const middle = r() < 0.35 ? ` ${pick(r, ['A.', 'J.', 'M', 'Marie'])}` : '';
        const suffix = pick(r, ['', '', '', ' Jr.', ' Sr', ' III', ', PhD', ' MD']);
        return { input: { name: `${prefix}${first}${middle} ${last}${suffix}` }, output: { first, last } };
      },
      902,
    ),
  );
}

// ---------------------------------------------------------------- phones
{
  tasks.push(
    task(
      'phone-us-ext',
      'phones',
      'US phone numbers in many styles, some with an extension, to E.164 and extension ("" when none).',
      [
        { input: { phone: '(415) 555-0132' }, output: { e164: '+14155550132', ext: '' } },
        { input: { phone: '(212) 555-0199' }, output: { e164: '+12125550199', ext: '' } },
        { input: { phone: '(617) 555-0104 ext. 22' }, output: { e164: '+16175550104', ext: '22' } },
      ],
      (r) => {
        const area = String(int(r, 201, 989));
        const exch = String(int(r, 200, 999));
        const line = digits(r, 4);
        const main = pick(r, [
          `(${area}) ${exch}-${line}`,
          `${area}-${exch}-${line}`,
          `${area}.${exch}.${line}`,
          `+1 ${area} ${exch} ${line}`,
          `1-${area}-${exch}-${line}`,
          `${area}${exch}${line}`,
          `+1 (${area}) ${exch}-${line}`,
        ]);
        const ext = r() < 0.3 ? String(int(r, 1, 9999)) : '';
        const extText = ext
          ? pick(r, [` ext. ${ext}`, ` x${ext}`, ` ext ${ext}`, ` #${ext}`, `, ext. ${ext}`])
          : '';
        return { input: { phone: `${main}${extText}` }, output: { e164: `+1${area}${exch}${line}`, ext } };
      },
      1001,
    ),
  );

  type Country = {
    code: string;
    cc: string;
    national: (r: R) => { digits: string; text: string };
    keepsZero?: boolean;
  };
  const COUNTRIES: Country[] = [
    {
      code: 'GB',
      cc: '44',
      national: (r) => {
        const d = `20${digits(r, 8)}`;
        return { digits: d, text: `0${d.slice(0, 2)} ${d.slice(2, 6)} ${d.slice(6)}` };
      },
    },
    {
      code: 'DE',
      cc: '49',
      national: (r) => {
        const d = `30${digits(r, 7)}`;
        return {
          digits: d,
          text: pick(r, [`0${d.slice(0, 2)} ${d.slice(2)}`, `0${d.slice(0, 2)}/${d.slice(2)}`]),
        };
      },
    },
    {
      code: 'FR',
      cc: '33',
      national: (r) => {
        const d = `${int(r, 1, 9)}${digits(r, 8)}`;
        const p = `0${d}`.match(/../g) ?? [];
        return { digits: d, text: p.join(pick(r, [' ', '.'])) };
      },
    },
    {
      code: 'NL',
      cc: '31',
      national: (r) => {
        const d = `20${digits(r, 7)}`;
        return { digits: d, text: `0${d.slice(0, 2)}-${d.slice(2, 5)} ${d.slice(5)}` };
      },
    },
    {
      code: 'AU',
      cc: '61',
      national: (r) => {
        const d = `2${digits(r, 8)}`;
        return { digits: d, text: `(0${d[0]}) ${d.slice(1, 5)} ${d.slice(5)}` };
      },
    },
    {
      code: 'JP',
      cc: '81',
      national: (r) => {
        const d = `3${digits(r, 8)}`;
        return { digits: d, text: `0${d[0]}-${d.slice(1, 5)}-${d.slice(5)}` };
      },
    },
    {
      // Italy keeps the leading 0 of the area code after +39.
      code: 'IT',
      cc: '39',
      keepsZero: true,
      national: (r) => {
        const d = `06${digits(r, 8)}`;
        return { digits: d, text: `${d.slice(0, 2)} ${d.slice(2, 6)} ${d.slice(6)}` };
      },
    },
  ];
  const phone = (country: string, text: string, e164: string): Pair => ({
    input: { phone: text, country },
    output: { e164 },
  });
  tasks.push(
    task(
      'phone-intl',
      'phones',
      'Phone numbers written the national way (or already international) with a country code column, to E.164.',
      [
        phone('GB', '020 7946 0958', '+442079460958'),
        phone('DE', '030 1234567', '+49301234567'),
        phone('FR', '01 23 45 67 89', '+33123456789'),
      ],
      (r) => {
        const c = pick(r, COUNTRIES);
        const n = c.national(r);
        const e164 = `+${c.cc}${n.digits}`;
        const u = r();
        const text =
          u < 0.7
            ? n.text
            : u < 0.85
              ? `+${c.cc} ${c.keepsZero ? n.text : n.text.replace(/^\(?0/, '').replace(')', '')}`
              : `00${c.cc} ${n.digits}`;
        return phone(c.code, text, e164);
      },
      1002,
    ),
  );
}

// ---------------------------------------------------------------- emails
{
  const USERS = ['John.Doe', 'mia', 'K.Tanaka', 'olu_ade', 'Rae-Lynn', 'dev.ops', 'S.Okafor', 'x99'];
  const DOMAINS = [
    'Mail.Example.COM',
    'example.org',
    'eng.corp.io',
    'Uni.Ac.UK',
    'shop.co',
    'STAFF.BIGCO.DE',
  ];
  tasks.push(
    task(
      'email-parts',
      'emails',
      'E-mail addresses (plus tags, subdomains, any case, stray spaces) to lower-case user, tag ("" when none) and domain.',
      [
        {
          input: { email: 'alice+shop@example.com' },
          output: { user: 'alice', tag: 'shop', domain: 'example.com' },
        },
        {
          input: { email: 'Bob.Lee@Mail.Corp.com' },
          output: { user: 'bob.lee', tag: '', domain: 'mail.corp.com' },
        },
        { input: { email: 'carol+news@uni.edu' }, output: { user: 'carol', tag: 'news', domain: 'uni.edu' } },
      ],
      (r) => {
        const user = pick(r, USERS);
        const domain = pick(r, DOMAINS);
        const tag = r() < 0.45 ? pick(r, ['News', 'invoices', 'x', 'github', '2024', 'a.b']) : '';
        const text = `${user}${tag ? `+${tag}` : ''}@${domain}`;
        const spaced = r() < 0.15 ? ` ${text} ` : text;
        return {
          input: { email: r() < 0.1 ? spaced.toUpperCase() : spaced },
          output: { user: user.toLowerCase(), tag: tag.toLowerCase(), domain: domain.toLowerCase() },
        };
      },
      1101,
    ),
  );

  tasks.push(
    task(
      'email-from-display',
      'emails',
      'Address fields with display names ("Name <addr>", quoted "Last, First", "addr (Name)", "mailto:") to the lower-case address.',
      [
        { input: { from: 'John Doe <john@example.com>' }, output: { email: 'john@example.com' } },
        { input: { from: 'Jane Roe <JANE@EXAMPLE.ORG>' }, output: { email: 'jane@example.org' } },
        { input: { from: 'bob@corp.io' }, output: { email: 'bob@corp.io' } },
      ],
      (r) => {
        const user = pick(r, USERS);
        const domain = pick(r, DOMAINS);
        const addr = `${user}@${domain}`;
        const name = pick(r, ['Mia Wong', 'Okafor, Olu', 'Dev Ops Team', 'K. Tanaka', 'Rae-Lynn S.']);
        const text = pick(r, [
          `${name.includes(',') ? `"${name}"` : name} <${addr}>`,
          `"${name}" <${addr}>`,
          addr,
          `<${addr}>`,
          `${addr} (${name})`,
          `mailto:${addr}`,
        ]);
        return { input: { from: text }, output: { email: addr.toLowerCase() } };
      },
      1102,
    ),
  );
}

// ---------------------------------------------------------------- booleans
{
  const TRUE_WORDS = [
    'yes',
    'Yes',
    'YES',
    'y',
    'Y',
    'true',
    'True',
    'TRUE',
    '1',
    'on',
    'ON',
    '✓',
    '✔',
    'Yes ',
    ' yes',
    't',
    'checked',
    'oui',
    'ja',
  ];
  const FALSE_WORDS = [
    'no',
    'No',
    'NO',
    'n',
    'N',
    'false',
    'False',
    'FALSE',
    '0',
    'off',
    'OFF',
    '✗',
    '✘',
    'No ',
    ' no',
    'f',
    'unchecked',
    'non',
    'nein',
  ];
  tasks.push(
    task(
      'bool-words',
      'booleans',
      'Yes/no answers written many ways (yes/no, y/n, true/false, 1/0, on/off, ✓/✗, other languages) to a boolean.',
      [
        { input: { customer: 'C-1001', newsletter: 'yes' }, output: { newsletter: true } },
        { input: { customer: 'C-1002', newsletter: 'no' }, output: { newsletter: false } },
        { input: { customer: 'C-1003', newsletter: 'Yes' }, output: { newsletter: true } },
      ],
      (r) => {
        const value = r() < 0.5;
        return {
          input: {
            customer: `C-${int(r, 1004, 9999)}`,
            newsletter: pick(r, value ? TRUE_WORDS : FALSE_WORDS),
          },
          output: { newsletter: value },
        };
      },
      1201,
    ),
  );
}

// ---------------------------------------------------------------- enums with a table
{
  const countryTable = {
    country: {
      Germany: 'DE',
      Deutschland: 'DE',
      France: 'FR',
      'United Kingdom': 'GB',
      UK: 'GB',
      'United States': 'US',
      USA: 'US',
      Netherlands: 'NL',
      Japan: 'JP',
      Canada: 'CA',
      Brazil: 'BR',
      Spain: 'ES',
      España: 'ES',
    },
  };
  const TABLE_ENTRIES = Object.entries(countryTable.country);
  const OUTSIDE: [string, string][] = [
    ['Österreich', 'AT'],
    ['Switzerland', 'CH'],
    ['The Netherlands', 'NL'],
    ['U.S.A.', 'US'],
    ['Great Britain', 'GB'],
    ['Italia', 'IT'],
    ['Brasil', 'BR'],
  ];
  tasks.push(
    task(
      'enum-country-table',
      'enums',
      'Country names (several languages, any case, ISO codes, names outside the table) to ISO 3166 alpha-2; a name table is given.',
      [
        { input: { order: 'A-1001', country: 'Germany' }, output: { iso2: 'DE' } },
        { input: { order: 'A-1002', country: 'United States' }, output: { iso2: 'US' } },
        { input: { order: 'A-1003', country: 'France' }, output: { iso2: 'FR' } },
      ],
      (r) => {
        const u = r();
        const [name, iso2] = u < 0.15 ? pick(r, OUTSIDE) : pick(r, TABLE_ENTRIES);
        const written =
          u >= 0.15 && u < 0.25
            ? iso2
            : pick(r, [name, name, name, name.toUpperCase(), name.toLowerCase(), ` ${name}`]);
        return { input: { order: `A-${int(r, 1004, 9999)}`, country: written }, output: { iso2 } };
      },
      1301,
      { lookups: countryTable },
    ),
  );

  const statusTable = {
    status: {
      shipped: 'SHIPPED',
      'in transit': 'SHIPPED',
      delivered: 'DELIVERED',
      cancelled: 'CANCELLED',
      canceled: 'CANCELLED',
      pending: 'PENDING',
      'awaiting payment': 'PENDING',
      returned: 'RETURNED',
    },
  };
  const STATUS_ENTRIES = Object.entries(statusTable.status);
  tasks.push(
    task(
      'enum-order-status',
      'enums',
      'Order status words from several shops (case, spacing, hyphens) to a status code; a table is given.',
      [
        { input: { order: 'B-2001', status: 'shipped' }, output: { code: 'SHIPPED' } },
        { input: { order: 'B-2002', status: 'delivered' }, output: { code: 'DELIVERED' } },
        { input: { order: 'B-2003', status: 'pending' }, output: { code: 'PENDING' } },
      ],
      (r) => {
        const [word, code] = pick(r, STATUS_ENTRIES);
        const written = pick(r, [
          word,
          word,
          (word[0] ?? '').toUpperCase() + word.slice(1),
          word.toUpperCase(),
          `${word} `,
          word.replace(' ', '-'),
          word.replace(' ', '_').toUpperCase(),
        ]);
        return { input: { order: `B-${int(r, 2004, 9999)}`, status: written }, output: { code } };
      },
      1302,
      { lookups: statusTable },
    ),
  );
}

/** Every task of the set, generated afresh (deterministic). */
export function everyday2Tasks(): BenchTask[] {
  return tasks;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(everyday2Dir, { recursive: true });
  for (const t of tasks)
    writeFileSync(join(everyday2Dir, `${t.name}.json`), JSON.stringify(t, null, 2) + '\n');
  console.log(`wrote ${tasks.length} tasks to ${everyday2Dir}`);
}
