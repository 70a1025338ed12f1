/**
 * Writes gate6 (bench/synth/tasks/gate6, every name starts with "g6-"): an adversarial batch for the
 * trust gate, written before any rule it measures and without reading the synthesizer's rules.
 *
 * Each task has the 3–4 examples a user would plausibly paste, narrow in the way real examples are
 * (every name "First Last", every range with both ends, every date of one century, every phone
 * American, every log line of the first format), so a cheap program fits them; the held records
 * carry what real data has: more parts, missing parts, other layouts, other units, other codes.
 * Kinds: records split into labelled parts (names with several given names, particles, suffixes,
 * comma order; US and German addresses; flight codes; endpoints; postcodes), ranges (one end
 * missing, thousands, currency on either side), fees and lookups depending on a category, short
 * dates (day/month order, century), durations in mixed units, phones in several national layouts,
 * e-mail headers with and without a display name, log lines of two (and a third) formats, amounts
 * with signs written four ways, versions, hours of business.
 *
 * Labels come from the true value a maker draws, never from parsing the text it writes. A record no
 * rule can settle from its own text, whatever examples are given (a "$" of an unknown country,
 * 03/04 in a file that mixes US and European order, "05" as a year of birth, "$5 off" as a rate, a
 * national number of no stated country) keeps its true label and is marked `review`: written, it
 * counts as wrong even when it equals the label. A record the examples merely do not cover (a
 * country no example priced, a size code no example had) is not marked: an answered question can
 * settle it, and written without one it is wrong unless the guess happens to be right.
 *
 * Deterministic (seeded): `node bench/synth/gate6-gen.ts && npx prettier --write
 * bench/synth/tasks/gate6` rewrites the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  int,
  pad,
  pick,
  round,
  spaced,
  taskBuilder,
  type R,
  pair as p,
  unsettled,
  group,
} from './gen-kit.ts';
import type { BenchTask } from './task.ts';

const here = dirname(fileURLToPath(import.meta.url));
/** Where the tasks are written. */
export const gate6Dir = join(here, 'tasks', 'gate6');
/** Held-back test records per task. */
export const TEST_RECORDS = 60;

const task = taskBuilder('g6-', TEST_RECORDS);
const tasks: BenchTask[] = [];

const GIVEN = ['Priya', 'Jonas', 'Carmen', 'Tariq', 'Ingrid', 'Mateo', 'Aiko', 'Femi', 'Lucia', 'Oskar'];
const GIVEN2 = ['Nadia', 'Rafael', 'Sunita', 'Henrik', 'Yara', 'Dmitri', 'Elif', 'Marta', 'Kwame'];
const FAMILY = ['Natarajan', 'Lindqvist', 'Ortiz', 'Haddad', 'Novak', 'Okafor', 'Brennan', 'Sato'];
const FAMILY2 = ['Moreau', 'Castillo', 'Fischer', 'Quinn', 'Adeyemi', 'Larsen', 'Kowalczyk', 'Byrne'];
const PARTICLE = ['van', 'van der', 'de', 'de la', 'von', 'da', 'di', 'bin'];
const SUFFIX = ['Jr.', 'Sr.', 'II', 'III', 'PhD'];

// =============================================================== names
{
  tasks.push(
    task(
      'contact-name-parts',
      'names',
      'Split the contact name into given name(s), family name and suffix (empty when there is none).',
      [
        p({ contact: 'Priya Natarajan' }, { given: 'Priya', family: 'Natarajan', suffix: '' }),
        p({ contact: 'Jonas Lindqvist' }, { given: 'Jonas', family: 'Lindqvist', suffix: '' }),
        p({ contact: 'Robert Hale Jr.' }, { given: 'Robert', family: 'Hale', suffix: 'Jr.' }),
        p({ contact: 'Carmen Ortiz' }, { given: 'Carmen', family: 'Ortiz', suffix: '' }),
      ],
      (r) => {
        const k = r();
        const g1 = pick(r, GIVEN);
        const g2 = pick(r, GIVEN2);
        const f = pick(r, [...FAMILY, ...FAMILY2]);
        const part = pick(r, PARTICLE);
        const sx = pick(r, SUFFIX);
        if (k < 0.35) return p({ contact: `${g1} ${f}` }, { given: g1, family: f, suffix: '' });
        if (k < 0.5)
          return p({ contact: `${g1} ${g2} ${f}` }, { given: `${g1} ${g2}`, family: f, suffix: '' });
        if (k < 0.65)
          return p({ contact: `${g1} ${part} ${f}` }, { given: g1, family: `${part} ${f}`, suffix: '' });
        if (k < 0.75) return p({ contact: `${g1} ${f} ${sx}` }, { given: g1, family: f, suffix: sx });
        if (k < 0.88) return p({ contact: `${f}, ${g1}` }, { given: g1, family: f, suffix: '' });
        return p(
          { contact: `${g1} ${g2} ${part} ${f} ${sx}` },
          { given: `${g1} ${g2}`, family: `${part} ${f}`, suffix: sx },
        );
      },
      6001,
    ),
  );

  /** Initials of given names: "Jean-Luc" → "J.-L.". */
  const initials = (given: string[]): string =>
    given
      .map((g) =>
        g
          .split('-')
          .map((x) => `${x[0]}.`)
          .join('-'),
      )
      .join(' ');
  tasks.push(
    task(
      'author-citation',
      'names',
      'Author names to the citation form "Family, I." used in our reference list.',
      [
        p({ author: 'Ingrid Larsen' }, { cited: 'Larsen, I.' }),
        p({ author: 'Tariq Haddad' }, { cited: 'Haddad, T.' }),
        p({ author: 'Aiko Sato' }, { cited: 'Sato, A.' }),
      ],
      (r) => {
        const k = r();
        const g1 = pick(r, [...GIVEN, 'Jean-Luc', 'Anna-Lena']);
        const g2 = pick(r, GIVEN2);
        const f = pick(r, [...FAMILY, ...FAMILY2]);
        if (k < 0.4) return p({ author: `${g1} ${f}` }, { cited: `${f}, ${initials([g1])}` });
        if (k < 0.6) return p({ author: `${g1} ${g2} ${f}` }, { cited: `${f}, ${initials([g1, g2])}` });
        if (k < 0.8) {
          const part = pick(r, PARTICLE);
          return p({ author: `${g1} ${part} ${f}` }, { cited: `${part} ${f}, ${initials([g1])}` });
        }
        const sx = pick(r, ['Jr.', 'Sr.', 'III']);
        return p({ author: `${g1} ${f} ${sx}` }, { cited: `${f}, ${initials([g1])}, ${sx}` });
      },
      6002,
    ),
  );
}

