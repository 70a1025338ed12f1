/**
 * Writes the fourth set of "everyday" tuning tasks (bench/synth/tasks/everyday4, every name starts
 * with "e4-"). Written before tuning: before anyone tuned the synthesizer on them, by someone who
 * has not read the frozen held-out set (issue 11 §4). The engine was not run on these tasks while
 * they were written.
 *
 * Kinds the earlier sets lack: UK addresses with a flat or unit line, Japanese addresses in
 * Japanese order, French house numbers with bis/ter, phone numbers dialled with the 011 and 00
 * international prefixes, closed sets mapped to numbers, synonyms outside obvious sets, check-digit
 * validity (Luhn, ISBN, IBAN), names with middle names and particles, currency symbols after the
 * number and minor units, time ranges to durations, file sizes, semantic version bumps, URL parts,
 * e-mail display names, log lines of three formats in one file, product codes with embedded dates,
 * percentages and basis points, temperatures and coordinates (DMS ↔ decimal).
 *
 * How the labels are made: each maker draws a true value first (a number, a date, a level, an
 * address's parts) and writes it the ways different people's data writes it; the label comes from
 * the true value, never from parsing the written text and never from codify. Check digits are
 * computed by each standard's own formula. So the generator is the reference solution.
 *
 * Each task has 3–5 training examples as a user would give them. Several are deliberately narrow
 * (all from one country, all in one unit, all on one side of the equator): a cheap program fits
 * them and is wrong on the rest, which is what the trust gate must catch (review or a question),
 * not what the engine should guess. The task descriptions say the convention the labels follow.
 *
 * Deterministic (seeded): `node bench/synth/everyday4-gen.ts && npx prettier --write
 * bench/synth/tasks/everyday4` rewrites the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { digits, int, pad, pick, round, spaced, taskBuilder, type Pair, type R } from './gen-kit.ts';
import type { BenchTask } from './task.ts';

const here = dirname(fileURLToPath(import.meta.url));
/** Where the tasks are written. */
export const everyday4Dir = join(here, 'tasks', 'everyday4');
/** Held-back test records per task. */
export const TEST_RECORDS = 240;

const task = taskBuilder('e4-', TEST_RECORDS);
const tasks: BenchTask[] = [];
const ref = (r: R, prefix: string): string => `${prefix}-${int(r, 1000, 99999)}`;
const daysIn = (y: number, mo: number): number => new Date(Date.UTC(y, mo, 0)).getUTCDate();
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
interface Day {
  y: number;
  mo: number;
  d: number;
}
const day = (r: R, y0 = 2019, y1 = 2027): Day => {
  const y = int(r, y0, y1);
  const mo = int(r, 1, 12);
  return { y, mo, d: int(r, 1, daysIn(y, mo)) };
};
const iso = (t: Day): string => `${t.y}-${pad(t.mo)}-${pad(t.d)}`;
const dayOfYear = (t: Day): number => (Date.UTC(t.y, t.mo - 1, t.d) - Date.UTC(t.y, 0, 1)) / 86400000 + 1;
/** Decimal number written with a comma (European) or a point. */
const dec = (x: number, comma: boolean): string => (comma ? String(x).replace('.', ',') : String(x));

// =============================================================== addresses
{
  // ------------------------------------------------------------- UK, a flat or unit line
  const STREETS = [
    'Elm Grove',
    'Station Road',
    'High Street',
    'Church Lane',
    'Victoria Road',
    'Albert Terrace',
    'Mill Lane',
    'Park Avenue',
    'Queens Crescent',
    'King Street',
  ];
  const TOWNS: [string, string][] = [
    ['Brighton', 'BN2'],
    ['Glasgow', 'G12'],
    ['Manchester', 'M14'],
    ['Bristol', 'BS6'],
    ['Edinburgh', 'EH7'],
    ['Norwich', 'NR2'],
    ['London', 'SE15'],
    ['Cardiff', 'CF24'],
    ['York', 'YO10'],
    ['Stoke-on-Trent', 'ST4'],
  ];
  const BUILDINGS = ['Rose Court', 'Mill House', 'The Maltings', 'Albion Works', 'Kings Wharf'];
  type Uk = { unit: string | null; building: string | null; street: string; town: string; postcode: string };
  /** The address as a person pastes it: a part a line or comma-separated, the flat sometimes on the street's line. */
  const ukText = (r: R, u: Uk): string => {
    const town = r() < 0.4 ? u.town.toUpperCase() : u.town;
    const merged = u.unit !== null && u.building === null && r() < 0.3;
    const lines = [
      ...(merged ? [`${u.unit}, ${u.street}`] : [u.unit, u.building, u.street]),
      town,
      u.postcode,
    ].filter((x): x is string => x !== null);
    return lines.join(pick(r, ['\n', '\n', ', ', ',\n']));
  };
  const uk = (address: string, u: Uk): Pair => ({ input: { address }, output: u });
  tasks.push(
    task(
      'address-uk-flat-line',
      'addresses',
      'UK delivery addresses pasted from an order form, one part a line or comma-separated, with an optional flat/unit line (Flat 2, Apartment 5B, Unit 3, Flat 2/1, Basement Flat, Ground Floor Flat) and an optional building name, town sometimes in capitals: to unit, building, street, town (as the town writes itself) and postcode (upper case, one space).',
      [
        uk('Flat 2\n14 Elm Grove\nBrighton\nBN2 3FD', {
          unit: 'Flat 2',
          building: null,
          street: '14 Elm Grove',
          town: 'Brighton',
          postcode: 'BN2 3FD',
        }),
        uk('Flat 7\n3 Station Road\nBristol\nBS6 5TT', {
          unit: 'Flat 7',
          building: null,
          street: '3 Station Road',
          town: 'Bristol',
          postcode: 'BS6 5TT',
        }),
        uk('Flat 11\n82 High Street\nNorwich\nNR2 4AL', {
          unit: 'Flat 11',
          building: null,
          street: '82 High Street',
          town: 'Norwich',
          postcode: 'NR2 4AL',
        }),
      ],
      (r) => {
        const [town, area] = pick(r, TOWNS);
        const kind = int(r, 0, 7);
        const unit =
          kind === 0
            ? null
            : kind <= 2
              ? `Flat ${int(r, 1, 40)}`
              : kind === 3
                ? `Apartment ${int(r, 1, 30)}${pick(r, ['A', 'B', 'C'])}`
                : kind === 4
                  ? `Unit ${int(r, 1, 20)}`
                  : kind === 5
                    ? `Flat ${int(r, 0, 4)}/${int(r, 1, 3)}`
                    : pick(r, ['Basement Flat', 'Ground Floor Flat', 'Top Floor Flat', 'First Floor Flat']);
        const building = r() < 0.25 ? pick(r, BUILDINGS) : null;
        const postcode = `${area} ${int(r, 1, 9)}${pick(r, ['AB', 'FD', 'TT', 'QX', 'LN', 'HW', 'JU', 'EP'])}`;
        const u: Uk = { unit, building, street: `${int(r, 1, 240)} ${pick(r, STREETS)}`, town, postcode };
        let text = ukText(r, u);
        if (r() < 0.25)
          text = text.replace(postcode, postcode.replace(' ', r() < 0.5 ? '' : ' ').toLowerCase());
        return uk(text, u);
      },
      1101,
    ),
  );

  // ------------------------------------------------------------- Japan, Japanese order
  const PREFS: { pref: string; cities: [string, string | null][] }[] = [
    {
      pref: '東京都',
      cities: [
        ['渋谷区', null],
        ['新宿区', null],
        ['港区', null],
        ['八王子市', null],
        ['武蔵野市', null],
      ],
    },
    {
      pref: '大阪府',
      cities: [
        ['大阪市', '北区'],
        ['大阪市', '中央区'],
        ['堺市', '堺区'],
        ['豊中市', null],
      ],
    },
    {
      pref: '京都府',
      cities: [
        ['京都市', '左京区'],
        ['宇治市', null],
      ],
    },
    {
      pref: '北海道',
      cities: [
        ['札幌市', '中央区'],
        ['函館市', null],
        ['小樽市', null],
      ],
    },
    {
      pref: '神奈川県',
      cities: [
        ['横浜市', '中区'],
        ['川崎市', '幸区'],
        ['鎌倉市', null],
      ],
    },
    {
      pref: '福岡県',
      cities: [
        ['福岡市', '博多区'],
        ['北九州市', '小倉北区'],
      ],
    },
    { pref: '愛知県', cities: [['名古屋市', '中村区']] },
    {
      pref: '沖縄県',
      cities: [
        ['那覇市', null],
        ['宜野湾市', null],
      ],
    },
  ];
  const TOWNS_JP = ['本町', '栄町', '桜木町', '中央', '旭町', '緑町', '神宮前', '西新宿', '梅田'];
  const wide = (s: string): string =>
    s.replace(/[0-9-]/g, (c) => (c === '-' ? '－' : String.fromCharCode(c.charCodeAt(0) + 0xfee0)));
  type Jp = { postcode: string | null; prefecture: string; city: string; ward: string | null; rest: string };
  const jp = (address: string, o: Jp): Pair => ({ input: { address }, output: o });
  const jpText = (r: R, o: Jp, wideDigits: boolean): string => {
    const pc = o.postcode === null ? '' : pick(r, [`〒${o.postcode} `, `〒${o.postcode}`, `${o.postcode} `]);
    const text = `${pc}${o.prefecture}${o.city}${o.ward ?? ''}${o.rest}`;
    return wideDigits ? wide(text) : text;
  };
  const mkJp = (
    postcode: string | null,
    prefecture: string,
    city: string,
    ward: string | null,
    rest: string,
  ): Jp => ({ postcode, prefecture, city, ward, rest });
  tasks.push(
    task(
      'address-jp-japanese-order',
      'addresses',
      'Japanese addresses written in Japanese (postcode first with or without 〒, then prefecture, city, ward in a designated city, then town and block numbers; digits sometimes full-width) to postcode (ASCII, NNN-NNNN, null when absent), prefecture (都/道/府/県 included), city, ward (null when none) and the rest as written after them (full-width digits made ASCII).',
      [
        jp('〒150-0001 東京都渋谷区神宮前1-2-3', mkJp('150-0001', '東京都', '渋谷区', null, '神宮前1-2-3')),
        jp('〒160-0023 東京都新宿区西新宿2-8-1', mkJp('160-0023', '東京都', '新宿区', null, '西新宿2-8-1')),
        jp('〒105-0011 東京都港区芝公園4-2-8', mkJp('105-0011', '東京都', '港区', null, '芝公園4-2-8')),
      ],
      (r) => {
        const p = pick(r, PREFS);
        const [city, ward] = pick(r, p.cities);
        const chome = int(r, 1, 9);
        const ban = int(r, 1, 30);
        const go = int(r, 1, 20);
        const town = pick(r, TOWNS_JP);
        const restAscii = pick(r, [
          `${town}${chome}-${ban}-${go}`,
          `${town}${chome}丁目${ban}番${go}号`,
          `${town}${chome}-${ban}`,
          `${town}${chome}丁目${ban}-${go}`,
        ]);
        const postcode = r() < 0.85 ? `${int(r, 100, 999)}-${pad(int(r, 0, 9999), 4)}` : null;
        const o = mkJp(postcode, p.pref, city, ward, restAscii);
        const wideDigits = r() < 0.25;
        return jp(jpText(r, o, wideDigits), o);
      },
      1102,
    ),
  );

  // ------------------------------------------------------------- France, bis/ter
  const VOIES = [
    'rue de la République',
    'avenue Jean Jaurès',
    'boulevard Voltaire',
    'rue des Lilas',
    'place du Marché',
    'chemin des Vignes',
    'allée des Tilleuls',
    'impasse du Moulin',
    'quai de la Fosse',
  ];
  const COMMUNES: [string, string][] = [
    ['Paris', '750'],
    ['Lyon', '690'],
    ['Marseille', '130'],
    ['Nantes', '440'],
    ['Toulouse', '310'],
    ['Lille', '590'],
    ['Rennes', '350'],
    ['Saint-Étienne', '420'],
  ];
  const SUFFIX: Record<string, string[]> = {
    bis: ['bis', 'bis', 'BIS', 'Bis', 'B', 'b'],
    ter: ['ter', 'ter', 'TER', 'Ter', 'T', 't'],
    quater: ['quater', 'QUATER', 'Q'],
  };
  type Fr = {
    numero: number | null;
    complement: string | null;
    voie: string;
    codePostal: string;
    commune: string;
  };
  const fr = (adresse: string, o: Fr): Pair => ({ input: { adresse }, output: o });
  tasks.push(
    task(
      'address-fr-bis-ter',
      'addresses',
      'French postal addresses from a mailing list (one line or several; house number with bis/ter/quater written in full, in capitals or as the letter B/T/Q, glued or spaced; some with no number; "CEDEX" sometimes after the city) to number, complement (bis, ter, quater or null), street, postcode and city (capitals as La Poste writes it, without CEDEX).',
      [
        fr('12 bis rue des Lilas\n44000 Nantes', {
          numero: 12,
          complement: 'bis',
          voie: 'rue des Lilas',
          codePostal: '44000',
          commune: 'NANTES',
        }),
        fr('3 bis avenue Jean Jaurès\n69007 Lyon', {
          numero: 3,
          complement: 'bis',
          voie: 'avenue Jean Jaurès',
          codePostal: '69007',
          commune: 'LYON',
        }),
        fr('27 bis boulevard Voltaire\n75011 Paris', {
          numero: 27,
          complement: 'bis',
          voie: 'boulevard Voltaire',
          codePostal: '75011',
          commune: 'PARIS',
        }),
      ],
      (r) => {
        const [commune, cp] = pick(r, COMMUNES);
        const codePostal = `${cp}${pad(int(r, 1, 20))}`;
        const voie = pick(r, VOIES);
        const hasNum = r() < 0.9;
        const numero = hasNum ? int(r, 1, 180) : null;
        const complement = hasNum ? pick(r, ['bis', 'ter', null, null, 'quater', 'bis']) : null;
        const written =
          numero === null
            ? ''
            : complement === null
              ? `${numero}${pick(r, [' ', ', '])}`
              : `${numero}${pick(r, ['', ' '])}${pick(r, SUFFIX[complement] ?? [])}${pick(r, [' ', ', '])}`;
        const city = pick(r, [commune, commune.toUpperCase()]) + (r() < 0.15 ? ' CEDEX' : '');
        const line = `${written}${voie}${pick(r, ['\n', ', ', ' '])}${codePostal} ${city}`;
        return fr(line, {
          numero,
          complement,
          voie,
          codePostal,
          commune: commune.toUpperCase(),
        });
      },
      1103,
    ),
  );

  // ------------------------------------------------------------- UK postcode parts
  const OUTWARD = [
    'SW1A',
    'EC1V',
    'W1D',
    'M1',
    'B33',
    'CR2',
    'DN55',
    'G2',
    'EH1',
    'BT7',
    'LS11',
    'NE1',
    'L1',
  ];
  const pc = (postcode: string, outward: string, inward: string): Pair => ({
    input: { postcode },
    output: { outward, inward, area: outward.replace(/\d.*$/, '') },
  });
  tasks.push(
    task(
      'uk-postcode-parts',
      'addresses',
      'UK postcodes typed any way (lower case, no space, two spaces, stray dots) to the outward code, inward code and postcode area (the leading letters).',
      [pc('SW1A 1AA', 'SW1A', '1AA'), pc('EC1V 9HX', 'EC1V', '9HX'), pc('W1D 3QU', 'W1D', '3QU')],
      (r) => {
        const outward = pick(r, OUTWARD);
        const inward = `${int(r, 0, 9)}${pick(r, ['A', 'B', 'D', 'E', 'F', 'G', 'H', 'J', 'L', 'N', 'P', 'Q', 'R', 'S', 'T', 'U', 'W', 'X', 'Y', 'Z'])}${pick(r, ['A', 'B', 'D', 'E', 'H', 'J', 'L', 'N', 'U', 'X'])}`;
        const sep = pick(r, [' ', ' ', '', '  ', '.']);
        const text = `${outward}${sep}${inward}`;
        return pc(spaced(r, r() < 0.3 ? text.toLowerCase() : text), outward, inward);
      },
      1104,
    ),
  );
}

