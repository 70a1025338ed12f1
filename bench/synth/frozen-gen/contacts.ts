import { FIRST, LAST, type FrozenSpec, type Rng } from './lib.ts';

function digits(rng: Rng, n: number): string {
  return Array.from({ length: n }, () => String(rng.int(0, 9))).join('');
}
const ascii = (s: string) => s.normalize('NFD').replace(/[^A-Za-z]/g, '');

export const phones: FrozenSpec[] = [
  {
    name: 'us-phone-e164',
    category: 'phones',
    description:
      'US phone numbers as typed into a CRM become {e164: "+1NXXNXXXXXX", ext}; ext is the extension digits ("x89", "ext. 89") or null.',
    train: [
      { input: { phone: '(555) 123-4567' }, output: { e164: '+15551234567', ext: null } },
      { input: { phone: '555.123.4567' }, output: { e164: '+15551234567', ext: null } },
      { input: { phone: '415-555-0199' }, output: { e164: '+14155550199', ext: null } },
    ],
    record(rng) {
      const area = `${rng.int(2, 9)}${digits(rng, 2)}`;
      const exch = `${rng.int(2, 9)}${digits(rng, 2)}`;
      const line = digits(rng, 4);
      const body = rng.weighted([
        [`(${area}) ${exch}-${line}`, 4],
        [`${area}.${exch}.${line}`, 2],
        [`${area}-${exch}-${line}`, 4],
        [`+1 ${area} ${exch} ${line}`, 2],
        [`1-${area}-${exch}-${line}`, 1],
        [`${area}${exch}${line}`, 2],
        [`+1 (${area}) ${exch}-${line}`, 1],
      ] as const);
      const ext = rng.chance(0.12) ? String(rng.int(1, 9999)) : null;
      const text = ext === null ? body : `${body}${rng.pick([' x', ' ext. ', ' ext ', ' #'])}${ext}`;
      return { input: { phone: text }, output: { e164: `+1${area}${exch}${line}`, ext } };
    },
  },
  {
    name: 'uk-phone-e164',
    category: 'phones',
    description:
      'UK phone numbers (national "0…" or "+44 (0)…") become {e164} as "+44" and the number without its leading 0.',
    train: [
      { input: { phone: '020 7946 0958' }, output: { e164: '+442079460958' } },
      { input: { phone: '07700 900123' }, output: { e164: '+447700900123' } },
      { input: { phone: '0161 496 0000' }, output: { e164: '+441614960000' } },
    ],
    record(rng) {
      const kind = rng.pick(['london', 'mobile', 'city', 'city'] as const);
      const national =
        kind === 'london'
          ? `20${rng.pick(['7', '3', '8'])}${digits(rng, 7)}`
          : kind === 'mobile'
            ? `7${digits(rng, 9)}`
            : `1${digits(rng, 9)}`;
      const spaced =
        kind === 'london'
          ? `0${national.slice(0, 2)} ${national.slice(2, 6)} ${national.slice(6)}`
          : kind === 'mobile'
            ? `0${national.slice(0, 4)} ${national.slice(4)}`
            : `0${national.slice(0, 3)} ${national.slice(3, 6)} ${national.slice(6)}`;
      const text = rng.weighted([
        [spaced, 6],
        [`0${national}`, 1],
        [`+44 (0)${spaced.slice(1)}`, 1],
        [`+44 ${spaced.slice(1)}`, 2],
        [`0044 ${spaced.slice(1)}`, 1],
      ] as const);
      return { input: { phone: text }, output: { e164: `+44${national}` } };
    },
  },
  {
    name: 'de-phone-e164',
    category: 'phones',
    description:
      'German phone numbers (national "0…" with area code, "+49 (0)…", "0049 …", slashes) become {e164} as "+49" and the number without its leading 0.',
    train: [
      { input: { phone: '030 12345678' }, output: { e164: '+493012345678' } },
      { input: { phone: '089 1234567' }, output: { e164: '+49891234567' } },
      { input: { phone: '0171 2345678' }, output: { e164: '+491712345678' } },
    ],
    record(rng) {
      const area = rng.pick(['30', '89', '40', '221', '69', '171', '151', '160', '3641']);
      const subscriber = digits(rng, area.length >= 3 ? rng.int(6, 8) : rng.int(6, 8));
      const text = rng.weighted([
        [`0${area} ${subscriber}`, 5],
        [`0${area}/${subscriber}`, 2],
        [`(0${area}) ${subscriber}`, 1],
        [`+49 (0)${area} ${subscriber}`, 1],
        [`+49 ${area} ${subscriber}`, 2],
        [`0049 ${area} ${subscriber}`, 1],
        [`0${area}-${subscriber}`, 1],
      ] as const);
      return { input: { phone: text }, output: { e164: `+49${area}${subscriber}` } };
    },
  },
  {
    name: 'intl-phone-country',
    category: 'phones',
    description:
      'International numbers from a global signup form become {country, national}: the ISO country of the calling code (+1 US, +44 GB, +49 DE, +33 FR, +81 JP, +353 IE, +61 AU) and the remaining digits.',
    train: [
      { input: { phone: '+1 415 555 0199' }, output: { country: 'US', national: '4155550199' } },
      { input: { phone: '+44 20 7946 0958' }, output: { country: 'GB', national: '2079460958' } },
      { input: { phone: '+49 30 12345678' }, output: { country: 'DE', national: '3012345678' } },
      { input: { phone: '+33 1 23 45 67 89' }, output: { country: 'FR', national: '123456789' } },
    ],
    record(rng) {
      const [country, code, length] = rng.pick([
        ['US', '1', 10],
        ['GB', '44', 10],
        ['DE', '49', 10],
        ['FR', '33', 9],
        ['JP', '81', 10],
        ['IE', '353', 9],
        ['AU', '61', 9],
      ] as const);
      const national = `${rng.int(1, 9)}${digits(rng, length - 1)}`;
      const grouped = national.replace(/(\d{2,3})(?=\d{3})/g, '$1 ');
      const text = rng.weighted([
        [`+${code} ${grouped}`, 6],
        [`+${code}${national}`, 2],
        [`00${code} ${grouped}`, 1],
        [`+${code}-${national.slice(0, 3)}-${national.slice(3)}`, 1],
      ] as const);
      return { input: { phone: text }, output: { country, national } };
    },
  },
  {
    name: 'jp-phone-e164',
    category: 'phones',
    description:
      'Japanese phone numbers (national "0…" with hyphens, brackets or none) become {e164} as "+81" and the number without its leading 0.',
    train: [
      { input: { phone: '03-1234-5678' }, output: { e164: '+81312345678' } },
      { input: { phone: '090-1234-5678' }, output: { e164: '+819012345678' } },
      { input: { phone: '06-6123-4567' }, output: { e164: '+81661234567' } },
    ],
    record(rng) {
      const [area, restLen] = rng.pick([
        ['3', 8],
        ['6', 8],
        ['90', 8],
        ['80', 8],
        ['70', 8],
        ['45', 7],
        ['52', 7],
        ['120', 6],
      ] as const);
      const rest = digits(rng, restLen);
      const head = rest.slice(0, restLen - 4);
      const tail = rest.slice(-4);
      const text = rng.weighted([
        [`0${area}-${head}-${tail}`, 6],
        [`(0${area}) ${head}-${tail}`, 1],
        [`0${area}${rest}`, 2],
        [`+81 ${area}-${head}-${tail}`, 1],
        [`０${area}-${head}-${tail}`.replace(/\d/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)), 1],
      ] as const);
      return { input: { phone: text }, output: { e164: `+81${area}${rest}` } };
    },
  },
];

