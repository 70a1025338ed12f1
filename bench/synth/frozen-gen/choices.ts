import type { FrozenSpec, Rng } from './lib.ts';

/** Writes a word the ways people do: as is, lower, upper, with stray spaces. */
function variant(rng: Rng, word: string): string {
  return rng.weighted([
    [word, 5],
    [word.toLowerCase(), 2],
    [word.toUpperCase(), 2],
    [` ${word} `, 1],
  ] as const);
}

export const booleans: FrozenSpec[] = [
  {
    name: 'yes-no-to-boolean',
    category: 'booleans',
    description:
      'Survey answers in several languages and styles become {value}: true for yes-like answers (yes, y, true, 1, on, oui, ja, sí), false for no-like ones (no, n, false, 0, off, non, nein), null for blanks and anything else.',
    train: [
      { input: { answer: 'Yes' }, output: { value: true } },
      { input: { answer: 'no' }, output: { value: false } },
      { input: { answer: 'Y' }, output: { value: true } },
      { input: { answer: 'N' }, output: { value: false } },
    ],
    record(rng) {
      const [word, value] = rng.weighted([
        [['Yes', true], 5],
        [['No', false], 5],
        [['Y', true], 2],
        [['N', false], 2],
        [['true', true], 1],
        [['false', false], 1],
        [['1', true], 1],
        [['0', false], 1],
        [['on', true], 1],
        [['off', false], 1],
        [['oui', true], 1],
        [['non', false], 1],
        [['ja', true], 1],
        [['nein', false], 1],
        [['sí', true], 1],
        [['', null], 1],
        [['n/a', null], 1],
        [['maybe', null], 1],
      ] as const);
      return { input: { answer: variant(rng, word) }, output: { value } };
    },
  },
  {
    name: 'stock-availability',
    category: 'booleans',
    description:
      'Supplier availability texts become {inStock, qty}: inStock true when it can ship now; qty the count when one is written, 0 when not in stock, otherwise null.',
    train: [
      { input: { availability: 'In stock' }, output: { inStock: true, qty: null } },
      { input: { availability: 'Out of stock' }, output: { inStock: false, qty: 0 } },
      { input: { availability: 'Only 3 left' }, output: { inStock: true, qty: 3 } },
    ],
    record(rng) {
      const n = rng.int(1, 250);
      const [text, inStock, qty] = rng.weighted([
        [['In stock', true, null], 5],
        [['Out of stock', false, 0], 4],
        [[`Only ${n} left`, true, n], 2],
        [[`${n} in stock`, true, n], 2],
        [['Sold out', false, 0], 1],
        [['Available', true, null], 1],
        [['Backordered', false, 0], 1],
        [['Currently unavailable', false, 0], 1],
        [[`In stock (${n} units)`, true, n], 1],
      ] as const);
      return { input: { availability: variant(rng, text) }, output: { inStock, qty } };
    },
  },
  {
    name: 'account-status-active',
    category: 'booleans',
    description:
      'Account statuses from three systems become {active}: active, A, enabled, 1 are true; inactive, I, disabled, suspended, closed, 0 are false.',
    train: [
      { input: { status: 'Active' }, output: { active: true } },
      { input: { status: 'Inactive' }, output: { active: false } },
      { input: { status: 'active' }, output: { active: true } },
    ],
    record(rng) {
      const [word, active] = rng.weighted([
        [['Active', true], 5],
        [['Inactive', false], 4],
        [['A', true], 2],
        [['I', false], 2],
        [['Enabled', true], 1],
        [['Disabled', false], 1],
        [['Suspended', false], 1],
        [['Closed', false], 1],
        [['1', true], 1],
        [['0', false], 1],
      ] as const);
      return { input: { status: variant(rng, word) }, output: { active } };
    },
  },
];