// =============================================================== phones
{
  const COUNTRIES: { iso: string; cc: string; nsn: (r: R) => string }[] = [
    { iso: 'GB', cc: '44', nsn: (r) => `20${int(r, 3, 8)}${digits(r, 7)}` },
    { iso: 'DE', cc: '49', nsn: (r) => `30${digits(r, 8)}` },
    { iso: 'FR', cc: '33', nsn: (r) => `${int(r, 1, 7)}${digits(r, 8)}` },
    { iso: 'JP', cc: '81', nsn: (r) => `3${digits(r, 8)}` },
    { iso: 'IN', cc: '91', nsn: (r) => `98${digits(r, 8)}` },
    { iso: 'BR', cc: '55', nsn: (r) => `11${int(r, 9, 9)}${digits(r, 8)}` },
    { iso: 'MX', cc: '52', nsn: (r) => `55${digits(r, 8)}` },
    { iso: 'US', cc: '1', nsn: (r) => `${int(r, 2, 9)}${digits(r, 2)}${int(r, 2, 9)}${digits(r, 6)}` },
    { iso: 'IE', cc: '353', nsn: (r) => `1${digits(r, 7)}` },
    { iso: 'CH', cc: '41', nsn: (r) => `44${digits(r, 7)}` },
  ];
  const grouped = (r: R, n: string): string =>
    pick(r, [n, `${n.slice(0, 2)} ${n.slice(2, 6)} ${n.slice(6)}`, `${n.slice(0, 3)} ${n.slice(3)}`]);
  const ph = (dialed: string, cc: string, e164: string): Pair => ({
    input: { dialed },
    output: { countryCode: cc, e164 },
  });
  tasks.push(
    task(
      'phone-intl-prefix',
      'phones',
      'International numbers as people dial them: "+", "00" (Europe and most of the world) or "011" (the US and Canada international prefix), with spaces, dashes or dots; a few North American numbers dialled as 1 + ten digits: to the country code and E.164.',
      [
        ph('+44 20 7946 0321', '44', '+442079460321'),
        ph('0049 30 12345678', '49', '+493012345678'),
        ph('+33 1 42 68 53 00', '33', '+33142685300'),
        ph('00 81 3 1234 5678', '81', '+81312345678'),
      ],
      (r) => {
        const c = pick(r, COUNTRIES);
        const nsn = c.nsn(r);
        if (c.iso === 'US') {
          const text = pick(r, [
            `1-${nsn.slice(0, 3)}-${nsn.slice(3, 6)}-${nsn.slice(6)}`,
            `+1 ${nsn.slice(0, 3)} ${nsn.slice(3, 6)} ${nsn.slice(6)}`,
            `001 ${nsn}`,
          ]);
          return ph(spaced(r, text), '1', `+1${nsn}`);
        }
        const prefix = pick(r, ['+', '00', '00 ', '011 ', '011 ', '011-', '+']);
        const body = grouped(r, nsn);
        let text = `${prefix}${c.cc} ${body}`;
        if (r() < 0.2) text = text.replace(/ /g, pick(r, ['-', '.']));
        return ph(spaced(r, text), c.cc, `+${c.cc}${nsn}`);
      },
      1201,
    ),
  );

  // A US office phone system's call log: outside line 9, then 011 for abroad or 1 for long distance.
  const cl = (dialed: string, e164: string): Pair => ({ input: { ext: '214', dialed }, output: { e164 } });
  tasks.push(
    task(
      'phone-pbx-call-log',
      'phones',
      'Numbers from a US office phone system call log (digits only): an optional outside-line 9, then 011 + country code for abroad, 1 + ten digits for long distance, or ten digits for a local call (area code 212); to E.164.',
      [
        cl('9011442079460321', '+442079460321'),
        cl('9011493012345678', '+493012345678'),
        cl('901133142685300', '+33142685300'),
      ],
      (r) => {
        const c = pick(r, COUNTRIES);
        const nsn = c.nsn(r);
        const nine = r() < 0.7 ? '9' : '';
        if (c.iso === 'US') {
          const local = r() < 0.4;
          const n = local ? `212${nsn.slice(3)}` : nsn;
          return cl(`${nine}${local ? n : `1${n}`}`, `+1${n}`);
        }
        return cl(`${nine}011${c.cc}${nsn}`, `+${c.cc}${nsn}`);
      },
      1202,
    ),
  );
}