function emailOf(rng: Rng) {
  const first = ascii(rng.pick(FIRST)).toLowerCase() || 'jo';
  const last = ascii(rng.pick(LAST)).toLowerCase() || 'li';
  const local = rng.weighted([
    [`${first}.${last}`, 4],
    [`${first}`, 2],
    [`${first[0]}${last}`, 2],
    [`${first}_${last}${rng.int(1, 99)}`, 1],
  ] as const);
  const domain = rng.pick([
    'acme.com',
    'example.org',
    'mail.example.co.uk',
    'gmail.com',
    'uni-heidelberg.de',
    'shop.example',
  ]);
  return { first, last, local, domain };
}

export const emails: FrozenSpec[] = [
  {
    name: 'email-from-header',
    category: 'emails',
    description:
      'From/To header values ("Name <address>", quoted names, bare addresses, "mailto:") become {email}: the address alone, in lower case.',
    train: [
      { input: { from: 'Jane Smith <jane@acme.com>' }, output: { email: 'jane@acme.com' } },
      { input: { from: 'Bob <bob@example.org>' }, output: { email: 'bob@example.org' } },
      {
        input: { from: 'Carol White <carol.white@mail.example.com>' },
        output: { email: 'carol.white@mail.example.com' },
      },
    ],
    record(rng) {
      const e = emailOf(rng);
      const address = `${e.local}@${e.domain}`;
      const name = `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
      const shownAddress = rng.chance(0.2)
        ? address.toUpperCase()
        : rng.chance(0.2)
          ? `${e.local}@${e.domain.toUpperCase()}`
          : address;
      const text = rng.weighted([
        [`${name} <${shownAddress}>`, 5],
        [shownAddress, 3],
        [`"${name.split(' ').reverse().join(', ')}" <${shownAddress}>`, 1],
        [`<${shownAddress}>`, 1],
        [`mailto:${shownAddress}`, 1],
        [` ${shownAddress} `, 1],
      ] as const);
      return { input: { from: text }, output: { email: address } };
    },
  },
  {
    name: 'email-parts',
    category: 'emails',
    description:
      'Email addresses become {user, tag, domain}: the local part before any "+tag", the tag (null when none) and the domain.',
    train: [
      {
        input: { email: 'jane.smith@acme.com' },
        output: { user: 'jane.smith', tag: null, domain: 'acme.com' },
      },
      {
        input: { email: 'bob+news@example.org' },
        output: { user: 'bob', tag: 'news', domain: 'example.org' },
      },
      {
        input: { email: 'carol@mail.example.co.uk' },
        output: { user: 'carol', tag: null, domain: 'mail.example.co.uk' },
      },
    ],
    record(rng) {
      const e = emailOf(rng);
      const tag = rng.chance(0.3) ? rng.pick(['news', 'shop', 'github', 'x', '2024', 'work-stuff']) : null;
      return {
        input: { email: `${e.local}${tag === null ? '' : `+${tag}`}@${e.domain}` },
        output: { user: e.local, tag, domain: e.domain },
      };
    },
  },
  {
    name: 'email-looks-valid',
    category: 'emails',
    description:
      'Signup emails are checked: {valid} is true when there is exactly one "@", a non-empty local part without spaces, and a domain with a dot, no spaces and no empty labels.',
    train: [
      { input: { email: 'jane@acme.com' }, output: { valid: true } },
      { input: { email: 'jane.acme.com' }, output: { valid: false } },
      { input: { email: 'bob@example.org' }, output: { valid: true } },
    ],
    record(rng) {
      const e = emailOf(rng);
      const good = `${e.local}@${e.domain}`;
      const [text, valid] = rng.weighted([
        [[good, true], 10],
        [[`${e.local}${e.domain}`, false], 1],
        [[`${e.local}@@${e.domain}`, false], 1],
        [[`${e.local}@${e.domain.split('.')[0]}`, false], 1],
        [[`${e.local} @${e.domain}`, false], 1],
        [[`@${e.domain}`, false], 1],
        [[`${e.local}@`, false], 1],
        [[`${e.local}@${e.domain}.`, false], 1],
        [[`${e.local}@.${e.domain}`, false], 1],
        [[`${e.local}@${e.domain.replace('.', '..')}`, false], 1],
        [[`${e.local}@${e.domain} `.trim().replace('@', ' at '), false], 1],
      ] as const);
      return { input: { email: text }, output: { valid } };
    },
  },
  {
    name: 'email-canonical-gmail',
    category: 'emails',
    description:
      'Emails are made canonical for de-duplication as {email}: lower case; for gmail.com and googlemail.com also dots removed from the local part, any "+tag" dropped, and the domain gmail.com. Other domains keep dots and tags.',
    train: [
      { input: { email: 'Jane.Smith+promo@gmail.com' }, output: { email: 'janesmith@gmail.com' } },
      { input: { email: 'bob@example.org' }, output: { email: 'bob@example.org' } },
      { input: { email: 'J.Doe@Gmail.com' }, output: { email: 'jdoe@gmail.com' } },
    ],
    record(rng) {
      const e = emailOf(rng);
      const domain = rng.weighted([
        ['gmail.com', 4],
        ['googlemail.com', 1],
        [e.domain === 'gmail.com' ? 'acme.com' : e.domain, 5],
      ] as const);
      const tag = rng.chance(0.3) ? `+${rng.pick(['promo', 'news', 'x1'])}` : '';
      const raw = `${e.local}${tag}@${domain}`;
      const shown = rng.weighted([
        [raw, 5],
        [raw.toUpperCase(), 1],
        [raw.replace(/^./, (c) => c.toUpperCase()), 2],
      ] as const);
      const gmail = domain === 'gmail.com' || domain === 'googlemail.com';
      const email = gmail ? `${e.local.replaceAll('.', '')}@gmail.com` : raw.toLowerCase();
      return { input: { email: shown }, output: { email } };
    },
  },
];
