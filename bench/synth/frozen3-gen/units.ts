/** Physical quantities and sensor strings: temperatures, weights, lengths, sizes, speeds, volumes. */
import { review, round, type Rng, type Spec } from './kit.ts';

const num = (s: string): number => Number(s.replace(',', '.'));

/** A temperature in °C, one decimal. */
function tempRef(s: string): unknown {
  const m = /^\s*(-?\d+(?:[.,]\d+)?)\s*°?\s*(C|F|K|celsius|fahrenheit|kelvin)\s*$/i.exec(s);
  if (!m?.[1] || !m[2]) throw new Error(`not a temperature: ${s}`);
  const v = num(m[1]);
  const u = m[2][0]!.toUpperCase();
  return round(u === 'C' ? v : u === 'F' ? ((v - 32) * 5) / 9 : v - 273.15, 1);
}
function tempGen(r: Rng): string {
  const u = r.pick(['C', 'F', 'F', 'K', 'c', 'f']);
  const v = u.toUpperCase() === 'K' ? r.float(250, 320, 2) : r.pick([r.int(-30, 110), r.float(-20, 45, 1)]);
  const vs = r.chance(0.15) ? String(v).replace('.', ',') : String(v);
  return r.pad(
    r.pick([
      `${vs}°${u}`,
      `${vs} °${u}`,
      `${vs}${u}`,
      `${vs} ${u}`,
      `${vs} ${u === 'K' ? 'kelvin' : u === 'C' ? 'Celsius' : 'Fahrenheit'}`,
    ]),
  );
}

const KG: Record<string, number> = {
  kg: 1,
  kgs: 1,
  g: 0.001,
  lb: 0.45359237,
  lbs: 0.45359237,
  oz: 0.028349523125,
  st: 6.35029318,
  t: 1000,
};
/** A weight in kilograms (three decimals); several parts ("5 lb 4 oz") are added. */
function weightRef(s: string): unknown {
  const parts = [...s.toLowerCase().matchAll(/(\d+(?:[.,]\d+)?)\s*(kgs?|g|lbs?|oz|st|t)\b/g)];
  if (parts.length === 0) throw new Error(`not a weight: ${s}`);
  return round(
    parts.reduce((sum, p) => sum + num(p[1]!) * KG[p[2]!]!, 0),
    3,
  );
}
function weightGen(r: Rng): string {
  switch (r.int(0, 6)) {
    case 0:
      return `${r.float(0.1, 80, 1)} kg`;
    case 1:
      return `${r.int(1, 220)} ${r.pick(['lb', 'lbs', 'LBS'])}`;
    case 2:
      return `${r.int(5, 990)}g`;
    case 3:
      return `${r.int(1, 30)} lb ${r.int(1, 15)} oz`;
    case 4:
      return `${r.int(1, 40)} oz`;
    case 5:
      return `${r.int(6, 20)} st ${r.int(0, 13)} lb`;
    default:
      return `${String(r.float(0.1, 9, 2)).replace('.', ',')} kg`;
  }
}

