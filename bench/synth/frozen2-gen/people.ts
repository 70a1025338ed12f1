/** Phone numbers, e-mail headers and addresses, personal names. */
import { cap, digits, int, pick, spaced, type Pair, type R, type TaskBuilder } from '../gen-kit.ts';
import type { BenchTask } from '../task.ts';
import { unsettled } from './kit.ts';

const FIRST = [
  'Jane',
  'Omar',
  'Li',
  'María',
  'Chloé',
  'Sven',
  'Aisha',
  'Tomás',
  'Priya',
  'Jean-Luc',
  'Zoë',
  'Kenji',
  'Ana',
  'Björn',
];
const LAST = [
  'Doe',
  'Haddad',
  'Nguyen',
  'García',
  'Dubois',
  'Larsson',
  'Okafor',
  'Silva',
  'Patel',
  'Picard',
  'Smith-Jones',
  'Tanaka',
  'Kowalski',
];
/** Surnames whose capitals no rule gives (all caps input cannot say how to write them). */
const ODD_LAST = [
  'McDonald',
  "O'Brien",
  'van der Berg',
  'de la Cruz',
  'MacLeod',
  'DiMaggio',
  'von Trapp',
  'LeBlanc',
];

export function peopleTasks(task: TaskBuilder): BenchTask[] {
  const tasks: BenchTask[] = [];

  // US phone numbers → E.164 + extension; a seven-digit local number has no area code.
  {
    const ex = (phone: string, e164: string | null, ext: string | null): Pair => ({
      input: { phone },
      output: { e164, ext },
    });
    tasks.push(
      task(
        'phone-us-to-e164-ext',
        'phones',
        'US customer phone numbers as typed into a CRM ((415) 555-0132, 415.555.0132, +1 415 555 0132, 1-415-555-0132, with "ext. 22", "x22", "#22") to E.164 and the extension (null when none).',
        [
          ex('(415) 555-0132', '+14155550132', null),
          ex('415.555.0198', '+14155550198', null),
          ex('+1 212 555 0147 ext. 22', '+12125550147', '22'),
        ],
        (r) => {
          const area = `${int(r, 2, 9)}${digits(r, 2)}`;
          const ex3 = `${int(r, 2, 9)}${digits(r, 2)}`;
          const line = digits(r, 4);
          const ext = r() < 0.2 ? String(int(r, 1, 9999)) : null;
          const extText =
            ext === null
              ? ''
              : pick(r, [` ext. ${ext}`, ` x${ext}`, ` #${ext}`, ` ext ${ext}`, `, extension ${ext}`]);
          const kind = int(r, 0, 8);
          if (kind === 8) {
            const local = `${ex3}-${line}${extText}`;
            return unsettled(ex(local, `+1${pick(r, ['415', '212', '312', area])}${ex3}${line}`, ext));
          }
          const body = [
            `(${area}) ${ex3}-${line}`,
            `${area}.${ex3}.${line}`,
            `+1 ${area} ${ex3} ${line}`,
            `1-${area}-${ex3}-${line}`,
            `${area}-${ex3}-${line}`,
            `${area}${ex3}${line}`,
            `+1 (${area}) ${ex3}-${line}`,
            `1 (${area}) ${ex3} ${line}`,
          ][kind]!;
          return ex(spaced(r, body + extText), `+1${area}${ex3}${line}`, ext);
        },
        2301,
      ),
    );
  }

  // National numbers + country → E.164 (Italy keeps its leading zero).
  {
    type C = { cc: string; code: string; make: (r: R) => { national: string; subscriber: string } };
    const C: C[] = [
      {
        cc: 'GB',
        code: '44',
        make: (r) => {
          const a = pick(r, ['20', '161', '131', '117']);
          const n = digits(r, a === '20' ? 8 : 7);
          return { national: `0${a} ${n.slice(0, n.length - 4)} ${n.slice(-4)}`, subscriber: `${a}${n}` };
        },
      },
      {
        cc: 'DE',
        code: '49',
        make: (r) => {
          const a = pick(r, ['30', '89', '40', '221', '711']);
          const n = digits(r, 7);
          return { national: `0${a} ${n}`, subscriber: `${a}${n}` };
        },
      },
      {
        cc: 'FR',
        code: '33',
        make: (r) => {
          const n = `${int(r, 1, 9)}${digits(r, 8)}`;
          return {
            national: `0${n.slice(0, 1)} ${n.slice(1, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}`,
            subscriber: n,
          };
        },
      },
      {
        cc: 'IT',
        code: '39',
        make: (r) => {
          const a = pick(r, ['06', '02', '055', '011']);
          const n = digits(r, 7);
          return { national: `${a} ${n}`, subscriber: `${a}${n}` };
        },
      },
      {
        cc: 'ES',
        code: '34',
        make: (r) => {
          const n = `${pick(r, ['91', '93', '6', '7'])}`;
          const rest = digits(r, 9 - n.length);
          return {
            national: `${n}${rest}`.replace(/(\d{3})(\d{3})(\d{3})/, '$1 $2 $3'),
            subscriber: `${n}${rest}`,
          };
        },
      },
      {
        cc: 'US',
        code: '1',
        make: (r) => {
          const n = `${int(r, 2, 9)}${digits(r, 2)}${int(r, 2, 9)}${digits(r, 6)}`;
          return { national: `(${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`, subscriber: n };
        },
      },
    ];
    const ex = (phone: string, country: string, e164: string): Pair => ({
      input: { phone, country },
      output: { e164 },
    });
    tasks.push(
      task(
        'phone-national-country-to-e164',
        'phones',
        'Supplier phone numbers in national format with the supplier\'s country code (GB, DE, FR, IT, ES, US), sometimes already international ("+44 (0)20 …", "0049 …"), to E.164. Italian numbers keep their leading 0 after +39.',
        [
          ex('020 7946 0018', 'GB', '+442079460018'),
          ex('030 1234567', 'DE', '+49301234567'),
          ex('01 42 68 53 00', 'FR', '+33142685300'),
        ],
        (r) => {
          const c = r() < 0.5 ? pick(r, C.slice(0, 3)) : pick(r, C);
          const { national, subscriber } = c.make(r);
          const kind = int(r, 0, 5);
          let text = national;
          if (kind === 4)
            text =
              c.cc === 'GB'
                ? `+44 (0)${national.slice(1)}`
                : c.cc === 'IT'
                  ? `+39 ${national}`
                  : `+${c.code} ${national.replace(/^0/, '').replace(/[()]/g, '')}`;
          if (kind === 5)
            text = `00${c.code} ${c.cc === 'IT' ? national : national.replace(/^0/, '').replace(/[()]/g, '')}`;
          return ex(spaced(r, text), c.cc, `+${c.code}${subscriber}`);
        },
        2302,
      ),
    );
  }

  // From header → display name + address.
  {
    const ex = (from: string, name: string | null, email: string): Pair => ({
      input: { from },
      output: { name, email },
    });
    const qp = (s: string): string =>
      [...Buffer.from(s, 'utf8')]
        .map((b) =>
          b === 32
            ? '_'
            : b < 128 && /[A-Za-z0-9]/.test(String.fromCharCode(b))
              ? String.fromCharCode(b)
              : `=${b.toString(16).toUpperCase().padStart(2, '0')}`,
        )
        .join('');
    tasks.push(
      task(
        'email-from-header',
        'email',
        'From headers of support e-mails to the sender\'s display name ("Last, First" turned to "First Last"; decoded; null when there is none) and address (lower case).',
        [
          ex('From: "Doe, Jane" <jane.doe@example.com>', 'Jane Doe', 'jane.doe@example.com'),
          ex('From: Omar Haddad <omar@haddad.io>', 'Omar Haddad', 'omar@haddad.io'),
          ex('From: <billing@acme.co.uk>', null, 'billing@acme.co.uk'),
        ],
        (r) => {
          const first = pick(r, FIRST);
          const last = pick(r, LAST);
          const user = pick(r, [
            `${first}.${last}`,
            `${first[0]}${last}`,
            `${first}`,
            `${last}${int(r, 1, 99)}`,
          ])
            .normalize('NFD')
            .replace(/[^\w.]/g, '')
            .toLowerCase();
          const domain = pick(r, [
            'example.com',
            'mail.de',
            'acme.co.uk',
            'gmail.com',
            'outlook.fr',
            'uni-bonn.de',
          ]);
          const email = `${user}@${domain}`;
          const shown =
            r() < 0.2
              ? email.replace(/^./, (c) => c.toUpperCase()).replace(/@.*/, (d) => d.toUpperCase())
              : email;
          const kind = int(r, 0, 7);
          const p = pick(r, ['From: ', 'From: ', 'from: ', '']);
          if (kind === 0) return ex(`${p}"${last}, ${first}" <${shown}>`, `${first} ${last}`, email);
          if (kind === 1) return ex(`${p}${first} ${last} <${shown}>`, `${first} ${last}`, email);
          if (kind === 2) return ex(`${p}<${shown}>`, null, email);
          if (kind === 3) return ex(`${p}${shown}`, null, email);
          if (kind === 4) return ex(`${p}${shown} (${first} ${last})`, `${first} ${last}`, email);
          if (kind === 5)
            return ex(`${p}=?UTF-8?Q?${qp(`${first} ${last}`)}?= <${shown}>`, `${first} ${last}`, email);
          if (kind === 6) return ex(`${p}"${first} ${last}"   <${shown}>`, `${first} ${last}`, email);
          return ex(`${p}'${first} ${last}' <${shown}>`, `${first} ${last}`, email);
        },
        2303,
      ),
    );
  }

  // To/Cc list → the addresses, in order, without duplicates.
  {
    const ex = (to: string, emails: string[]): Pair => ({
      input: { to },
      output: { emails, count: emails.length },
    });
    tasks.push(
      task(
        'recipient-list-addresses',
        'email',
        'To/Cc header values (commas or semicolons, with or without display names, quoted names that contain commas) to the list of addresses in order, lower case, duplicates dropped, and their count.',
        [
          ex('a.lee@x.com, Bob Stone <bob@y.org>', ['a.lee@x.com', 'bob@y.org']),
          ex('team@corp.io', ['team@corp.io']),
          ex('"Kim, Ann" <ann@k.net>, c@z.net, d@z.net', ['ann@k.net', 'c@z.net', 'd@z.net']),
        ],
        (r) => {
          const n = int(r, 1, 6);
          const emails: string[] = [];
          const parts: string[] = [];
          for (let i = 0; i < n; i++) {
            const first = pick(r, FIRST).normalize('NFD').replace(/[^\w]/g, '');
            const last = pick(r, LAST).normalize('NFD').replace(/[^\w]/g, '');
            const email =
              `${first[0]}.${last}@${pick(r, ['x.com', 'corp.io', 'z.net', 'mail.fr'])}`.toLowerCase();
            const shown = r() < 0.15 ? email.toUpperCase() : email;
            parts.push(
              pick(r, [
                shown,
                shown,
                `${first} ${last} <${shown}>`,
                `"${last}, ${first}" <${shown}>`,
                `<${shown}>`,
              ]),
            );
            if (!emails.includes(email)) emails.push(email);
            if (r() < 0.08) {
              parts.push(shown);
            }
          }
          return ex(parts.join(pick(r, [', ', ',', '; ', ';'])), emails);
        },
        2304,
      ),
    );
  }

  // "LAST, First Middle" → parts; all-caps odd surnames cannot be re-capitalized by rule.
  {
    const ex = (name: string, first: string, middle: string | null, last: string): Pair => ({
      input: { name },
      output: { first, middle, last },
    });
    tasks.push(
      task(
        'name-last-first-parts',
        'names',
        'Member names from a registry export ("DOE, JANE M.", "Garcia, Maria", "Smith-Jones, Ann Louise") to first, middle (null when none) and last name, each written as the person writes it.',
        [
          ex('DOE, JANE M.', 'Jane', 'M.', 'Doe'),
          ex('Garcia, Maria', 'Maria', null, 'Garcia'),
          ex('NGUYEN, LI', 'Li', null, 'Nguyen'),
        ],
        (r) => {
          const odd = r() < 0.25;
          const last = odd ? pick(r, ODD_LAST) : pick(r, LAST);
          const first = pick(r, FIRST);
          const middle =
            r() < 0.35
              ? r() < 0.6
                ? `${pick(r, 'ABCDEHJKLMRS'.split(''))}.`
                : pick(r, ['Louise', 'James', 'Marie', 'Ahmed'])
              : null;
          const upper = r() < 0.5;
          const text = `${last}, ${first}${middle ? ` ${middle}` : ''}`;
          const shown = upper ? text.toUpperCase() : text;
          const p = ex(spaced(r, shown), first, middle, last);
          const plain = last
            .split(/([- ])/)
            .map((w) => (w === '-' || w === ' ' ? w : cap(w)))
            .join('');
          return upper && plain !== last ? unsettled(p) : p;
        },
        2305,
      ),
    );
  }

  // Address → provider family.
  {
    const FAM: [string, string][] = [
      ['gmail.com', 'google'],
      ['googlemail.com', 'google'],
      ['outlook.com', 'microsoft'],
      ['hotmail.com', 'microsoft'],
      ['hotmail.co.uk', 'microsoft'],
      ['live.fr', 'microsoft'],
      ['msn.com', 'microsoft'],
      ['yahoo.com', 'yahoo'],
      ['yahoo.fr', 'yahoo'],
      ['ymail.com', 'yahoo'],
      ['icloud.com', 'apple'],
      ['me.com', 'apple'],
      ['acme.com', 'other'],
      ['uni-koeln.de', 'other'],
      ['web.de', 'other'],
      ['proton.me', 'other'],
    ];
    const ex = (email: string, domain: string, provider: string): Pair => ({
      input: { email },
      output: { domain, provider },
    });
    tasks.push(
      task(
        'email-provider-family',
        'email',
        'Customer e-mail addresses to their domain (lower case) and the mailbox provider family: google, microsoft, yahoo, apple, or other for company and small providers.',
        [
          ex('jane.doe@gmail.com', 'gmail.com', 'google'),
          ex('omar@Hotmail.com', 'hotmail.com', 'microsoft'),
          ex('li.n@acme.com', 'acme.com', 'other'),
        ],
        (r) => {
          const [domain, provider] = pick(r, FAM);
          const user =
            `${pick(r, FIRST)}${pick(r, ['.', '_', ''])}${pick(r, LAST)}${r() < 0.3 ? int(r, 1, 99) : ''}`
              .normalize('NFD')
              .replace(/[^\w.]/g, '')
              .toLowerCase();
          const shownDomain = r() < 0.25 ? domain.toUpperCase() : r() < 0.2 ? cap(domain) : domain;
          return ex(spaced(r, `${user}@${shownDomain}`), domain, provider);
        },
        2306,
      ),
    );
  }
  return tasks;
}
