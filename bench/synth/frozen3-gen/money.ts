/** Prices and amounts as shops, invoices and spreadsheets in several locales write them. */
import { review, round, type Rng, type Spec } from './kit.ts';

const group = (n: number, sep: string): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
/** `x` with two decimals, `dec` as decimal mark and `sep` between thousands. */
const fmt = (x: number, dec: string, sep: string, decimals = 2): string => {
  const [i = '0', f] = Math.abs(x).toFixed(decimals).split('.');
  return `${x < 0 ? '-' : ''}${group(Number(i), sep)}${f === undefined ? '' : dec + f}`;
};

/** A German-written euro price as a number: "." groups thousands, "," is the decimal mark. */
function deRef(s: string): unknown {
  const t = s.replace(/EUR|€|\s| /g, '');
  if (!/^-?[\d.]+(,\d+)?$/.test(t)) throw new Error(`not a German price: ${s}`);
  return Number(t.replace(/\./g, '').replace(',', '.'));
}
function deGen(r: Rng): string {
  const x = r.chance(0.1)
    ? -r.float(1, 50, 2)
    : r.pick([r.float(0.1, 99, 2), r.float(100, 99999, 2), r.int(1, 500)]);
  const num = Number.isInteger(x) && r.chance(0.5) ? `${x},-` : fmt(x, ',', r.pick(['.', '.', ' ', ' ']));
  const v = num.endsWith(',-') ? num.slice(0, -2) : num;
  return r.pad(r.pick([`${v} €`, `${v}€`, `€ ${v}`, `EUR ${v}`, `${v} EUR`]));
}