/** A person's height in centimetres (one decimal). */
function heightRef(s: string): unknown {
  const t = s.trim().toLowerCase();
  let m = /^(\d)\s*(?:'|’|ft|feet|foot)\s*(?:(\d+(?:\.\d+)?)\s*(?:"|”|''|in|inches)?)?$/.exec(t);
  if (m) return round((Number(m[1]) * 12 + Number(m[2] ?? 0)) * 2.54, 1);
  m = /^(\d+(?:[.,]\d+)?)\s*(cm|m)$/.exec(t);
  if (m) return round(num(m[1]!) * (m[2] === 'm' ? 100 : 1), 1);
  m = /^(\d+(?:\.\d+)?)\s*(?:in|inches|")$/.exec(t);
  if (m) return round(Number(m[1]) * 2.54, 1);
  throw new Error(`not a height: ${s}`);
}
function heightGen(r: Rng): string {
  const ft = r.int(4, 6);
  const inch = r.int(0, 11);
  const cm = r.int(145, 205);
  return r.pick([
    `${ft}'${inch}"`,
    `${ft}' ${inch}"`,
    `${ft} ft ${inch} in`,
    `${ft}ft${inch}`,
    `${cm} cm`,
    `${cm}cm`,
    `${(cm / 100).toFixed(2)} m`,
    `${ft}'${inch}.5"`,
    `${ft * 12 + inch} in`,
    `${ft}'`,
  ]);
}

/** A size in bytes: kB/MB/GB are powers of 1000, KiB/MiB/GiB of 1024; a bare K/M/G could be either. */
function bytesRef(s: string): unknown {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(i?)(b?)(?:ytes)?\s*$/i.exec(s);
  if (!m?.[1]) throw new Error(`not a size: ${s}`);
  const p = ' kmgt'.indexOf((m[2] || ' ').toLowerCase());
  const n = Number(m[1]);
  if (p === 0) return Math.round(n);
  if (m[3]) return Math.round(n * 1024 ** p);
  if (!m[4]) return review(Math.round(n * 1024 ** p));
  return Math.round(n * 1000 ** p);
}
function bytesGen(r: Rng): string {
  const n = r.pick([r.int(1, 999), r.float(0.5, 99, 1)]);
  const u = r.pick(['KB', 'kB', 'MB', 'GB', 'TB', 'KiB', 'MiB', 'GiB', 'mb', 'K', 'M', 'G', 'bytes', 'B']);
  const v = u === 'bytes' || u === 'B' ? Math.round(n * 1000) : n;
  return r.pad(`${v}${r.pick(['', ' '])}${u}`);
}

/** Temperature, humidity and pressure from a sensor's key=value line (null when a key is missing). */
function sensorRef(s: string): unknown {
  const get = (re: RegExp): number | null => {
    const m = re.exec(s);
    return m?.[1] === undefined ? null : Number(m[1]);
  };
  return {
    temp_c: get(/\b(?:t|temp)\s*[=:]\s*(-?\d+(?:\.\d+)?)\s*°?c?/i),
    humidity: get(/\b(?:h|hum|rh)\s*[=:]\s*(\d+(?:\.\d+)?)\s*%?/i),
    pressure_hpa: get(/\b(?:p|pres|press)\s*[=:]\s*(\d+(?:\.\d+)?)\s*(?:hpa|mbar)?/i),
  };
}
function sensorGen(r: Rng): string {
  const keys = r.pick([
    ['T', 'H', 'P'],
    ['temp', 'hum', 'pres'],
    ['t', 'rh', 'p'],
  ]);
  const parts = [
    `${keys[0]}=${r.float(-10, 40, 1)}${r.pick(['C', '°C', ''])}`,
    `${keys[1]}=${r.float(10, 99, 1)}${r.pick(['%', ''])}`,
    `${keys[2]}=${r.float(960, 1040, 1)}${r.pick(['hPa', 'mbar', ''])}`,
  ].filter(() => r.chance(0.85));
  if (r.chance(0.3)) parts.reverse();
  const sep = r.pick([' ', ';', ', ', '  ']);
  return `${r.pick(['', `dev${r.int(1, 99)} `, `[${r.int(1000, 9999)}] `])}${parts.join(sep)}`;
}

/** A speed in km/h (one decimal). */
function speedRef(s: string): unknown {
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*(mph|km\/h|kmh|kph|m\/s|kn|knots|kt)\s*$/i.exec(s);
  if (!m?.[1] || !m[2]) throw new Error(`not a speed: ${s}`);
  const f: Record<string, number> = {
    mph: 1.609344,
    'km/h': 1,
    kmh: 1,
    kph: 1,
    'm/s': 3.6,
    kn: 1.852,
    knots: 1.852,
    kt: 1.852,
  };
  return round(num(m[1]) * f[m[2].toLowerCase()]!, 1);
}
function speedGen(r: Rng): string {
  const u = r.pick(['mph', 'km/h', 'km/h', 'kph', 'm/s', 'kn', 'knots', 'MPH', 'kmh']);
  return r.pad(`${r.pick([r.int(1, 180), r.float(0.5, 40, 1)])}${r.pick([' ', ''])}${u}`);
}

const L: Record<string, number> = {
  l: 1,
  liter: 1,
  liters: 1,
  litre: 1,
  litres: 1,
  ml: 0.001,
  cl: 0.01,
  dl: 0.1,
  gal: 3.785411784,
  'us gal': 3.785411784,
  'imp gal': 4.54609,
  'fl oz': 0.0295735295625,
  qt: 0.946352946,
  pt: 0.473176473,
};
/** A volume in litres (three decimals); gallons and fluid ounces are US unless written "imp". */
function volumeRef(s: string): unknown {
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*(imp gal|us gal|fl\.? ?oz|[a-z]+)\.?\s*$/i.exec(s);
  if (!m?.[1] || !m[2]) throw new Error(`not a volume: ${s}`);
  const u = m[2].toLowerCase().replace(/fl\.? ?oz/, 'fl oz');
  const f = L[u];
  if (f === undefined) throw new Error(`unknown unit in ${s}`);
  return round(num(m[1]) * f, 3);
}
function volumeGen(r: Rng): string {
  const u = r.pick(['L', 'l', 'ml', 'mL', 'cl', 'gal', 'fl oz', 'fl. oz', 'qt', 'imp gal', 'litres', 'dl']);
  const n = u.toLowerCase() === 'ml' ? r.int(5, 2000) : r.pick([r.int(1, 50), r.float(0.1, 20, 1)]);
  return r.pad(`${n}${r.pick([' ', ''])}${u}`);
}

/** Fuel consumption in L/100 km (two decimals) from mpg (US), L/100 km or km/L. */
function fuelRef(s: string): unknown {
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*(mpg|l\/100\s?km|km\/l)\s*$/i.exec(s);
  if (!m?.[1] || !m[2]) throw new Error(`not a consumption: ${s}`);
  const v = num(m[1]);
  const u = m[2].toLowerCase();
  return round(u === 'mpg' ? 235.214583 / v : u === 'km/l' ? 100 / v : v, 2);
}
function fuelGen(r: Rng): string {
  return r.pad(
    r.pick([
      `${r.int(12, 60)} mpg`,
      `${r.float(3.5, 14, 1)} l/100km`,
      `${r.float(3.5, 14, 1)} L/100 km`,
      `${r.float(6, 30, 1)} km/l`,
      `${String(r.float(3.5, 14, 1)).replace('.', ',')} l/100km`,
      `${r.int(12, 60)}MPG`,
    ]),
  );
}

/** Power in watts; hp is mechanical horsepower (745.7 W), PS metric (735.5 W). */
function powerRef(s: string): unknown {
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*(mw|kw|w|hp|bhp|ps)\s*$/i.exec(s);
  if (!m?.[1] || !m[2]) throw new Error(`not a power: ${s}`);
  const u = m[2];
  const f =
    u === 'MW'
      ? 1e6
      : u === 'mW'
        ? 0.001
        : ({ kw: 1000, w: 1, hp: 745.7, bhp: 745.7, ps: 735.49875 }[u.toLowerCase()] ?? NaN);
  return round(num(m[1]) * f, 1);
}
function powerGen(r: Rng): string {
  const u = r.pick(['W', 'kW', 'kW', 'hp', 'HP', 'PS', 'MW', 'mW', 'bhp', 'KW']);
  const n = u === 'mW' ? r.int(1, 900) : r.pick([r.int(1, 900), r.float(0.5, 50, 1)]);
  return r.pad(`${n}${r.pick([' ', ''])}${u}`);
}

export const unitSpecs: Spec[] = [
  {
    name: 'temperature-to-celsius',
    category: 'units',
    description: 'Temperatures in °C (one decimal).',
    train: ['72°F', '22 °C', '-4°F', '295.15 K'],
    gen: tempGen,
    ref: tempRef,
  },
  {
    name: 'weight-to-kg',
    category: 'units',
    description: 'Parcel weights in kilograms (three decimals).',
    train: ['12 lb', '500g', '1.2 kg', '5 lb 4 oz'],
    gen: weightGen,
    ref: weightRef,
  },
  {
    name: 'height-to-cm',
    category: 'units',
    description: 'Heights from a sign-up form in centimetres (one decimal).',
    train: [`5'11"`, '6 ft 2 in', '180 cm'],
    gen: heightGen,
    ref: heightRef,
  },
  {
    name: 'file-size-to-bytes',
    category: 'units',
    description: 'File sizes in bytes (kB/MB decimal, KiB/MiB binary).',
    train: ['1.5 GB', '512 KiB', '20 MB', '3 GiB'],
    gen: bytesGen,
    ref: bytesRef,
  },
  {
    name: 'sensor-line-fields',
    category: 'units',
    description: 'Temperature, humidity and pressure from weather-station lines (null when missing).',
    train: ['T=23.4C H=45.0% P=1013.2hPa', 'T=-2.5C H=88.1% P=990.0hPa', 'T=30.1C H=20.5%'],
    gen: sensorGen,
    ref: sensorRef,
  },
  {
    name: 'speed-to-kmh',
    category: 'units',
    description: 'Speeds in km/h (one decimal).',
    train: ['60 mph', '100 km/h', '30 m/s'],
    gen: speedGen,
    ref: speedRef,
  },
  {
    name: 'volume-to-litres',
    category: 'units',
    description: 'Volumes in litres (three decimals); US gallons and fluid ounces.',
    train: ['2 gal', '500 ml', '16 fl oz', '1.5 L'],
    gen: volumeGen,
    ref: volumeRef,
  },
  {
    name: 'fuel-economy-to-l-per-100km',
    category: 'units',
    description: 'Fuel consumption in L/100 km (two decimals).',
    train: ['30 mpg', '6.5 l/100km', '15 km/l'],
    gen: fuelGen,
    ref: fuelRef,
  },
  {
    name: 'power-to-watts',
    category: 'units',
    description: 'Engine and appliance power in watts.',
    train: ['1.5 kW', '2 hp', '750 W'],
    gen: powerGen,
    ref: powerRef,
  },
];
