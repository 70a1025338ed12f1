/** Units, percentages, booleans and enumerations from free text, splitting and joining, nested and conditional outputs. */
import { cap, digits, int, pick, round, spaced, type Pair, type R, type TaskBuilder } from '../gen-kit.ts';
import type { BenchTask } from '../task.ts';
import { unsettled } from './kit.ts';

const dec = (x: number, comma: boolean): string => (comma ? String(x).replace('.', ',') : String(x));

export function everydayTasks(task: TaskBuilder): BenchTask[] {
  const tasks: BenchTask[] = [];

  // Weights in mixed units → kg.
  {
    const ex = (weight: string, kg: number): Pair => ({ input: { weight }, output: { kg } });
    tasks.push(
      task(
        'weight-mixed-units-to-kg',
        'units',
        'Parcel weights as entered by warehouses in several countries (12 lb, 5.5 kg, 800 g, 12 oz, 1 lb 4 oz, 3,5 kg, 2 st 4 lb) to kilograms rounded to 3 decimals.',
        [ex('12 lb', 5.443), ex('5.5 kg', 5.5), ex('800 g', 0.8)],
        (r) => {
          const kind = int(r, 0, 7);
          if (kind === 0) {
            const lb = round(int(r, 1, 900) / pick(r, [1, 1, 10]), 1);
            return ex(`${lb} ${pick(r, ['lb', 'lbs', 'LB', 'pounds'])}`, round(lb * 0.45359237, 3));
          }
          if (kind === 1) {
            const kg = round(int(r, 1, 5000) / 10, 1);
            return ex(`${dec(kg, r() < 0.3)}${pick(r, [' kg', 'kg', ' KG', ' kgs'])}`, kg);
          }
          if (kind === 2) {
            const g = int(r, 1, 9999);
            return ex(`${g}${pick(r, [' g', 'g', ' gr', ' grams'])}`, round(g / 1000, 3));
          }
          if (kind === 3) {
            const oz = int(r, 1, 80);
            return ex(`${oz} oz`, round(oz * 0.028349523125, 3));
          }
          if (kind === 4) {
            const lb = int(r, 1, 40);
            const oz = int(r, 1, 15);
            return ex(`${lb} lb ${oz} oz`, round(lb * 0.45359237 + oz * 0.028349523125, 3));
          }
          if (kind === 5) {
            const st = int(r, 5, 25);
            const lb = int(r, 0, 13);
            return ex(`${st} st ${lb} lb`, round((st * 14 + lb) * 0.45359237, 3));
          }
          if (kind === 6) {
            const t = round(int(r, 1, 400) / 10, 1);
            return ex(`${t} t`, round(t * 1000, 3));
          }
          const kg = int(r, 1, 100);
          return ex(spaced(r, `${kg}kg`), kg);
        },
        2601,
      ),
    );
  }

  // Temperatures → °C.
  {
    const ex = (reading: string, celsius: number): Pair => ({ input: { reading }, output: { celsius } });
    tasks.push(
      task(
        'temperature-to-celsius',
        'units',
        'Sensor and hand-typed temperature readings in °F, °C or K (98.6°F, 37 °C, 310.15 K, -40F, 21,5 °C) to degrees Celsius rounded to one decimal.',
        [ex('98.6°F', 37), ex('37 °C', 37), ex('50 F', 10)],
        (r) => {
          const kind = int(r, 0, 3);
          if (kind === 0 || kind === 3) {
            const f = round(int(r, -600, 2500) / 10, 1);
            return ex(
              `${f}${pick(r, ['°F', ' °F', 'F', ' F', ' deg F', '℉'])}`,
              round(((f - 32) * 5) / 9, 1),
            );
          }
          if (kind === 1) {
            const c = round(int(r, -500, 1200) / 10, 1);
            return ex(`${dec(c, r() < 0.25)}${pick(r, ['°C', ' °C', 'C', ' C', ' deg C', '℃'])}`, c);
          }
          const k = round(int(r, 20000, 40000) / 100, 2);
          return ex(`${k} K`, round(k - 273.15, 1));
        },
        2602,
      ),
    );
  }

  // Heights → cm.
  {
    const ex = (height: string, cm: number): Pair => ({ input: { height }, output: { cm } });
    tasks.push(
      task(
        'height-to-cm',
        'units',
        "Heights from a sign-up form (5'11\", 5 ft 11 in, 180 cm, 1.80 m, 71 in, 6') to whole centimetres (rounded).",
        [ex('5\'11"', 180), ex('180 cm', 180), ex('5\'4"', 163)],
        (r) => {
          const inches = int(r, 48, 84);
          const ft = Math.floor(inches / 12);
          const inch = inches % 12;
          const cmOf = (i: number) => Math.round(i * 2.54);
          const kind = int(r, 0, 6);
          if (kind === 0) return ex(`${ft}'${inch}"`, cmOf(inches));
          if (kind === 1) return ex(`${ft} ft ${inch} in`, cmOf(inches));
          if (kind === 2) return ex(`${inches} in`, cmOf(inches));
          if (kind === 3) return ex(inch === 0 ? `${ft}'` : `${ft}' ${inch}"`, cmOf(inches));
          const cm = int(r, 120, 215);
          if (kind === 4) return ex(`${cm} cm`, cm);
          if (kind === 5) return ex(`${dec(cm / 100, r() < 0.4)} m`, cm);
          return ex(spaced(r, `${cm}cm`), cm);
        },
        2603,
      ),
    );
  }

  // Speeds → km/h.
  {
    const ex = (speed: string, kmh: number): Pair => ({ input: { speed }, output: { kmh } });
    tasks.push(
      task(
        'speed-to-kmh',
        'units',
        'Speeds from vehicle, wind and boat data (60 mph, 100 km/h, 27 m/s, 15 kn, 15 knots) to km/h rounded to one decimal.',
        [ex('60 mph', 96.6), ex('100 km/h', 100), ex('30 mph', 48.3)],
        (r) => {
          const kind = int(r, 0, 4);
          if (kind === 0) {
            const v = int(r, 1, 200);
            return ex(`${v} ${pick(r, ['mph', 'MPH', 'mi/h'])}`, round(v * 1.609344, 1));
          }
          if (kind === 1) {
            const v = int(r, 1, 300);
            return ex(`${v} ${pick(r, ['km/h', 'kph', 'kmh', 'KM/H'])}`, v);
          }
          if (kind === 2) {
            const v = round(int(r, 1, 600) / 10, 1);
            return ex(`${v} m/s`, round(v * 3.6, 1));
          }
          const v = int(r, 1, 60);
          return ex(`${v} ${pick(r, ['kn', 'kt', 'knots'])}`, round(v * 1.852, 1));
        },
        2604,
      ),
    );
  }

  // Percentages → fractions; a bare number ≤ 1 could be either.
  {
    const ex = (rate: string, fraction: number): Pair => ({ input: { rate }, output: { fraction } });
    tasks.push(
      task(
        'percent-text-to-fraction',
        'percentages',
        'Commission rates typed into a partner form (12.5%, 12,5 %, 12.5 pct, 150%, -3%, 7) to a fraction (0.125). Bare numbers above 1 are percent; a bare 0.5 could be half a percent or fifty.',
        [ex('12.5%', 0.125), ex('8%', 0.08), ex('20 %', 0.2)],
        (r) => {
          const p = round(
            pick(r, [
              int(r, 1, 100),
              int(r, 1, 1000) / 10,
              int(r, 100, 400),
              -int(r, 1, 20),
              int(r, 1, 99) / 100,
            ]),
            2,
          );
          const f = round(p / 100, 6);
          const kind = int(r, 0, 6);
          if (kind === 6 && p > 0 && p <= 1) return unsettled(ex(String(p), f));
          if (kind === 5 && p > 1) return ex(String(p), f);
          const text = pick(r, [
            `${p}%`,
            `${p} %`,
            `${dec(p, true)}%`,
            `${dec(p, true)} %`,
            `${p} pct`,
            `${p} percent`,
          ]);
          return ex(spaced(r, text), f);
        },
        2605,
      ),
    );
  }

  // Old and new value → signed change text; no change base → null.
  {
    const show = (oldV: number, newV: number): string | null => {
      if (oldV === 0) return null;
      const c = ((newV - oldV) / Math.abs(oldV)) * 100;
      const t = (Math.round(Math.abs(c) * 10 + 1e-9) / 10).toFixed(1);
      return t === '0.0' ? '0.0%' : `${c > 0 ? '+' : '-'}${t}%`;
    };
    const ex = (previous: number, current: number): Pair => ({
      input: { previous, current },
      output: { change: show(previous, current) },
    });
    tasks.push(
      task(
        'kpi-change-percent-label',
        'percentages',
        'Dashboard KPIs (previous and current value, losses negative) to the change label "+25.0%", "-12.3%", "0.0%" (one decimal, sign always shown); null when the previous value is 0.',
        [ex(80, 100), ex(200, 150), ex(1000, 1100)],
        (r) => {
          const prev =
            r() < 0.06
              ? 0
              : pick(r, [int(r, 1, 100), int(r, 100, 100000), round(r() * 10, 2), -int(r, 1, 500)]);
          const cur = r() < 0.05 ? prev : round(prev * (0.2 + r() * 2) + int(r, -50, 50), 2);
          // From a negative base, teams differ (against |previous| or against previous): the examples never say.
          return prev < 0 && cur !== prev ? unsettled(ex(prev, cur)) : ex(prev, cur);
        },
        2606,
      ),
    );
  }

  // Free-text consent answers → true/false/null.
  {
    const YES = [
      'Yes',
      'yes',
      'Y',
      'y',
      'TRUE',
      'true',
      '1',
      'Oui',
      'ja',
      'Sí',
      'yes please',
      'yep',
      'X',
      '✓',
      'Agreed',
    ];
    const NO = [
      'No',
      'no',
      'N',
      'n',
      'FALSE',
      'false',
      '0',
      'Non',
      'nein',
      'nope',
      'no thanks',
      'opt out',
      'unsubscribe',
    ];
    const UNKNOWN = ['', ' ', 'n/a', 'N/A', '?', '-', 'maybe'];
    const ex = (respondent: string, answer: string, consent: boolean | null): Pair => ({
      input: { respondent, answer },
      output: { consent },
    });
    tasks.push(
      task(
        'consent-answer-to-boolean',
        'booleans',
        'Marketing-consent answers from forms and spreadsheets in several languages (Yes, y, TRUE, 1, Oui, ja, no thanks, opt out, ✓) to true or false; null when blank or not an answer (n/a, ?, maybe).',
        [
          ex('R8812', 'Yes', true),
          ex('R1307', 'no', false),
          ex('R5520', 'TRUE', true),
          ex('R0419', '', null),
        ],
        (r) => {
          const id = `R${digits(r, 4)}`;
          const k = r();
          if (k < 0.45) return ex(id, spaced(r, pick(r, YES)), true);
          if (k < 0.88) return ex(id, spaced(r, pick(r, NO)), false);
          return ex(id, pick(r, UNKNOWN), null);
        },
        2607,
      ),
    );
  }

  // Carrier status text → status enum.
  {
    const ST: [string, string[]][] = [
      ['pending', ['Awaiting payment', 'Order received', 'processing', 'Label created', 'PENDING']],
      [
        'shipped',
        ['Shipped', 'In transit', 'OUT FOR DELIVERY', 'Departed facility', 'Dispatched', 'on its way'],
      ],
      [
        'delivered',
        ['Delivered', 'delivered ✓', 'Left at front door', 'Signed for by J. SMITH', 'Collected from locker'],
      ],
      ['cancelled', ['Cancelled', 'Canceled by customer', 'VOID', 'Order cancelled - refund issued']],
      ['returned', ['Returned to sender', 'RTS', 'Return received', 'Refused by recipient']],
    ];
    const ex = (status: string, state: string): Pair => ({ input: { status }, output: { state } });
    tasks.push(
      task(
        'carrier-status-to-state',
        'enums',
        'Parcel status texts from several carriers to one of pending, shipped, delivered, cancelled, returned.',
        [
          ex('Shipped', 'shipped'),
          ex('Delivered', 'delivered'),
          ex('Cancelled', 'cancelled'),
          ex('Awaiting payment', 'pending'),
        ],
        (r) => {
          const [state, forms] = pick(r, ST);
          const f = pick(r, forms);
          const at = r() < 0.3 ? ` - ${pick(r, ['Leeds hub', 'Memphis, TN', '14:02', '2024-03-14'])}` : '';
          return ex(spaced(r, `${r() < 0.15 ? f.toUpperCase() : f}${at}`), state);
        },
        2608,
      ),
    );
  }

  // Tag cell → tag list.
  {
    const TAGS = ['red', 'blue', 'green', 'sale', 'new', 'eco', 'kids', 'outdoor', 'gift', 'limited edition'];
    const ex = (tags: string, list: string[]): Pair => ({ input: { tags }, output: { tags: list } });
    tasks.push(
      task(
        'tag-cell-to-list',
        'split-join',
        'Product tag cells typed by merchandisers (commas, semicolons or pipes, odd spaces, mixed case, repeats) to a list of lower-case tags in first-seen order without duplicates; an empty cell is an empty list.',
        [
          ex('red, blue, Green', ['red', 'blue', 'green']),
          ex('sale;new', ['sale', 'new']),
          ex('eco | kids | eco', ['eco', 'kids']),
        ],
        (r) => {
          const n = r() < 0.06 ? 0 : int(r, 1, 6);
          const raw: string[] = [];
          const list: string[] = [];
          for (let i = 0; i < n; i++) {
            const t = pick(r, TAGS);
            raw.push(r() < 0.25 ? t.toUpperCase() : r() < 0.2 ? cap(t) : t);
            if (!list.includes(t)) list.push(t);
          }
          const sep = pick(r, [', ', ',', ';', '; ', ' | ', '|', ' ,']);
          return ex(spaced(r, raw.join(sep)), list);
        },
        2609,
      ),
    );
  }

  // Address parts → mailing label line, order by country.
  {
    type A = {
      name: string;
      street: string;
      city: string;
      postcode: string;
      region: string | null;
      country: string;
    };
    const label = (a: A): string => {
      if (a.country === 'US' || a.country === 'CA')
        return `${a.name}, ${a.street}, ${a.city}, ${a.region} ${a.postcode}, ${a.country === 'US' ? 'USA' : 'Canada'}`;
      if (a.country === 'GB')
        return `${a.name}, ${a.street}, ${a.city.toUpperCase()}, ${a.postcode}, United Kingdom`;
      const names: Record<string, string> = { DE: 'Germany', FR: 'France', NL: 'Netherlands', AT: 'Austria' };
      return `${a.name}, ${a.street}, ${a.postcode} ${a.city}, ${names[a.country]}`;
    };
    const ex = (a: A): Pair => ({ input: a, output: { label: label(a) } });
    const make = (r: R): A => {
      const c = pick(r, ['US', 'US', 'DE', 'GB', 'FR', 'CA', 'NL', 'AT']);
      const name = `${pick(r, ['Jane', 'Omar', 'Li', 'Anna', 'Pierre'])} ${pick(r, ['Doe', 'Haddad', 'Weber', 'Martin', 'Jansen'])}`;
      if (c === 'US')
        return {
          name,
          street: `${int(r, 1, 9999)} ${pick(r, ['Main St', 'Oak Ave'])}`,
          city: pick(r, ['Austin', 'Boise', 'Salem']),
          postcode: digits(r, 5),
          region: pick(r, ['TX', 'ID', 'OR']),
          country: c,
        };
      if (c === 'CA')
        return {
          name,
          street: `${int(r, 1, 999)} King St W`,
          city: 'Toronto',
          postcode: `M5V ${int(r, 1, 9)}T${int(r, 1, 9)}`,
          region: 'ON',
          country: c,
        };
      if (c === 'GB')
        return {
          name,
          street: `${int(r, 1, 200)} High Street`,
          city: pick(r, ['Leeds', 'York']),
          postcode: `LS${int(r, 1, 9)} ${int(r, 1, 9)}AB`,
          region: null,
          country: c,
        };
      return {
        name,
        street: `${pick(r, ['Hauptstraße', 'Rue de Rivoli', 'Damrak', 'Ringstraße'])} ${int(r, 1, 120)}`,
        city: pick(r, ['Berlin', 'Paris', 'Amsterdam', 'Wien']),
        postcode:
          digits(r, c === 'NL' ? 4 : c === 'AT' ? 4 : 5) + (c === 'NL' ? ` ${pick(r, ['AB', 'CD'])}` : ''),
        region: null,
        country: c,
      };
    };
    tasks.push(
      task(
        'address-parts-to-label',
        'split-join',
        'Address parts from a CRM to a one-line mailing label in each country\'s order: US/Canada "city, region postcode", UK town in capitals then postcode, continental Europe "postcode city"; country name in English at the end.',
        [
          ex({
            name: 'Jane Doe',
            street: '12 Main St',
            city: 'Austin',
            postcode: '78701',
            region: 'TX',
            country: 'US',
          }),
          ex({
            name: 'Omar Haddad',
            street: '400 Oak Ave',
            city: 'Boise',
            postcode: '83702',
            region: 'ID',
            country: 'US',
          }),
          ex({
            name: 'Anna Weber',
            street: 'Hauptstraße 5',
            city: 'Berlin',
            postcode: '10115',
            region: null,
            country: 'DE',
          }),
        ],
        (r) => ex(make(r)),
        2610,
      ),
    );
  }

  // Order line text → nested items and total.
  {
    const ITEMS = ['Widget', 'Gadget', 'USB-C cable', 'Desk lamp', 'AA batteries (4-pack)', 'Notebook A5'];
    type Item = { qty: number; name: string; unit_price: number };
    const ex = (order: string, items: Item[]): Pair => ({
      input: { order },
      output: {
        items,
        total: round(
          items.reduce((s, i) => s + i.qty * i.unit_price, 0),
          2,
        ),
      },
    });
    tasks.push(
      task(
        'order-text-to-line-items',
        'nested',
        'Order summaries pasted from a chat ("2x Widget @ 3.50; 1x Gadget @ 10") to line items {qty, name, unit_price} and the order total.',
        [
          ex('2x Widget @ 3.50; 1x Gadget @ 10', [
            { qty: 2, name: 'Widget', unit_price: 3.5 },
            { qty: 1, name: 'Gadget', unit_price: 10 },
          ]),
          ex('3x Desk lamp @ 24.99', [{ qty: 3, name: 'Desk lamp', unit_price: 24.99 }]),
          ex('1x Widget @ 3.50; 5x USB-C cable @ 7.25', [
            { qty: 1, name: 'Widget', unit_price: 3.5 },
            { qty: 5, name: 'USB-C cable', unit_price: 7.25 },
          ]),
        ],
        (r) => {
          const items: Item[] = Array.from({ length: int(r, 1, 5) }, () => ({
            qty: int(r, 1, 24),
            name: pick(r, ITEMS),
            unit_price: round(int(r, 50, 25000) / 100, 2),
          }));
          const text = items
            .map(
              (i) =>
                `${i.qty}${pick(r, ['x ', 'x ', ' x ', ' × '])}${i.name} @ ${r() < 0.5 ? i.unit_price.toFixed(2) : String(i.unit_price)}`,
            )
            .join(pick(r, ['; ', '; ', ';', ' ; ', '\n']));
          return ex(spaced(r, text), items);
        },
        2611,
      ),
    );
  }

  // Flat contact row → nested person/contact object.
  {
    const ex = (
      row: { full_name: string; email: string; phone: string },
      first: string,
      last: string,
      email: string | null,
      phone: string | null,
    ): Pair => ({
      input: row,
      output: { person: { first, last }, contact: { email, phone } },
    });
    tasks.push(
      task(
        'contact-row-to-nested',
        'nested',
        'Flat contact rows from a spreadsheet to {person: {first, last}, contact: {email (lower case, null when blank), phone (digits only with a leading + kept, null when blank)}}.',
        [
          ex(
            { full_name: 'Jane Doe', email: 'Jane.Doe@Example.com', phone: '+1 (415) 555-0132' },
            'Jane',
            'Doe',
            'jane.doe@example.com',
            '+14155550132',
          ),
          ex(
            { full_name: 'Omar Haddad', email: 'omar@haddad.io', phone: '020 7946 0018' },
            'Omar',
            'Haddad',
            'omar@haddad.io',
            '02079460018',
          ),
          ex(
            { full_name: 'Li Nguyen', email: 'li@x.com', phone: '+33 1 42 68 53 00' },
            'Li',
            'Nguyen',
            'li@x.com',
            '+33142685300',
          ),
        ],
        (r) => {
          const first = pick(r, ['Jane', 'Omar', 'Li', 'Anna', 'Pierre', 'Mary Ann', 'José']);
          const last = pick(r, ['Doe', 'Haddad', 'Nguyen', 'Weber', 'Martin', 'García']);
          const email =
            r() < 0.12
              ? null
              : `${first[0]}.${last}@${pick(r, ['example.com', 'x.org'])}`
                  .normalize('NFD')
                  .replace(/[^\w.@]/g, '')
                  .toLowerCase();
          const num = `${int(r, 2, 9)}${digits(r, 9)}`;
          const intl = r() < 0.5;
          const phone = r() < 0.12 ? null : intl ? `+44${num}` : `0${num}`;
          const phoneText =
            phone === null
              ? pick(r, ['', ' '])
              : intl
                ? `+44 ${num.slice(0, 4)} ${num.slice(4)}`
                : `0${num.slice(0, 3)}-${num.slice(3, 6)}-${num.slice(6)}`;
          const emailText = email === null ? '' : r() < 0.3 ? email.toUpperCase() : email;
          return ex(
            { full_name: spaced(r, `${first} ${last}`), email: emailText, phone: phoneText },
            first,
            last,
            email,
            phone,
          );
        },
        2612,
      ),
    );
  }

  // Country + weight → shipping zone and fee.
  {
    const EU = ['DE', 'FR', 'NL', 'IT', 'ES', 'AT', 'BE', 'PL'];
    const NAMES: Record<string, string> = {
      DE: 'Germany',
      FR: 'France',
      US: 'United States',
      JP: 'Japan',
      NL: 'Netherlands',
      CH: 'Switzerland',
      GB: 'United Kingdom',
    };
    const fee = (zone: string, kg: number): number => {
      const base = zone === 'domestic' ? 4.9 : zone === 'eu' ? 9.9 : 19.9;
      const per = zone === 'domestic' ? 0 : zone === 'eu' ? 1 : 3;
      return round(base + per * Math.max(0, Math.ceil(kg) - 1), 2);
    };
    const zoneOf = (c: string): string => (c === 'DE' ? 'domestic' : EU.includes(c) ? 'eu' : 'world');
    const ex = (country: string, code: string, kg: number): Pair => ({
      input: { country, weight_kg: kg },
      output: { zone: zoneOf(code), fee: fee(zoneOf(code), kg) },
    });
    tasks.push(
      task(
        'shipping-zone-and-fee',
        'conditional',
        "A German web shop's orders (destination country as code or English name, weight in kg) to the shipping zone (domestic = Germany, eu = other EU members, world = everywhere else incl. Switzerland and the UK) and fee: domestic 4.90 flat; eu 9.90 + 1.00 per started kg over the first; world 19.90 + 3.00 per started kg over the first.",
        [ex('DE', 'DE', 2), ex('FR', 'FR', 1), ex('US', 'US', 3.5)],
        (r) => {
          const code = pick(r, [...EU, 'US', 'JP', 'CH', 'GB', 'DE', 'DE']);
          const kg = pick(r, [round(r() * 2, 1) || 0.1, round(1 + r() * 10, 1), int(r, 1, 30)]);
          const shown = r() < 0.3 && NAMES[code] ? NAMES[code] : r() < 0.1 ? code.toLowerCase() : code;
          return ex(spaced(r, shown), code, kg);
        },
        2613,
      ),
    );
  }

  // List + sale price → on-sale flag and percent off.
  {
    const ex = (list: string, sale: string, on_sale: boolean, percent_off: number | null): Pair => ({
      input: { list, sale },
      output: { on_sale, percent_off },
    });
    tasks.push(
      task(
        'sale-flag-percent-off',
        'conditional',
        'Catalogue rows with a list price and an optional sale price (€, comma or point decimals) to whether the item is on sale (a sale price below list) and the whole percent off, rounded; percent_off is null when not on sale.',
        [ex('€40,00', '€30,00', true, 25), ex('€19,99', '', false, null), ex('€100,00', '€79,00', true, 21)],
        (r) => {
          const list = int(r, 100, 50000) / 100;
          const kind = int(r, 0, 5);
          const sale =
            kind === 0
              ? null
              : kind === 1
                ? list
                : kind === 2
                  ? round(list * (1 + r() * 0.2), 2)
                  : round(list * (0.3 + r() * 0.65), 2);
          const fmt = (x: number) => (r() < 0.5 ? `€${x.toFixed(2).replace('.', ',')}` : `${x.toFixed(2)} €`);
          const on = sale !== null && sale < list;
          return ex(
            fmt(list),
            sale === null ? pick(r, ['', ' ', '-']) : fmt(sale),
            on,
            on ? Math.round(((list - sale) / list) * 100 + 1e-9) : null,
          );
        },
        2614,
      ),
    );
  }

  // Name parts → directory display form.
  {
    const ex = (first: string, middle: string, last: string, suffix: string, display: string): Pair => ({
      input: { first, middle, last, suffix },
      output: { display },
    });
    tasks.push(
      task(
        'name-parts-directory-display',
        'split-join',
        'Staff name parts to the directory form "Last, First M." (middle name shortened to its initial, empty parts left out, a suffix such as Jr. or III after the first name with a comma).',
        [
          ex('Jane', 'Marie', 'Doe', '', 'Doe, Jane M.'),
          ex('Omar', '', 'Haddad', '', 'Haddad, Omar'),
          ex('Li', 'Wei', 'Nguyen', '', 'Nguyen, Li W.'),
        ],
        (r) => {
          const first = pick(r, ['Jane', 'Omar', 'Li', 'Anna', 'Robert', 'Zoë', 'Jean-Paul']);
          const middle = r() < 0.5 ? pick(r, ['Marie', 'Wei', 'James', 'Ann', 'Élise', 'K.']) : '';
          const last = pick(r, ['Doe', 'Haddad', 'Nguyen', 'Smith-Jones', 'García', 'van Dyke']);
          const suffix = r() < 0.15 ? pick(r, ['Jr.', 'Sr.', 'III', 'PhD']) : '';
          const display = `${last}, ${first}${middle ? ` ${middle[0]}.` : ''}${suffix ? `, ${suffix}` : ''}`;
          return ex(spaced(r, first), middle, last, suffix, display);
        },
        2615,
      ),
    );
  }
  return tasks;
}