const MINOR: Record<string, number> = { USD: 2, EUR: 2, GBP: 2, CHF: 2, JPY: 0, SEK: 2 };
/** Currency (ISO 4217) and amount in minor units from a price written in its own locale. */
function minorRef(s: string): unknown {
  const t = s.trim();
  const cur = /^\$|USD|US\$/.test(t)
    ? 'USD'
    : /€|EUR/.test(t)
      ? 'EUR'
      : /£|GBP/.test(t)
        ? 'GBP'
        : /CHF|Fr\./.test(t)
          ? 'CHF'
          : /¥|JPY|円/.test(t)
            ? 'JPY'
            : /kr|SEK/.test(t)
              ? 'SEK'
              : undefined;
  if (!cur) throw new Error(`no currency in ${s}`);
  const num = t.replace(/[^\d.,'’ \s-]/g, '').trim();
  // The decimal mark is the last "." or "," followed by exactly two digits at the end.
  const dec = /[.,](\d{2})$/.exec(num);
  const whole = (dec ? num.slice(0, -3) : num).replace(/[^\d-]/g, '');
  const minor = Number(whole) * 10 ** (MINOR[cur] ?? 2) + (dec ? Number(dec[1]) : 0);
  return { currency: cur, amount_minor: minor };
}
function minorGen(r: Rng): string {
  const cur = r.pick(['USD', 'USD', 'EUR', 'EUR', 'GBP', 'CHF', 'JPY', 'SEK']);
  if (cur === 'JPY') {
    const v = group(r.int(100, 250000), ',');
    return r.pick([`¥${v}`, `${v}円`, `JPY ${v}`]);
  }
  const x = r.chance(0.2) ? r.int(1, 5000) : r.float(0.5, 25000, 2);
  const two = fmt(x, '.', ',');
  switch (cur) {
    case 'USD':
      return r.pick([`$${two}`, `US$${two}`, `USD ${two}`, `$${Number.isInteger(x) ? group(x, ',') : two}`]);
    case 'EUR':
      return r.pick([`${fmt(x, ',', '.')} €`, `€${two}`, `EUR ${fmt(x, ',', '.')}`]);
    case 'GBP':
      return r.pick([`£${two}`, `GBP ${two}`]);
    case 'CHF':
      return r.pick([`CHF ${fmt(x, '.', "'")}`, `Fr. ${fmt(x, '.', "'")}`]);
    default:
      return r.pick([`${fmt(x, ',', ' ')} kr`, `SEK ${fmt(x, ',', ' ')}`]);
  }
}

/** Low and high ends of a price range (null when open). */
function rangeRef(s: string): unknown {
  const nums = [...s.replace(/,(?=\d{3})/g, '').matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
  const t = s.toLowerCase();
  if (/^\s*(from|starting at|min\.?|ab)\b/.test(t) || /\+\s*$/.test(t)) return { min: nums[0], max: null };
  if (/^\s*(up to|under|max\.?|bis|less than)\b/.test(t)) return { min: null, max: nums[0] };
  if (nums.length === 2) return { min: nums[0], max: nums[1] };
  if (nums.length === 1) return { min: nums[0], max: nums[0] };
  throw new Error(`no range in ${s}`);
}
function rangeGen(r: Rng): string {
  const a = r.chance(0.3) ? r.float(1, 99, 2) : r.int(1, 3000);
  const b = Number.isInteger(a) ? a + r.int(1, 2000) : round(a + r.float(1, 99, 2), 2);
  const f = (x: number): string => (Number.isInteger(x) ? group(x, ',') : x.toFixed(2));
  return r.pick([
    `$${f(a)} - $${f(b)}`,
    `$${f(a)}–$${f(b)}`,
    `${f(a)} to ${f(b)} USD`,
    `from $${f(a)}`,
    `From $${f(a)}`,
    `up to $${f(b)}`,
    `Under $${f(b)}`,
    `$${f(a)}+`,
    `$${f(a)}`,
    `USD ${f(a)}-${f(b)}`,
  ]);
}

/** An Indian rupee amount (lakh/crore grouping, or words) as a number. */
function inrRef(s: string): unknown {
  const t = s
    .toLowerCase()
    .replace(/₹|rs\.?|inr|\/-/g, '')
    .trim();
  const m = /^([\d,]+(?:\.\d+)?)\s*(lakh|lakhs|lac|crore|crores|cr)?$/.exec(t);
  if (!m?.[1]) throw new Error(`not a rupee amount: ${s}`);
  const n = Number(m[1].replace(/,/g, ''));
  const mult = !m[2] ? 1 : m[2].startsWith('l') ? 1e5 : 1e7;
  return round(n * mult, 2);
}
const lakh = (n: number): string => {
  const s = String(n);
  if (s.length <= 3) return s;
  const head = s.slice(0, -3).replace(/\B(?=(\d{2})+(?!\d))/g, ',');
  return `${head},${s.slice(-3)}`;
};
function inrGen(r: Rng): string {
  const n = r.pick([r.int(10, 999), r.int(1000, 99999), r.int(100000, 99999999)]);
  const sym = r.pick(['₹', '₹ ', 'Rs. ', 'Rs ', 'INR ']);
  if (r.chance(0.15)) return `${sym}${r.float(1, 99, 1)} ${r.pick(['lakh', 'crore', 'Lakh', 'Cr'])}`;
  const dec = r.chance(0.3) ? '.00' : '';
  return r.pad(`${sym}${lakh(n)}${dec}${r.chance(0.1) ? '/-' : ''}`);
}

/** ISO 4217 code for a currency symbol; a bare "$" or "¥" could be several currencies. */
const SYMBOL: Record<string, string> = {
  '€': 'EUR',
  '£': 'GBP',
  US$: 'USD',
  A$: 'AUD',
  AU$: 'AUD',
  C$: 'CAD',
  CA$: 'CAD',
  NZ$: 'NZD',
  HK$: 'HKD',
  S$: 'SGD',
  R$: 'BRL',
  '₹': 'INR',
  '₩': 'KRW',
  '₽': 'RUB',
  '₺': 'TRY',
  zł: 'PLN',
  Kč: 'CZK',
  '₪': 'ILS',
  '฿': 'THB',
  CHF: 'CHF',
};
function symbolRef(s: string): unknown {
  const t = s.trim();
  if (t === '$') return review('USD');
  if (t === '¥') return review('JPY');
  const code = SYMBOL[t] ?? SYMBOL[t.toUpperCase()];
  if (!code) throw new Error(`unknown symbol ${s}`);
  return code;
}
function symbolGen(r: Rng): string {
  return r.pad(r.chance(0.1) ? r.pick(['$', '¥']) : r.pick(Object.keys(SYMBOL)), 0.15);
}

/** Gross amount (net plus VAT, rounded to cents) from a row with a net amount and a VAT rate. */
function grossRef(row: { net: string; vat: string }): unknown {
  const net = Number(row.net.replace(/[^\d.-]/g, ''));
  const rate = Number(row.vat.replace(/[%\s]/g, '').replace(',', '.'));
  return round(net * (1 + (rate > 1 ? rate / 100 : rate)), 2);
}
function grossGen(r: Rng): { net: string; vat: string } {
  const net = r.float(1, 5000, 2);
  const rate = r.pick([19, 7, 20, 5.5, 21, 10, 0, 25, 8.1]);
  const vat = r.pick([
    `${rate}%`,
    `${rate} %`,
    ` ${rate}%`,
    `${String(rate).replace('.', ',')}%`,
    r.chance(0.5) ? String(rate / 100) : `${rate}%`,
  ]);
  return { net: r.pad(net.toFixed(2), 0.2), vat };
}

/** An amount written with a k/M/bn suffix, as a number. */
function suffixRef(s: string): unknown {
  const m = /^\s*\$?\s*([\d.,]+)\s*(k|K|thousand|m|M|mn|million|b|bn|B|billion)?\s*$/.exec(s);
  if (!m?.[1]) throw new Error(`not an amount: ${s}`);
  const n = Number(m[1].replace(/,/g, ''));
  const u = (m[2] ?? '').toLowerCase();
  const mult = u === '' ? 1 : u.startsWith('k') || u === 'thousand' ? 1e3 : u.startsWith('m') ? 1e6 : 1e9;
  return round(n * mult, 2);
}
function suffixGen(r: Rng): string {
  const u = r.pick(['k', 'K', 'M', 'm', 'bn', 'B', ' million', ' billion', '', 'k', 'M']);
  const n = r.pick([r.int(1, 999), r.float(1, 99, 1), r.float(1, 9, 2)]);
  const base = u === '' ? group(Math.round(n * 1000), ',') : String(n);
  return r.pad(`${r.chance(0.4) ? '$' : ''}${base}${u}`);
}

/** Price and unit from a shelf label ("€2.49/kg"), the price as a number. */
function unitPriceRef(s: string): unknown {
  const m = /([\d.,]+)\s*(?:€|\$|£|EUR)?\s*(?:\/|per|pro|le)\s*(\d*\s*[a-zA-Z]+)/.exec(s);
  if (!m?.[1] || !m[2]) throw new Error(`no unit price in ${s}`);
  return { price: Number(m[1].replace(',', '.')), unit: m[2].replace(/\s+/g, '').toLowerCase() };
}
function unitPriceGen(r: Rng): string {
  const p = r.float(0.19, 39.99, 2);
  const unit = r.pick(['kg', 'kg', 'lb', 'l', '100g', '100 g', 'ea', 'm', 'KG', 'dozen']);
  const dot = p.toFixed(2);
  const comma = dot.replace('.', ',');
  return r.pick([
    `€${dot}/${unit}`,
    `${comma} €/${unit}`,
    `$${dot} per ${unit}`,
    `£${dot}/${unit}`,
    `${comma} € pro ${unit}`,
    `${comma} € le ${unit}`,
    `$${dot}/${unit}`,
  ]);
}

/** Percent off (whole number, rounded) from a was/now price pair. */
function discountRef(row: { was: string; now: string }): unknown {
  const n = (s: string): number => Number(s.replace(/[^\d.]/g, ''));
  return Math.round((1 - n(row.now) / n(row.was)) * 100);
}
function discountGen(r: Rng): { was: string; now: string } {
  const was = r.pick([r.int(5, 500), r.float(5, 500, 2)]);
  const now = round(was * (1 - r.int(5, 80) / 100), 2);
  const cur = r.pick(['$', '$', '£', '€']);
  return { was: r.pad(`${cur}${was.toFixed(2)}`, 0.1), now: `${cur}${now.toFixed(2)}` };
}

export const moneySpecs: Spec[] = [
  {
    name: 'price-de-to-number',
    category: 'money',
    description: 'Euro prices written the German way, as a number.',
    train: ['1.234,56 €', '12,99 €', '0,50 €'],
    gen: deGen,
    ref: deRef,
  },
  {
    name: 'price-locale-to-minor-units',
    category: 'money',
    description: 'Currency code and amount in minor units (cents; yen have none) from shop prices.',
    train: ['$1,234.50', '12,99 €', '£7.00'],
    gen: minorGen,
    ref: minorRef,
  },
  {
    name: 'price-range-min-max',
    category: 'money',
    description: 'Lower and upper bound of a price filter label (null when open).',
    train: ['$10 - $20', 'from $15', 'up to $30'],
    gen: rangeGen,
    ref: rangeRef,
  },
  {
    name: 'price-inr-lakh-grouping',
    category: 'money',
    description: 'Indian rupee amounts as a number.',
    train: ['₹1,23,456', 'Rs. 2,50,000.00', '₹999'],
    gen: inrGen,
    ref: inrRef,
  },
  {
    name: 'currency-symbol-to-code',
    category: 'money',
    description: 'ISO 4217 code for the currency symbol in a price column.',
    train: ['€', '£', 'A$', 'C$'],
    gen: symbolGen,
    ref: symbolRef,
  },
  {
    name: 'invoice-net-plus-vat',
    category: 'money',
    description: 'Gross amount from net amount and VAT rate, rounded to cents.',
    train: [
      { net: '100.00', vat: '19%' },
      { net: '59.90', vat: '7%' },
      { net: '1250.00', vat: '20%' },
    ],
    gen: grossGen,
    ref: grossRef,
  },
  {
    name: 'amount-k-m-bn-suffix',
    category: 'money',
    description: 'Amounts written with k / M / bn suffixes, as a number.',
    train: ['1.2k', '$3.5M', '750', '$2bn'],
    gen: suffixGen,
    ref: suffixRef,
  },
  {
    name: 'shelf-unit-price',
    category: 'money',
    description: 'Price and unit from shelf-label unit prices.',
    train: ['€2.49/kg', '$1.20 per lb', '3,99 €/kg'],
    gen: unitPriceGen,
    ref: unitPriceRef,
  },
  {
    name: 'discount-percent-off',
    category: 'money',
    description: 'Percent off (rounded) from the old and the new price.',
    train: [
      { was: '$40.00', now: '$30.00' },
      { was: '$19.99', now: '$9.99' },
      { was: '£120.00', now: '£96.00' },
    ],
    gen: discountGen,
    ref: discountRef,
  },
];