// =============================================================== closed sets to numbers
{
  const RISK: Record<number, string[]> = {
    0: ['none', 'None', 'no risk', 'negligible', 'Negligible', 'nil'],
    1: ['low', 'Low', 'LOW', 'L', 'lo', 'minor'],
    2: ['medium', 'Medium', 'MED', 'med', 'M', 'moderate', 'Moderate', 'mid'],
    3: ['high', 'High', 'HIGH', 'H', 'hi', 'major', 'elevated'],
    4: ['critical', 'Critical', 'CRIT', 'very high', 'Very High', 'severe', 'extreme'],
  };
  const rk = (id: string, risk: string, n: number): Pair => ({ input: { id, risk }, output: { score: n } });
  tasks.push(
    task(
      'risk-level-score',
      'enums',
      "Risk ratings from three teams' registers (none/negligible, low, medium/moderate, high/major, critical/very high/severe, abbreviated or in capitals) to a score 0 (none) to 4 (critical).",
      [rk('R-101', 'low', 1), rk('R-102', 'medium', 2), rk('R-103', 'high', 3)],
      (r) => {
        const n = pick(r, [0, 1, 1, 2, 2, 3, 3, 4]);
        return rk(ref(r, 'R'), spaced(r, pick(r, RISK[n] ?? [])), n);
      },
      1301,
    ),
  );

  const SIZES: Record<number, string[]> = {
    1: ['XS', 'xs', 'X-Small', 'Extra Small', 'XSmall'],
    2: ['S', 's', 'Small', 'SMALL', 'sm'],
    3: ['M', 'm', 'Medium', 'MEDIUM', 'med'],
    4: ['L', 'l', 'Large', 'LARGE', 'lg'],
    5: ['XL', 'xl', 'X-Large', 'Extra Large', '1XL'],
    6: ['XXL', '2XL', 'xxl', '2X', 'XX-Large'],
    7: ['XXXL', '3XL', '3xl', '3X', 'XXX-Large'],
  };
  const ts = (sku: string, size: string, n: number): Pair => ({ input: { sku, size }, output: { rank: n } });
  tasks.push(
    task(
      'tshirt-size-rank',
      'enums',
      'T-shirt sizes from several suppliers to a sort rank: XS 1, S 2, M 3, L 4, XL 5, XXL/2XL 6, XXXL/3XL 7.',
      [ts('TS-2001', 'S', 2), ts('TS-2002', 'M', 3), ts('TS-2003', 'L', 4)],
      (r) => {
        const n = int(r, 1, 7);
        return ts(ref(r, 'TS'), spaced(r, pick(r, SIZES[n] ?? [])), n);
      },
      1302,
    ),
  );

  // US convention (and spreadsheet WEEKDAY default): Sunday is 1, Saturday 7.
  const DAYS: string[][] = [
    ['Sunday', 'Sun', 'SUN', 'dimanche', 'Sonntag', 'domingo', 'Su'],
    ['Monday', 'Mon', 'MON', 'lundi', 'Montag', 'lunes', 'Mo'],
    ['Tuesday', 'Tue', 'Tues', 'mardi', 'Dienstag', 'martes', 'Tu'],
    ['Wednesday', 'Wed', 'WED', 'mercredi', 'Mittwoch', 'miércoles', 'We'],
    ['Thursday', 'Thu', 'Thurs', 'jeudi', 'Donnerstag', 'jueves', 'Th'],
    ['Friday', 'Fri', 'FRI', 'vendredi', 'Freitag', 'viernes', 'Fr'],
    ['Saturday', 'Sat', 'SAT', 'samedi', 'Samstag', 'sábado', 'Sa'],
  ];
  const wd = (shift: string, weekday: string, n: number): Pair => ({
    input: { shift, weekday },
    output: { weekdayNumber: n },
  });
  tasks.push(
    task(
      'weekday-sunday-first',
      'enums',
      'Weekday names from a rota shared by offices in the US, France, Germany and Spain (full, abbreviated, in the office language) to the US weekday number: Sunday 1, Monday 2, … Saturday 7.',
      [wd('S-11', 'Monday', 2), wd('S-12', 'Tuesday', 3), wd('S-13', 'Wed', 4), wd('S-14', 'Friday', 6)],
      (r) => {
        const i = int(r, 0, 6);
        return wd(ref(r, 'S'), spaced(r, pick(r, DAYS[i] ?? [])), i + 1);
      },
      1303,
    ),
  );

  const LIKERT: Record<string, string[]> = {
    1: ['Strongly disagree', 'strongly disagree', 'SD', 'Disagree strongly', '1 - Strongly disagree'],
    2: ['Disagree', 'disagree', 'D', 'Somewhat disagree', '2 - Disagree'],
    3: ['Neutral', 'neutral', 'N', 'Neither agree nor disagree', '3 - Neutral', 'Undecided'],
    4: ['Agree', 'agree', 'A', 'Somewhat agree', '4 - Agree'],
    5: ['Strongly agree', 'strongly agree', 'SA', 'Agree strongly', '5 - Strongly agree'],
    none: ['', 'N/A', 'n/a', 'Prefer not to say', '-'],
  };
  const lk = (respondent: string, answer: string, n: number | null): Pair => ({
    input: { respondent, answer },
    output: { score: n },
  });
  tasks.push(
    task(
      'likert-score',
      'enums',
      'Survey answers on a five-point agreement scale exported by two survey tools (words, initials, "3 - Neutral") to 1 (strongly disagree) … 5 (strongly agree); no answer, N/A or "Prefer not to say" is null.',
      [
        lk('resp-001', 'Agree', 4),
        lk('resp-002', 'Strongly agree', 5),
        lk('resp-003', 'Disagree', 2),
        lk('resp-004', 'Neutral', 3),
      ],
      (r) => {
        const k = pick(r, ['1', '2', '3', '4', '4', '5', '5', 'none']);
        return lk(
          `resp-${pad(int(r, 5, 99999), 5)}`,
          pick(r, LIKERT[k] ?? []),
          k === 'none' ? null : Number(k),
        );
      },
      1304,
    ),
  );

  const MONTHS: string[][] = [
    ['January', 'Jan', 'janvier', 'Januar', 'enero', 'JAN'],
    ['February', 'Feb', 'février', 'Februar', 'febrero', 'FEB'],
    ['March', 'Mar', 'mars', 'März', 'marzo', 'MAR'],
    ['April', 'Apr', 'avril', 'April', 'abril', 'APR'],
    ['May', 'May', 'mai', 'Mai', 'mayo', 'MAY'],
    ['June', 'Jun', 'juin', 'Juni', 'junio', 'JUN'],
    ['July', 'Jul', 'juillet', 'Juli', 'julio', 'JUL'],
    ['August', 'Aug', 'août', 'August', 'agosto', 'AUG'],
    ['September', 'Sep', 'septembre', 'Sept', 'septiembre', 'SEP'],
    ['October', 'Oct', 'octobre', 'Oktober', 'octubre', 'OCT'],
    ['November', 'Nov', 'novembre', 'November', 'noviembre', 'NOV'],
    ['December', 'Dec', 'décembre', 'Dezember', 'diciembre', 'DEC'],
  ];
  const mn = (invoice: string, month: string, n: number): Pair => ({
    input: { invoice, month },
    output: { month: n },
  });
  tasks.push(
    task(
      'month-name-number',
      'enums',
      'Billing months typed by staff in English, French, German or Spanish (full or abbreviated, any case) to the month number 1–12.',
      [mn('INV-301', 'March', 3), mn('INV-302', 'Oct', 10), mn('INV-303', 'July', 7)],
      (r) => {
        const i = int(r, 0, 11);
        let w = pick(r, MONTHS[i] ?? []);
        if (r() < 0.15) w = w.toLowerCase();
        return mn(ref(r, 'INV'), spaced(r, w), i + 1);
      },
      1305,
    ),
  );

  const GRADES: [string, number][] = [
    ['A+', 4],
    ['A', 4],
    ['A-', 3.7],
    ['B+', 3.3],
    ['B', 3],
    ['B-', 2.7],
    ['C+', 2.3],
    ['C', 2],
    ['C-', 1.7],
    ['D+', 1.3],
    ['D', 1],
    ['D-', 0.7],
    ['F', 0],
  ];
  const gr = (student: string, grade: string, points: number): Pair => ({
    input: { student, grade },
    output: { points },
  });
  tasks.push(
    task(
      'grade-points',
      'enums',
      'US letter grades from a gradebook (A+ … F, sometimes lower case, with a space or a Unicode minus before the sign) to grade points on the 4.0 scale (A+ and A 4.0, A− 3.7, B+ 3.3, …, D− 0.7, F 0).',
      [gr('s-1001', 'A', 4), gr('s-1002', 'B', 3), gr('s-1003', 'C', 2), gr('s-1004', 'A-', 3.7)],
      (r) => {
        const [g, pts] = pick(r, GRADES);
        let w = g;
        if (r() < 0.2) w = w.toLowerCase();
        if (w.length === 2 && r() < 0.3) w = `${w[0]} ${w[1]}`;
        if (w.endsWith('-') && r() < 0.3) w = w.slice(0, -1) + '−';
        return gr(`s-${int(r, 1005, 99999)}`, w, pts);
      },
      1306,
    ),
  );
}

// =============================================================== synonyms
{
  const TRUE_W = [
    'yes',
    'Yes',
    'Y',
    'y',
    'true',
    'TRUE',
    '✓',
    '✔',
    'x',
    'X',
    '1',
    'on',
    'oui',
    'ja',
    'sí',
    '☑',
  ];
  const FALSE_W = ['no', 'No', 'N', 'n', 'false', 'FALSE', '✗', '✘', '0', 'off', 'non', 'nein', '☐'];
  const EMPTY_W = ['', ' ', '?', 'unknown'];
  const bo = (contact: string, optIn: string, v: boolean | null): Pair => ({
    input: { contact, marketing_opt_in: optIn },
    output: { optIn: v },
  });
  tasks.push(
    task(
      'bool-consent-marks',
      'enums',
      'A marketing opt-in column filled by several forms and people (yes/y/true/1/on/✓/✔/x/☑/oui/ja/sí and no/n/false/0/off/✗/✘/☐/non/nein) to true or false; empty, "?" or "unknown" is null.',
      [
        bo('c-1001', 'Yes', true),
        bo('c-1002', 'No', false),
        bo('c-1003', 'yes', true),
        bo('c-1004', 'no', false),
      ],
      (r) => {
        const v = pick(r, [true, true, false, false, null]);
        const w = v === null ? pick(r, EMPTY_W) : pick(r, v ? TRUE_W : FALSE_W);
        return bo(ref(r, 'c'), w, v);
      },
      1401,
    ),
  );

  const STATUS: Record<string, string[]> = {
    open: ['open', 'Open', 'pending', 'Pending', 'new', 'processing', 'awaiting payment', 'on hold'],
    shipped: [
      'shipped',
      'Shipped',
      'dispatched',
      'Dispatched',
      'sent',
      'in transit',
      'out for delivery',
      'fulfilled',
    ],
    delivered: ['delivered', 'Delivered', 'DELIVERED', 'completed', 'received', 'signed for'],
    cancelled: [
      'cancelled',
      'canceled',
      'Cancelled',
      'CANCELED',
      'void',
      'voided',
      'Void',
      'annulled',
      'abandoned',
      'cxl',
    ],
    returned: ['returned', 'Returned', 'RMA', 'refunded', 'return received', 'sent back'],
  };
  const st = (order: string, status: string, v: string): Pair => ({
    input: { order, status },
    output: { state: v },
  });
  tasks.push(
    task(
      'order-status-synonyms',
      'enums',
      'Order statuses from three shop systems (cancelled/canceled/void/annulled, dispatched/in transit, completed/received, RMA/refunded, …) to open, shipped, delivered, cancelled or returned.',
      [
        st('SO-1001', 'open', 'open'),
        st('SO-1002', 'shipped', 'shipped'),
        st('SO-1003', 'cancelled', 'cancelled'),
        st('SO-1004', 'delivered', 'delivered'),
      ],
      (r) => {
        const v = pick(r, ['open', 'shipped', 'shipped', 'delivered', 'delivered', 'cancelled', 'returned']);
        return st(ref(r, 'SO'), spaced(r, pick(r, STATUS[v] ?? [])), v);
      },
      1402,
    ),
  );

  const PAY: Record<string, string[]> = {
    card: ['Visa', 'VISA', 'Mastercard', 'MC', 'AMEX', 'Amex', 'credit card', 'debit card', 'Maestro', 'CB'],
    paypal: ['PayPal', 'paypal', 'PAYPAL', 'PayPal Express', 'pp'],
    bank: ['bank transfer', 'Bank Transfer', 'wire', 'SEPA', 'BACS', 'ACH', 'Überweisung', 'virement'],
    cash: ['cash', 'Cash', 'COD', 'cash on delivery', 'Barzahlung', 'espèces'],
  };
  const pm = (payment: string, method: string, v: string): Pair => ({
    input: { payment, method },
    output: { method: v },
  });
  tasks.push(
    task(
      'payment-method',
      'enums',
      'Payment methods as four shops export them (card brands, PayPal variants, wire/SEPA/BACS/ACH, cash on delivery; some in German or French) to card, paypal, bank or cash.',
      [
        pm('P-1', 'Visa', 'card'),
        pm('P-2', 'PayPal', 'paypal'),
        pm('P-3', 'bank transfer', 'bank'),
        pm('P-4', 'cash', 'cash'),
      ],
      (r) => {
        const v = pick(r, ['card', 'card', 'card', 'paypal', 'bank', 'cash']);
        return pm(ref(r, 'P'), spaced(r, pick(r, PAY[v] ?? [])), v);
      },
      1403,
    ),
  );
}