export const enums: FrozenSpec[] = [
  {
    name: 'order-status-codes',
    category: 'enums',
    description:
      'One-letter order status codes, with the table the user gave as the examples (P pending, S shipped, D delivered, C cancelled), become {status}; other systems write the word itself, in any case (US "canceled" too).',
    train: [
      { input: { status: 'P' }, output: { status: 'pending' } },
      { input: { status: 'S' }, output: { status: 'shipped' } },
      { input: { status: 'D' }, output: { status: 'delivered' } },
      { input: { status: 'C' }, output: { status: 'cancelled' } },
    ],
    record(rng) {
      const status = rng.pick(['pending', 'shipped', 'delivered', 'cancelled'] as const);
      const code = status[0]?.toUpperCase() as string;
      const written = rng.weighted([
        [code, 6],
        [code.toLowerCase(), 1],
        [` ${code}`, 1],
        [status === 'cancelled' && rng.chance(0.5) ? 'canceled' : status, 1],
        [status.charAt(0).toUpperCase() + status.slice(1), 1],
        [status.toUpperCase(), 1],
      ] as const);
      return { input: { status: written }, output: { status } };
    },
  },
  {
    name: 'country-name-to-iso',
    category: 'enums',
    description:
      'Country names from a shipping form (English, native, abbreviations) become {code} as ISO 3166 alpha-2 (the United Kingdom is GB).',
    train: [
      { input: { country: 'Germany' }, output: { code: 'DE' } },
      { input: { country: 'United States' }, output: { code: 'US' } },
      { input: { country: 'Japan' }, output: { code: 'JP' } },
      { input: { country: 'France' }, output: { code: 'FR' } },
    ],
    record(rng) {
      const [name, code] = rng.weighted([
        [['Germany', 'DE'], 4],
        [['United States', 'US'], 5],
        [['Japan', 'JP'], 2],
        [['France', 'FR'], 3],
        [['Deutschland', 'DE'], 1],
        [['USA', 'US'], 2],
        [['U.S.', 'US'], 1],
        [['United States of America', 'US'], 1],
        [['United Kingdom', 'GB'], 2],
        [['UK', 'GB'], 1],
        [['Great Britain', 'GB'], 1],
        [['Spain', 'ES'], 1],
        [['España', 'ES'], 1],
        [['Italy', 'IT'], 1],
        [['Canada', 'CA'], 1],
      ] as const);
      return { input: { country: variant(rng, name) }, output: { code } };
    },
  },
  {
    name: 'apparel-size-label',
    category: 'enums',
    description:
      "Size labels from several suppliers become {size} as one of S, M, L, XL (the user's table: Small S, Medium M, Large L, X-Large XL; abbreviations and the codes themselves mean the same).",
    train: [
      { input: { size: 'Small' }, output: { size: 'S' } },
      { input: { size: 'Medium' }, output: { size: 'M' } },
      { input: { size: 'Large' }, output: { size: 'L' } },
      { input: { size: 'X-Large' }, output: { size: 'XL' } },
    ],
    record(rng) {
      const [word, size] = rng.weighted([
        [['Small', 'S'], 3],
        [['Medium', 'M'], 3],
        [['Large', 'L'], 3],
        [['X-Large', 'XL'], 2],
        [['S', 'S'], 2],
        [['M', 'M'], 2],
        [['L', 'L'], 2],
        [['XL', 'XL'], 2],
        [['Sm', 'S'], 1],
        [['Med', 'M'], 1],
        [['Lg', 'L'], 1],
        [['Extra Large', 'XL'], 1],
        [['XLarge', 'XL'], 1],
      ] as const);
      return { input: { size: variant(rng, word) }, output: { size } };
    },
  },
  {
    name: 'payment-method-kind',
    category: 'enums',
    description:
      'Payment method descriptions from a checkout export become {method}: card (any card brand), paypal, or bank (bank transfer, wire, SEPA, ACH).',
    train: [
      { input: { payment: 'Visa ****1234' }, output: { method: 'card' } },
      { input: { payment: 'PayPal (jane@example.com)' }, output: { method: 'paypal' } },
      { input: { payment: 'Bank transfer' }, output: { method: 'bank' } },
    ],
    record(rng) {
      const last4 = String(rng.int(0, 9999)).padStart(4, '0');
      const [text, method] = rng.weighted([
        [[`Visa ****${last4}`, 'card'], 4],
        [[`Mastercard ****${last4}`, 'card'], 3],
        [[`AMEX ****${last4.slice(0, 4)}`, 'card'], 1],
        [[`Discover ending in ${last4}`, 'card'], 1],
        [[`PayPal (${rng.pick(['jane', 'bob', 'li.wang'])}@example.com)`, 'paypal'], 3],
        [['PayPal', 'paypal'], 1],
        [['Bank transfer', 'bank'], 2],
        [['Wire transfer', 'bank'], 1],
        [['SEPA Direct Debit', 'bank'], 1],
        [['ACH', 'bank'], 1],
      ] as const);
      return { input: { payment: rng.chance(0.1) ? text.toLowerCase() : text }, output: { method } };
    },
  },
  {
    name: 'ticket-priority',
    category: 'enums',
    description:
      'Ticket priorities from two trackers become {priority} 1–3: P1/high/urgent/critical 1, P2/medium/normal 2, P3/low 3.',
    train: [
      { input: { priority: 'P1' }, output: { priority: 1 } },
      { input: { priority: 'high' }, output: { priority: 1 } },
      { input: { priority: 'P2' }, output: { priority: 2 } },
      { input: { priority: 'low' }, output: { priority: 3 } },
    ],
    record(rng) {
      const [word, priority] = rng.weighted([
        [['P1', 1], 3],
        [['P2', 2], 3],
        [['P3', 3], 3],
        [['high', 1], 2],
        [['medium', 2], 2],
        [['low', 3], 2],
        [['urgent', 1], 1],
        [['critical', 1], 1],
        [['normal', 2], 1],
      ] as const);
      return { input: { priority: variant(rng, word) }, output: { priority } };
    },
  },
];