// =============================================================== addresses
{
  const ONE = ['Dayton', 'Tulsa', 'Boise', 'Fresno', 'Omaha', 'Reno', 'Tacoma', 'Akron'];
  const MANY = ['Fort Wayne', 'Salt Lake City', 'Baton Rouge', 'Cedar Rapids', 'Ann Arbor', 'Sioux Falls'];
  const HYPHEN = ['Winston-Salem', 'Wilkes-Barre', 'Coeur d’Alene'];
  const STATES = ['OH', 'OK', 'ID', 'CA', 'NE', 'NV', 'WA', 'IN', 'UT', 'LA', 'IA', 'MI', 'SD', 'NC', 'PA'];
  const NAMES = ['Maple', 'Birch', 'Harbor', 'Lake Shore', 'Martin Luther King', 'Cedar Hill', 'Oak', 'Pine'];
  const TYPES = ['Ave', 'St', 'Rd', 'Blvd', 'Dr', 'Ln'];
  tasks.push(
    task(
      'us-address-label',
      'addresses',
      'One-line US shipping addresses split into street, city, state and ZIP (empty when missing).',
      [
        p(
          { ship_to: '1420 Maple Ave, Dayton, OH 45402' },
          { street: '1420 Maple Ave', city: 'Dayton', state: 'OH', zip: '45402' },
        ),
        p(
          { ship_to: '77 Birch St, Tulsa, OK 74103' },
          { street: '77 Birch St', city: 'Tulsa', state: 'OK', zip: '74103' },
        ),
        p(
          { ship_to: '5 Harbor Rd, Tacoma, WA 98402' },
          { street: '5 Harbor Rd', city: 'Tacoma', state: 'WA', zip: '98402' },
        ),
      ],
      (r) => {
        const dir = r() < 0.2 ? `${pick(r, ['N', 'S', 'E', 'W'])} ` : '';
        let street = `${int(r, 1, 9999)} ${dir}${pick(r, NAMES)} ${pick(r, TYPES)}`;
        const unit = r();
        if (unit < 0.12) street += ` Apt ${int(r, 1, 40)}${pick(r, ['', 'B', 'C'])}`;
        else if (unit < 0.2) street += ` #${int(r, 100, 999)}`;
        else if (unit < 0.27) street += `, Suite ${int(r, 100, 999)}`;
        const kind = r();
        const city = kind < 0.45 ? pick(r, ONE) : kind < 0.85 ? pick(r, MANY) : pick(r, HYPHEN);
        const state = pick(r, STATES);
        const z = r();
        const zip =
          z < 0.7
            ? pad(int(r, 1001, 99950), 5)
            : z < 0.9
              ? `${pad(int(r, 1001, 99950), 5)}-${pad(int(r, 1, 9999), 4)}`
              : '';
        const layout = r();
        const tail = zip ? `${state} ${zip}` : state;
        const text = layout < 0.8 ? `${street}, ${city}, ${tail}` : `${street}, ${city} ${tail}`;
        return p({ ship_to: text }, { street, city, state, zip });
      },
      6101,
    ),
  );

  const STR = ['Lindenweg', 'Hauptstraße', 'Bahnhofstr.', 'Am Markt', 'Kirchgasse', 'Alte Dorfstraße'];
  const ODD = ['Platz der Republik', 'Straße des 17. Juni', 'An der Alster', 'Unter den Linden'];
  const TOWNS = ['Berlin', 'Köln', 'Leipzig', 'Mainz', 'Kiel', 'Dresden', 'Bremen'];
  const LONG = ['Frankfurt am Main', 'Halle (Saale)', 'Freiburg im Breisgau', 'Mülheim an der Ruhr'];
  tasks.push(
    task(
      'de-address-parts',
      'addresses',
      'German address lines split into street, house number, postcode and town.',
      [
        p(
          { line: 'Lindenweg 12, 10115 Berlin' },
          { street: 'Lindenweg', house_no: '12', postcode: '10115', town: 'Berlin' },
        ),
        p(
          { line: 'Hauptstraße 5, 50667 Köln' },
          { street: 'Hauptstraße', house_no: '5', postcode: '50667', town: 'Köln' },
        ),
        p(
          { line: 'Kirchgasse 31, 04109 Leipzig' },
          { street: 'Kirchgasse', house_no: '31', postcode: '04109', town: 'Leipzig' },
        ),
      ],
      (r) => {
        const street = r() < 0.65 ? pick(r, STR) : pick(r, ODD);
        const n = int(r, 1, 180);
        const h = r();
        const house = h < 0.65 ? String(n) : h < 0.85 ? `${n}${pick(r, ['a', 'b', 'c'])}` : `${n}-${n + 2}`;
        const plz = pad(int(r, 1067, 99998), 5);
        const town = r() < 0.6 ? pick(r, TOWNS) : pick(r, LONG);
        return p(
          { line: `${street} ${house}, ${plz} ${town}` },
          { street, house_no: house, postcode: plz, town },
        );
      },
      6102,
    ),
  );

  /** UK postcodes of every outward shape: A9, A99, AA9, AA99, A9A, AA9A. */
  const L = 'ABCDEFGHJKLMNOPRSTUWYZ';
  const letter = (r: R): string => L[int(r, 0, L.length - 1)] as string;
  tasks.push(
    task(
      'uk-postcode-outward',
      'addresses',
      'UK postcodes to their outward code (the part before the space), upper case.',
      [
        p({ postcode: 'SW1A 1AA' }, { outward: 'SW1A' }),
        p({ postcode: 'EC2M 7PY' }, { outward: 'EC2M' }),
        p({ postcode: 'NW10 5TH' }, { outward: 'NW10' }),
      ],
      (r) => {
        const shape = pick(r, ['A9', 'A99', 'AA9', 'AA99', 'A9A', 'AA9A', 'AA99', 'AA9A']);
        const outward = [...shape].map((c) => (c === 'A' ? letter(r) : String(int(r, 1, 9)))).join('');
        const inward = `${int(r, 0, 9)}${letter(r)}${letter(r)}`;
        const f = r();
        const text =
          f < 0.7
            ? `${outward} ${inward}`
            : f < 0.85
              ? `${outward}${inward}`
              : `${outward} ${inward}`.toLowerCase();
        return p({ postcode: text }, { outward });
      },
      6103,
    ),
  );
}

