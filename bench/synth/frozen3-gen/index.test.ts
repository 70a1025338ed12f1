import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BenchTask } from '../task.ts';
import { frozen3Dir, frozen3Specs, frozen3Tasks } from './index.ts';
import { Review } from './kit.ts';

const ref = (name: string): ((input: unknown) => unknown) => {
  const spec = frozen3Specs.find((s) => s.name === name);
  if (!spec) throw new Error(`no spec ${name}`);
  return spec.ref as (input: unknown) => unknown;
};
/** The label a reference function gives, with a review record shown as { review: value }. */
const label = (name: string, input: unknown): unknown => {
  const out = ref(name)(input);
  return out instanceof Review ? { review: out.value } : out;
};

/** Hand-written cases: input → the answer worked out by hand (check digits from published examples). */
const CASES: [string, unknown, unknown][] = [
  [
    'log-nginx-request-fields',
    '10.0.0.1 - - [01/Jan/2024:00:00:00 +0000] "GET /a/b?x=1 HTTP/2.0" 302 0 "-" "-"',
    { method: 'GET', path: '/a/b', status: 302 },
  ],
  [
    'log-nginx-request-fields',
    '10.0.0.1 - - [01/Jan/2024:00:00:00 +0000] "-" 400 0 "-" "-"',
    { method: null, path: null, status: 400 },
  ],
  ['log-level-mixed-loggers', 'W0301 12:00:01.123456    42 main.go:12] low disk', 'warn'],
  ['log-level-mixed-loggers', '{"ts":"x","severity":"CRITICAL","message":"boom"}', 'fatal'],
  [
    'log-syslog-host-program-pid',
    '<13>Feb  5 07:00:01 gw postfix/smtpd[12]: connect',
    { host: 'gw', program: 'postfix/smtpd', pid: 12 },
  ],
  ['log-latency-to-ms', 'job x took 2m3.5s', 123500],
  ['log-latency-to-ms', 'q latency=1500us', 2],
  ['log-exception-simple-class', 'Caused by: com.a.Outer$BadThingException: no', 'BadThingException'],
  ['log-k8s-pod-to-workload', 'backup-28312345-abcde', { workload: 'backup', kind: 'cronjob' }],
  ['log-k8s-pod-to-workload', 'web-7d9f8c6b5d-x2k9p', { workload: 'web', kind: 'deployment' }],
  ['address-uk-postcode', '1 Road, Leeds, ls61aa', { postcode: 'LS6 1AA', outward: 'LS6' }],
  [
    'address-fr-code-postal',
    '3 rue X, 97400 Saint-Denis',
    { postal_code: '97400', city: 'SAINT-DENIS', department: '974' },
  ],
  [
    'address-jp-postal-prefecture',
    '〒１５０－０００２ 東京都渋谷区',
    { postal_code: '150-0002', prefecture: '東京都' },
  ],
  ['address-br-cep-uf', 'Rua A, 10, Centro, Salvador/BA, CEP 40020000', { cep: '40020000', uf: 'BA' }],
  ['address-in-pin-state', 'No. 1, X Road, Kolkata, PIN: 700 001', { pin: '700001', state: null }],
  ['phone-us-to-e164', '555-0134', { review: null }],
  ['phone-us-to-e164', '1-212-555-0100 ext. 4', '+12125550100'],
  ['phone-de-to-e164', '+49 (0)30 123 4567', '+49301234567'],
  ['phone-uk-to-e164', '0044 20 79460958', '+442079460958'],
  ['price-de-to-number', '1 234,56 €', 1234.56],
  ['price-locale-to-minor-units', '¥1,200', { currency: 'JPY', amount_minor: 1200 }],
  ['price-locale-to-minor-units', "CHF 1'234.50", { currency: 'CHF', amount_minor: 123450 }],
  ['price-inr-lakh-grouping', '₹2.5 lakh', 250000],
  ['currency-symbol-to-code', '$', { review: 'USD' }],
  ['invoice-net-plus-vat', { net: '10.00', vat: '0.19' }, 11.9],
  ['discount-percent-off', { was: '$50.00', now: '$37.50' }, 25],
  ['date-mixed-us-eu-slashes', '03/04/2024', { review: '2024-03-04' }],
  ['date-mixed-us-eu-slashes', '13/04/2024', '2024-04-13'],
  ['date-english-words-to-iso', 'Wed, Feb 29, 2024', '2024-02-29'],
  ['time-12h-to-24h', '12:15 a.m.', '00:15'],
  ['duration-text-to-seconds', '1:30', { review: 90 }],
  ['duration-text-to-seconds', '2h05m', 7500],
  ['duration-iso8601-to-minutes', 'P1W', 10080],
  ['relative-time-to-hours', 'a month ago', { review: 720 }],
  ['timestamp-offset-to-utc', '2024-01-01 01:00 +0530', '2023-12-31T19:30:00Z'],
  ['timestamp-offset-to-utc', '2024-01-01 01:00', { review: '2024-01-01T01:00:00Z' }],
  ['date-to-weekday', '20000101', 'Saturday'],
  ['temperature-to-celsius', '212 °F', 100],
  ['weight-to-kg', '11 st 6 lb', 72.575],
  ['height-to-cm', `6'`, 182.9],
  ['file-size-to-bytes', '2 MiB', 2097152],
  ['file-size-to-bytes', '2M', { review: 2097152 }],
  ['volume-to-litres', '1 imp gal', 4.546],
  ['fuel-economy-to-l-per-100km', '50 mpg', 4.7],
  [
    'iban-compact-and-check',
    'iban gb82 west 1234 5698 7654 32',
    { iban: 'GB82WEST12345698765432', valid: true },
  ],
  ['isbn-to-isbn13', 'ISBN 0-8044-2957-X', '9780804429573'],
  ['vin-maker-year-check', '1M8GDM9AXKP042788', { wmi: '1M8', model_year: 1989, valid: true }],
  ['tracking-number-carrier', 'JJD000390007827245', 'DHL'],
  ['ean13-complete-or-check', '400638133393', { ean: '4006381333931', valid: true }],
  ['mac-address-colons', '001A.2B3C.4D5E', '00:1a:2b:3c:4d:5e'],
  ['version-string-parts', 'v2.1.0-rc.1+build.7', { major: 2, minor: 1, patch: 0, prerelease: 'rc.1' }],
  ['invoice-number-year-sequence', 'FA202400007', { year: 2024, sequence: 7 }],
  ['name-title-case', 'LUDWIG VAN BEETHOVEN', 'Ludwig van Beethoven'],
  [
    'name-honorific-first-last',
    'SMITH-JONES, Jane (Dr.)',
    { title: 'Dr', first: 'Jane', last: 'Smith-Jones' },
  ],
  ['order-status-to-state', 'Out for delivery', 'shipped'],
  ['yes-no-to-boolean', ' NOPE ', false],
  ['post-hashtags', 'C# and issue #42 #Go #go', ['go']],
  ['file-path-name-ext', '/home/x/.bashrc', { name: '.bashrc', ext: null }],
  ['score-to-letter-grade', '18 out of 20', 'A'],
  ['coordinates-to-decimal', `N45°30'0" W73°34'12"`, { lat: 45.5, lon: -73.57 }],
];

