/** People's names, statuses, yes/no answers, CSV-ish rows, e-mails, tags, paths, scores, coordinates. */
import { round, type Rng, type Spec } from './kit.ts';

const PARTICLES = new Set([
  'van',
  'der',
  'den',
  'de',
  'von',
  'da',
  'di',
  'du',
  'la',
  'le',
  'del',
  'dos',
  'bin',
  'al',
]);
/** A full name in title case; particles stay lower case except first; hyphen and apostrophe parts capitalized. */
function titleRef(s: string): unknown {
  const words = s.trim().toLowerCase().split(/\s+/);
  return words
    .map((w, i) =>
      i > 0 && i < words.length - 1 && PARTICLES.has(w)
        ? w
        : w.replace(/(^|[-'’])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase()),
    )
    .join(' ');
}
function titleGen(r: Rng): string {
  const first = r.pick([
    'john',
    'mary-jane',
    'anna',
    'pierre',
    'siobhan',
    'jean-luc',
    'zoë',
    'ólafur',
    'liam',
  ]);
  const mid = r.chance(0.25) ? ` ${r.pick(['van', 'de', 'von', 'van der', 'da'])}` : '';
  const last = r.pick([
    "o'brien",
    'smith',
    'berg',
    'müller',
    'garcía-lópez',
    'núñez',
    "d'angelo",
    'nguyen',
    'beethoven',
  ]);
  const s = `${first}${mid} ${last}`;
  const cased = r.pick([s.toUpperCase(), s, s.toUpperCase(), s.replace(/^./, (c) => c.toUpperCase())]);
  return r.pad(cased.replace(/ /g, r.chance(0.15) ? '  ' : ' '));
}

const HONORIFIC: Record<string, string> = {
  mr: 'Mr',
  mrs: 'Mrs',
  ms: 'Ms',
  miss: 'Miss',
  dr: 'Dr',
  prof: 'Prof',
  sir: 'Sir',
  mx: 'Mx',
};
/** Title (null when none), first and last name; "Last, First" is read too; degrees after the name dropped. */
function honorificRef(s: string): unknown {
  let t = s.trim().replace(/\s+/g, ' ');
  t = t.replace(/,?\s+(PhD|MD|MBA|Esq\.?|Jr\.?|Sr\.?|III)$/i, '');
  let title: string | null = null;
  const paren = /\s*\((\w+)\.?\)$/.exec(t);
  if (paren?.[1] && HONORIFIC[paren[1].toLowerCase()]) {
    title = HONORIFIC[paren[1].toLowerCase()]!;
    t = t.slice(0, paren.index);
  }
  const lead = /^(\w+)\.?\s+/.exec(t);
  if (lead?.[1] && HONORIFIC[lead[1].toLowerCase()]) {
    title = HONORIFIC[lead[1].toLowerCase()]!;
    t = t.slice(lead[0].length);
  }
  const comma = /^([^,]+),\s*(.+)$/.exec(t);
  const [first, last] = comma ? [comma[2]!, comma[1]!] : [t.split(' ')[0]!, t.split(' ').slice(1).join(' ')];
  const cap = (w: string): string =>
    w.toLowerCase().replace(/(^|[-' ])(\p{L})/gu, (_, a: string, c: string) => a + c.toUpperCase());
  return { title, first: cap(first), last: cap(last) };
}
function honorificGen(r: Rng): string {
  const title = r.chance(0.8) ? r.pick(['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Miss', 'Mx', 'Sir']) : '';
  const first = r.pick(['Jane', 'Ahmed', 'Lena', 'Robert', 'Ingrid', 'Carlos', 'Amara']);
  const last = r.pick(['Smith', 'Khan', 'Wei', 'Johnson', 'Larsen', 'Ortega', 'Okafor', 'Smith-Jones']);
  const dot = r.chance(0.5) ? '.' : '';
  const degree = r.chance(0.15) ? r.pick([' PhD', ', MD', ' Jr.', ', MBA']) : '';
  const caseFn = r.chance(0.2) ? (x: string) => x.toUpperCase() : (x: string) => x;
  switch (r.int(0, 3)) {
    case 0:
    case 1:
      return `${title ? `${title}${dot} ` : ''}${caseFn(first)} ${caseFn(last)}${degree}`;
    case 2:
      return `${caseFn(last)}, ${first}${title ? ` (${title}${dot})` : ''}`;
    default:
      return r.pad(
        `${title ? `${title.toLowerCase()}${dot} ` : ''}${first.toLowerCase()} ${last.toLowerCase()}`,
      );
  }
}

const STATUS: [RegExp, string][] = [
  [/refund/i, 'refunded'],
  [/cancel|void/i, 'cancelled'],
  // "Out for delivery" is still on its way: the shipped words are tried before the delivered ones.
  [/ship|transit|dispatch|out for|with courier|on its way/i, 'shipped'],
  [/deliver|left at|picked up by customer|received/i, 'delivered'],
  [/await|pending|processing|new|placed|on hold|backorder/i, 'pending'],
];
/** One of five order states from the free-text status of several shop systems. */
function statusRef(s: string): unknown {
  const hit = STATUS.find(([re]) => re.test(s));
  if (!hit) throw new Error(`unknown status ${s}`);
  return hit[1];
}
function orderStatusGen(r: Rng): string {
  const s = r.pick([
    'Shipped',
    'SHIPPED',
    'in transit',
    'In Transit',
    'Out for delivery',
    'Delivered',
    'delivered',
    'Delivered - left at front door',
    'Cancelled',
    'canceled',
    'CANCELLED BY CUSTOMER',
    'Refunded',
    'Partially refunded',
    'Awaiting payment',
    'pending',
    'Processing',
    'On hold',
    'Dispatched',
    'With courier',
    'Order placed',
    'Backordered',
    'Voided',
    'Received by recipient',
  ]);
  return r.pad(s);
}

/** A yes/no answer as a boolean; blanks, "n/a" and "maybe" are null. */
function boolRef(s: string): unknown {
  const t = s.trim().toLowerCase();
  if (['y', 'yes', 'true', '1', 'ja', 'oui', 'si', 'sí', 'x', 'on', 'ok', 'yep', 'checked'].includes(t))
    return true;
  if (['n', 'no', 'false', '0', 'nein', 'non', 'off', 'nope', 'unchecked', '-'].includes(t)) return false;
  if (['', 'n/a', 'na', 'maybe', 'unknown', '?'].includes(t)) return null;
  throw new Error(`unread answer ${s}`);
}
function boolGen(r: Rng): string {
  const w = r.pick([
    'yes',
    'no',
    'y',
    'n',
    'true',
    'false',
    '1',
    '0',
    'ja',
    'nein',
    'oui',
    'non',
    'x',
    'n/a',
    '',
    'maybe',
    'yep',
    'nope',
    'on',
    'off',
  ]);
  return r.pad(r.pick([w, w.toUpperCase(), w.replace(/^./, (c) => c.toUpperCase())]), 0.25);
}

/** A CRM export row cleaned: names trimmed and capitalized, e-mail trimmed and lower case, country upper. */
function rowRef(row: Record<string, string>): unknown {
  const cap = (s: string): string =>
    s
      .trim()
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .replace(/(^|[\s-])(\p{L})/gu, (_, a: string, c: string) => a + c.toUpperCase());
  return {
    first_name: cap(row['First Name'] ?? ''),
    last_name: cap(row['Last Name'] ?? ''),
    email: (row['E-mail'] ?? '').trim().toLowerCase(),
    country: (row.Country ?? '').trim().toUpperCase(),
  };
}
function rowGen(r: Rng): Record<string, string> {
  const first = r.pick(['alice', 'bob', 'chloé', 'dmitri', 'eva-maria', 'fatima', 'george']);
  const last = r.pick(['smith', 'ivanova', 'lefebvre', 'schmidt', 'nakamura', 'okoye', 'brown']);
  const mess = (s: string): string =>
    r.pad(r.pick([s, s.toUpperCase(), s.replace(/^./, (c) => c.toUpperCase())]), 0.4);
  const email = `${first.replace(/[^a-z]/g, '')}.${last}@${r.pick(['example.com', 'mail.de', 'corp.co.uk'])}`;
  return {
    'First Name': mess(first),
    'Last Name': mess(last),
    'E-mail': r.pad(
      r.chance(0.4) ? email.replace(/^./, (c) => c.toUpperCase()).replace('@e', '@E') : email,
      0.4,
    ),
    Country: r.pad(r.pick(['de', 'DE', 'fr', 'GB', 'us', 'jp']), 0.3),
  };
}

/** Mailbox and domain (lower case) from an address, with or without a display name. */
function emailRef(s: string): unknown {
  const m = /<?\s*([^<>\s@"]+)@([^<>\s@]+?)\s*>?\s*$/.exec(s.trim());
  if (!m?.[1] || !m[2]) throw new Error(`no address in ${s}`);
  return { mailbox: m[1].toLowerCase(), domain: m[2].toLowerCase() };
}
function emailGen(r: Rng): string {
  const user = r.pick(['j.doe', 'Anna.Berg', 'sales', 'no-reply', 'tom+news', 'LI_WEI', 'o.connor']);
  const dom = r.pick(['example.com', 'Mail.Example.org', 'uni-heidelberg.de', 'gmail.com', 'EXAMPLE.CO.UK']);
  const addr = `${user}@${dom}`;
  return r.pick([
    addr,
    `"${r.pick(['Doe, Jane', 'Anna Berg', 'Sales Team'])}" <${addr}>`,
    `${r.pick(['Jane Doe', 'Support'])} <${addr}>`,
    `<${addr}>`,
    r.pad(addr, 1),
  ]);
}

/** Hashtags of a post, lower case, without '#', each once in order of first use. */
function hashtagRef(s: string): unknown {
  const tags = [...s.matchAll(/(?:^|[^\p{L}\p{N}_&#])#([\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)/gu)].map((m) =>
    m[1]!.toLowerCase(),
  );
  return [...new Set(tags)];
}
function hashtagGen(r: Rng): string {
  const tags = [
    '#Sunset',
    '#travel',
    '#NoFilter',
    '#café',
    '#2024goals',
    '#TBT',
    '#travel',
    '#Foodie',
    '#München',
  ];
  const words = [
    'great',
    'day',
    'at the',
    'beach',
    'with',
    'friends',
    'lol',
    'check',
    'this',
    '&amp;',
    'out',
  ];
  const n = r.int(4, 10);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(r.chance(0.35) ? r.pick(tags) : r.pick(words));
  if (r.chance(0.2)) parts.push(r.pick(['#1', 'issue #42', 'C#', 'email me@x.com#tag']));
  return parts.join(' ') + (r.chance(0.3) ? r.pick(['!', '.', ' 🌅']) : '');
}

/** File name without its extension, and the extension in lower case (null when none; dotfiles have none). */
function pathRef(s: string): unknown {
  const base = s.trim().split(/[\\/]/).pop() ?? '';
  const m = /^(.+)\.([A-Za-z0-9]+)$/.exec(base);
  if (!m?.[1] || !m[2]) return { name: base, ext: null };
  return { name: m[1], ext: m[2].toLowerCase() };
}
function pathGen(r: Rng): string {
  const dir = r.pick([
    'C:\\Users\\me\\Documents\\',
    '/home/ana/',
    '/var/log/',
    './',
    '',
    'D:\\scans\\2024\\',
    's3://bucket/raw/',
  ]);
  const name = r.pick([
    'Report.Final',
    'invoice_042',
    'photo',
    'archive.tar',
    'README',
    '.bashrc',
    'notes 2024',
    'Makefile',
    'data.v2',
  ]);
  const ext = ['README', '.bashrc', 'Makefile'].includes(name)
    ? ''
    : r.pick(['.PDF', '.pdf', '.jpg', '.JPEG', '.gz', '.csv', '.docx', '.log', '']);
  return `${dir}${name}${ext}`;
}

/** A letter grade from a score written as a fraction or a percent (A ≥ 90, B ≥ 80, C ≥ 70, D ≥ 60). */
function gradeRef(s: string): unknown {
  const t = s.trim();
  let pct: number;
  const frac = /^(\d+(?:\.\d+)?)\s*(?:\/|of|out of)\s*(\d+(?:\.\d+)?)$/i.exec(t);
  const per = /^(\d+(?:\.\d+)?)\s*%$/.exec(t);
  if (frac) pct = (100 * Number(frac[1])) / Number(frac[2]);
  else if (per) pct = Number(per[1]);
  else throw new Error(`not a score: ${s}`);
  return pct >= 90 ? 'A' : pct >= 80 ? 'B' : pct >= 70 ? 'C' : pct >= 60 ? 'D' : 'F';
}
function gradeGen(r: Rng): string {
  const total = r.pick([100, 50, 20, 40, 60]);
  const got = r.int(Math.floor(total * 0.3), total);
  return r.pad(
    r.pick([
      `${got}/${total}`,
      `${got} / ${total}`,
      `${got} of ${total}`,
      `${got} out of ${total}`,
      `${r.int(30, 100)}%`,
      `${r.float(30, 100, 1)} %`,
    ]),
  );
}

/** Latitude and longitude in decimal degrees (five decimals) from degrees-minutes-seconds or decimal text. */
function coordRef(s: string): unknown {
  const one = (part: string): number => {
    const hemi = /([NSEW])/i.exec(part)?.[1]?.toUpperCase();
    const nums = [...part.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
    const [d = 0, mi = 0, se = 0] = nums;
    const v = Math.abs(d) + mi / 60 + se / 3600;
    return round((hemi === 'S' || hemi === 'W' || d < 0 ? -1 : 1) * v, 5);
  };
  // The hemisphere letter comes after each number ("40°N 79°W") or before it ("N40° W79°").
  const m = /^(.*?[NS])\s*,?\s*(.*[EW])\s*$/i.exec(s.trim()) ?? /^([NS].*?)\s*,?\s*([EW].*)$/i.exec(s.trim());
  if (!m?.[1] || !m[2]) throw new Error(`not coordinates: ${s}`);
  return { lat: one(m[1]), lon: one(m[2]) };
}
function coordGen(r: Rng): string {
  const la = r.int(0, 70);
  const lo = r.int(0, 170);
  const lm = r.int(0, 59);
  const om = r.int(0, 59);
  const ls = r.int(0, 59);
  const os = r.int(0, 59);
  const ns = r.pick(['N', 'S']);
  const ew = r.pick(['E', 'W']);
  return r.pick([
    `${la}°${lm}'${ls}"${ns} ${lo}°${om}'${os}"${ew}`,
    `${la}°${lm}′${ls}″${ns}, ${lo}°${om}′${os}″${ew}`,
    `${la} ${lm} ${ls} ${ns}, ${lo} ${om} ${os} ${ew}`,
    `${r.float(0, 70, 4)}° ${ns}, ${r.float(0, 170, 4)}° ${ew}`,
    `${ns}${la}°${lm}'${ls}" ${ew}${lo}°${om}'${os}"`,
    `${la}°${lm}.${r.int(0, 9)}'${ns} ${lo}°${om}.${r.int(0, 9)}'${ew}`,
  ]);
}

export const textSpecs: Spec[] = [
  {
    name: 'name-title-case',
    category: 'people',
    description: 'Full names from a sign-up form, properly capitalized.',
    train: ['JOHN SMITH', "mary o'brien", 'ANNA-LENA BERG'],
    gen: titleGen,
    ref: titleRef,
  },
  {
    name: 'name-honorific-first-last',
    category: 'people',
    description: 'Title (null when none), first and last name from a contact field.',
    train: ['Dr. Jane Smith', 'Mr Ahmed Khan', 'Lena Wei', 'Johnson, Robert (Mr.)'],
    gen: honorificGen,
    ref: honorificRef,
  },
  {
    name: 'order-status-to-state',
    category: 'statuses',
    description: 'Order state (pending/shipped/delivered/cancelled/refunded) from shop-system statuses.',
    train: ['Shipped', 'Awaiting payment', 'Delivered', 'Cancelled'],
    gen: orderStatusGen,
    ref: statusRef,
  },
  {
    name: 'yes-no-to-boolean',
    category: 'statuses',
    description: 'Survey yes/no answers as true/false (null for no answer).',
    train: ['yes', 'No', 'Y', 'n/a'],
    gen: boolGen,
    ref: boolRef,
  },
  {
    name: 'crm-row-clean',
    category: 'records',
    description: 'CRM export rows cleaned: names capitalized, e-mail lower case, country code upper case.',
    train: [
      {
        'First Name': '  alice ',
        'Last Name': 'SMITH',
        'E-mail': ' Alice.Smith@Example.com ',
        Country: 'de',
      },
      { 'First Name': 'Bob', 'Last Name': 'brown', 'E-mail': 'bob.brown@mail.de', Country: 'GB' },
      { 'First Name': 'GEORGE', 'Last Name': 'Okoye ', 'E-mail': 'george.okoye@corp.co.uk', Country: ' us' },
    ],
    gen: rowGen,
    ref: rowRef,
  },
  {
    name: 'email-mailbox-domain',
    category: 'records',
    description: 'Mailbox and domain, lower case, from an e-mail field.',
    train: ['j.doe@example.com', 'Jane Doe <Jane.Doe@Example.org>', 'sales@uni-heidelberg.de'],
    gen: emailGen,
    ref: emailRef,
  },
  {
    name: 'post-hashtags',
    category: 'records',
    description: 'The hashtags of a social post, lower case, without "#", each once.',
    train: ['Great day at the beach #Sunset #travel', 'no tags here', '#Foodie heaven #foodie #TBT'],
    gen: hashtagGen,
    ref: hashtagRef,
  },
  {
    name: 'file-path-name-ext',
    category: 'records',
    description: 'File name and lower-case extension (null when none) from a path.',
    train: ['C:\\Users\\me\\Documents\\Report.PDF', '/home/ana/photo.jpg', '/var/log/syslog'],
    gen: pathGen,
    ref: pathRef,
  },
  {
    name: 'score-to-letter-grade',
    category: 'records',
    description: 'Letter grade from a test score.',
    train: ['87/100', '43/50', '92%', '12/20'],
    gen: gradeGen,
    ref: gradeRef,
  },
  {
    name: 'coordinates-to-decimal',
    category: 'units',
    description: 'Latitude and longitude in decimal degrees (five decimals).',
    train: [`40°26'46"N 79°58'56"W`, `51°30'26"N 0°7'39"W`, `33°51'35"S 151°12'40"E`],
    gen: coordGen,
    ref: coordRef,
  },
];