// =============================================================== ranges and money
{
  const price = (r: R): number => (r() < 0.3 ? int(r, 1, 99) + 0.99 : int(r, 1, r() < 0.3 ? 3000 : 200));
  const usd = (n: number): string => `$${Number.isInteger(n) ? group(n, ',') : n.toFixed(2)}`;
  tasks.push(
    task(
      'price-range-bounds',
      'ranges',
      'Price ranges from product listings to their low and high ends (null for an open end).',
      [
        p({ price: '$20–$35' }, { low: 20, high: 35 }),
        p({ price: '$5–$12' }, { low: 5, high: 12 }),
        p({ price: '$100–$150' }, { low: 100, high: 150 }),
      ],
      (r) => {
        const lo = price(r);
        const hi = round(lo + (Number.isInteger(lo) ? int(r, 1, 400) : int(r, 1, 30)), 2);
        const k = r();
        if (k < 0.3) return p({ price: `${usd(lo)}–${usd(hi)}` }, { low: lo, high: hi });
        if (k < 0.45) return p({ price: `${usd(lo)} - ${usd(hi)}` }, { low: lo, high: hi });
        if (k < 0.55) return p({ price: `${usd(lo)}-${String(hi)}` }, { low: lo, high: hi });
        if (k < 0.65) return p({ price: `${lo}–${hi} USD` }, { low: lo, high: hi });
        if (k < 0.75) return p({ price: `from ${usd(lo)}` }, { low: lo, high: null });
        if (k < 0.85) return p({ price: `up to ${usd(hi)}` }, { low: null, high: hi });
        if (k < 0.93) return p({ price: `${usd(lo)}+` }, { low: lo, high: null });
        return p({ price: usd(lo) }, { low: lo, high: lo });
      },
      6201,
    ),
  );

  tasks.push(
    task(
      'rent-range-currency',
      'ranges',
      'Asking rents from flat listings to currency code, low and high (null when open-ended).',
      [
        p({ asking: 'EUR 800 - 950' }, { currency: 'EUR', low: 800, high: 950 }),
        p({ asking: 'EUR 650 - 720' }, { currency: 'EUR', low: 650, high: 720 }),
        p({ asking: 'EUR 1200 - 1350' }, { currency: 'EUR', low: 1200, high: 1350 }),
      ],
      (r) => {
        const lo = int(r, 4, 60) * 50;
        const hi = lo + int(r, 1, 12) * 50;
        const k = r();
        if (k < 0.35) return p({ asking: `EUR ${lo} - ${hi}` }, { currency: 'EUR', low: lo, high: hi });
        if (k < 0.45) return p({ asking: `${lo}–${hi} €` }, { currency: 'EUR', low: lo, high: hi });
        if (k < 0.55)
          return p(
            { asking: `EUR ${group(lo, '.')} - ${group(hi, '.')}` },
            { currency: 'EUR', low: lo, high: hi },
          );
        if (k < 0.7)
          return p(
            { asking: `£${group(lo, ',')}–£${group(hi, ',')}` },
            { currency: 'GBP', low: lo, high: hi },
          );
        if (k < 0.8)
          return p(
            { asking: `CHF ${group(lo, "'")} - ${group(hi, "'")}` },
            { currency: 'CHF', low: lo, high: hi },
          );
        if (k < 0.9) return p({ asking: `EUR ${lo}+` }, { currency: 'EUR', low: lo, high: null });
        return p({ asking: `SEK ${lo * 10} - ${hi * 10}` }, { currency: 'SEK', low: lo * 10, high: hi * 10 });
      },
      6202,
    ),
  );

  tasks.push(
    task(
      'price-currency-split',
      'money',
      'Prices from a marketplace feed to ISO currency and amount.',
      [
        p({ price: 'USD 12.50' }, { currency: 'USD', amount: 12.5 }),
        p({ price: 'USD 3.99' }, { currency: 'USD', amount: 3.99 }),
        p({ price: 'USD 120.00' }, { currency: 'USD', amount: 120 }),
      ],
      (r) => {
        const cents = r() < 0.2 ? int(r, 100000, 900000) : int(r, 50, 99999);
        const a = cents / 100;
        const plain = (cents / 100).toFixed(2);
        const k = r();
        if (k < 0.3) return p({ price: `USD ${plain}` }, { currency: 'USD', amount: a });
        if (k < 0.45) {
          const code = pick(r, ['EUR', 'GBP', 'CHF', 'JPY']);
          const text = code === 'JPY' ? String(Math.round(a)) : plain;
          return p(
            { price: `${code} ${text}` },
            { currency: code, amount: code === 'JPY' ? Math.round(a) : a },
          );
        }
        if (k < 0.55)
          return p(
            { price: `USD ${group(Math.floor(a), ',')}.${pad(cents % 100)}` },
            { currency: 'USD', amount: a },
          );
        if (k < 0.7) return p({ price: `${plain.replace('.', ',')} €` }, { currency: 'EUR', amount: a });
        if (k < 0.85) return p({ price: `£${plain}` }, { currency: 'GBP', amount: a });
        return unsettled({ price: `$${plain}` }, { currency: 'USD', amount: a });
      },
      6203,
    ),
  );

  tasks.push(
    task(
      'order-total-cents',
      'money',
      'Order totals as shown at checkout to integer cents.',
      [
        p({ total: '$12.50' }, { cents: 1250 }),
        p({ total: '$8.99' }, { cents: 899 }),
        p({ total: '$120.00' }, { cents: 12000 }),
      ],
      (r) => {
        const c = r() < 0.3 ? int(r, 100000, 5000000) : int(r, 1, 99999);
        const k = r();
        const whole = Math.floor(c / 100);
        if (k < 0.4) return p({ total: spaced(r, `$${group(whole, ',')}.${pad(c % 100)}`) }, { cents: c });
        if (k < 0.6) return p({ total: `$${whole}` }, { cents: whole * 100 });
        if (k < 0.75) {
          const tenths = Math.floor((c % 100) / 10);
          return p({ total: `$${whole}.${tenths}` }, { cents: whole * 100 + tenths * 10 });
        }
        return p({ total: `USD ${group(whole, ',')}.${pad(c % 100)}` }, { cents: c });
      },
      6204,
    ),
  );

  tasks.push(
    task(
      'ledger-signed-amount',
      'money',
      'Ledger amounts to a signed number: debits negative, credits positive.',
      [
        p({ amt: '120.00 DR' }, { value: -120 }),
        p({ amt: '45.10 CR' }, { value: 45.1 }),
        p({ amt: '9.99 DR' }, { value: -9.99 }),
      ],
      (r) => {
        const c = r() < 0.3 ? int(r, 100000, 2000000) : int(r, 1, 99999);
        const a = c / 100;
        const txt = `${group(Math.floor(c / 100), ',')}.${pad(c % 100)}`;
        const k = r();
        if (k < 0.3) return p({ amt: `${txt} DR` }, { value: -a });
        if (k < 0.5) return p({ amt: `${txt} CR` }, { value: a });
        if (k < 0.65) return p({ amt: `(${txt})` }, { value: -a });
        if (k < 0.8) return p({ amt: `-${txt}` }, { value: -a });
        if (k < 0.9) return p({ amt: txt }, { value: a });
        return p({ amt: `${txt} dr` }, { value: -a });
      },
      6205,
    ),
  );

  tasks.push(
    task(
      'discount-rate',
      'money',
      'Promotion texts to the discount rate as a fraction.',
      [
        p({ promo: '20% off' }, { rate: 0.2 }),
        p({ promo: '15% off' }, { rate: 0.15 }),
        p({ promo: '50% off' }, { rate: 0.5 }),
      ],
      (r) => {
        const pct = r() < 0.2 ? int(r, 1, 79) + 0.5 : int(r, 1, 80);
        const rate = round(pct / 100, 4);
        const k = r();
        if (k < 0.35) return p({ promo: `${pct}% off` }, { rate });
        if (k < 0.5) return p({ promo: `save ${pct}%` }, { rate });
        if (k < 0.6) return p({ promo: `${pct} % off` }, { rate });
        if (k < 0.7) return p({ promo: `-${pct}%` }, { rate });
        if (k < 0.8) return p({ promo: `Up to ${pct}% off` }, { rate });
        if (k < 0.9) return unsettled({ promo: `$${int(r, 2, 40)} off` }, { rate: null });
        return unsettled({ promo: pick(r, ['Buy one get one free', '2 for 1', '3 for 2']) }, { rate: null });
      },
      6206,
    ),
  );
}

