/** Money and prices: display ↔ storage in several locales, currencies, ranges, tax, unit prices. */
import { int, pick, round, spaced, type Pair, type R, type TaskBuilder } from '../gen-kit.ts';
import type { BenchTask } from '../task.ts';
import { group, money, unsettled } from './kit.ts';

/** A price drawn over several magnitudes (most small, some far above any example). */
const amount = (r: R): number => {
  const scale = pick(r, [10, 100, 100, 1000, 1000, 10000, 1000000]);
  const x = round(r() * scale, 2);
  return r() < 0.15 ? Math.round(x) : x;
};

export function moneyTasks(task: TaskBuilder): BenchTask[] {
  const tasks: BenchTask[] = [];

  // German shop display price → integer cents for storage.
  {
    const show = (r: R, x: number): string => {
      const whole = Number.isInteger(x) && r() < 0.4;
      const num = whole ? group(x, pick(r, ['.', '.', ' '])) : money(x, ',', pick(r, ['.', '.', '', ' ']));
      const form = int(r, 0, 5);
      const text =
        form === 0
          ? `€ ${num}`
          : form === 1
            ? `${num} EUR`
            : form === 2
              ? `${num}€`
              : form === 3 && whole
                ? `${num},- €`
                : `${num} €`;
      return spaced(r, text);
    };
    const ex = (price: string, cents: number): Pair => ({ input: { price }, output: { cents } });
    tasks.push(
      task(
        'price-de-display-to-cents',
        'money',
        'Prices scraped from a German shop as displayed (comma decimals, dot or space thousands, € before or after, "EUR", "12,- €") to integer euro cents for storage.',
        [ex('1.234,56 €', 123456), ex('12,50 €', 1250), ex('3,99 €', 399)],
        (r) => {
          const x = amount(r);
          return ex(show(r, x), Math.round(x * 100));
        },
        2101,
      ),
    );
  }

  // Stored cents + currency → US-English display string.
  {
    const SYMBOL: Record<string, string> = { USD: '$', EUR: '€', GBP: '£' };
    const ex = (cents: number, currency: string, display: string): Pair => ({
      input: { amount_cents: cents, currency },
      output: { display },
    });
    const render = (cents: number, currency: string): string =>
      `${cents < 0 ? '-' : ''}${SYMBOL[currency]}${money(Math.abs(cents) / 100, '.', ',')}`;
    tasks.push(
      task(
        'cents-to-display-en-us',
        'money',
        'Stored amounts (integer minor units, ISO currency) to the en-US display string: symbol first ($, €, £), comma thousands, two decimals, a minus sign before the symbol for refunds.',
        [ex(123456, 'USD', '$1,234.56'), ex(999, 'USD', '$9.99'), ex(50000, 'USD', '$500.00')],
        (r) => {
          const currency = r() < 0.6 ? 'USD' : pick(r, ['EUR', 'GBP']);
          let cents = Math.round(amount(r) * 100);
          if (r() < 0.12) cents = -cents;
          if (r() < 0.03) cents = 0;
          return ex(cents, currency, render(cents, currency));
        },
        2102,
      ),
    );
  }

  // Stored cents → French display.
  {
    const ex = (minor: number, display: string): Pair => ({ input: { minor }, output: { display } });
    tasks.push(
      task(
        'cents-to-display-fr',
        'money',
        'Integer euro cents to the French display form: space-grouped thousands, comma decimals, " €" after, "-" before negatives.',
        [ex(123456, '1 234,56 €'), ex(1999, '19,99 €'), ex(500, '5,00 €')],
        (r) => {
          let minor = Math.round(amount(r) * 100);
          if (r() < 0.1) minor = -minor;
          return ex(minor, `${money(minor / 100, ',', ' ')} €`);
        },
        2103,
      ),
    );
  }

  // Mixed-locale feed → amount + ISO currency; a bare $ from a feed of three dollar countries cannot be told.
  {
    type Form = (x: number) => { text: string; currency: string; open?: boolean };
    const FORMS: Form[] = [
      (x) => ({ text: `$${money(x, '.', ',')}`, currency: 'USD', open: true }),
      (x) => ({ text: `US$ ${money(x, '.', ',')}`, currency: 'USD' }),
      (x) => ({ text: `${money(x, ',', '.')} €`, currency: 'EUR' }),
      (x) => ({ text: `€${money(x, '.', ',')}`, currency: 'EUR' }),
      (x) => ({ text: `£${money(x, '.', ',')}`, currency: 'GBP' }),
      (x) => ({ text: `CHF ${money(x, '.', "'")}`, currency: 'CHF' }),
      (x) => ({ text: `${money(x, ',', ' ')} zł`, currency: 'PLN' }),
      (x) => ({ text: `CA$${money(x, '.', ',')}`, currency: 'CAD' }),
      (x) => ({ text: `A$ ${money(x, '.', ',')}`, currency: 'AUD' }),
      (x) => ({ text: `${money(x, '.', ',')} USD`, currency: 'USD' }),
      (x) => ({ text: `¥${group(Math.round(x), ',')}`, currency: 'JPY' }),
      (x) => ({ text: `${money(x, ',', '.')} kr`, currency: 'DKK' }),
    ];
    const ex = (price: string, amountValue: number, currency: string): Pair => ({
      input: { price },
      output: { amount: amountValue, currency },
    });
    tasks.push(
      task(
        'price-mixed-locale-amount-currency',
        'money',
        'A marketplace feed mixing shops from many countries: price text to {amount, ISO currency}. The feed holds US, Canadian and Australian shops, so a bare "$" does not say which dollar; Danish shops write "kr".',
        [ex('$1,299.00', 1299, 'USD'), ex('1.299,00 €', 1299, 'EUR'), ex('£12.50', 12.5, 'GBP')],
        (r) => {
          const form = pick(r, FORMS);
          let x = amount(r);
          const f = form(x);
          if (f.currency === 'JPY') x = Math.round(x);
          if (f.open) {
            const currency = pick(r, ['USD', 'USD', 'CAD', 'AUD']);
            return unsettled(ex(spaced(r, f.text), x, currency));
          }
          return ex(spaced(r, f.text), x, f.currency);
        },
        2104,
      ),
    );
  }

  // Net + VAT rate → gross, in a German accounting export.
  {
    const ex = (net: string, vat: string, gross: number): Pair => ({
      input: { net, vat },
      output: { gross },
    });
    tasks.push(
      task(
        'invoice-net-vat-to-gross',
        'money',
        'Invoice lines from a German accounting export: net amount (comma decimals, dot thousands) and VAT rate as written ("19%", "7 %", "0,19", "19,0%") to the gross amount, rounded half up to cents.',
        [ex('100,00', '19%', 119), ex('1.234,50', '19%', 1469.06), ex('20,00', '7%', 21.4)],
        (r) => {
          const net = amount(r);
          const rate = pick(r, [19, 19, 19, 7, 7, 0, 16, 5, 10.7]);
          const rateText = pick(r, [
            `${String(rate).replace('.', ',')}%`,
            `${String(rate).replace('.', ',')} %`,
            `${String(rate / 100).replace('.', ',')}`,
            `${rate.toFixed(1).replace('.', ',')}%`,
          ]);
          const grossCents = Math.round(Math.round(net * 100) * (1 + rate / 100) + 1e-7);
          return ex(spaced(r, money(net, ',', pick(r, ['.', '.', '']))), rateText, grossCents / 100);
        },
        2105,
      ),
    );
  }

  // Price range text → {min, max, currency}.
  {
    const SYM: [string, string][] = [
      ['$', 'USD'],
      ['€', 'EUR'],
      ['£', 'GBP'],
    ];
    const ex = (price: string, min: number | null, max: number | null, currency: string): Pair => ({
      input: { price },
      output: { min, max, currency },
    });
    tasks.push(
      task(
        'price-range-min-max',
        'money',
        'Listing prices that may be ranges ("$10 – $25", "from $9.99", "up to €40", "$12") to {min, max, currency}: an open end is null, a single price is both min and max.',
        [
          ex('$10 – $25', 10, 25, 'USD'),
          ex('$5-$8', 5, 8, 'USD'),
          ex('$99.99 - $149.99', 99.99, 149.99, 'USD'),
        ],
        (r) => {
          const [s, currency] = r() < 0.6 ? SYM[0]! : pick(r, SYM);
          const a = round(int(r, 1, 400) + pick(r, [0, 0, 0.99, 0.5, 0.49]), 2);
          const b = round(a + int(r, 1, 600) + pick(r, [0, 0, 0.99]), 2);
          const p = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(2));
          const kind = int(r, 0, 6);
          if (kind === 0) return ex(`from ${s}${p(a)}`, a, null, currency);
          if (kind === 1) return ex(`up to ${s}${p(b)}`, null, b, currency);
          if (kind === 2) return ex(`${s}${p(a)}`, a, a, currency);
          if (kind === 3) return ex(`${s}${p(a)} to ${s}${p(b)}`, a, b, currency);
          if (kind === 4) return ex(`${p(a)}–${p(b)} ${currency}`, a, b, currency);
          return ex(spaced(r, `${s}${p(a)}${pick(r, [' - ', '-', ' – ', '–'])}${s}${p(b)}`), a, b, currency);
        },
        2106,
      ),
    );
  }

  // Shelf price + pack size → unit price per kg or per litre.
  {
    const ex = (price: string, size: string, unit_price: number, per: string): Pair => ({
      input: { price, size },
      output: { unit_price, per },
    });
    tasks.push(
      task(
        'shelf-unit-price',
        'money',
        'Grocery shelf labels: price (€, comma decimals) and pack size ("500 g", "1,5 l", "6 x 330 ml", "750ml", "2 kg", "25 cl") to the unit price per kg or per litre, rounded to cents.',
        [ex('2,49 €', '500 g', 4.98, 'kg'), ex('1,29 €', '1 l', 1.29, 'l'), ex('3,80 €', '2 kg', 1.9, 'kg')],
        (r) => {
          const price = round(int(r, 29, 4999) / 100, 2);
          const kind = int(r, 0, 6);
          let base: number; // kg or l
          let size: string;
          let per: string;
          if (kind <= 1) {
            const g = pick(r, [100, 125, 200, 250, 400, 500, 750, 1000]);
            [base, size, per] = [g / 1000, `${g}${pick(r, [' g', 'g', ' gr'])}`, 'kg'];
          } else if (kind === 2) {
            const kg = pick(r, [1, 1.5, 2, 2.5, 5]);
            [base, size, per] = [kg, `${String(kg).replace('.', ',')} kg`, 'kg'];
          } else if (kind === 3) {
            const ml = pick(r, [200, 250, 330, 500, 750]);
            [base, size, per] = [ml / 1000, `${ml}${pick(r, [' ml', 'ml'])}`, 'l'];
          } else if (kind === 4) {
            const l = pick(r, [0.5, 1, 1.5, 2, 5]);
            [base, size, per] = [l, `${String(l).replace('.', ',')} ${pick(r, ['l', 'L'])}`, 'l'];
          } else if (kind === 5) {
            const n = pick(r, [4, 6, 12, 24]);
            const ml = pick(r, [330, 500]);
            [base, size, per] = [(n * ml) / 1000, `${n} x ${ml} ml`, 'l'];
          } else {
            const cl = pick(r, [25, 33, 70, 75]);
            [base, size, per] = [cl / 100, `${cl} cl`, 'l'];
          }
          return ex(`${money(price, ',', '.')} €`, spaced(r, size), round(price / base + 1e-9, 2), per);
        },
        2107,
      ),
    );
  }
  return tasks;
}