describe('frozen3 reference functions', () => {
  it.each(CASES)('%s: %j', (name, input, expected) => {
    expect(label(name, input)).toEqual(expected);
  });
});

describe('frozen3 task files', () => {
  const tasks = frozen3Tasks();

  it('has at least 60 tasks of 3–4 examples and 30–60 held records, none of the examples a review record', () => {
    expect(tasks.length).toBeGreaterThanOrEqual(60);
    for (const t of tasks) {
      expect(t.name).toMatch(/^f3-/);
      expect(t.train.length).toBeGreaterThanOrEqual(3);
      expect(t.train.length).toBeLessThanOrEqual(4);
      expect(t.test.length).toBeGreaterThanOrEqual(30);
      expect(t.test.length).toBeLessThanOrEqual(60);
    }
  });

  it('is deterministic: building twice gives the same tasks', () => {
    expect(frozen3Tasks()).toEqual(tasks);
  });

  it('the committed files are what the generator writes now', () => {
    const committed = readdirSync(frozen3Dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => JSON.parse(readFileSync(join(frozen3Dir, f), 'utf8')) as BenchTask);
    const fresh = JSON.parse(JSON.stringify(tasks)) as BenchTask[];
    expect(committed.map((t) => t.name)).toEqual(fresh.map((t) => t.name).sort());
    for (const t of committed) expect(t).toEqual(fresh.find((x) => x.name === t.name));
  });
});