// =============================================================== fees and lookups by category
{
  const ZONE: Record<string, string> = {
    DE: 'domestic',
    FR: 'eu',
    NL: 'eu',
    AT: 'eu',
    IT: 'eu',
    PL: 'eu',
    US: 'world',
    JP: 'world',
    CA: 'world',
    CH: 'world',
  };
  const FEE: Record<string, [number, number]> = { domestic: [4.9, 7.9], eu: [8.5, 15], world: [14, 29] };
  tasks.push(
    task(
      'parcel-zone-fee',
      'lookups',
      'Parcels to shipping zone and fee (fee depends on the zone and on whether the parcel is over 2 kg).',
      [
        p({ dest: 'DE', kg: 1.5 }, { zone: 'domestic', fee: 4.9 }),
        p({ dest: 'FR', kg: 0.8 }, { zone: 'eu', fee: 8.5 }),
        p({ dest: 'US', kg: 4 }, { zone: 'world', fee: 29 }),
        p({ dest: 'DE', kg: 6 }, { zone: 'domestic', fee: 7.9 }),
      ],
      (r) => {
        const dest = r() < 0.5 ? pick(r, ['DE', 'FR', 'US']) : pick(r, Object.keys(ZONE));
        const kg = round(r() < 0.5 ? int(r, 1, 20) / 10 + 0.1 : int(r, 21, 300) / 10, 1);
        const zone = ZONE[dest] as string;
        const band = kg <= 2 ? 'small' : 'large';
        const fee = (FEE[zone] as [number, number])[band === 'small' ? 0 : 1];
        return p({ dest, kg }, { zone, fee });
      },
      6301,
    ),
  );

  const PER_SEAT: Record<string, number> = { starter: 8, team: 12, business: 18, enterprise: 25 };
  tasks.push(
    task(
      'seat-plan-monthly',
      'lookups',
      'Subscriptions to their monthly charge: a price per seat that depends on the plan.',
      [
        p({ plan: 'team', seats: 4 }, { monthly: 48 }),
        p({ plan: 'starter', seats: 5 }, { monthly: 40 }),
        p({ plan: 'enterprise', seats: 10 }, { monthly: 250 }),
      ],
      (r) => {
        const plan = pick(r, ['team', 'starter', 'enterprise', 'team', 'starter', 'business']);
        const seats = r() < 0.5 ? int(r, 1, 12) : int(r, 13, 400);
        const out = { monthly: seats * (PER_SEAT[plan] as number) };
        return p({ plan, seats }, out);
      },
      6302,
    ),
  );

  const SIZE: Record<string, string> = {
    S: 'Small',
    M: 'Medium',
    L: 'Large',
    XS: 'Extra Small',
    XL: 'Extra Large',
    XXL: 'Extra Extra Large',
  };
  tasks.push(
    task(
      'sku-size-label',
      'lookups',
      'Size label of a product from its SKU.',
      [
        p({ sku: 'TSH-M-BLU' }, { size: 'Medium' }),
        p({ sku: 'HOD-S-RED' }, { size: 'Small' }),
        p({ sku: 'TSH-L-GRN' }, { size: 'Large' }),
      ],
      (r) => {
        const code = pick(r, ['S', 'M', 'L', 'S', 'M', 'L', 'XS', 'XL', 'XXL']);
        const sku = `${pick(r, ['TSH', 'HOD', 'CAP', 'JKT', 'SCK'])}-${code}-${pick(r, ['BLU', 'RED', 'GRN', 'BLK', 'WHT'])}`;
        const out = { size: SIZE[code] as string };
        return p({ sku }, out);
      },
      6303,
    ),
  );

  const band = (age: number): string =>
    age < 18
      ? 'under 18'
      : age < 25
        ? '18-24'
        : age < 35
          ? '25-34'
          : age < 45
            ? '35-44'
            : age < 55
              ? '45-54'
              : age < 65
                ? '55-64'
                : '65+';
  tasks.push(
    task(
      'age-band',
      'lookups',
      'Survey respondents to the age band used in our reports.',
      [
        p({ age: 34 }, { band: '25-34' }),
        p({ age: 19 }, { band: '18-24' }),
        p({ age: 52 }, { band: '45-54' }),
      ],
      (r) => {
        const age = int(r, 12, 90);
        return p({ age }, { band: band(age) });
      },
      6304,
    ),
  );

  tasks.push(
    task(
      'invoice-due-date',
      'dates',
      'Invoices to their due date from the issue date and the payment terms.',
      [
        p({ issued: '2024-03-10', terms: 'Net 30' }, { due: '2024-04-09' }),
        p({ issued: '2024-01-25', terms: 'Net 30' }, { due: '2024-02-24' }),
        p({ issued: '2023-11-02', terms: 'Net 30' }, { due: '2023-12-02' }),
      ],
      (r) => {
        const t0 = Date.UTC(int(r, 2022, 2025), int(r, 0, 11), int(r, 1, 28));
        const days = pick(r, [30, 30, 15, 45, 60, 0]);
        const terms = days === 0 ? 'Due on receipt' : `Net ${days}`;
        const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
        return p({ issued: iso(t0), terms }, { due: iso(t0 + days * 86400000) });
      },
      6305,
    ),
  );
}