// =============================================================== check digits
/** Luhn check digit for a payload. */
const luhnCheck = (payload: string): string => {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    let d = Number(payload[payload.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
};
/** Changes one digit (a typo) or swaps two neighbours (a transposition) so the check fails. */
const corrupt = (r: R, code: string, valid: (c: string) => boolean): string => {
  for (let tries = 0; tries < 50; tries++) {
    const chars = [...code];
    const at = int(r, 0, chars.length - 2);
    if (r() < 0.6) chars[at] = String((Number(chars[at]) + int(r, 1, 9)) % 10);
    else [chars[at], chars[at + 1]] = [chars[at + 1] ?? '', chars[at] ?? ''];
    const c = chars.join('');
    if (!valid(c)) return c;
  }
  throw new Error(`cannot corrupt ${code}`);
};
const luhnValid = (n: string): boolean => luhnCheck(n.slice(0, -1)) === n.slice(-1);
const isbn10Check = (nine: string): string => {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nine[i]) * (10 - i);
  const c = (11 - (sum % 11)) % 11;
  return c === 10 ? 'X' : String(c);
};
const ean13Check = (twelve: string): string => {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(twelve[i]) * (i % 2 === 0 ? 1 : 3);
  return String((10 - (sum % 10)) % 10);
};
const isbnValid = (code: string): boolean =>
  code.length === 10
    ? /^\d{9}[\dX]$/.test(code) && isbn10Check(code.slice(0, 9)) === code[9]
    : /^\d{13}$/.test(code) && ean13Check(code.slice(0, 12)) === code[12];
{
  const BRANDS: { prefix: () => string; len: number; groups: number[] }[] = [
    { prefix: () => '4', len: 16, groups: [4, 4, 4, 4] },
    { prefix: () => '5', len: 16, groups: [4, 4, 4, 4] },
    { prefix: () => '37', len: 15, groups: [4, 6, 5] },
    { prefix: () => '6011', len: 16, groups: [4, 4, 4, 4] },
  ];
  const spacedGroups = (n: string, gs: number[], sep: string): string => {
    const out: string[] = [];
    let at = 0;
    for (const g of gs) {
      out.push(n.slice(at, at + g));
      at += g;
    }
    return out.join(sep);
  };
  const cc = (card: string, last4: string, valid: boolean): Pair => ({
    input: { card },
    output: { last4, valid },
  });
  tasks.push(
    task(
      'card-luhn-valid',
      'identifiers',
      'Card numbers typed into a back-office form (Visa, Mastercard, Amex, Discover; spaces, dashes or none): the last four digits and whether the Luhn check digit is right (typos and swapped neighbours fail).',
      [
        cc('4539 1488 0343 6467', '6467', true),
        cc('4111 1111 1111 1111', '1111', true),
        cc('4111 1111 1111 1112', '1112', false),
        cc('5500 0000 0000 0004', '0004', true),
      ],
      (r) => {
        const b = pick(r, BRANDS);
        const head = b.prefix();
        const payload = head + digits(r, b.len - head.length - 1);
        let n = payload + luhnCheck(payload);
        const valid = r() < 0.65;
        if (!valid) n = corrupt(r, n, luhnValid);
        const written = pick(r, [spacedGroups(n, b.groups, ' '), spacedGroups(n, b.groups, '-'), n]);
        return cc(spaced(r, written), n.slice(-4), valid);
      },
      1501,
    ),
  );

  // Trap: the examples' invalid codes are invalid by length; the test has right-length codes whose check fails.
  const iv = (isbn: string, valid: boolean): Pair => ({ input: { isbn }, output: { valid } });
  tasks.push(
    task(
      'isbn-valid',
      'identifiers',
      'ISBNs from a second-hand book listing (ISBN-10 with X, ISBN-13, hyphens, spaces, an "ISBN" label, some mistyped): valid when it is 10 or 13 characters after removing separators and its check digit is right.',
      [
        iv('978-0-306-40615-7', true),
        iv('0-306-40615-2', true),
        iv('978-0-306-4061-7', false),
        iv('0-8044-2957-X', true),
        iv('0-306-406152-11', false),
      ],
      (r) => {
        const thirteen = r() < 0.55;
        let code: string;
        if (thirteen) {
          const p = `${pick(r, ['978', '979'])}${digits(r, 9)}`;
          code = p + ean13Check(p);
        } else {
          const p = digits(r, 9);
          code = p + isbn10Check(p);
        }
        const kind = pick(r, ['ok', 'ok', 'ok', 'typo', 'typo', 'length']);
        if (kind === 'typo') {
          const body = code.endsWith('X') ? code.slice(0, -1) + '0' : code;
          code = corrupt(r, body, isbnValid);
        } else if (kind === 'length')
          code = r() < 0.5 ? code.slice(0, -2) + code.slice(-1) : code + digits(r, 1);
        const valid = isbnValid(code);
        const hy =
          code.length === 13
            ? `${code.slice(0, 3)}-${code.slice(3, 4)}-${code.slice(4, 7)}-${code.slice(7, 12)}-${code.slice(12)}`
            : `${code.slice(0, 1)}-${code.slice(1, 4)}-${code.slice(4, 9)}-${code.slice(9)}`;
        let text = pick(r, [hy, hy, code, hy.replace(/-/g, ' ')]);
        if (r() < 0.2) text = `ISBN ${text}`;
        if (r() < 0.1) text = text.toLowerCase();
        return iv(text, valid);
      },
      1502,
    ),
  );

  // IBAN: country, two check digits, BBAN; valid when the rearranged number mod 97 is 1.
  const BBAN: Record<string, (r: R) => string> = {
    DE: (r) => digits(r, 18),
    GB: (r) => `${pick(r, ['NWBK', 'BARC', 'LOYD', 'HBUK'])}${digits(r, 14)}`,
    FR: (r) => `${digits(r, 10)}${digits(r, 11)}${digits(r, 2)}`,
    NL: (r) => `${pick(r, ['ABNA', 'INGB', 'RABO'])}${digits(r, 10)}`,
    ES: (r) => digits(r, 20),
    IT: (r) => `${pick(r, ['X', 'A', 'K'])}${digits(r, 10)}${digits(r, 12)}`,
  };
  const mod97 = (s: string): number => {
    let m = 0;
    for (const ch of s) {
      const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
      for (const d of v) m = (m * 10 + Number(d)) % 97;
    }
    return m;
  };
  const ibanValid = (iban: string): boolean => mod97(iban.slice(4) + iban.slice(0, 4)) === 1;
  const ibanOf = (country: string, bban: string): string => {
    const check = 98 - mod97(`${bban}${country}00`);
    return `${country}${pad(check)}${bban}`;
  };
  const ib = (iban: string, country: string, valid: boolean): Pair => ({
    input: { iban },
    output: { country, valid },
  });
  tasks.push(
    task(
      'iban-valid',
      'identifiers',
      'IBANs from supplier master data (grouped in fours or not, lower case, "IBAN" label, some mistyped): the country code and whether the mod-97 check is right.',
      [
        ib('DE89 3704 0044 0532 0130 00', 'DE', true),
        ib('GB29 NWBK 6016 1331 9268 19', 'GB', true),
        ib('DE89 3704 0044 0532 0131 00', 'DE', false),
      ],
      (r) => {
        const country = pick(r, Object.keys(BBAN));
        let iban = ibanOf(country, (BBAN[country] ?? (() => ''))(r));
        const valid = r() < 0.65;
        if (!valid) {
          const body = iban.slice(4);
          const digitAt = [...body].map((c, i) => (/\d/.test(c) ? i : -1)).filter((i) => i >= 0);
          for (;;) {
            const at = pick(r, digitAt);
            const bad = `${iban.slice(0, 4)}${body.slice(0, at)}${(Number(body[at]) + int(r, 1, 9)) % 10}${body.slice(at + 1)}`;
            if (!ibanValid(bad)) {
              iban = bad;
              break;
            }
          }
        }
        let text = pick(r, [
          iban.replace(/(.{4})/g, '$1 ').trim(),
          iban,
          iban.replace(/(.{4})/g, '$1 ').trim(),
        ]);
        if (r() < 0.2) text = text.toLowerCase();
        if (r() < 0.15) text = `IBAN: ${text}`;
        return ib(text, country, valid);
      },
      1503,
    ),
  );
}

// =============================================================== names
{
  const GIVEN = [
    'Mary',
    'Ann',
    'John',
    'Paul',
    'Anna',
    'Maria',
    'José',
    'Luis',
    'Karl',
    'Sofia',
    'Jean',
    'Pierre',
  ];
  const SURNAMES: [string, string][] = [
    ['', 'Smith'],
    ['', 'Okafor'],
    ['', 'Nakamura'],
    ['', 'Lindqvist'],
    ['van', 'Beethoven'],
    ['van', 'Dijk'],
    ['van der', 'Berg'],
    ['von der', 'Leyen'],
    ['von', 'Trapp'],
    ['de la', 'Cruz'],
    ['de', 'Gaulle'],
    ['da', 'Silva'],
    ['di', 'Maria'],
    ['du', 'Pont'],
    ['ter', 'Horst'],
    ['', "O'Neill"],
    ['', 'MacDonald'],
  ];
  const full = (given: string[], particle: string, surname: string): string =>
    [...given, particle, surname].filter((x) => x !== '').join(' ');
  const nm = (name: string, given: string, family: string): Pair => ({
    input: { name },
    output: { given, family },
  });
  const drawName = (r: R): { given: string[]; particle: string; surname: string } => {
    const n = pick(r, [1, 1, 2, 2, 3]);
    const given: string[] = [];
    while (given.length < n) {
      const g = pick(r, GIVEN);
      if (!given.includes(g)) given.push(g);
    }
    const [particle, surname] = pick(r, SURNAMES);
    return { given, particle, surname };
  };
  tasks.push(
    task(
      'name-given-family-particles',
      'names',
      'Full names from a guest list, with middle names and family-name particles (van, von der, de la, da, du, ter): given = every given and middle name, family = particles and surname; some written "Family, Given" or in capitals.',
      [
        nm('Mary Ann Smith', 'Mary Ann', 'Smith'),
        nm('John Okafor', 'John', 'Okafor'),
        nm('Anna Maria Nakamura', 'Anna Maria', 'Nakamura'),
      ],
      (r) => {
        const { given, particle, surname } = drawName(r);
        const family = [particle, surname].filter((x) => x !== '').join(' ');
        const form = int(r, 0, 9);
        const text =
          form < 7
            ? full(given, particle, surname)
            : form < 9
              ? `${family}, ${given.join(' ')}`
              : `${given.join(' ')} ${family.toUpperCase()}`;
        return nm(spaced(r, text), given.join(' '), family);
      },
      1601,
    ),
  );

  const ini = (name: string, short: string): Pair => ({ input: { name }, output: { short } });
  tasks.push(
    task(
      'name-initials-citation',
      'names',
      'Author names for a citation list: every given and middle name to its initial with a point ("Mary Ann Smith" → "M. A. Smith"), the family name kept whole with its particles in lower case ("Ludwig van Beethoven" → "L. van Beethoven").',
      [
        ini('Mary Ann Smith', 'M. A. Smith'),
        ini('Ludwig van Beethoven', 'L. van Beethoven'),
        ini('Jean Pierre de la Cruz', 'J. P. de la Cruz'),
      ],
      (r) => {
        const { given, particle, surname } = drawName(r);
        const short = [...given.map((g) => `${g[0]}.`), particle, surname].filter((x) => x !== '').join(' ');
        const text = full(given, particle, surname);
        return ini(spaced(r, r() < 0.12 ? text.replace(/ /g, '  ') : text), short);
      },
      1602,
    ),
  );
}

// =============================================================== money
{
  /** Groups thousands with sep; decimals d with mark. */
  const money = (x: number, d: number, group: string, mark: string): string => {
    const [i, f] = x.toFixed(d).split('.');
    const int3 = (i ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, group);
    return d === 0 ? int3 : `${int3}${mark}${f}`;
  };
  const AFTER: { sym: string; code: string; country: string }[] = [
    { sym: '€', code: 'EUR', country: 'FR' },
    { sym: '€', code: 'EUR', country: 'DE' },
    { sym: 'zł', code: 'PLN', country: 'PL' },
    { sym: 'Kč', code: 'CZK', country: 'CZ' },
    { sym: 'Ft', code: 'HUF', country: 'HU' },
    { sym: 'kr', code: 'SEK', country: 'SE' },
    { sym: 'kr', code: 'DKK', country: 'DK' },
    { sym: 'kr', code: 'NOK', country: 'NO' },
    { sym: 'lei', code: 'RON', country: 'RO' },
    { sym: '₴', code: 'UAH', country: 'UA' },
  ];
  const pa = (price: string, country: string, amount: number, currency: string): Pair => ({
    input: { price, country },
    output: { amount, currency },
  });
  tasks.push(
    task(
      'price-symbol-after',
      'prices',
      'Prices from European shops where the currency symbol follows the number (12,50 €, 1 299,00 zł, 450 Kč, 99,95 kr, 1.234,56 €; space, no-break space or none before the symbol; thousands by space, point or no-break space), with the shop country: amount and ISO currency (kr is SEK, DKK or NOK by country).',
      [
        pa('12,50 €', 'FR', 12.5, 'EUR'),
        pa('1 299,00 €', 'FR', 1299, 'EUR'),
        pa('7,99 €', 'DE', 7.99, 'EUR'),
        pa('45,00 €', 'DE', 45, 'EUR'),
      ],
      (r) => {
        const c = pick(r, AFTER);
        const big = r() < 0.4;
        const amount = round(
          big ? int(r, 1000, 99999) + int(r, 0, 99) / 100 : int(r, 1, 999) + int(r, 0, 99) / 100,
          2,
        );
        const whole = Number.isInteger(amount) && r() < 0.5;
        const group = pick(r, [' ', '.', '\u00a0', '\u202f', '']);
        const text = money(amount, whole ? 0 : 2, group, ',');
        const gap = pick(r, [' ', ' ', '\u00a0', '']);
        return pa(`${text}${gap}${c.sym}`, c.country, amount, c.code);
      },
      1701,
    ),
  );

  // Minor units: cents for most currencies, none for JPY/KRW, three decimals for KWD/BHD.
  const MINOR: { code: string; d: number; forms: ((a: string) => string)[] }[] = [
    { code: 'USD', d: 2, forms: [(a) => `$${a}`, (a) => `USD ${a}`, (a) => `US$${a}`] },
    { code: 'EUR', d: 2, forms: [(a) => `€${a}`, (a) => `EUR ${a}`] },
    { code: 'GBP', d: 2, forms: [(a) => `£${a}`, (a) => `GBP ${a}`] },
    { code: 'JPY', d: 0, forms: [(a) => `¥${a}`, (a) => `JPY ${a}`, (a) => `${a}円`] },
    { code: 'KRW', d: 0, forms: [(a) => `₩${a}`, (a) => `KRW ${a}`] },
    { code: 'KWD', d: 3, forms: [(a) => `KWD ${a}`, (a) => `KD ${a}`] },
    { code: 'BHD', d: 3, forms: [(a) => `BHD ${a}`, (a) => `BD ${a}`] },
  ];
  const mu = (price: string, currency: string, minor: number): Pair => ({
    input: { price },
    output: { currency, minorUnits: minor },
  });
  tasks.push(
    task(
      'price-minor-units',
      'prices',
      'Prices for a payment API, which wants integer minor units: cents for USD/EUR/GBP (×100), none for JPY and KRW (×1), fils for KWD and BHD (×1000); symbols or ISO codes, thousands separated by commas.',
      [
        mu('$12.50', 'USD', 1250),
        mu('€3.99', 'EUR', 399),
        mu('$1,200.00', 'USD', 120000),
        mu('£7.05', 'GBP', 705),
      ],
      (r) => {
        const c = pick(r, MINOR);
        const minor = c.d === 0 ? int(r, 1, 500) * 10 * pick(r, [1, 10, 100]) : int(r, 1, 2000000);
        const value = minor / 10 ** c.d;
        const [i, f] = value.toFixed(c.d).split('.');
        const a = `${(i ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, r() < 0.8 ? ',' : '')}${c.d ? `.${f}` : ''}`;
        return mu(pick(r, c.forms)(a), c.code, minor);
      },
      1702,
    ),
  );
}

// =============================================================== time ranges and durations
{
  /** Minutes of the day to how a person writes the time. */
  const writeTime = (r: R, m: number, style: '24' | '12' | 'bare'): string => {
    const h = Math.floor(m / 60);
    const mi = m % 60;
    if (style === '24')
      return pick(r, [
        `${pad(h)}:${pad(mi)}`,
        `${h}:${pad(mi)}`,
        mi === 0 ? `${pad(h)}h` : `${h}h${pad(mi)}`,
      ]);
    const h12 = h % 12 === 0 ? 12 : h % 12;
    if (style === 'bare') return mi === 0 ? String(h12) : `${h12}:${pad(mi)}`;
    const ap = h < 12 ? pick(r, ['am', 'AM', 'a.m.']) : pick(r, ['pm', 'PM', 'p.m.']);
    return `${mi === 0 ? String(h12) : `${h12}:${pad(mi)}`}${pick(r, ['', ' '])}${ap}`;
  };
  const drawShift = (r: R): { start: number; end: number; style: '24' | '12' | 'bare' } => {
    const style = pick(r, ['24', '24', '12', 'bare'] as const);
    if (style === '24' && r() < 0.25) {
      // a night shift over midnight
      const start = int(r, 20, 23) * 60 + pick(r, [0, 30]);
      return { start, end: int(r, 4, 8) * 60 + pick(r, [0, 30]), style };
    }
    // bare times ("9-5") only for day shifts from 7–11 am to 12–5 pm, where a person reads them one way
    const bare = style === 'bare';
    const start = int(r, bare ? 7 : 6, 11) * 60 + pick(r, [0, 0, 15, 30]);
    const end = int(r, 12, bare ? 17 : 22) * 60 + pick(r, [0, 0, 30, 45]);
    return { start, end, style };
  };
  const dash = (r: R): string => pick(r, ['-', '–', ' - ', ' – ', ' to ', '—']);
  const sh = (shift: string, minutes: number): Pair => ({ input: { shift }, output: { minutes } });
  tasks.push(
    task(
      'shift-range-minutes',
      'durations',
      'Shift times from a rota kept by several managers ("09:00-17:30", "9–5", "8am - 4:30pm", "22:00–06:00", "7h30 to 16h") to the shift length in minutes; a bare "9–5" is 9 am to 5 pm; an end before the start in 24-hour time is the next morning.',
      [sh('09:00-17:30', 510), sh('08:00-16:00', 480), sh('10:00-18:45', 525)],
      (r) => {
        const { start, end, style } = drawShift(r);
        const minutes = (end - start + 1440) % 1440;
        return sh(spaced(r, `${writeTime(r, start, style)}${dash(r)}${writeTime(r, end, style)}`), minutes);
      },
      1801,
    ),
  );

  const hhmm = (m: number): string => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
  const sp = (hours: string, start: string, end: string): Pair => ({
    input: { hours },
    output: { start, end },
  });
  tasks.push(
    task(
      'time-range-split',
      'dates',
      'Opening hours typed by shop owners ("9am-5:30pm", "09:00 – 17:00", "9–5", "22:00-06:00") to start and end in 24-hour HH:MM; a bare "9–5" is 9 am to 5 pm.',
      [
        sp('9am-5:30pm', '09:00', '17:30'),
        sp('10am-6pm', '10:00', '18:00'),
        sp('8:30am-4pm', '08:30', '16:00'),
      ],
      (r) => {
        const { start, end, style } = drawShift(r);
        return sp(
          spaced(r, `${writeTime(r, start, style)}${dash(r)}${writeTime(r, end, style)}`),
          hhmm(start),
          hhmm(end),
        );
      },
      1802,
    ),
  );

  const el = (line: string, ms: number): Pair => ({ input: { line }, output: { ms } });
  tasks.push(
    task(
      'elapsed-to-ms',
      'durations',
      'Request timings from three services\' logs ("took 350ms", "in 1.2s", "(0.045 s)", "elapsed=2m3.5s", "duration: 1500 µs", "1,250 ms") to milliseconds (rounded to a whole millisecond).',
      [
        el('GET /api/orders 200 took 350ms', 350),
        el('GET /api/users 200 took 87ms', 87),
        el('POST /api/cart 201 took 1204ms', 1204),
      ],
      (r) => {
        const unit = pick(r, ['ms', 'ms', 's', 's', 'm', 'us']);
        const path = pick(r, ['/api/orders', '/api/users', '/api/cart', '/health', '/api/search?q=tea']);
        const verb = pick(r, ['GET', 'POST', 'PUT']);
        const head = `${verb} ${path} ${pick(r, [200, 201, 204, 404, 500])}`;
        if (unit === 'ms') {
          const ms = int(r, 1, 9999);
          const w = ms >= 1000 && r() < 0.3 ? `${Math.floor(ms / 1000)},${pad(ms % 1000, 3)}` : String(ms);
          return el(
            `${head} ${pick(r, [`took ${w}ms`, `took ${w} ms`, `(${w} ms)`, `duration=${w}ms`])}`,
            ms,
          );
        }
        if (unit === 's') {
          const ms = int(r, 1, 60000);
          const s = String(ms / 1000);
          return el(`${head} ${pick(r, [`in ${s}s`, `(${s} s)`, `took ${s} sec`, `elapsed=${s}s`])}`, ms);
        }
        if (unit === 'm') {
          const ms = int(r, 60, 900) * 100;
          const m = Math.floor(ms / 60000);
          const s = (ms % 60000) / 1000;
          return el(`${head} elapsed=${m}m${s}s`, ms);
        }
        const us = int(r, 500, 999999);
        return el(`${head} duration: ${us} ${pick(r, ['µs', 'us', 'μs'])}`, Math.round(us / 1000));
      },
      1803,
    ),
  );
}

// =============================================================== file sizes
{
  const UNITS: { forms: string[]; mult: number }[] = [
    { forms: ['KiB', 'K'], mult: 1024 },
    { forms: ['MiB', 'M'], mult: 1024 ** 2 },
    { forms: ['GiB', 'G'], mult: 1024 ** 3 },
    { forms: ['TiB', 'T'], mult: 1024 ** 4 },
    { forms: ['kB', 'KB', 'Ko', 'ko'], mult: 1000 },
    { forms: ['MB', 'Mo', 'mb'], mult: 1000 ** 2 },
    { forms: ['GB', 'Go', 'gb'], mult: 1000 ** 3 },
    { forms: ['TB', 'To'], mult: 1000 ** 4 },
    { forms: ['B', 'bytes', 'octets'], mult: 1 },
  ];
  const fs = (size: string, bytes: number): Pair => ({ input: { size }, output: { bytes } });
  tasks.push(
    task(
      'file-size-si-iec',
      'units',
      'File sizes from ls -h, du, a NAS web page and a French cloud drive (512K, 4.0K, 1.5G, 700 MB, 2 GiB, 1,5 Go, 300 Ko, 12 bytes) to bytes (rounded): KiB/MiB/GiB and ls-style bare K/M/G/T are binary (1024), kB/MB/GB/TB and French Ko/Mo/Go/To decimal (1000).',
      [fs('4.0K', 4096), fs('512K', 524288), fs('1.5G', 1610612736), fs('2 MiB', 2097152)],
      (r) => {
        const u = pick(r, UNITS);
        const form = pick(r, u.forms);
        const french = /o$/.test(form) || form === 'octets';
        const bare = /^[KMGT]$/.test(form);
        const value = u.mult === 1 ? int(r, 0, 4096) : round(int(r, 1, 9999) / pick(r, [1, 10, 10, 100]), 2);
        const text =
          bare && Number.isInteger(value) && r() < 0.5 ? value.toFixed(1) : dec(value, french && r() < 0.8);
        return fs(
          spaced(r, `${text}${bare ? '' : pick(r, [' ', ' ', ''])}${form}`),
          Math.round(value * u.mult),
        );
      },
      1901,
    ),
  );
}

// =============================================================== semantic versions
interface Ver {
  major: number;
  minor: number;
  patch: number;
  pre: string | null;
}
const verText = (v: Ver): string => `${v.major}.${v.minor}.${v.patch}${v.pre ? `-${v.pre}` : ''}`;
/** npm semver's inc(): a prerelease bumps to its own release when the lower parts are already 0. */
const bump = (v: Ver, kind: 'major' | 'minor' | 'patch'): Ver => {
  if (kind === 'major')
    return v.pre && v.minor === 0 && v.patch === 0
      ? { ...v, pre: null }
      : { major: v.major + 1, minor: 0, patch: 0, pre: null };
  if (kind === 'minor')
    return v.pre && v.patch === 0 ? { ...v, pre: null } : { ...v, minor: v.minor + 1, patch: 0, pre: null };
  return v.pre ? { ...v, pre: null } : { ...v, patch: v.patch + 1, pre: null };
};
{
  const CHANGE: Record<'major' | 'minor' | 'patch', string[]> = {
    major: ['major', 'MAJOR', 'breaking', 'BREAKING CHANGE', 'feat!'],
    minor: ['minor', 'Minor', 'feat', 'feature', 'feat(api)'],
    patch: ['patch', 'Patch', 'fix', 'bugfix', 'fix(ui)', 'perf'],
  };
  const drawVer = (r: R): Ver => {
    const pre = r() < 0.2 ? pick(r, ['rc.1', 'beta.2', 'alpha', 'rc.3']) : null;
    const v = { major: int(r, 0, 12), minor: int(r, 0, 20), patch: int(r, 0, 30), pre };
    if (pre && r() < 0.5) {
      v.patch = 0;
      if (r() < 0.5) v.minor = 0;
    }
    return v;
  };
  const sb = (version: string, change: string, next: string): Pair => ({
    input: { version, change },
    output: { next },
  });
  tasks.push(
    task(
      'semver-bump',
      'identifiers',
      'Release tooling: a current version ("v1.4.2", "1.4", "2.0.0-rc.1") and a change kind (major/minor/patch or a conventional-commit type: feat, fix, feat!, BREAKING CHANGE) to the next version as npm semver inc() gives it (a prerelease is released, not bumped past, when the lower parts are 0; a missing patch is 0; no "v").',
      [
        sb('1.4.2', 'patch', '1.4.3'),
        sb('v2.0.9', 'patch', '2.0.10'),
        sb('0.3.1', 'patch', '0.3.2'),
        sb('1.9.0', 'minor', '1.10.0'),
      ],
      (r) => {
        const v = drawVer(r);
        const kind = pick(r, ['major', 'minor', 'patch', 'patch'] as const);
        let written = verText(v);
        if (!v.pre && v.patch === 0 && r() < 0.3) written = `${v.major}.${v.minor}`;
        if (r() < 0.35) written = `v${written}`;
        return sb(written, pick(r, CHANGE[kind]), verText(bump(v, kind)));
      },
      2001,
    ),
  );

  const vp = (tag: string, o: Ver & { build: string | null }): Pair => ({ input: { tag }, output: o });
  tasks.push(
    task(
      'semver-parts',
      'identifiers',
      'Git release tags ("v2.10.3", "release-1.0.0-beta.2", "3.1.4+build.77", "V0.9.0-rc.1+sha.5114f85") to major, minor, patch (numbers), prerelease and build metadata (null when absent).',
      [
        vp('v2.10.3', { major: 2, minor: 10, patch: 3, pre: null, build: null }),
        vp('v1.0.0', { major: 1, minor: 0, patch: 0, pre: null, build: null }),
        vp('v0.9.12', { major: 0, minor: 9, patch: 12, pre: null, build: null }),
      ],
      (r) => {
        const v = drawVer(r);
        const build =
          r() < 0.25
            ? pick(r, [
                `build.${int(r, 1, 999)}`,
                `sha.${digits(r, 7)}`,
                `${int(r, 2020, 2026)}${pad(int(r, 1, 12))}`,
              ])
            : null;
        const text = `${pick(r, ['v', 'v', '', 'V', 'release-', 'rel/v'])}${verText(v)}${build ? `+${build}` : ''}`;
        return vp(text, { ...v, build });
      },
      2002,
    ),
  );
}

// =============================================================== URLs and e-mail
{
  const HOSTS = [
    'example.com',
    'shop.example.co.uk',
    'api.example.org',
    'www.example.de',
    'blog.example.io',
    'localhost',
  ];
  const PATHS = [
    '/',
    '/products/42',
    '/search',
    '/a/b/c.html',
    '/docs/getting-started/',
    '/api/v2/items',
    '',
  ];
  const QS = [null, 'q=tea', 'page=2&sort=price', 'id=7&ref=mail', 'utm_source=news&x=1', ''];
  const ur = (
    url: string,
    o: { host: string; port: number | null; path: string; query: string | null },
  ): Pair => ({
    input: { url },
    output: o,
  });
  tasks.push(
    task(
      'url-parts',
      'identifiers',
      'URLs from a referrer report (some without a scheme, host in capitals, a port, user info, a fragment) to host (lower case, "www." kept), port (number or null when not written), path ("/" when empty) and query (without "?", null when absent or empty).',
      [
        ur('https://example.com/products/42?id=7', {
          host: 'example.com',
          port: null,
          path: '/products/42',
          query: 'id=7',
        }),
        ur('https://api.example.org/search?q=tea', {
          host: 'api.example.org',
          port: null,
          path: '/search',
          query: 'q=tea',
        }),
        ur('http://blog.example.io/a/b/c.html?page=2', {
          host: 'blog.example.io',
          port: null,
          path: '/a/b/c.html',
          query: 'page=2',
        }),
      ],
      (r) => {
        const host = pick(r, HOSTS);
        const port = host === 'localhost' || r() < 0.15 ? pick(r, [8080, 3000, 443, 8443]) : null;
        const path = pick(r, PATHS);
        const q = pick(r, QS);
        const scheme = pick(r, ['https://', 'https://', 'http://', '', '//']);
        const user = r() < 0.08 ? 'user:pw@' : '';
        const frag = r() < 0.15 ? `#${pick(r, ['top', 'reviews', 'section-2'])}` : '';
        const h = r() < 0.2 ? host.toUpperCase() : host;
        const url = `${scheme}${scheme === '' ? '' : user}${h}${port ? `:${port}` : ''}${path}${q === null ? '' : `?${q}`}${frag}`;
        return ur(url, {
          host,
          port,
          path: path === '' ? '/' : path,
          query: q === null || q === '' ? null : q,
        });
      },
      2101,
    ),
  );

  const SOURCES = ['newsletter', 'google', 'facebook', 'spring sale', 'partner-42', 'Twitter/X', 'e-mail'];
  const enc = (r: R, s: string): string =>
    pick(r, [encodeURIComponent(s), encodeURIComponent(s).replace(/%20/g, '+')]);
  const ut = (url: string, source: string | null, campaign: string | null): Pair => ({
    input: { landing_page: url },
    output: { source, campaign },
  });
  tasks.push(
    task(
      'url-utm-params',
      'identifiers',
      'Landing-page URLs from an analytics export: the decoded utm_source and utm_campaign values (percent-encoding and "+" decoded), null when the parameter is absent; parameters come in any order, among others.',
      [
        ut('https://shop.example/?utm_source=newsletter&utm_campaign=may', 'newsletter', 'may'),
        ut('https://shop.example/tea?utm_source=google&utm_campaign=brand', 'google', 'brand'),
        ut('https://shop.example/?utm_source=facebook&utm_campaign=retarget', 'facebook', 'retarget'),
      ],
      (r) => {
        const source = r() < 0.85 ? pick(r, SOURCES) : null;
        const campaign =
          r() < 0.8 ? pick(r, ['may', 'brand', 'retarget', 'black friday', 'q3/launch', 'déstockage']) : null;
        const params: string[] = [];
        if (source !== null) params.push(`utm_source=${enc(r, source)}`);
        if (campaign !== null) params.push(`utm_campaign=${enc(r, campaign)}`);
        if (r() < 0.5) params.push(`utm_medium=${pick(r, ['email', 'cpc', 'social'])}`);
        if (r() < 0.4) params.push(`gclid=${digits(r, 8)}`);
        if (r() < 0.5) params.reverse();
        const path = pick(r, ['/', '/tea', '/sale/', '/p/123']);
        const url = `https://shop.example${path}${params.length ? `?${params.join('&')}` : ''}${r() < 0.1 ? '#top' : ''}`;
        return ut(url, source, campaign);
      },
      2102,
    ),
  );

  const PEOPLE: [string, string][] = [
    ['Ada', 'Lovelace'],
    ['Grace', 'Hopper'],
    ['Alan', 'Turing'],
    ['Katherine', 'Johnson'],
    ['Edsger', 'Dijkstra'],
    ['Barbara', 'Liskov'],
    ['Ken', 'Thompson'],
    ['Frances', 'Allen'],
  ];
  const DOMAINS = ['x.org', 'example.com', 'mail.example.co.uk', 'uni.example.edu'];
  const em = (from: string, name: string | null, email: string): Pair => ({
    input: { from },
    output: { name, email },
  });
  tasks.push(
    task(
      'email-display-name',
      'emails',
      'From: headers of a mailbox export ("Ada Lovelace <ada@x.org>", "\\"Lovelace, Ada\\" <ADA@X.ORG>", "ada@x.org (Ada Lovelace)", "<ada@x.org>", a bare address) to the display name as the person wrote it (quotes removed; null when none) and the address in lower case.',
      [
        em('Ada Lovelace <ada@x.org>', 'Ada Lovelace', 'ada@x.org'),
        em('Grace Hopper <grace.hopper@example.com>', 'Grace Hopper', 'grace.hopper@example.com'),
        em('Alan Turing <alan@uni.example.edu>', 'Alan Turing', 'alan@uni.example.edu'),
      ],
      (r) => {
        const [g, f] = pick(r, PEOPLE);
        const local = pick(r, [
          g.toLowerCase(),
          `${g}.${f}`.toLowerCase(),
          `${g[0]}${f}`.toLowerCase(),
          `${f.toLowerCase()}${int(r, 1, 99)}`,
        ]);
        const email = `${local}@${pick(r, DOMAINS)}`;
        const written = r() < 0.2 ? email.toUpperCase() : email;
        const form = int(r, 0, 7);
        if (form <= 2) return em(`${g} ${f} <${written}>`, `${g} ${f}`, email);
        if (form === 3) return em(`"${f}, ${g}" <${written}>`, `${f}, ${g}`, email);
        if (form === 4) return em(`${written} (${g} ${f})`, `${g} ${f}`, email);
        if (form === 5) return em(`<${written}>`, null, email);
        if (form === 6) return em(written, null, email);
        return em(`"${g} ${f} (via Helpdesk)" <${written}>`, `${g} ${f} (via Helpdesk)`, email);
      },
      2103,
    ),
  );
}

// =============================================================== logs
{
  interface Moment extends Day {
    h: number;
    mi: number;
    s: number;
  }
  const moment = (r: R): Moment => ({
    ...day(r, 2024, 2024),
    h: int(r, 0, 23),
    mi: int(r, 0, 59),
    s: int(r, 0, 59),
  });
  const clock = (t: Moment): string => `${pad(t.h)}:${pad(t.mi)}:${pad(t.s)}`;
  const MSGS = [
    'connection refused',
    'upstream timed out',
    'user 4411 logged in',
    'disk almost full',
    'worker restarted',
    'cache warmed',
    'config reloaded',
  ];
  const LV = ['debug', 'info', 'warning', 'error'] as const;
  type Lv = (typeof LV)[number];
  const SYSLOG_SEV: Record<Lv, number[]> = { debug: [7], info: [6, 5], warning: [4], error: [3, 2] };
  const NGINX: Record<Lv, string[]> = {
    debug: ['debug'],
    info: ['info', 'notice'],
    warning: ['warn'],
    error: ['error', 'crit'],
  };
  const WIN: Record<Lv, string> = {
    debug: 'Verbose',
    info: 'Information',
    warning: 'Warning',
    error: 'Error',
  };
  type Fmt = (r: R, t: Moment, l: Lv, m: string) => string;
  const fSyslog: Fmt = (r, t, l, m) =>
    `<${8 + pick(r, SYSLOG_SEV[l])}>${MON[t.mo - 1]} ${String(t.d).padStart(2, ' ')} ${clock(t)} ${pick(r, ['web01', 'db-2'])} ${pick(r, ['app', 'cron', 'sshd'])}[${int(r, 100, 9999)}]: ${m}`;
  const fNginx: Fmt = (r, t, l, m) =>
    `${t.y}/${pad(t.mo)}/${pad(t.d)} ${clock(t)} [${pick(r, NGINX[l])}] ${int(r, 1, 999)}#0: *${int(r, 1, 99999)} ${m}`;
  const fWin: Fmt = (r, t, l, m) =>
    `${pad(t.d)}.${pad(t.mo)}.${t.y} ${clock(t)};${WIN[l]};${pick(r, ['Service Control Manager', 'Application', 'MyService'])};${m}`;
  const lg = (line: string, t: Moment, l: Lv, m: string): Pair => ({
    input: { line },
    output: { time: `${iso(t)}T${clock(t)}`, level: l, message: m },
  });
  const lx = (t: Moment, l: Lv, m: string, f: Fmt): Pair =>
    lg(
      f(() => 0.3, t, l, m),
      t,
      l,
      m,
    );
  tasks.push(
    task(
      'log-syslog-nginx-windows',
      'logs',
      'One collected file with syslog lines (with <PRI>, no year: all 2024; severity = PRI mod 8), nginx error-log lines and a Windows event export (dd.mm.yyyy; semicolons): to ISO local time, level (debug, info, warning, error: syslog 7 debug, 5–6 info, 4 warning, ≤3 error; nginx notice is info, crit is error) and message.',
      [
        lx({ y: 2024, mo: 3, d: 14, h: 9, mi: 1, s: 2 }, 'error', 'connection refused', fSyslog),
        lx({ y: 2024, mo: 3, d: 14, h: 9, mi: 3, s: 41 }, 'warning', 'upstream timed out', fNginx),
        lx({ y: 2024, mo: 3, d: 14, h: 9, mi: 4, s: 0 }, 'info', 'worker restarted', fWin),
      ],
      (r) => {
        const t = moment(r);
        const l = pick(r, LV);
        const m = pick(r, MSGS);
        return lg(pick(r, [fSyslog, fNginx, fWin])(r, t, l, m), t, l, m);
      },
      2201,
    ),
  );
}

// =============================================================== product codes with dates
{
  const SUPPLIERS = ['Alpenmilch', 'Brightbake', 'Costa Foods'] as const;
  type Sup = (typeof SUPPLIERS)[number];
  // Alpenmilch: YYMMDD inside the code; Brightbake: year + day of year (Julian YYDDD); Costa: DDMMYY.
  const code = (r: R, s: Sup, t: Day): string => {
    const yy = pad(t.y % 100);
    if (s === 'Alpenmilch') return `AM-${yy}${pad(t.mo)}${pad(t.d)}-${pad(int(r, 1, 99))}`;
    if (s === 'Brightbake') return `L${yy}${pad(dayOfYear(t), 3)}${pick(r, ['A', 'B', 'C'])}`;
    return `CF${pad(t.d)}${pad(t.mo)}${yy}/${int(r, 1, 9)}`;
  };
  const lot = (supplier: Sup, lotCode: string, produced: string): Pair => ({
    input: { supplier, lot: lotCode },
    output: { produced },
  });
  const fixed = (s: Sup, lotCode: string, t: Day): Pair => lot(s, lotCode, iso(t));
  tasks.push(
    task(
      'lot-code-date',
      'dates',
      'Lot codes from three food suppliers with the production date inside: Alpenmilch AM-YYMMDD-NN, Brightbake LYYDDD+shift letter (year and day of the year), Costa Foods CFDDMMYY/N; to the ISO production date.',
      [
        fixed('Alpenmilch', 'AM-240305-01', { y: 2024, mo: 3, d: 5 }),
        fixed('Alpenmilch', 'AM-231108-12', { y: 2023, mo: 11, d: 8 }),
        fixed('Brightbake', 'L24075A', { y: 2024, mo: 3, d: 15 }),
        fixed('Costa Foods', 'CF110224/3', { y: 2024, mo: 2, d: 11 }),
      ],
      (r) => {
        const s = pick(r, SUPPLIERS);
        const t = day(r, 2019, 2026);
        return lot(s, code(r, s, t), iso(t));
      },
      2301,
    ),
  );

  const ex = (label: string, expires: string): Pair => ({ input: { label }, output: { expires } });
  tasks.push(
    task(
      'expiry-label-date',
      'dates',
      'Expiry marks read off packaging ("EXP 03/2026", "BB 12.05.25", "Best before end: MAR 26", "USE BY 2026-01-31", "EXP 2025-11"): to an ISO date; a month with no day means its last day; two-digit years are 20YY; dotted dates are day first.',
      [ex('EXP 03/2026', '2026-03-31'), ex('EXP 11/2025', '2025-11-30'), ex('EXP 02/2028', '2028-02-29')],
      (r) => {
        const t = day(r, 2024, 2030);
        const last = daysIn(t.y, t.mo);
        const yy = pad(t.y % 100);
        const form = int(r, 0, 5);
        if (form === 0)
          return ex(`${pick(r, ['EXP', 'Exp', 'EXP:'])} ${pad(t.mo)}/${t.y}`, iso({ ...t, d: last }));
        if (form === 1)
          return ex(`${pick(r, ['BB', 'Best before', 'MHD'])} ${pad(t.d)}.${pad(t.mo)}.${yy}`, iso(t));
        if (form === 2)
          return ex(`Best before end: ${MON[t.mo - 1]?.toUpperCase()} ${yy}`, iso({ ...t, d: last }));
        if (form === 3) return ex(`${pick(r, ['USE BY', 'Use by'])} ${iso(t)}`, iso(t));
        if (form === 4) return ex(`EXP ${t.y}-${pad(t.mo)}`, iso({ ...t, d: last }));
        return ex(
          `${pick(r, ['BB', 'MHD', 'À consommer avant le'])} ${pad(t.d)}.${pad(t.mo)}.${t.y}`,
          iso(t),
        );
      },
      2302,
    ),
  );
}

// =============================================================== percentages and basis points
{
  const bp = (change: string, bps: number): Pair => ({ input: { change }, output: { bps } });
  tasks.push(
    task(
      'rate-change-bps',
      'units',
      'Central-bank and loan rate changes from analysts\' notes ("+25bp", "-50 bps", "0.25%", "+0.5 pp", "−12.5 b.p.", "a quarter point", "unchanged") to basis points (1% = 100 bp; a percentage point is 100 bp).',
      [bp('+25bp', 25), bp('-50 bps', -50), bp('+75 bp', 75), bp('+10bps', 10)],
      (r) => {
        const bps = pick(r, [-100, -75, -50, -25, -12.5, -10, 0, 5, 10, 15, 25, 25, 50, 75, 100, 125, 150]);
        const sign = bps > 0 ? pick(r, ['+', '+', '']) : bps < 0 ? pick(r, ['-', '−']) : '';
        const mag = Math.abs(bps);
        const form = int(r, 0, 5);
        let text: string;
        if (bps === 0 && r() < 0.5) text = pick(r, ['unchanged', 'no change', 'hold']);
        else if (form <= 1)
          text = `${sign}${mag}${pick(r, ['bp', ' bp', 'bps', ' bps', ' b.p.', ' basis points'])}`;
        else if (form <= 3) text = `${sign}${mag / 100}${pick(r, ['%', ' %'])}`;
        else if (form === 4) text = `${sign}${mag / 100} ${pick(r, ['pp', 'ppt', 'percentage points'])}`;
        else if (mag === 25) text = `${bps < 0 ? 'cut' : 'hike'} of a quarter point`;
        else text = `${sign}${mag}bp`;
        if (/quarter point/.test(text)) return bp(text, bps);
        return bp(spaced(r, text), bps);
      },
      2401,
    ),
  );

  const FR: Record<string, number> = { '¼': 0.25, '½': 0.5, '¾': 0.75, '⅛': 0.125 };
  const ir = (rate: string, v: number): Pair => ({ input: { rate }, output: { rate: v } });
  tasks.push(
    task(
      'interest-rate-decimal',
      'units',
      'Interest rates from bond and loan sheets ("5.25%", "5¼%", "5 1/4 %", "4,75 %", "0.0525", "525 bps", "5.25 p.a.") to a decimal fraction (5.25% → 0.0525); a bare number below 1 is already a fraction, a bare number 1 or more is a percentage.',
      [ir('5.25%', 0.0525), ir('4.5%', 0.045), ir('3.75%', 0.0375)],
      (r) => {
        const whole = int(r, 0, 12);
        const fracKey = pick(r, ['', '', '¼', '½', '¾', '⅛']);
        const pctv = whole + (FR[fracKey] ?? 0) + (fracKey === '' ? pick(r, [0, 0.1, 0.35, 0.6, 0.95]) : 0);
        const v = round(pctv / 100, 7);
        const plain = String(round(pctv, 4));
        const form = int(r, 0, 6);
        let text: string;
        if (pctv === 0) text = '0%';
        else if (fracKey && form <= 2) text = `${whole || ''}${fracKey}${pick(r, ['%', ' %'])}`;
        else if (fracKey && form === 3)
          text = `${whole} ${{ '¼': '1/4', '½': '1/2', '¾': '3/4', '⅛': '1/8' }[fracKey]} %`;
        else if (form === 4) text = `${dec(round(pctv, 4), true)} %`;
        else if (form === 5 && pctv >= 1) text = String(round(v, 7));
        else if (form === 6 && Number.isInteger(round(pctv * 100, 6))) text = `${round(pctv * 100, 6)} bps`;
        else text = `${plain}${pick(r, ['%', ' %', '% p.a.', ' p.a.'])}`;
        if (/p\.a\.$/.test(text) && !text.includes('%') && pctv < 1) text = `${plain}%`;
        return ir(spaced(r, text), v);
      },
      2402,
    ),
  );
}

{
  // Percent changes from a finance dashboard, in the ways spreadsheets and people show a sign.
  const pc = (change: string, fraction: number): Pair => ({ input: { change }, output: { fraction } });
  tasks.push(
    task(
      'percent-change-signed',
      'units',
      'Period-on-period changes copied from reports ("+12.5%", "-3%", "▲ 4.2%", "▼1.1 %", "(2.5%)" as accounting writes a fall, "up 7%", "down 0.4%", "−8,5 %", "0%") to a signed fraction (−2.5% → -0.025).',
      [pc('+12.5%', 0.125), pc('+3%', 0.03), pc('+0.8%', 0.008), pc('+41%', 0.41)],
      (r) => {
        const tenths = int(r, -400, 600);
        const p = tenths / 10;
        const mag = dec(Math.abs(p), r() < 0.15);
        const pct = pick(r, ['%', ' %']);
        const form = int(r, 0, 4);
        let text: string;
        if (p === 0) text = `0${pct}`;
        else if (form <= 1) text = `${p > 0 ? '+' : pick(r, ['-', '−'])}${mag}${pct}`;
        else if (form === 2) text = `${p > 0 ? '▲' : '▼'}${pick(r, ['', ' '])}${mag}${pct}`;
        else if (form === 3) text = p > 0 ? `up ${mag}${pct}` : `down ${mag}${pct}`;
        else text = p > 0 ? `${mag}${pct}` : `(${mag}${pct})`;
        return pc(spaced(r, text), round(p / 100, 6));
      },
      2403,
    ),
  );
}

// =============================================================== temperature
{
  const tf = (reading: string, f: number): Pair => ({ input: { reading }, output: { fahrenheit: f } });
  const toF = (c: number): number => round((c * 9) / 5 + 32, 1);
  tasks.push(
    task(
      'temperature-to-fahrenheit',
      'units',
      'Temperatures logged by European, US and lab equipment ("22°C", "22 ℃", "71.6 °F", "68℉", "295.15 K", "-40 deg C", "21,5 °C", "22 degrees Celsius") to Fahrenheit rounded to one decimal.',
      [tf('22°C', 71.6), tf('0°C', 32), tf('37 °C', 98.6), tf('-10°C', 14)],
      (r) => {
        const c = round(int(r, -400, 450) / 10, 1);
        const unit = pick(r, ['C', 'C', 'F', 'K']);
        if (unit === 'C') {
          const n = r() < 0.3 ? dec(c, true) : String(c);
          return tf(
            spaced(r, `${n}${pick(r, ['°C', ' °C', ' ℃', '℃', ' deg C', ' degrees Celsius', 'C'])}`),
            toF(c),
          );
        }
        if (unit === 'F') {
          const f = toF(c);
          return tf(spaced(r, `${f}${pick(r, ['°F', ' °F', '℉', ' F', ' deg F', ' Fahrenheit'])}`), f);
        }
        const k = round(c + 273.15, 2);
        return tf(spaced(r, `${k}${pick(r, [' K', 'K', ' kelvin'])}`), toF(round(k - 273.15, 2)));
      },
      2501,
    ),
  );
}

// =============================================================== coordinates
{
  const dms = (x: number): [number, number, number] => {
    const total = Math.round(Math.abs(x) * 3600);
    return [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  };
  /** A coordinate drawn as whole seconds, so DMS and decimal are the same point. */
  const drawPoint = (r: R): { lat: number; lon: number } => {
    const s = (max: number): number => ((r() < 0.5 ? -1 : 1) * int(r, 0, max * 3600)) / 3600;
    return { lat: s(80), lon: s(179) };
  };
  const dmsText = (r: R, x: number, pos: string, neg: string): string => {
    const [d, m, s] = dms(x);
    const h = x < 0 ? neg : pos;
    return pick(r, [
      `${d}°${m}′${s}″${h}`,
      `${d}° ${m}' ${s}" ${h}`,
      `${d}°${pad(m)}'${pad(s)}"${h}`,
      `${h} ${d} ${m} ${s}`,
      `${d}d ${m}m ${s}s ${h}`,
    ]);
  };
  const cd = (position: string, lat: number, lon: number): Pair => ({
    input: { position },
    output: { lat: round(lat, 5), lon: round(lon, 5) },
  });
  tasks.push(
    task(
      'coord-dms-to-decimal',
      'units',
      'Positions from a field survey (degrees-minutes-seconds with ° ′ ″ or d m s or plain spaces, hemisphere letter before or after; some already decimal) to decimal latitude and longitude rounded to 5 places (S and W negative).',
      [
        cd('40°26′46″N 79°58′56″W', 40 + 26 / 60 + 46 / 3600, -(79 + 58 / 60 + 56 / 3600)),
        cd('51°30′26″N 0°7′39″W', 51 + 30 / 60 + 26 / 3600, -(7 / 60 + 39 / 3600)),
        cd('48°51′24″N 2°21′8″W', 48 + 51 / 60 + 24 / 3600, -(2 + 21 / 60 + 8 / 3600)),
      ],
      (r) => {
        const { lat, lon } = drawPoint(r);
        if (r() < 0.15) return cd(`${round(lat, 5)}, ${round(lon, 5)}`, lat, lon);
        return cd(
          `${dmsText(r, lat, 'N', 'S')}${pick(r, [' ', ', ', '  '])}${dmsText(r, lon, 'E', 'W')}`,
          lat,
          lon,
        );
      },
      2601,
    ),
  );

  const dd = (lat: string, lon: string, position: string): Pair => ({
    input: { lat, lon },
    output: { position },
  });
  const canonical = (lat: number, lon: number): string => {
    const f = (x: number, pos: string, neg: string): string => {
      const [d, m, s] = dms(x);
      return `${d}°${pad(m)}′${pad(s)}″${x < 0 ? neg : pos}`;
    };
    return `${f(lat, 'N', 'S')} ${f(lon, 'E', 'W')}`;
  };
  tasks.push(
    task(
      'coord-decimal-to-dms',
      'units',
      'Decimal coordinates from a spreadsheet (point or comma decimal, 4–6 places, signs for S and W) to one DMS string: degrees, two-digit minutes and whole seconds (rounded), hemisphere letter after, e.g. 40°26′46″N 79°58′56″W.',
      [
        dd('40.446111', '79.982222', canonical(40.446111, 79.982222)),
        dd('51.507222', '0.1275', canonical(51.507222, 0.1275)),
        dd('48.856667', '2.352222', canonical(48.856667, 2.352222)),
      ],
      (r) => {
        const { lat, lon } = drawPoint(r);
        const places = pick(r, [4, 5, 6, 6]);
        // rounding to 4 places moves a point by up to 0.18″: label the point as written
        const la = round(lat, places);
        const lo = round(lon, places);
        const comma = r() < 0.2;
        return dd(dec(la, comma), dec(lo, comma), canonical(la, lo));
      },
      2602,
    ),
  );
}

/** Every task of the set, generated afresh (deterministic). */
export function everyday4Tasks(): BenchTask[] {
  return tasks;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(everyday4Dir, { recursive: true });
  for (const t of tasks)
    writeFileSync(join(everyday4Dir, `${t.name}.json`), JSON.stringify(t, null, 2) + '\n');
  console.log(`wrote ${tasks.length} tasks to ${everyday4Dir}`);
}
