/** Identifiers and codes: IBAN, ISBN, VIN, EAN, tracking numbers, SKUs, UUIDs, MACs, versions, invoices. */
import type { Rng, Spec } from './kit.ts';

const ibanCheck = (cc: string, bban: string): string => {
  const rearranged = `${bban}${cc}00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  return String(98n - (BigInt(rearranged) % 97n)).padStart(2, '0');
};
const ibanValid = (iban: string): boolean =>
  /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban) &&
  BigInt((iban.slice(4) + iban.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))) % 97n ===
    1n;
/** IBAN without spaces, upper case, and whether its mod-97 check holds. */
function ibanRef(s: string): unknown {
  const iban = s
    .replace(/^\s*IBAN:?\s*/i, '')
    .replace(/[\s-]/g, '')
    .toUpperCase();
  return { iban, valid: ibanValid(iban) };
}
const BBAN: Record<string, () => (r: Rng) => string> = {
  DE: () => (r) => r.digits(18),
  FR: () => (r) => `${r.digits(10)}${r.pick(['ABC', '000', 'X1Y'])}${r.digits(8)}${r.digits(2)}`,
  GB: () => (r) => `${r.pick(['NWBK', 'BARC', 'HBUK'])}${r.digits(14)}`,
  NL: () => (r) => `${r.pick(['ABNA', 'INGB', 'RABO'])}${r.digits(10)}`,
  ES: () => (r) => r.digits(20),
  CH: () => (r) => r.digits(17),
};
function ibanGen(r: Rng): string {
  const cc = r.pick(Object.keys(BBAN));
  const bban = BBAN[cc]!()(r);
  let check = ibanCheck(cc, bban);
  if (r.chance(0.2)) check = String((Number(check) + r.int(1, 9)) % 100).padStart(2, '0');
  const iban = `${cc}${check}${bban}`;
  const spaced = iban.replace(/(.{4})(?=.)/g, '$1 ');
  const f = r.pick([iban, spaced, spaced, spaced.toLowerCase(), `IBAN ${spaced}`, iban.toLowerCase()]);
  return r.pad(f);
}

const isbn10Check = (d9: string): string => {
  const s = [...d9].reduce((a, c, i) => a + Number(c) * (10 - i), 0);
  const c = (11 - (s % 11)) % 11;
  return c === 10 ? 'X' : String(c);
};
const ean13Check = (d12: string): string =>
  String((10 - ([...d12].reduce((a, c, i) => a + Number(c) * (i % 2 ? 3 : 1), 0) % 10)) % 10);
/** ISBN-13 for an ISBN-10 or ISBN-13 (hyphens and spaces dropped); null if its check digit is wrong. */
function isbnRef(s: string): unknown {
  const d = s
    .replace(/^\s*ISBN(?:-1[03])?:?\s*/i, '')
    .replace(/[\s-]/g, '')
    .toUpperCase();
  if (/^\d{9}[\dX]$/.test(d)) {
    if (isbn10Check(d.slice(0, 9)) !== d[9]) return null;
    const t = `978${d.slice(0, 9)}`;
    return t + ean13Check(t);
  }
  if (/^97[89]\d{10}$/.test(d)) return ean13Check(d.slice(0, 12)) === d[12] ? d : null;
  throw new Error(`not an ISBN: ${s}`);
}
function isbnGen(r: Rng): string {
  const ten = r.chance(0.5);
  let body: string;
  if (ten) {
    const d9 = r.digits(9);
    body = d9 + isbn10Check(d9);
  } else {
    const d12 = `${r.pick(['978', '979'])}${r.digits(9)}`;
    body = d12 + ean13Check(d12);
  }
  if (r.chance(0.15)) body = body.slice(0, -1) + String((Number(body.slice(-1).replace('X', '0')) + 3) % 10);
  const hy = ten
    ? `${body[0]}-${body.slice(1, 4)}-${body.slice(4, 9)}-${body[9]}`
    : `${body.slice(0, 3)}-${body[3]}-${body.slice(4, 7)}-${body.slice(7, 12)}-${body[12]}`;
  return r.pick([body, hy, `ISBN ${hy}`, `ISBN-${ten ? 10 : 13}: ${hy}`, hy.replace(/-/g, ' ')]);
}

const VIN_VAL: Record<string, number> = {};
'ABCDEFGH'.split('').forEach((c, i) => (VIN_VAL[c] = i + 1));
'JKLMN'.split('').forEach((c, i) => (VIN_VAL[c] = i + 1));
VIN_VAL.P = 7;
VIN_VAL.R = 9;
'STUVWXYZ'.split('').forEach((c, i) => (VIN_VAL[c] = i + 2));
const VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
const vinCheck = (v: string): string => {
  const s = [...v].reduce((a, c, i) => a + (/\d/.test(c) ? Number(c) : (VIN_VAL[c] ?? 0)) * VIN_W[i]!, 0);
  return s % 11 === 10 ? 'X' : String(s % 11);
};
const YEAR_CODES = 'ABCDEFGHJKLMNPRSTVWXY123456789';
/** World manufacturer code, model year and check-digit validity of a North American VIN. */
function vinRef(s: string): unknown {
  const v = s.trim().toUpperCase().replace(/[\s-]/g, '');
  if (!/^[A-HJ-NPR-Z0-9]{17}$/.test(v)) throw new Error(`not a VIN: ${s}`);
  const i = YEAR_CODES.indexOf(v[9]!);
  // Position 7 a letter means the 2010–2039 cycle, a digit the 1980–2009 one.
  const year = 1980 + i + (/[A-Z]/.test(v[6]!) ? 30 : 0);
  return { wmi: v.slice(0, 3), model_year: year, valid: vinCheck(v) === v[8] };
}
const VINCH = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
function vinGen(r: Rng): string {
  const wmi = r.pick(['1HG', '1FT', '2T1', '3VW', '5YJ', 'JHM', 'WBA', '1G1', 'KMH']);
  const recent = r.chance(0.6);
  const vds = Array.from({ length: 5 }, (_, i) =>
    i === 3 ? (recent ? r.pick([...'ABCDEFGHJKLMNPRSTUVWXYZ']) : String(r.int(0, 9))) : r.pick([...VINCH]),
  ).join('');
  const yearCode = recent ? r.pick([...YEAR_CODES.slice(0, 16)]) : r.pick([...YEAR_CODES]);
  const tail = `${yearCode}${r.pick([...VINCH])}${r.digits(6)}`;
  const draft = `${wmi}${vds}0${tail}`;
  let check = vinCheck(draft);
  if (r.chance(0.15)) check = check === '3' ? '7' : '3';
  const vin = `${wmi}${vds}${check}${tail}`;
  return r.pad(r.chance(0.15) ? vin.toLowerCase() : vin);
}

/** The carrier of a parcel tracking number, by its format. */
function carrierRef(s: string): unknown {
  const t = s.replace(/\s/g, '').toUpperCase();
  if (/^1Z[0-9A-Z]{16}$/.test(t)) return 'UPS';
  if (/^(94|93|92|95)\d{18,20}$/.test(t)) return 'USPS';
  if (/^[A-Z]{2}\d{9}[A-Z]{2}$/.test(t)) return 'postal';
  if (/^JJD\d{15,18}$|^JD\d{16,18}$/.test(t)) return 'DHL';
  if (/^\d{10}$/.test(t)) return 'DHL';
  if (/^\d{12}$|^\d{15}$/.test(t)) return 'FedEx';
  throw new Error(`unknown tracking number ${s}`);
}
function carrierGen(r: Rng): string {
  const alnum = (n: number): string =>
    Array.from({ length: n }, () => r.pick([...'0123456789ABCDEFGHJKLMNPRSTVWXYZ'])).join('');
  const f = r.pick([
    () => `1Z${alnum(16)}`,
    () => `${r.pick(['94', '92', '93'])}${r.digits(20)}`,
    () => `${r.pick(['RR', 'LX', 'CP', 'EE', 'RA'])}${r.digits(9)}${r.pick(['CN', 'DE', 'GB', 'US', 'FR'])}`,
    () => `JJD${r.digits(r.int(15, 18))}`,
    () => `${r.int(1, 9)}${r.digits(9)}`,
    () => `${r.int(1, 9)}${r.digits(11)}`,
    () => `${r.int(1, 9)}${r.digits(14)}`,
  ])();
  const spaced = r.chance(0.2) ? f.replace(/(.{4})(?=.)/g, '$1 ') : f;
  return r.pad(r.chance(0.1) ? spaced.toLowerCase() : spaced);
}

const COLORS: Record<string, string> = {
  BLK: 'black',
  WHT: 'white',
  RED: 'red',
  NVY: 'navy',
  GRN: 'green',
  GRY: 'grey',
};
/** Product line, colour and size from a clothing SKU ("TS-BLK-M", separators and case vary). */
function skuRef(s: string): unknown {
  const parts = s
    .trim()
    .toUpperCase()
    .split(/[-_/.\s]+/);
  const [product, color, size] = parts;
  if (!product || !color || !size || !COLORS[color]) throw new Error(`not a SKU: ${s}`);
  return { product, color: COLORS[color], size };
}
function skuGen(r: Rng): string {
  const parts = [
    r.pick(['TS', 'HD', 'JK', 'SW', 'PL', 'CAP']),
    r.pick(Object.keys(COLORS)),
    r.pick(['XS', 'S', 'M', 'L', 'XL', 'XXL', '3XL', 'OS']),
  ];
  if (r.chance(0.25)) parts.push(String(r.int(2019, 2025)));
  const s = parts.join(r.pick(['-', '-', '-', '_', '/', ' ']));
  return r.pad(r.chance(0.25) ? s.toLowerCase() : s);
}

/** A 13-digit EAN: a 12-digit code gets its check digit, a 13-digit one is checked. */
function eanRef(s: string): unknown {
  const d = s.replace(/[\s-]/g, '');
  if (/^\d{12}$/.test(d)) return { ean: d + ean13Check(d), valid: true };
  if (/^\d{13}$/.test(d)) return { ean: d, valid: ean13Check(d.slice(0, 12)) === d[12] };
  throw new Error(`not an EAN: ${s}`);
}
function eanGen(r: Rng): string {
  const d12 = `${r.pick(['40', '50', '76', '87', '00', '590', '309'])}${r.digits(10)}`.slice(0, 12);
  switch (r.int(0, 3)) {
    case 0:
      return d12;
    case 1:
      return `${d12}${(Number(ean13Check(d12)) + r.int(1, 9)) % 10}`;
    default: {
      const full = d12 + ean13Check(d12);
      return r.chance(0.2) ? `${full[0]} ${full.slice(1, 7)} ${full.slice(7)}` : full;
    }
  }
}

/** A UUID in lower-case 8-4-4-4-12 form. */
function uuidRef(s: string): unknown {
  const h = s
    .trim()
    .replace(/^urn:uuid:/i, '')
    .replace(/[{}\s-]/g, '')
    .toLowerCase();
  if (!/^[0-9a-f]{32}$/.test(h)) throw new Error(`not a UUID: ${s}`);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
function uuidGen(r: Rng): string {
  const hex = Array.from({ length: 32 }, () => r.pick([...'0123456789abcdef'])).join('');
  const dashed = uuidRef(hex) as string;
  const f = r.pick([
    dashed,
    dashed.toUpperCase(),
    `{${dashed.toUpperCase()}}`,
    hex,
    `urn:uuid:${dashed}`,
    hex.toUpperCase(),
  ]);
  return r.pad(f, 0.1);
}

/** A MAC address as six lower-case pairs joined by colons. */
function macRef(s: string): unknown {
  const h = s
    .trim()
    .replace(/[:.\s-]/g, '')
    .toLowerCase();
  if (!/^[0-9a-f]{12}$/.test(h)) throw new Error(`not a MAC: ${s}`);
  return h.replace(/(..)(?=.)/g, '$1:');
}
function macGen(r: Rng): string {
  const h = Array.from({ length: 12 }, () => r.pick([...'0123456789abcdef'])).join('');
  const pairs = h.match(/../g)!;
  const up = r.chance(0.5);
  const c = (x: string): string => (up ? x.toUpperCase() : x);
  return r.pick([
    c(pairs.join(':')),
    c(pairs.join('-')),
    c(`${h.slice(0, 4)}.${h.slice(4, 8)}.${h.slice(8)}`),
    c(h),
    c(pairs.join(' ')),
  ]);
}

/** Major, minor, patch and pre-release tag (null when none) of a version string. */
function semverRef(s: string): unknown {
  const m =
    /^\s*(?:v|version\s*|release-)?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?\s*$/i.exec(
      s,
    );
  if (!m) throw new Error(`not a version: ${s}`);
  return {
    major: Number(m[1]),
    minor: Number(m[2] ?? 0),
    patch: Number(m[3] ?? 0),
    prerelease: m[4] ?? null,
  };
}
function semverGen(r: Rng): string {
  const core = `${r.int(0, 20)}.${r.int(0, 40)}${r.chance(0.85) ? `.${r.int(0, 99)}` : ''}`;
  const pre = r.chance(0.35) ? `-${r.pick(['beta', 'alpha.2', 'rc.1', 'beta.3', 'SNAPSHOT', 'dev'])}` : '';
  const build = r.chance(0.15) ? `+${r.pick(['build.5', '20240301', 'sha.a1b2c3'])}` : '';
  return `${r.pick(['', '', 'v', 'V', 'version ', 'release-'])}${core}${pre}${build}`;
}

/** Year and sequence number from invoice numbers of several billing systems. */
function invoiceRef(s: string): unknown {
  const t = s.trim().toUpperCase();
  const m =
    /^(?:INV|RE|FA|RG)?[-/ ]?(\d{4}|\d{2})[-/ ](\d+)$/.exec(t) ??
    /^(?:INV|RE|FA|RG)[-/ ]?(\d{4})(\d{4,6})$/.exec(t) ??
    /^(\d{4})[-/ ]?(?:INV|RE|FA|RG)[-/ ]?(\d+)$/.exec(t);
  if (!m?.[1] || !m[2]) throw new Error(`not an invoice number: ${s}`);
  const y = m[1].length === 2 ? 2000 + Number(m[1]) : Number(m[1]);
  return { year: y, sequence: Number(m[2]) };
}
function invoiceGen(r: Rng): string {
  const y = r.int(2015, 2026);
  const n = r.int(1, 99999);
  const pre = r.pick(['INV', 'RE', 'FA', 'RG']);
  const padded = String(n).padStart(r.pick([4, 5, 6]), '0');
  const f = r.pick([
    `${pre}-${y}-${padded}`,
    `${pre}/${y % 100}/${n}`,
    `${y}-${pre}-${n}`,
    `${pre}${y}${String(n).padStart(5, '0')}`,
    `${pre} ${y} ${padded}`,
    `${y}/${padded}`,
  ]);
  return r.pad(r.chance(0.15) ? f.toLowerCase() : f);
}

export const idSpecs: Spec[] = [
  {
    name: 'iban-compact-and-check',
    category: 'identifiers',
    description: 'IBAN without spaces in upper case, and whether its check digits hold.',
    train: ['DE89 3704 0044 0532 0130 00', 'GB82 WEST 1234 5698 7654 32', 'DE00 3704 0044 0532 0130 00'],
    gen: ibanGen,
    ref: ibanRef,
  },
  {
    name: 'isbn-to-isbn13',
    category: 'identifiers',
    description: "ISBN-13 for a book's ISBN (10 or 13 digits), null when its check digit is wrong.",
    train: ['0-306-40615-2', '978-3-16-148410-0', '0-19-852663-6', '978-3-16-148410-5'],
    gen: isbnGen,
    ref: isbnRef,
  },
  {
    name: 'vin-maker-year-check',
    category: 'identifiers',
    description: 'Manufacturer code, model year and check-digit validity of a VIN.',
    train: ['1HGCM82633A004352', '5YJ3E1EA7KF317000', '1M8GDM9AXKP042788'],
    gen: vinGen,
    ref: vinRef,
  },
  {
    name: 'tracking-number-carrier',
    category: 'identifiers',
    description: 'Which carrier a parcel tracking number belongs to.',
    train: ['1Z999AA10123456784', '9400111899223197428490', '123456789012', 'RR123456789CN'],
    gen: carrierGen,
    ref: carrierRef,
  },
  {
    name: 'sku-clothing-parts',
    category: 'identifiers',
    description: 'Product line, colour name and size from clothing SKUs.',
    train: ['TS-BLK-M', 'HD-NVY-XL', 'JK-RED-S'],
    gen: skuGen,
    ref: skuRef,
  },
  {
    name: 'ean13-complete-or-check',
    category: 'identifiers',
    description: 'Full EAN-13 (check digit added to 12-digit codes) and whether it is valid.',
    train: ['400638133393', '4006381333931', '4006381333932'],
    gen: eanGen,
    ref: eanRef,
  },
  {
    name: 'uuid-canonical',
    category: 'identifiers',
    description: 'UUIDs in canonical lower-case form.',
    train: [
      '6F9619FF-8B86-D011-B42D-00C04FC964FF',
      '{3F2504E0-4F89-11D3-9A0C-0305E82C3301}',
      '550e8400e29b41d4a716446655440000',
    ],
    gen: uuidGen,
    ref: uuidRef,
  },
  {
    name: 'mac-address-colons',
    category: 'identifiers',
    description: 'MAC addresses as lower-case colon-separated pairs.',
    train: ['00-1A-2B-3C-4D-5E', '001a.2b3c.4d5e', 'AA:BB:CC:DD:EE:FF'],
    gen: macGen,
    ref: macRef,
  },
  {
    name: 'version-string-parts',
    category: 'identifiers',
    description: 'Major, minor, patch and pre-release tag of a release version.',
    train: ['v1.2.3', '2.0.0-beta.1', '10.4.12'],
    gen: semverGen,
    ref: semverRef,
  },
  {
    name: 'invoice-number-year-sequence',
    category: 'identifiers',
    description: 'Year and running number from invoice numbers.',
    train: ['INV-2024-00042', 'RE/23/117', 'INV-2021-01250'],
    gen: invoiceGen,
    ref: invoiceRef,
  },
];