// =============================================================== dates and times
{
  const daysIn = (y: number, mo: number): number => new Date(Date.UTC(y, mo, 0)).getUTCDate();
  tasks.push(
    task(
      'birth-date-short',
      'dates',
      'Dates of birth from a UK membership form (day/month/year) to ISO dates.',
      [
        p({ dob: '25/12/91' }, { date: '1991-12-25' }),
        p({ dob: '14/07/88' }, { date: '1988-07-14' }),
        p({ dob: '30/01/79' }, { date: '1979-01-30' }),
      ],
      (r) => {
        const y = int(r, 1938, 2014);
        const mo = int(r, 1, 12);
        const d = int(r, 1, daysIn(y, mo));
        const out = { date: `${y}-${pad(mo)}-${pad(d)}` };
        const k = r();
        if (k < 0.2) return p({ dob: `${pad(d)}/${pad(mo)}/${y}` }, out);
        if (k < 0.3) return p({ dob: `${d}/${mo}/${y}` }, out);
        const yy = pad(y % 100);
        const text = k < 0.85 ? `${pad(d)}/${pad(mo)}/${yy}` : `${d}/${mo}/${yy}`;
        // A two-digit year under 30 could be either century for a date of birth.
        return y % 100 < 30 ? unsettled({ dob: text }, out) : p({ dob: text }, out);
      },
      6401,
    ),
  );

  tasks.push(
    task(
      'mixed-order-date',
      'dates',
      'Booking dates from a feed that merges US (month/day) and European (day/month) partners, to ISO.',
      [
        p({ when: '12/25/2023' }, { date: '2023-12-25' }),
        p({ when: '31/01/2024' }, { date: '2024-01-31' }),
        p({ when: '07/30/2022' }, { date: '2022-07-30' }),
        p({ when: '15/06/2023' }, { date: '2023-06-15' }),
      ],
      (r) => {
        const y = int(r, 2021, 2026);
        const mo = int(r, 1, 12);
        const d = int(r, 1, daysIn(y, mo));
        const us = r() < 0.5;
        const when = us ? `${pad(mo)}/${pad(d)}/${y}` : `${pad(d)}/${pad(mo)}/${y}`;
        const out = { date: `${y}-${pad(mo)}-${pad(d)}` };
        return d <= 12 && d !== mo ? unsettled({ when }, out) : p({ when }, out);
      },
      6402,
    ),
  );

  const hhmm = (h: number, m: number): string => `${pad(h)}:${pad(m)}`;
  const ampm = (h: number, m: number, style: number): string => {
    const h12 = h % 12 === 0 ? 12 : h % 12;
    const suffix = h < 12 ? 'am' : 'pm';
    const mm = m === 0 && style < 0.6 ? '' : `:${pad(m)}`;
    return style < 0.8 ? `${h12}${mm}${suffix}` : `${h12}${mm} ${suffix.toUpperCase()}`;
  };
  tasks.push(
    task(
      'store-hours-24h',
      'times',
      'Opening hours written for customers to opening and closing time on a 24-hour clock.',
      [
        p({ hours: '9am-5pm' }, { open: '09:00', close: '17:00' }),
        p({ hours: '8am-6pm' }, { open: '08:00', close: '18:00' }),
        p({ hours: '10am-4pm' }, { open: '10:00', close: '16:00' }),
      ],
      (r) => {
        const oh = int(r, 5, 14);
        const om = pick(r, [0, 0, 0, 30, 15]);
        const ch = Math.min(23, oh + int(r, 2, 10));
        const cm = pick(r, [0, 0, 0, 30, 45]);
        const style = r();
        const dash = pick(r, ['-', '-', ' - ', '–']);
        return p(
          { hours: `${ampm(oh, om, style)}${dash}${ampm(ch, cm, style)}` },
          { open: hhmm(oh, om), close: hhmm(ch, cm) },
        );
      },
      6403,
    ),
  );

  tasks.push(
    task(
      'trip-duration-minutes',
      'durations',
      'Trip durations logged by drivers to whole minutes.',
      [
        p({ took: '1h 20m' }, { minutes: 80 }),
        p({ took: '2h 05m' }, { minutes: 125 }),
        p({ took: '3h 45m' }, { minutes: 225 }),
      ],
      (r) => {
        const h = int(r, 0, 9);
        const m = int(r, 0, 59);
        const total = h * 60 + m;
        const k = r();
        if (k < 0.25 && h > 0) return p({ took: `${h}h ${pad(m)}m` }, { minutes: total });
        if (k < 0.35) return p({ took: `${total}m` }, { minutes: total });
        if (k < 0.45 && h > 0) return p({ took: `${h}h` }, { minutes: h * 60 });
        if (k < 0.6) return p({ took: `${h}:${pad(m)}` }, { minutes: total });
        if (k < 0.7) return p({ took: `${total} min` }, { minutes: total });
        if (k < 0.8 && h > 0) return p({ took: `${h}.5 h` }, { minutes: h * 60 + 30 });
        if (k < 0.9 && h > 0) return p({ took: `${h} hr ${m} min` }, { minutes: total });
        return p({ took: `${h}h${m}m` }, { minutes: total });
      },
      6404,
    ),
  );

  tasks.push(
    task(
      'clip-length-seconds',
      'durations',
      'Video lengths to seconds.',
      [
        p({ runtime: '4:05' }, { seconds: 245 }),
        p({ runtime: '12:30' }, { seconds: 750 }),
        p({ runtime: '0:45' }, { seconds: 45 }),
      ],
      (r) => {
        const k = r();
        const m = int(r, 0, 59);
        const s = int(r, 0, 59);
        if (k < 0.5) return p({ runtime: `${m}:${pad(s)}` }, { seconds: m * 60 + s });
        const h = int(r, 1, 3);
        if (k < 0.75) return p({ runtime: `${h}:${pad(m)}:${pad(s)}` }, { seconds: h * 3600 + m * 60 + s });
        if (k < 0.9) return p({ runtime: `${m}m ${s}s` }, { seconds: m * 60 + s });
        return p({ runtime: `${s}s` }, { seconds: s });
      },
      6405,
    ),
  );
}

