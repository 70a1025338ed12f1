/** Identifiers with check digits, product codes, URLs and query strings, log lines. */
import { digits, int, pad, pick, spaced, type Pair, type R, type TaskBuilder } from '../gen-kit.ts';
import type { BenchTask } from '../task.ts';
import { MON, unsettled } from './kit.ts';

/** GS1 mod-10 check digit of the digits before it. */
const gs1 = (body: string): string =>
  String(
    (10 - ([...body].reverse().reduce((s, c, i) => s + Number(c) * (i % 2 === 0 ? 3 : 1), 0) % 10)) % 10,
  );
const isbn10Check = (body: string): string => {
  const c = (11 - ([...body].reduce((s, ch, i) => s + Number(ch) * (10 - i), 0) % 11)) % 11;
  return c === 10 ? 'X' : String(c);
};
const luhnCheck = (body: string): string =>
  String(
    (10 -
      ([...body].reverse().reduce((s, c, i) => {
        const d = Number(c) * (i % 2 === 0 ? 2 : 1);
        return s + (d > 9 ? d - 9 : d);
      }, 0) %
        10)) %
      10,
  );
const ibanCheck = (country: string, bban: string): string => {
  const n = BigInt(
    [...`${bban}${country}00`].map((ch) => (/[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch)).join(''),
  );
  return pad(Number(98n - (n % 97n)));
};
/** A different digit in the same place (a typo a check digit catches). */
const typo = (r: R, s: string): string => {
  const at = int(r, 0, s.length - 1);
  const d = s[at]!;
  if (!/\d/.test(d)) return s;
  return `${s.slice(0, at)}${(Number(d) + int(r, 1, 9)) % 10}${s.slice(at + 1)}`;
};

export function codeTasks(task: TaskBuilder): BenchTask[] {
  const tasks: BenchTask[] = [];

  // EAN-13 / UPC-A validity.
  {
    const ex = (barcode: string, valid: boolean): Pair => ({ input: { barcode }, output: { valid } });
    tasks.push(
      task(
        'barcode-ean-upc-valid',
        'identifiers',
        'Barcodes scanned or typed at goods-in (EAN-13 or 12-digit UPC-A, sometimes with spaces or dashes) to whether the GS1 check digit is right.',
        [ex('4006381333931', true), ex('4006381333932', false), ex('5901234123457', true)],
        (r) => {
          const upc = r() < 0.3;
          const body = `${upc ? int(r, 0, 9) : int(r, 1, 9)}${digits(r, upc ? 10 : 11)}`;
          const good = `${body}${gs1(body)}`;
          const valid = r() < 0.55;
          const code = valid ? good : typo(r, good);
          const isValid = code === good || gs1(code.slice(0, -1)) === code.slice(-1);
          const shown = pick(r, [
            code,
            code,
            code,
            `${code.slice(0, 1)} ${code.slice(1, 7)} ${code.slice(7)}`,
            `${code.slice(0, 7)}-${code.slice(7)}`,
          ]);
          return ex(spaced(r, shown), isValid);
        },
        2501,
      ),
    );
  }

  // ISBN-10 → ISBN-13 (null when the ISBN-10 is not valid).
  {
    const ex = (isbn: string, isbn13: string | null): Pair => ({ input: { isbn }, output: { isbn13 } });
    const to13 = (ten: string): string => {
      const body = `978${ten.slice(0, 9)}`;
      return `${body}${gs1(body)}`;
    };
    tasks.push(
      task(
        'isbn10-to-isbn13',
        'identifiers',
        "Library records with ISBN-10s (hyphenated or not, X check digit) to ISBN-13 without hyphens; null when the ISBN-10's check digit is wrong.",
        [
          ex('0-306-40615-2', '9780306406157'),
          ex('0140449132', '9780140449136'),
          ex('1-4028-9462-7', '9781402894626'),
        ],
        (r) => {
          const body = digits(r, 9);
          const good = `${body}${isbn10Check(body)}`;
          const bad = r() < 0.2;
          let code = good;
          if (bad) {
            code = typo(r, good);
            if (isbn10Check(code.slice(0, 9)) === code[9]) code = good;
          }
          const label = code === good ? to13(good) : null;
          const shown = pick(r, [
            code,
            `${code[0]}-${code.slice(1, 4)}-${code.slice(4, 9)}-${code[9]}`,
            `${code.slice(0, 2)}-${code.slice(2, 6)}-${code.slice(6, 9)}-${code[9]}`,
            `ISBN ${code}`,
            code.toLowerCase(),
          ]);
          return ex(spaced(r, shown), label);
        },
        2502,
      ),
    );
  }

  // IBAN → country, print format, validity.
  {
    const LEN: [string, number][] = [
      ['DE', 18],
      ['GB', 18],
      ['FR', 23],
      ['NL', 14],
      ['BE', 12],
      ['ES', 20],
      ['IT', 23],
      ['CH', 17],
      ['NO', 11],
    ];
    const bbanOf = (r: R, cc: string, len: number): string =>
      cc === 'GB'
        ? `${pick(r, ['NWBK', 'BARC', 'MIDL'])}${digits(r, len - 4)}`
        : cc === 'NL'
          ? `${pick(r, ['ABNA', 'INGB', 'RABO'])}${digits(r, len - 4)}`
          : cc === 'IT'
            ? `X${digits(r, len - 1)}`
            : digits(r, len);
    const print = (iban: string): string => iban.replace(/(.{4})(?=.)/g, '$1 ');
    const ex = (iban: string, code: string, valid: boolean): Pair => ({
      input: { iban },
      output: { country: code.slice(0, 2), formatted: print(code), valid },
    });
    tasks.push(
      task(
        'iban-country-format-valid',
        'identifiers',
        'Supplier IBANs as entered (any case, spaces anywhere) to the country code, the print format (upper case, groups of four) and whether the mod-97 check passes.',
        [
          ex('DE89370400440532013000', 'DE89370400440532013000', true),
          ex('de89 3704 0044 0532 0130 00', 'DE89370400440532013000', true),
          ex('DE89370400440532013001', 'DE89370400440532013001', false),
        ],
        (r) => {
          const [cc, len] = r() < 0.4 ? LEN[0]! : pick(r, LEN);
          const bban = bbanOf(r, cc, len);
          const good = `${cc}${ibanCheck(cc, bban)}${bban}`;
          let code = r() < 0.25 ? typo(r, good) : good;
          const n = BigInt(
            [...`${code.slice(4)}${code.slice(0, 4)}`]
              .map((ch) => (/[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch))
              .join(''),
          );
          const valid = n % 97n === 1n;
          const shown = pick(r, [
            code,
            print(code),
            code.toLowerCase(),
            print(code).toLowerCase(),
            `IBAN ${print(code)}`,
          ]);
          code = code.toUpperCase();
          return ex(spaced(r, shown), code, valid);
        },
        2503,
      ),
    );
  }

  // SKU → parts, colour from the user's table; codes not in the table cannot be named.
  {
    const TABLE: Record<string, string> = {
      RED: 'Red',
      BLK: 'Black',
      WHT: 'White',
      NVY: 'Navy',
      GRY: 'Grey',
    };
    const MORE: Record<string, string> = { GRN: 'Green', OLV: 'Olive', BRG: 'Burgundy' };
    const SIZES = ['XS', 'S', 'M', 'L', 'XL', 'XXL', '3XL'];
    const ex = (sku: string, style: string, colour: string, size: string): Pair => ({
      input: { sku },
      output: { style, colour, size },
    });
    tasks.push(
      task(
        'sku-style-colour-size',
        'identifiers',
        'Apparel SKUs "STYLE-COLOUR-SIZE" (style like TS1042; colour code named from the colours table; sizes XS to 3XL) to style, colour name and size.',
        [
          ex('TS1042-RED-M', 'TS1042', 'Red', 'M'),
          ex('HD2210-BLK-XL', 'HD2210', 'Black', 'XL'),
          ex('TS1042-WHT-S', 'TS1042', 'White', 'S'),
        ],
        (r) => {
          const style = `${pick(r, ['TS', 'HD', 'JK', 'PL', 'SW'])}${int(r, 1000, 9999)}`;
          const known = r() < 0.85;
          const [code, colour] = pick(r, Object.entries(known ? TABLE : MORE));
          const size = pick(r, SIZES);
          const sep = pick(r, ['-', '-', '-', '_', '/']);
          const sku = `${style}${sep}${code}${sep}${size}`;
          const p = ex(spaced(r, r() < 0.1 ? sku.toLowerCase() : sku), style, colour, size);
          return known ? p : unsettled(p);
        },
        2504,
        { lookups: { colours: TABLE } },
      ),
    );
  }

  // Card number → brand, last four, mask, Luhn validity.
  {
    const BRANDS: [string, (r: R) => string, number][] = [
      ['visa', () => '4', 16],
      ['mastercard', (r) => String(int(r, 51, 55)), 16],
      ['mastercard', (r) => String(int(r, 2221, 2720)), 16],
      ['amex', (r) => pick(r, ['34', '37']), 15],
      ['discover', () => '6011', 16],
    ];
    const ex = (card: string, digitsOnly: string, brand: string, valid: boolean): Pair => ({
      input: { card },
      output: {
        brand,
        last4: digitsOnly.slice(-4),
        masked: `${'*'.repeat(digitsOnly.length - 4)}${digitsOnly.slice(-4)}`,
        valid,
      },
    });
    tasks.push(
      task(
        'card-brand-mask-luhn',
        'identifiers',
        'Card numbers from a legacy payments table (spaces or dashes, Visa, Mastercard incl. 2-series, Amex 15 digits, Discover) to brand, last four digits, a mask of "*" for every other digit, and Luhn validity.',
        [
          ex('4111 1111 1111 1111', '4111111111111111', 'visa', true),
          ex('5500-0000-0000-0004', '5500000000000004', 'mastercard', true),
          ex('4111 1111 1111 1112', '4111111111111112', 'visa', false),
        ],
        (r) => {
          const [brand, prefix, len] = r() < 0.4 ? BRANDS[0]! : pick(r, BRANDS);
          const head = prefix(r);
          const body = `${head}${digits(r, len - 1 - head.length)}`;
          const good = `${body}${luhnCheck(body)}`;
          const num = r() < 0.2 ? `${good.slice(0, head.length)}${typo(r, good.slice(head.length))}` : good;
          const valid = luhnCheck(num.slice(0, -1)) === num.slice(-1);
          const shown =
            len === 15
              ? pick(r, [num, `${num.slice(0, 4)} ${num.slice(4, 10)} ${num.slice(10)}`])
              : pick(r, [num, num.replace(/(\d{4})(?=\d)/g, '$1 '), num.replace(/(\d{4})(?=\d)/g, '$1-')]);
          return ex(spaced(r, shown), num, brand, valid);
        },
        2505,
      ),
    );
  }

  // URL → parts, nested query.
  {
    const HOSTS = [
      'shop.example.com',
      'api.example.org',
      'Example.COM',
      'localhost',
      '192.168.0.10',
      'www.acme.co.uk',
    ];
    const ex = (
      url: string,
      out: { scheme: string; host: string; port: number | null; path: string; query: Record<string, string> },
    ): Pair => ({
      input: { url },
      output: out,
    });
    tasks.push(
      task(
        'url-parts-query-object',
        'urls',
        'URLs from a crawler log to scheme, host (lower case), explicit port (null when none), path ("/" when empty) and the query as an object of decoded values (last one wins).',
        [
          ex('https://shop.example.com:8443/a/b?x=1&y=two#top', {
            scheme: 'https',
            host: 'shop.example.com',
            port: 8443,
            path: '/a/b',
            query: { x: '1', y: 'two' },
          }),
          ex('http://api.example.org/v1/items?id=42', {
            scheme: 'http',
            host: 'api.example.org',
            port: null,
            path: '/v1/items',
            query: { id: '42' },
          }),
          ex('https://shop.example.com/', {
            scheme: 'https',
            host: 'shop.example.com',
            port: null,
            path: '/',
            query: {},
          }),
        ],
        (r) => {
          const scheme = pick(r, ['https', 'https', 'http']);
          const host = pick(r, HOSTS);
          const port = r() < 0.2 ? pick(r, [8080, 8443, 3000, 443]) : null;
          const segs = Array.from({ length: int(r, 0, 3) }, () =>
            pick(r, ['a', 'b', 'v1', 'items', 'search', 'caf%C3%A9', 'docs']),
          );
          const path = `/${segs.join('/')}`;
          const query: Record<string, string> = {};
          const qs: string[] = [];
          for (let i = int(r, 0, 3); i > 0; i--) {
            const k = pick(r, ['q', 'page', 'id', 'sort', 'tag']);
            const [raw, val] = pick(r, [
              ['shoes', 'shoes'],
              ['2', '2'],
              ['red+shoes', 'red shoes'],
              ['a%20b', 'a b'],
              ['caf%C3%A9', 'café'],
              ['', ''],
              ['x%26y', 'x&y'],
            ] as [string, string][]);
            qs.push(`${k}=${raw}`);
            query[k] = val;
          }
          const frag = r() < 0.2 ? `#${pick(r, ['top', 'reviews'])}` : '';
          const url = `${scheme}://${host}${port !== null ? `:${port}` : ''}${segs.length || r() < 0.5 ? path : ''}${qs.length ? `?${qs.join('&')}` : ''}${frag}`;
          return ex(url, { scheme, host: host.toLowerCase(), port, path, query });
        },
        2506,
      ),
    );
  }

  // Campaign URL → utm fields.
  {
    const ex = (
      landing: string,
      source: string | null,
      medium: string | null,
      campaign: string | null,
    ): Pair => ({
      input: { landing },
      output: { source, medium, campaign },
    });
    tasks.push(
      task(
        'landing-url-utm-fields',
        'urls',
        'Landing-page URLs from web analytics to utm_source, utm_medium and utm_campaign (decoded; null when absent), wherever they appear in the query.',
        [
          ex(
            'https://acme.com/?utm_source=google&utm_medium=cpc&utm_campaign=spring',
            'google',
            'cpc',
            'spring',
          ),
          ex(
            'https://acme.com/shoes?utm_source=newsletter&utm_medium=email&utm_campaign=june_promo',
            'newsletter',
            'email',
            'june_promo',
          ),
          ex(
            'https://acme.com/?utm_source=facebook&utm_medium=social&utm_campaign=launch',
            'facebook',
            'social',
            'launch',
          ),
        ],
        (r) => {
          const vals: [string, string][] = [
            ['google', 'google'],
            ['bing', 'bing'],
            ['newsletter', 'newsletter'],
            ['Facebook', 'Facebook'],
            ['spring%20sale', 'spring sale'],
            ['black+friday', 'black friday'],
            ['partner%2Fblog', 'partner/blog'],
            ['cpc', 'cpc'],
            ['email', 'email'],
          ];
          const params: string[] = [];
          const out: Record<string, string | null> = { source: null, medium: null, campaign: null };
          for (const k of ['source', 'medium', 'campaign']) {
            if (r() < 0.85) {
              const [raw, val] = pick(r, vals);
              params.push(`utm_${k}=${raw}`);
              out[k] = val;
            }
          }
          if (r() < 0.4) params.push(pick(r, ['gclid=Cj0KCQ', 'ref=home', 'fbclid=IwAR2x', 'page=2']));
          for (let i = params.length - 1; i > 0; i--) {
            const j = int(r, 0, i);
            [params[i], params[j]] = [params[j]!, params[i]!];
          }
          const url = `https://${pick(r, ['acme.com', 'www.acme.com', 'shop.acme.com'])}${pick(r, ['/', '/shoes', '/p/123', ''])}${params.length ? `?${params.join('&')}` : ''}${r() < 0.1 ? '#buy' : ''}`;
          return ex(url, out.source ?? null, out.medium ?? null, out.campaign ?? null);
        },
        2507,
      ),
    );
  }

  // Apache combined log → fields, time in UTC.
  {
    const ex = (
      line: string,
      out: { ip: string; time: string; method: string; path: string; status: number; bytes: number },
    ): Pair => ({
      input: { line },
      output: out,
    });
    const make = (
      ip: string,
      ms: number,
      off: number,
      method: string,
      path: string,
      status: number,
      bytes: number | null,
      agent: string,
      user = '-',
    ): Pair => {
      const w = new Date(ms + off * 60000);
      const stamp = `${pad(w.getUTCDate())}/${MON[w.getUTCMonth()]}/${w.getUTCFullYear()}:${pad(w.getUTCHours())}:${pad(w.getUTCMinutes())}:${pad(w.getUTCSeconds())} ${off < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(off) / 60))}${pad(Math.abs(off) % 60)}`;
      return ex(
        `${ip} - ${user} [${stamp}] "${method} ${path} HTTP/1.1" ${status} ${bytes === null ? '-' : bytes} "-" "${agent}"`,
        {
          ip,
          time: new Date(ms).toISOString().replace('.000Z', 'Z'),
          method,
          path,
          status,
          bytes: bytes ?? 0,
        },
      );
    };
    tasks.push(
      task(
        'log-apache-combined-fields',
        'logs',
        'Apache combined access-log lines to ip, time (UTC ISO), method, path, status and bytes (0 when "-").',
        [
          make(
            '127.0.0.1',
            Date.UTC(2023, 9, 10, 20, 55, 36),
            -420,
            'GET',
            '/index.html',
            200,
            2326,
            'Mozilla/5.0',
          ),
          make('10.0.0.7', Date.UTC(2023, 9, 10, 21, 0, 2), -420, 'POST', '/api/login', 302, 512, 'curl/8.1'),
          make(
            '192.168.1.20',
            Date.UTC(2023, 9, 11, 8, 15, 0),
            -420,
            'GET',
            '/img/logo.png',
            304,
            null,
            'Mozilla/5.0',
          ),
        ],
        (r) => {
          const ip =
            r() < 0.12
              ? pick(r, ['2001:db8::1', '::1', 'fe80::a1b2:3c4d'])
              : `${int(r, 1, 223)}.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`;
          const ms = Date.UTC(
            int(r, 2020, 2025),
            int(r, 0, 11),
            int(r, 1, 28),
            int(r, 0, 23),
            int(r, 0, 59),
            int(r, 0, 59),
          );
          const off = pick(r, [-420, -420, 0, 60, 120, 330, -300]);
          const method = pick(r, ['GET', 'GET', 'GET', 'POST', 'PUT', 'DELETE', 'HEAD']);
          const path = pick(r, [
            '/',
            '/index.html',
            '/api/v2/orders?limit=50',
            '/search?q=a+b',
            '/static/app.9f3c.js',
            '/wp-login.php',
          ]);
          const status = pick(r, [200, 200, 200, 201, 204, 301, 304, 400, 401, 403, 404, 500, 503]);
          const bytes = status === 304 || status === 204 || r() < 0.05 ? null : int(r, 0, 2000000);
          return make(
            ip,
            ms,
            off,
            method,
            path,
            status,
            bytes,
            pick(r, ['Mozilla/5.0 (X11; Linux x86_64)', 'curl/8.1', 'Googlebot/2.1', '-']),
            pick(r, ['-', '-', 'frank']),
          );
        },
        2508,
      ),
    );
  }

  // Mixed log formats → level + message.
  {
    const LEVELS: [string, string[]][] = [
      ['DEBUG', ['DEBUG', 'debug', 'D', 'TRACE']],
      ['INFO', ['INFO', 'info', 'I', 'NOTICE']],
      ['WARN', ['WARN', 'warning', 'W', 'WARNING']],
      ['ERROR', ['ERROR', 'error', 'E', 'ERR']],
      ['FATAL', ['FATAL', 'CRITICAL', 'crit', 'F']],
    ];
    const MSGS = [
      'connection reset by peer',
      'user 42 logged in',
      'cache miss for key a:b',
      'retrying in 5s (attempt 2/3)',
      'disk usage at 91%',
      'shutting down: SIGTERM',
      'GET /health 200 3ms',
    ];
    const ex = (line: string, level: string, message: string): Pair => ({
      input: { line },
      output: { level, message },
    });
    tasks.push(
      task(
        'log-mixed-formats-level',
        'logs',
        "Lines from three services' logs (Java logback, a Node JSON-less logger, Android logcat style) to a normalized level (DEBUG, INFO, WARN, ERROR, FATAL; TRACE counts as DEBUG, NOTICE as INFO, CRITICAL as FATAL) and the message.",
        [
          ex(
            '2024-03-14 09:30:01,123 ERROR [main] c.a.Db - connection reset by peer',
            'ERROR',
            'connection reset by peer',
          ),
          ex('[2024-03-14T09:30:02Z] warning: disk usage at 91%', 'WARN', 'disk usage at 91%'),
          ex('03-14 09:30:03.456  1234  1250 I Auth: user 42 logged in', 'INFO', 'user 42 logged in'),
        ],
        (r) => {
          const [level, forms] = pick(r, LEVELS);
          const msg = pick(r, MSGS);
          const h = `${pad(int(r, 0, 23))}:${pad(int(r, 0, 59))}:${pad(int(r, 0, 59))}`;
          const d = `2024-${pad(int(r, 1, 12))}-${pad(int(r, 1, 28))}`;
          const kind = int(r, 0, 2);
          if (kind === 0) {
            const lv = pick(
              r,
              forms.filter((f) => f.length > 1),
            ).toUpperCase();
            return ex(
              `${d} ${h},${pad(int(r, 0, 999), 3)} ${lv.padEnd(5)} [${pick(r, ['main', 'pool-1-thread-3', 'http-nio-8080-exec-7'])}] c.a.${pick(r, ['Db', 'Api', 'Auth'])} - ${msg}`,
              level,
              msg,
            );
          }
          if (kind === 1) {
            const lv = pick(
              r,
              forms.filter((f) => f.length > 1),
            ).toLowerCase();
            return ex(`[${d}T${h}Z] ${lv}: ${msg}`, level, msg);
          }
          const lv = forms.find((f) => f.length === 1) ?? forms[0]!;
          return ex(
            `${d.slice(5)} ${h}.${pad(int(r, 0, 999), 3)}  ${int(r, 100, 9999)}  ${int(r, 100, 9999)} ${lv} ${pick(r, ['Auth', 'Net', 'Sync'])}: ${msg}`,
            level,
            msg,
          );
        },
        2509,
      ),
    );
  }

  // JSON log line → fields from a nested context.
  {
    const ex = (line: string, user: string | null, latency_ms: number | null, status: number): Pair => ({
      input: { line },
      output: { user, latency_ms, status },
    });
    tasks.push(
      task(
        'log-json-nested-fields',
        'logs',
        'Structured JSON log lines (as text) to the user id, latency in milliseconds (some services write "1.2s" or "850ms" strings; null when absent) and the HTTP status.',
        [
          ex(
            '{"ts":"2024-03-14T09:30:01Z","level":"info","msg":"req","ctx":{"user":"u123","latency_ms":85},"status":200}',
            'u123',
            85,
            200,
          ),
          ex(
            '{"ts":"2024-03-14T09:31:12Z","level":"warn","msg":"slow","ctx":{"user":"u9","latency_ms":1840},"status":200}',
            'u9',
            1840,
            200,
          ),
          ex(
            '{"ts":"2024-03-14T09:32:40Z","level":"error","msg":"fail","ctx":{"user":"u77","latency_ms":12},"status":500}',
            'u77',
            12,
            500,
          ),
        ],
        (r) => {
          const user = r() < 0.1 ? null : `u${int(r, 1, 99999)}`;
          const ms = r() < 0.08 ? null : int(r, 1, 30000);
          const status = pick(r, [200, 200, 201, 400, 404, 500, 502]);
          const ctx: Record<string, unknown> = {};
          if (user !== null) ctx.user = user;
          if (ms !== null) {
            const k = int(r, 0, 3);
            if (k === 0) ctx.latency = ms >= 1000 && ms % 100 === 0 ? `${ms / 1000}s` : `${ms}ms`;
            else ctx.latency_ms = k === 1 ? String(ms) : ms;
          }
          const rec: Record<string, unknown> = {
            ts: `2024-0${int(r, 1, 9)}-1${int(r, 0, 9)}T0${int(r, 0, 9)}:00:00Z`,
            level: pick(r, ['info', 'warn', 'error']),
            msg: pick(r, ['req', 'slow', 'fail', 'ok']),
          };
          if (r() < 0.3) rec.trace = digits(r, 16);
          rec.ctx = ctx;
          rec.status = status;
          return ex(JSON.stringify(rec), user, ms, status);
        },
        2510,
      ),
    );
  }
  return tasks;
}
