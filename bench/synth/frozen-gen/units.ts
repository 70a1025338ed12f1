import { round, type FrozenSpec, type Rng } from './lib.ts';

/** A measurement with up to `decimals` decimals, written with "." (or "," when `comma`). */
function amount(rng: Rng, lo: number, hi: number, decimals: number): number {
  const f = 10 ** rng.int(0, decimals);
  return rng.int(lo * f, hi * f) / f;
}

export const units: FrozenSpec[] = [
  {
    name: 'weight-to-kg',
    category: 'units',
    description:
      'Package weights in mixed units (kg, g, lb, oz) become {kg}, rounded to 2 decimals (1 lb = 0.45359237 kg, 1 oz = 1/16 lb).',
    train: [
      { input: { weight: '12 kg' }, output: { kg: 12 } },
      { input: { weight: '5 lb' }, output: { kg: 2.27 } },
      { input: { weight: '500 g' }, output: { kg: 0.5 } },
    ],
    record(rng) {
      const unit = rng.weighted([
        ['kg', 4],
        ['g', 2],
        ['lb', 3],
        ['oz', 1],
      ] as const);
      const value =
        unit === 'g' ? rng.int(1, 2000) : unit === 'oz' ? rng.int(1, 64) : amount(rng, 0, 80, 2) || 1;
      const factor = { kg: 1, g: 0.001, lb: 0.45359237, oz: 0.45359237 / 16 }[unit];
      const written = rng.weighted([
        [unit, 6],
        [unit === 'lb' ? 'lbs' : unit === 'kg' ? 'kgs' : unit, 1],
        [unit.toUpperCase(), 1],
      ] as const);
      const space = rng.chance(0.75) ? ' ' : '';
      const num = unit === 'kg' && rng.chance(0.1) ? String(value).replace('.', ',') : String(value);
      return { input: { weight: `${num}${space}${written}` }, output: { kg: round(value * factor, 2) } };
    },
  },
  {
    name: 'distance-to-km',
    category: 'units',
    description:
      'Run and ride distances (km, m, mi, miles) become {km}, rounded to 2 decimals (1 mi = 1.609344 km).',
    train: [
      { input: { distance: '10 km' }, output: { km: 10 } },
      { input: { distance: '6.2 mi' }, output: { km: 9.98 } },
      { input: { distance: '800 m' }, output: { km: 0.8 } },
    ],
    record(rng) {
      const unit = rng.weighted([
        ['km', 4],
        ['m', 2],
        ['mi', 3],
        ['miles', 1],
      ] as const);
      const value = unit === 'm' ? rng.int(50, 20000) : amount(rng, 1, 200, 1);
      const factor = { km: 1, m: 0.001, mi: 1.609344, miles: 1.609344 }[unit];
      const num =
        unit === 'm' && value >= 1000 && rng.chance(0.3) ? value.toLocaleString('en-US') : String(value);
      const written = value === 1 && unit === 'miles' ? 'mile' : unit;
      return {
        input: { distance: `${num}${rng.chance(0.8) ? ' ' : ''}${written}` },
        output: { km: round(value * factor, 2) },
      };
    },
  },
  {
    name: 'temperature-to-celsius',
    category: 'units',
    description:
      'Temperatures from sensors and recipes (°C, °F, C, F, K) become {celsius}, rounded to 1 decimal.',
    train: [
      { input: { temp: '72°F' }, output: { celsius: 22.2 } },
      { input: { temp: '22°C' }, output: { celsius: 22 } },
      { input: { temp: '-5°C' }, output: { celsius: -5 } },
    ],
    record(rng) {
      const unit = rng.weighted([
        ['C', 5],
        ['F', 5],
        ['K', 1],
      ] as const);
      const value =
        unit === 'K'
          ? amount(rng, 200, 400, 2)
          : unit === 'C'
            ? amount(rng, -40, 250, 1)
            : amount(rng, -40, 480, 1);
      const celsius = unit === 'C' ? value : unit === 'F' ? ((value - 32) * 5) / 9 : value - 273.15;
      const written =
        unit === 'K'
          ? `${value} K`
          : `${value}${rng.weighted([
              [`°${unit}`, 6],
              [` °${unit}`, 2],
              [` ${unit}`, 1],
              [unit, 1],
            ] as const)}`;
      return { input: { temp: written }, output: { celsius: round(celsius, 1) } };
    },
  },
  {
    name: 'height-to-cm',
    category: 'units',
    description:
      'Heights from sign-up forms (feet and inches, cm, m) become {cm}, rounded to a whole number (1 in = 2.54 cm).',
    train: [
      { input: { height: '5\'11"' }, output: { cm: 180 } },
      { input: { height: '180 cm' }, output: { cm: 180 } },
      { input: { height: '6\'2"' }, output: { cm: 188 } },
    ],
    record(rng) {
      const form = rng.weighted([
        ['ftin', 4],
        ['cm', 3],
        ['m', 1],
        ['ftinwords', 1],
        ['ft', 1],
      ] as const);
      if (form === 'cm') {
        const cm = rng.int(140, 210);
        return { input: { height: `${cm}${rng.chance(0.8) ? ' ' : ''}cm` }, output: { cm } };
      }
      if (form === 'm') {
        const m = rng.int(140, 210) / 100;
        return { input: { height: `${m} m` }, output: { cm: Math.round(m * 100) } };
      }
      const ft = rng.int(4, 6);
      const inch = form === 'ft' ? 0 : rng.int(0, 11);
      const cm = Math.round((ft * 12 + inch) * 2.54);
      const text =
        form === 'ft'
          ? `${ft}'`
          : form === 'ftinwords'
            ? `${ft} ft ${inch} in`
            : rng.chance(0.85)
              ? `${ft}'${inch}"`
              : `${ft}' ${inch}"`;
      return { input: { height: text }, output: { cm } };
    },
  },
  {
    name: 'file-size-bytes',
    category: 'units',
    description:
      'File sizes as shown by a file manager (B, KB, MB, GB, TB, binary: 1 KB = 1024 B) become {bytes}, a whole number (rounded).',
    train: [
      { input: { size: '512 MB' }, output: { bytes: 536870912 } },
      { input: { size: '1.5 GB' }, output: { bytes: 1610612736 } },
      { input: { size: '700 KB' }, output: { bytes: 716800 } },
    ],
    record(rng) {
      const unit = rng.weighted([
        ['B', 1],
        ['KB', 3],
        ['MB', 4],
        ['GB', 3],
        ['TB', 1],
      ] as const);
      const power = ['B', 'KB', 'MB', 'GB', 'TB'].indexOf(unit);
      const value = unit === 'B' ? rng.int(0, 1023) : amount(rng, 1, 1023, 1);
      const num = value >= 1000 && rng.chance(0.5) ? value.toLocaleString('en-US') : String(value);
      return {
        input: { size: `${num}${rng.chance(0.8) ? ' ' : ''}${unit}` },
        output: { bytes: Math.round(value * 1024 ** power) },
      };
    },
  },
  {
    name: 'package-dimensions',
    category: 'units',
    description:
      'Package dimensions ("L x W x H unit") become {length, width, height, unit} as numbers and the unit ("cm" or "in").',
    train: [
      { input: { dims: '30 x 20 x 10 cm' }, output: { length: 30, width: 20, height: 10, unit: 'cm' } },
      { input: { dims: '40 x 30 x 15 cm' }, output: { length: 40, width: 30, height: 15, unit: 'cm' } },
      { input: { dims: '12 x 8 x 4 in' }, output: { length: 12, width: 8, height: 4, unit: 'in' } },
    ],
    record(rng) {
      const unit = rng.pick(['cm', 'cm', 'in'] as const);
      const [l, w, h] = [amount(rng, 1, 120, 1), amount(rng, 1, 80, 1), amount(rng, 1, 60, 1)];
      const x = rng.weighted([
        [' x ', 6],
        ['x', 2],
        [' × ', 1],
        [' X ', 1],
      ] as const);
      const text = rng.chance(0.15)
        ? `${l}${unit}${x}${w}${unit}${x}${h}${unit}`
        : `${l}${x}${w}${x}${h}${rng.chance(0.85) ? ' ' : ''}${unit === 'in' && rng.chance(0.3) ? 'inches' : unit}`;
      return { input: { dims: text }, output: { length: l, width: w, height: h, unit } };
    },
  },
];