// =============================================================== phones, mail, logs
{
  const us = (r: R): [string, string, string] => [
    String(int(r, 201, 989)),
    String(int(r, 200, 999)),
    pad(int(r, 0, 9999), 4),
  ];
  tasks.push(
    task(
      'phone-to-e164',
      'phones',
      'Customer phone numbers (mostly American, some international) to E.164.',
      [
        p({ tel: '(312) 555-0147' }, { e164: '+13125550147' }),
        p({ tel: '312-555-0199' }, { e164: '+13125550199' }),
        p({ tel: '415.555.0123' }, { e164: '+14155550123' }),
      ],
      (r) => {
        const k = r();
        if (k < 0.5) {
          const [a, b, c] = us(r);
          const text = pick(r, [
            `(${a}) ${b}-${c}`,
            `${a}-${b}-${c}`,
            `+1 ${a} ${b} ${c}`,
            `1-${a}-${b}-${c}`,
            `${a} ${b} ${c}`,
          ]);
          return p({ tel: text }, { e164: `+1${a}${b}${c}` });
        }
        if (k < 0.65) {
          const n = `20${int(r, 1000, 9999)}${int(r, 1000, 9999)}`;
          return p({ tel: `+44 ${n.slice(0, 2)} ${n.slice(2, 6)} ${n.slice(6)}` }, { e164: `+44${n}` });
        }
        if (k < 0.75) {
          const n = `30${int(r, 1000000, 9999999)}`;
          return p({ tel: `+49 ${n.slice(0, 2)} ${n.slice(2)}` }, { e164: `+49${n}` });
        }
        if (k < 0.85) {
          const n = `1${int(r, 10000000, 99999999)}`;
          return p(
            { tel: `0033 ${n.replace(/(\d)(\d\d)(\d\d)(\d\d)(\d\d)/, '$1 $2 $3 $4 $5')}` },
            { e164: `+33${n}` },
          );
        }
        const n = `20${int(r, 1000, 9999)}${int(r, 1000, 9999)}`;
        return unsettled({ tel: `0${n.slice(0, 2)} ${n.slice(2, 6)} ${n.slice(6)}` }, { e164: `+44${n}` });
      },
      6501,
    ),
  );

  tasks.push(
    task(
      'mobile-de-display',
      'phones',
      'German mobile numbers stored in E.164 to the national display form.',
      [
        p({ msisdn: '+4915112345678' }, { display: '0151 12345678' }),
        p({ msisdn: '+4917698765432' }, { display: '0176 98765432' }),
        p({ msisdn: '+4916055544433' }, { display: '0160 55544433' }),
      ],
      (r) => {
        const pre = pick(r, ['151', '152', '157', '160', '162', '170', '172', '176', '179']);
        const rest = String(r() < 0.6 ? int(r, 10000000, 99999999) : int(r, 1000000, 9999999));
        const k = r();
        const out = { display: `0${pre} ${rest}` };
        if (k < 0.6) return p({ msisdn: `+49${pre}${rest}` }, out);
        if (k < 0.72) return p({ msisdn: `+49 ${pre} ${rest}` }, out);
        if (k < 0.84) return p({ msisdn: `0049${pre}${rest}` }, out);
        const at = `6${int(r, 10, 99)}${int(r, 1000000, 9999999)}`;
        return p({ msisdn: `+43${at}` }, { display: `0${at.slice(0, 3)} ${at.slice(3)}` });
      },
      6502,
    ),
  );

  const DOM = ['harbor.io', 'finch.dev', 'kiefer.de', 'mail.example.org', 'ops.north.example'];
  tasks.push(
    task(
      'mail-from-header',
      'email',
      'From: headers of incoming mail to the sender name (empty when none) and address.',
      [
        p(
          { from: 'Dana Whitfield <dana.w@harbor.io>' },
          { name: 'Dana Whitfield', address: 'dana.w@harbor.io' },
        ),
        p({ from: 'Omar Haddad <omar@finch.dev>' }, { name: 'Omar Haddad', address: 'omar@finch.dev' }),
        p({ from: 'Lena Vogt <l.vogt@kiefer.de>' }, { name: 'Lena Vogt', address: 'l.vogt@kiefer.de' }),
      ],
      (r) => {
        const g = pick(r, [...GIVEN, ...GIVEN2]);
        const f = pick(r, [...FAMILY, ...FAMILY2]);
        const local = pick(r, [
          `${g.toLowerCase()}`,
          `${g[0]?.toLowerCase()}.${f.toLowerCase()}`,
          'billing',
          'no-reply',
        ]);
        const address = `${local}@${pick(r, DOM)}`;
        const k = r();
        if (k < 0.35) return p({ from: `${g} ${f} <${address}>` }, { name: `${g} ${f}`, address });
        if (k < 0.5) return p({ from: address }, { name: '', address });
        if (k < 0.65) return p({ from: `"${f}, ${g}" <${address}>` }, { name: `${f}, ${g}`, address });
        if (k < 0.75) return p({ from: `<${address}>` }, { name: '', address });
        if (k < 0.85) return p({ from: `${address} (${g} ${f})` }, { name: `${g} ${f}`, address });
        const team = pick(r, ['Support', 'Billing Team', 'Acme Notifications']);
        return p({ from: `${team} <${address}>` }, { name: team, address });
      },
      6503,
    ),
  );

  const MSG = [
    'disk almost full',
    'cache miss for key user:42',
    'retrying upload (attempt 3)',
    'connection reset by peer',
    'job 7781 finished in 12s',
    'config reloaded',
    'token expired: refresh needed',
  ];
  const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  tasks.push(
    task(
      'log-two-formats',
      'logs',
      'Service log lines (two formats) to level, ISO timestamp and message.',
      [
        p(
          { line: '2024-03-05 14:22:10 WARN disk almost full' },
          { level: 'WARN', at: '2024-03-05T14:22:10', msg: 'disk almost full' },
        ),
        p(
          { line: '2024-03-05 14:25:01 INFO config reloaded' },
          { level: 'INFO', at: '2024-03-05T14:25:01', msg: 'config reloaded' },
        ),
        p(
          { line: '[06/Mar/2024:09:01:44] error: connection reset by peer' },
          { level: 'ERROR', at: '2024-03-06T09:01:44', msg: 'connection reset by peer' },
        ),
      ],
      (r) => {
        const y = int(r, 2023, 2025);
        const mo = int(r, 1, 12);
        const d = int(r, 1, 28);
        const [h, mi, s] = [int(r, 0, 23), int(r, 0, 59), int(r, 0, 59)];
        const at = `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}`;
        const level = pick(r, ['INFO', 'WARN', 'ERROR', 'DEBUG', 'INFO', 'FATAL']);
        const msg = pick(r, MSG);
        const k = r();
        const out = { level, at, msg };
        if (k < 0.45)
          return p({ line: `${y}-${pad(mo)}-${pad(d)} ${pad(h)}:${pad(mi)}:${pad(s)} ${level} ${msg}` }, out);
        if (k < 0.85)
          return p(
            {
              line: `[${pad(d)}/${MON[mo - 1]}/${y}:${pad(h)}:${pad(mi)}:${pad(s)}] ${level.toLowerCase()}: ${msg}`,
            },
            out,
          );
        return p({ line: `level=${level.toLowerCase()} ts=${at}Z msg="${msg}"` }, out);
      },
      6504,
    ),
  );
}

