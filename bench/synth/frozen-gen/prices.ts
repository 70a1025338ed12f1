import { group, pad, type FrozenSpec, type Rng } from './lib.ts';

/** A price in cents, skewed toward everyday sizes but with some large ones. */
function cents(rng: Rng): number {
  const scale = rng.weighted([
    [100, 3],
    [10000, 4],
    [1000000, 2],
    [100000000, 1],
  ] as const);
  const c = rng.int(1, scale);
  return rng.chance(0.3) ? Math.round(c / 100) * 100 : c;
}

const usMoney = (c: number): string => `${group(Math.floor(c / 100), ',')}.${pad(c % 100)}`;
const euMoney = (c: number, thousands: string): string =>
  `${group(Math.floor(c / 100), thousands)},${pad(c % 100)}`;

export const prices: FrozenSpec[] = [
  {
    name: 'price-amount-currency',
    category: 'prices',
    description:
      'Prices from shops in several countries become {amount as a number, currency as ISO 4217}: $ is USD, € EUR, £ GBP, ¥ JPY, and a written code is kept. European prices use "." for thousands and "," for decimals.',
    train: [
      { input: { price: '$1,299.00' }, output: { amount: 1299, currency: 'USD' } },
      { input: { price: '1.299,00 €' }, output: { amount: 1299, currency: 'EUR' } },
      { input: { price: 'USD 12' }, output: { amount: 12, currency: 'USD' } },
      { input: { price: '¥1200' }, output: { amount: 1200, currency: 'JPY' } },
    ],
    record(rng) {
      const c = cents(rng);
      const form = rng.weighted([
        ['usd', 4],
        ['eur-de', 3],
        ['eur-fr', 1],
        ['eur-ie', 1],
        ['code', 2],
        ['gbp', 2],
        ['jpy', 2],
        ['chf', 1],
      ] as const);
      switch (form) {
        case 'usd':
          return { input: { price: `$${usMoney(c)}` }, output: { amount: c / 100, currency: 'USD' } };
        case 'eur-de':
          return { input: { price: `${euMoney(c, '.')} €` }, output: { amount: c / 100, currency: 'EUR' } };
        case 'eur-fr':
          return {
            input: { price: `${euMoney(c, '\u202f')} €` },
            output: { amount: c / 100, currency: 'EUR' },
          };
        case 'eur-ie':
          return { input: { price: `€${usMoney(c)}` }, output: { amount: c / 100, currency: 'EUR' } };
        case 'code': {
          const code = rng.pick(['USD', 'EUR', 'GBP', 'CAD', 'AUD']);
          const whole = rng.chance(0.4);
          const text = whole ? String(Math.floor(c / 100)) : `${Math.floor(c / 100)}.${pad(c % 100)}`;
          return {
            input: { price: `${code} ${text}` },
            output: { amount: whole ? Math.floor(c / 100) : c / 100, currency: code },
          };
        }
        case 'gbp':
          return { input: { price: `£${usMoney(c)}` }, output: { amount: c / 100, currency: 'GBP' } };
        case 'jpy': {
          const yen = Math.max(1, Math.round(c / 10));
          return {
            input: { price: rng.chance(0.5) ? `¥${yen}` : `¥${group(yen, ',')}` },
            output: { amount: yen, currency: 'JPY' },
          };
        }
        case 'chf':
          return {
            input: { price: `CHF ${group(Math.floor(c / 100), "'")}.${pad(c % 100)}` },
            output: { amount: c / 100, currency: 'CHF' },
          };
      }
    },
  },
  {
    name: 'us-price-to-cents',
    category: 'prices',
    description:
      'US prices become {cents} as an integer; refunds written with a minus sign or in accounting parentheses are negative.',
    train: [
      { input: { price: '$1,299.00' }, output: { cents: 129900 } },
      { input: { price: '$5.49' }, output: { cents: 549 } },
      { input: { price: '$0.99' }, output: { cents: 99 } },
    ],
    record(rng) {
      const c = cents(rng);
      const negative = rng.chance(0.1);
      const form = rng.weighted([
        ['full', 6],
        ['whole', 2],
        ['onedec', 1],
        ['nosign', 1],
        ['space', 1],
      ] as const);
      let value = c;
      let text: string;
      if (form === 'whole') {
        value = Math.floor(c / 100) * 100;
        text = `$${group(value / 100, ',')}`;
      } else if (form === 'onedec') {
        value = Math.floor(c / 10) * 10;
        text = `$${group(Math.floor(value / 100), ',')}.${(value % 100) / 10}`;
      } else if (form === 'nosign') text = usMoney(c);
      else if (form === 'space') text = `$ ${usMoney(c)}`;
      else text = `$${usMoney(c)}`;
      if (negative) text = rng.chance(0.5) ? `-${text}` : `(${text})`;
      return { input: { price: text }, output: { cents: negative ? -value : value } };
    },
  },
  {
    name: 'eu-price-amount',
    category: 'prices',
    description:
      'Euro prices written the European way (thousands "." or a space, decimals ",") become {amount} as a number.',
    train: [
      { input: { price: '1.299,00 €' }, output: { amount: 1299 } },
      { input: { price: '12,50 €' }, output: { amount: 12.5 } },
      { input: { price: '3,99 €' }, output: { amount: 3.99 } },
    ],
    record(rng) {
      const c = cents(rng);
      const form = rng.weighted([
        ['std', 6],
        ['nbsp', 1],
        ['space', 1],
        ['prefix', 1],
        ['code', 1],
        ['whole', 2],
      ] as const);
      if (form === 'whole') {
        const e = Math.floor(c / 100);
        return { input: { price: `${group(e, '.')} €` }, output: { amount: e } };
      }
      const text =
        form === 'nbsp'
          ? `${euMoney(c, '\u00a0')}\u00a0€`
          : form === 'space'
            ? `${euMoney(c, ' ')} €`
            : form === 'prefix'
              ? `€ ${euMoney(c, '.')}`
              : form === 'code'
                ? `EUR ${euMoney(c, '.')}`
                : `${euMoney(c, '.')} €`;
      return { input: { price: text }, output: { amount: c / 100 } };
    },
  },
  {
    name: 'price-range-min-max',
    category: 'prices',
    description:
      'Price ranges on a listings site become {min, max} in dollars; a single price is both, "from $X" has no max (null) and "up to $X" no min (null).',
    train: [
      { input: { price: '$10 - $20' }, output: { min: 10, max: 20 } },
      { input: { price: '$25 - $40' }, output: { min: 25, max: 40 } },
      { input: { price: '$5 - $8' }, output: { min: 5, max: 8 } },
    ],
    record(rng) {
      const lo = rng.chance(0.2) ? rng.int(100, 9999) / 100 : rng.int(1, 500);
      const hi = lo + (rng.chance(0.2) ? rng.int(1, 999) / 100 : rng.int(1, 500));
      const hiR = Math.round(hi * 100) / 100;
      const fmt = (v: number): string => (Number.isInteger(v) ? group(v, ',') : v.toFixed(2));
      const form = rng.weighted([
        ['dash', 5],
        ['endash', 1],
        ['tight', 1],
        ['nodollar2', 1],
        ['to', 1],
        ['single', 1],
        ['from', 1],
        ['upto', 1],
      ] as const);
      switch (form) {
        case 'dash':
          return { input: { price: `$${fmt(lo)} - $${fmt(hiR)}` }, output: { min: lo, max: hiR } };
        case 'endash':
          return { input: { price: `$${fmt(lo)}–$${fmt(hiR)}` }, output: { min: lo, max: hiR } };
        case 'tight':
          return { input: { price: `$${fmt(lo)}-$${fmt(hiR)}` }, output: { min: lo, max: hiR } };
        case 'nodollar2':
          return { input: { price: `$${fmt(lo)}-${fmt(hiR)}` }, output: { min: lo, max: hiR } };
        case 'to':
          return { input: { price: `$${fmt(lo)} to $${fmt(hiR)}` }, output: { min: lo, max: hiR } };
        case 'single':
          return { input: { price: `$${fmt(lo)}` }, output: { min: lo, max: lo } };
        case 'from':
          return { input: { price: `from $${fmt(lo)}` }, output: { min: lo, max: null } };
        case 'upto':
          return { input: { price: `up to $${fmt(hiR)}` }, output: { min: null, max: hiR } };
      }
    },
  },
  {
    name: 'format-money-display',
    category: 'prices',
    description:
      'Amounts with an ISO currency become a display string: symbol ($ USD, € EUR, £ GBP, ¥ JPY) or the code and a space for others (CHF), "," thousands, two decimals except JPY which has none (rounded).',
    train: [
      { input: { amount: 1299.5, currency: 'USD' }, output: { display: '$1,299.50' } },
      { input: { amount: 12, currency: 'EUR' }, output: { display: '€12.00' } },
      { input: { amount: 0.5, currency: 'GBP' }, output: { display: '£0.50' } },
    ],
    record(rng) {
      const c = cents(rng);
      const currency = rng.weighted([
        ['USD', 4],
        ['EUR', 3],
        ['GBP', 2],
        ['JPY', 1],
        ['CHF', 1],
      ] as const);
      const amount = c / 100;
      if (currency === 'JPY') {
        const yen = Math.round(amount);
        return { input: { amount, currency }, output: { display: `¥${group(yen, ',')}` } };
      }
      const prefix = { USD: '$', EUR: '€', GBP: '£', CHF: 'CHF ' }[currency];
      return { input: { amount, currency }, output: { display: `${prefix}${usMoney(c)}` } };
    },
  },
  {
    name: 'salary-range',
    category: 'prices',
    description:
      'Salary ranges from job ads become {min, max, currency} with whole amounts ("k" means thousand; a single figure is both min and max; European ads use "." for thousands).',
    train: [
      { input: { salary: '$85k - $95k' }, output: { min: 85000, max: 95000, currency: 'USD' } },
      { input: { salary: '$120k - $140k' }, output: { min: 120000, max: 140000, currency: 'USD' } },
      { input: { salary: '£40,000 - £45,000' }, output: { min: 40000, max: 45000, currency: 'GBP' } },
    ],
    record(rng) {
      const lo = rng.int(25, 200);
      const hi = lo + rng.pick([5, 10, 15, 20, 30]);
      const currency = rng.weighted([
        ['USD', 5],
        ['GBP', 2],
        ['EUR', 3],
      ] as const);
      const sym = { USD: '$', GBP: '£', EUR: '€' }[currency];
      const single = rng.chance(0.12);
      const form = rng.pick(['k', 'full', 'code'] as const);
      let text: string;
      if (form === 'k') text = single ? `${sym}${lo}k` : `${sym}${lo}k - ${sym}${hi}k`;
      else if (form === 'code') text = single ? `${lo}k ${currency}` : `${lo}-${hi}k ${currency}`;
      else {
        const sep = currency === 'EUR' ? '.' : ',';
        const f = (v: number) => `${sym}${group(v * 1000, sep)}`;
        text = single ? f(lo) : `${f(lo)} - ${f(hi)}`;
      }
      return {
        input: { salary: text },
        output: { min: lo * 1000, max: (single ? lo : hi) * 1000, currency },
      };
    },
  },
];