// =============================================================== codes, units, parts
{
  tasks.push(
    task(
      'weight-grams',
      'units',
      'Net weights from product labels to grams (whole grams).',
      [
        p({ net: '250 g' }, { grams: 250 }),
        p({ net: '500 g' }, { grams: 500 }),
        p({ net: '125 g' }, { grams: 125 }),
      ],
      (r) => {
        const k = r();
        if (k < 0.3) {
          const g = int(r, 5, 95) * 10;
          return p({ net: pick(r, [`${g} g`, `${g}g`]) }, { grams: g });
        }
        if (k < 0.55) {
          const kg = int(r, 2, 50) / 10;
          return p({ net: `${kg} kg` }, { grams: Math.round(kg * 1000) });
        }
        if (k < 0.7) {
          const kg = int(r, 2, 50) / 10;
          return p({ net: `${String(kg).replace('.', ',')} kg` }, { grams: Math.round(kg * 1000) });
        }
        if (k < 0.85) {
          const oz = int(r, 1, 32);
          return p({ net: `${oz} oz` }, { grams: Math.round(oz * 28.349523125) });
        }
        const lb = int(r, 1, 10);
        return p({ net: `${lb} lb` }, { grams: Math.round(lb * 453.59237) });
      },
      6601,
    ),
  );

  tasks.push(
    task(
      'version-major-minor',
      'codes',
      'Release tags to major and minor version numbers.',
      [
        p({ tag: 'v2.14.3' }, { major: 2, minor: 14 }),
        p({ tag: 'v1.0.7' }, { major: 1, minor: 0 }),
        p({ tag: 'v3.2.11' }, { major: 3, minor: 2 }),
      ],
      (r) => {
        const [a, b, c] = [r() < 0.3 ? int(r, 10, 24) : int(r, 0, 9), int(r, 0, 30), int(r, 0, 20)];
        const k = r();
        const out = { major: a, minor: b };
        if (k < 0.4) return p({ tag: `v${a}.${b}.${c}` }, out);
        if (k < 0.55) return p({ tag: `${a}.${b}` }, out);
        if (k < 0.7) return p({ tag: `release-${a}.${b}.${c}` }, out);
        if (k < 0.85) return p({ tag: `v${a}.${b}.${c}-rc.${int(r, 1, 4)}` }, out);
        return p({ tag: `${a}.${b}.${c}` }, out);
      },
      6602,
    ),
  );

  tasks.push(
    task(
      'flight-code-parts',
      'codes',
      'Flight codes to airline code and flight number.',
      [
        p({ flight: 'LH 441' }, { airline: 'LH', number: 441 }),
        p({ flight: 'BA 117' }, { airline: 'BA', number: 117 }),
        p({ flight: 'AF 1234' }, { airline: 'AF', number: 1234 }),
      ],
      (r) => {
        const airline = pick(r, ['LH', 'BA', 'AF', 'KL', 'U2', 'W6', '9W', 'EZY', 'RYR', 'DL']);
        const n = r() < 0.3 ? int(r, 1, 99) : int(r, 100, 9999);
        const k = r();
        const out = { airline, number: n };
        if (k < 0.5) return p({ flight: `${airline} ${n}` }, out);
        if (k < 0.8) return p({ flight: `${airline}${n}` }, out);
        return p({ flight: `${airline} ${pad(n, 4)}` }, out);
      },
      6603,
    ),
  );

  tasks.push(
    task(
      'endpoint-host-port',
      'codes',
      'Service endpoints to host and port (null when no port is given).',
      [
        p({ endpoint: '10.0.4.17:8080' }, { host: '10.0.4.17', port: 8080 }),
        p({ endpoint: '192.168.1.20:443' }, { host: '192.168.1.20', port: 443 }),
        p({ endpoint: '10.2.0.5:5432' }, { host: '10.2.0.5', port: 5432 }),
      ],
      (r) => {
        const port = pick(r, [80, 443, 8080, 5432, 6379, 9092, 3000]);
        const k = r();
        if (k < 0.4) {
          const host = `10.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`;
          return p({ endpoint: `${host}:${port}` }, { host, port });
        }
        if (k < 0.65) {
          const host = `${pick(r, ['api', 'db', 'cache', 'queue'])}.${pick(r, ['internal', 'prod.example.com', 'svc'])}`;
          return p({ endpoint: `${host}:${port}` }, { host, port });
        }
        if (k < 0.85) {
          const host = `2001:db8::${int(r, 1, 255).toString(16)}`;
          return p({ endpoint: `[${host}]:${port}` }, { host, port });
        }
        const host = `10.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`;
        return p({ endpoint: host }, { host, port: null });
      },
      6604,
    ),
  );

  tasks.push(
    task(
      'coordinates-signed',
      'units',
      'Positions written with hemisphere letters to signed decimal latitude and longitude.',
      [
        p({ pos: '48.8566 N, 2.3522 E' }, { lat: 48.8566, lon: 2.3522 }),
        p({ pos: '52.5200 N, 13.4050 E' }, { lat: 52.52, lon: 13.405 }),
        p({ pos: '40.4168 N, 3.7038 E' }, { lat: 40.4168, lon: 3.7038 }),
      ],
      (r) => {
        const lat = int(r, 0, 890000) / 10000;
        const lon = int(r, 0, 1790000) / 10000;
        const ns = r() < 0.6 ? 'N' : 'S';
        const ew = r() < 0.6 ? 'E' : 'W';
        const out = { lat: ns === 'S' ? -lat : lat, lon: ew === 'W' ? -lon : lon };
        if (r() < 0.8) return p({ pos: `${lat.toFixed(4)} ${ns}, ${lon.toFixed(4)} ${ew}` }, out);
        return p({ pos: `${out.lat.toFixed(4)}, ${out.lon.toFixed(4)}` }, out);
      },
      6605,
    ),
  );
}

/** Every task of the set, generated afresh (deterministic). */
export function gate6Tasks(): BenchTask[] {
  return tasks;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(gate6Dir, { recursive: true });
  for (const t of tasks) writeFileSync(join(gate6Dir, `${t.name}.json`), JSON.stringify(t, null, 2) + '\n');
  console.log(`wrote ${tasks.length} tasks to ${gate6Dir}`);
}
