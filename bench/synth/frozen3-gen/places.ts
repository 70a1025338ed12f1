/** Addresses of several countries and phone numbers, as they come out of order forms and CRMs. */
import { review, type Rng, type Spec } from './kit.ts';

const sp = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** UK postcode (normalized, one space) and its outward code, from the end of an address line. */
function ukRef(line: string): unknown {
  const m = /([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})\s*$/i.exec(line.trim());
  if (!m?.[1] || !m[2]) throw new Error(`no postcode in ${line}`);
  const outward = m[1].toUpperCase();
  return { postcode: `${outward} ${m[2].toUpperCase()}`, outward };
}
function ukGen(r: Rng): string {
  const out = r.pick(['SW1A', 'EC1A', 'M1', 'B33', 'CR2', 'DN55', 'LS6', 'W1D', 'EH1', 'G12', 'BT7', 'CF10']);
  const inw = `${r.int(0, 9)}${r.pick([...'ABDEFGHJLNPQRSTUWXYZ'])}${r.pick([...'ABDEFGHJLNPQRSTUWXYZ'])}`;
  const street = `${r.int(1, 220)} ${r.pick(['High Street', 'Church Road', 'Station Rd', 'Victoria Avenue', 'Mill Lane'])}`;
  const town = r.pick(['London', 'Manchester', 'Birmingham', 'Leeds', 'Glasgow', 'Cardiff', 'Belfast']);
  let pc = r.chance(0.2) ? `${out}${inw}` : `${out} ${inw}`;
  if (r.chance(0.25)) pc = pc.toLowerCase();
  const sep = r.pick([', ', ', ', ' ', ',  ']);
  return r.pad(`${street}${sep}${town}${sep}${pc}`);
}

/** French postal code, city and département (three digits overseas, 97x/98x). */
function frRef(line: string): unknown {
  const m = /\b(\d{2})\s?(\d{3})\s+([^,\d]+?)(?:\s+cedex(?:\s*\d+)?)?\s*(?:,\s*france)?\s*$/i.exec(
    line.trim(),
  );
  if (!m?.[1] || !m[2] || !m[3]) throw new Error(`no code postal in ${line}`);
  const cp = `${m[1]}${m[2]}`;
  const dep = cp.startsWith('97') || cp.startsWith('98') ? cp.slice(0, 3) : cp.slice(0, 2);
  return { postal_code: cp, city: m[3].trim().toUpperCase(), department: dep };
}
function frGen(r: Rng): string {
  const [cp, city] = r.pick([
    ['75002', 'Paris'],
    ['69003', 'Lyon'],
    ['13001', 'Marseille'],
    ['33000', 'Bordeaux'],
    ['59800', 'Lille'],
    ['97400', 'Saint-Denis'],
    ['97200', 'Fort-de-France'],
    ['06000', 'Nice'],
    ['01000', 'Bourg-en-Bresse'],
    ['67000', 'Strasbourg'],
  ] as const);
  const street = `${r.int(1, 140)}${r.chance(0.15) ? ' bis' : ''} ${r.pick(['rue de la Paix', 'avenue Jean Jaurès', 'bd Victor Hugo', 'place du Marché'])}`;
  const c = r.chance(0.3) ? city.toUpperCase() : city;
  const code = r.chance(0.1) ? `${cp.slice(0, 2)} ${cp.slice(2)}` : cp;
  const cedex = r.chance(0.1) ? ` CEDEX ${r.int(1, 9)}` : '';
  const country = r.chance(0.15) ? ', France' : '';
  return r.pad(`${street}, ${code} ${c}${cedex}${country}`);
}

/** Japanese postal code (NNN-NNNN) and prefecture from an address line. */
function jpRef(line: string): unknown {
  const norm = line
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[－ー‐]/g, '-');
  const m = /(\d{3})-?(\d{4})/.exec(norm);
  const p = /(東京都|北海道|(?:大阪|京都)府|\S{2,3}?県)/.exec(norm.replace(/^.*?\d{3}-?\d{4}\s*/, ''));
  if (!m || !p) throw new Error(`no postal code or prefecture in ${line}`);
  return { postal_code: `${m[1]}-${m[2]}`, prefecture: p[1] };
}
function jpGen(r: Rng): string {
  const code = `${r.int(100, 999)}${r.pick(['-', '-', '', '－'])}${r.digits(4)}`;
  const full = r.chance(0.2)
    ? code.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
    : code;
  const mark = r.pick(['〒', '〒', '', '〒 ']);
  const [pref, rest] = r.pick([
    ['東京都', '渋谷区渋谷2-21-1'],
    ['北海道', '札幌市中央区北1条西2'],
    ['大阪府', '大阪市北区梅田3-1-1'],
    ['京都府', '京都市下京区烏丸通七条下ル'],
    ['神奈川県', '横浜市西区みなとみらい1-1'],
    ['愛知県', '名古屋市中村区名駅1-1-4'],
    ['福岡県', '福岡市博多区博多駅中央街1-1'],
    ['沖縄県', '那覇市泉崎1-2-2'],
  ] as const);
  return `${mark}${full}${r.pick([' ', '', '　'])}${pref}${rest}`;
}

const STATES = ['IL', 'CA', 'NY', 'TX', 'WA', 'MA', 'OR', 'FL', 'OH', 'GA'];
/** City, state (upper case) and 5-digit ZIP of the last line of a US address. */
function usRef(line: string): unknown {
  const m = /([A-Za-z .'-]+?)\s*,\s*([A-Za-z]{2})\.?\s+(\d{5})(?:-\d{4})?\s*$/.exec(line);
  if (!m?.[1] || !m[2] || !m[3]) throw new Error(`no city/state/zip in ${line}`);
  return { city: sp(m[1]), state: m[2].toUpperCase(), zip: m[3] };
}
function usGen(r: Rng): string {
  const city = r.pick([
    'Springfield',
    'Portland',
    'San Jose',
    'New York',
    "Coeur d'Alene",
    'St. Louis',
    'Austin',
  ]);
  const st = r.pick(STATES);
  const zip = `${r.int(1, 9)}${r.digits(4)}${r.chance(0.3) ? `-${r.digits(4)}` : ''}`;
  const s = r.chance(0.2) ? st.toLowerCase() : st;
  return r.pad(`${city}${r.pick([', ', ',', ' , '])}${s}${r.pick([' ', '  '])}${zip}`);
}

/** Dutch postcode (NNNN AA) and city from an address line. */
function nlRef(line: string): unknown {
  const m = /\b(\d{4})\s*([A-Za-z]{2})\s+(.+?)\s*$/.exec(line.trim());
  if (!m?.[1] || !m[2] || !m[3]) throw new Error(`no postcode in ${line}`);
  return { postcode: `${m[1]} ${m[2].toUpperCase()}`, city: m[3] };
}
function nlGen(r: Rng): string {
  const street = `${r.pick(['Damrak', 'Kalverstraat', 'Coolsingel', 'Oudegracht', 'Grote Markt'])} ${r.int(1, 300)}${r.chance(0.2) ? r.pick(['a', '-II', ' bis']) : ''}`;
  const pc = `${r.int(1000, 9999)}${r.pick([' ', '', '  '])}${r.chance(0.3) ? 'ab' : r.pick(['LG', 'AB', 'XK', 'GH', 'RS'])}`;
  const city = r.pick(['Amsterdam', 'Rotterdam', 'Utrecht', 'Den Haag', "'s-Hertogenbosch", 'Groningen']);
  return r.pad(`${street}, ${pc} ${city}`);
}

/** Brazilian CEP (8 digits, no dash) and state (UF) from an address line. */
function brRef(line: string): unknown {
  const cep = /(\d{5})-?(\d{3})/.exec(line);
  const uf = /[-,/]\s*([A-Z]{2})\b(?![a-z])/.exec(line.replace(/\d{5}-?\d{3}/, ''));
  if (!cep || !uf) throw new Error(`no CEP/UF in ${line}`);
  return { cep: `${cep[1]}${cep[2]}`, uf: uf[1] };
}
function brGen(r: Rng): string {
  const [city, uf] = r.pick([
    ['São Paulo', 'SP'],
    ['Rio de Janeiro', 'RJ'],
    ['Belo Horizonte', 'MG'],
    ['Curitiba', 'PR'],
    ['Salvador', 'BA'],
    ['Recife', 'PE'],
  ] as const);
  const cep = `${r.digits(5)}${r.chance(0.7) ? '-' : ''}${r.digits(3)}`;
  const street = `${r.pick(['Av. Paulista', 'Rua Augusta', 'Rua XV de Novembro', 'Av. Atlântica'])}, ${r.int(1, 3000)}`;
  const hood = r.pick(['Bela Vista', 'Centro', 'Copacabana', 'Savassi']);
  switch (r.int(0, 2)) {
    case 0:
      return `${street} - ${hood}, ${city} - ${uf}, ${cep}`;
    case 1:
      return `${street}, ${hood}, ${city}/${uf}, CEP ${cep}`;
    default:
      return `${street} - ${hood} - ${city} - ${uf} - ${cep}`;
  }
}

const IN_STATES = ['Karnataka', 'Maharashtra', 'Tamil Nadu', 'Delhi', 'West Bengal', 'Telangana'];
/** Indian PIN code (6 digits) and state from an address line. */
function inRef(line: string): unknown {
  const pin = /(\d{3})\s?(\d{3})\b/.exec(line);
  const state = IN_STATES.find((s) => line.toLowerCase().includes(s.toLowerCase()));
  if (!pin) throw new Error(`no PIN in ${line}`);
  return { pin: `${pin[1]}${pin[2]}`, state: state ?? null };
}
function inGen(r: Rng): string {
  const [city, state] = r.pick([
    ['Bengaluru', 'Karnataka'],
    ['Mumbai', 'Maharashtra'],
    ['Chennai', 'Tamil Nadu'],
    ['New Delhi', 'Delhi'],
    ['Kolkata', 'West Bengal'],
    ['Hyderabad', 'Telangana'],
  ] as const);
  const pin = `${r.int(1, 8)}${r.digits(5)}`;
  const p = r.chance(0.2) ? `${pin.slice(0, 3)} ${pin.slice(3)}` : pin;
  const flat = `${r.pick(['Flat', '#', 'No.'])} ${r.int(1, 999)}, ${r.pick(['MG Road', '5th Cross, Indiranagar', 'Linking Road', 'Anna Salai'])}`;
  const st = r.chance(0.2) ? state.toUpperCase() : state;
  switch (r.int(0, 3)) {
    case 0:
      return `${flat}, ${city}, ${st} ${p}`;
    case 1:
      return `${flat}, ${city} - ${p}, ${st}`;
    case 2:
      return `${flat}, ${city}, PIN: ${p}`;
    default:
      return `${flat}, ${city}, ${st} - ${p}, India`;
  }
}

const COUNTRY: Record<string, string> = {
  germany: 'DE',
  deutschland: 'DE',
  allemagne: 'DE',
  'united states': 'US',
  'united states of america': 'US',
  usa: 'US',
  'u.s.a.': 'US',
  'u.s.': 'US',
  us: 'US',
  'united kingdom': 'GB',
  uk: 'GB',
  'great britain': 'GB',
  england: 'GB',
  france: 'FR',
  frankreich: 'FR',
  spain: 'ES',
  españa: 'ES',
  espana: 'ES',
  netherlands: 'NL',
  'the netherlands': 'NL',
  holland: 'NL',
  nederland: 'NL',
  japan: 'JP',
  nippon: 'JP',
  switzerland: 'CH',
  schweiz: 'CH',
  suisse: 'CH',
  brazil: 'BR',
  brasil: 'BR',
  'south korea': 'KR',
  'korea, republic of': 'KR',
};
/** ISO 3166 alpha-2 code for a country written in several languages and cases. */
function countryRef(s: string): unknown {
  const code = COUNTRY[sp(s).toLowerCase()];
  if (!code) throw new Error(`unknown country ${s}`);
  return code;
}
function countryGen(r: Rng): string {
  const name = r.pick(Object.keys(COUNTRY));
  const cased = r.pick([
    name,
    name.toUpperCase(),
    name.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase()),
    name.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase()),
  ]);
  return r.pad(cased, 0.3);
}

/** A US number in E.164; seven digits with no area code cannot be placed. */
function usPhoneRef(s: string): unknown {
  const main = s.replace(/\s*(?:ext\.?|x|#)\s*\d+\s*$/i, '');
  const d = main.replace(/\D/g, '');
  if (d.length === 7) return review(null);
  const ten = d.length === 11 && d.startsWith('1') ? d.slice(1) : d;
  if (ten.length !== 10) throw new Error(`not a US number: ${s}`);
  return `+1${ten}`;
}
function usPhoneGen(r: Rng): string {
  const a = String(r.pick([212, 312, 415, 503, 617, 713, 206, 305]));
  const b = `${r.int(2, 9)}${r.digits(2)}`;
  const c = r.digits(4);
  const ext = r.chance(0.1) ? r.pick([` ext. ${r.int(1, 999)}`, ` x${r.int(1, 99)}`]) : '';
  const f = r.pick([
    `(${a}) ${b}-${c}`,
    `${a}.${b}.${c}`,
    `${a}-${b}-${c}`,
    `+1 ${a} ${b} ${c}`,
    `1-${a}-${b}-${c}`,
    `${a}${b}${c}`,
    `+1 (${a}) ${b}-${c}`,
  ]);
  return r.chance(0.06) ? `${b}-${c}` : r.pad(f + ext);
}

/** A German number in E.164: trunk 0 dropped, (0) after +49 dropped, 0049 read as +49. */
function dePhoneRef(s: string): unknown {
  let t = s.replace(/\(0\)/, '').replace(/[\s/().-]/g, '');
  if (t.startsWith('0049')) t = `+49${t.slice(4)}`;
  else if (t.startsWith('+49')) t = `+49${t.slice(3)}`;
  else if (t.startsWith('0')) t = `+49${t.slice(1)}`;
  else throw new Error(`not a German number: ${s}`);
  return t;
}
function dePhoneGen(r: Rng): string {
  const area = r.pick(['30', '40', '89', '221', '69', '711', '171', '151', '176', '6221']);
  const sub = r.digits(r.int(6, 8));
  const split = `${sub.slice(0, 3)} ${sub.slice(3)}`;
  return r.pad(
    r.pick([
      `0${area} ${sub}`,
      `0${area}/${sub}`,
      `(0${area}) ${split}`,
      `+49 ${area} ${sub}`,
      `+49 (0)${area} ${split}`,
      `0049 ${area} ${sub}`,
      `0${area}-${sub}`,
      `+49${area}${sub}`,
    ]),
  );
}

/** A UK number in E.164 (trunk 0 and "(0)" dropped). */
function ukPhoneRef(s: string): unknown {
  let t = s.replace(/\(0\)/, '').replace(/[\s().-]/g, '');
  if (t.startsWith('0044')) t = `+44${t.slice(4)}`;
  else if (t.startsWith('+44')) t = `+44${t.slice(3)}`;
  else if (t.startsWith('0')) t = `+44${t.slice(1)}`;
  else throw new Error(`not a UK number: ${s}`);
  return t;
}
function ukPhoneGen(r: Rng): string {
  const [area, len] = r.pick([
    ['20', 8],
    ['161', 7],
    ['131', 7],
    ['7700', 6],
    ['7911', 6],
    ['113', 7],
    ['1632', 6],
  ] as const);
  const sub = r.digits(len);
  const half = Math.floor(len / 2);
  const grouped = `${sub.slice(0, half)} ${sub.slice(half)}`;
  return r.pad(
    r.pick([
      `0${area} ${grouped}`,
      `0${area} ${sub}`,
      `+44 ${area} ${grouped}`,
      `+44 (0)${area} ${grouped}`,
      `(0${area}) ${sub}`,
      `0044 ${area} ${sub}`,
      `0${area}-${sub}`,
    ]),
  );
}

export const placeSpecs: Spec[] = [
  {
    name: 'address-uk-postcode',
    category: 'addresses',
    description: 'UK postcode (upper case, one space) and its outward code from an address line.',
    train: [
      '10 Downing Street, London, SW1A 2AA',
      '221 Baker Street, London, NW1 6XE',
      '1 Deansgate, Manchester, M3 1AZ',
    ],
    gen: ukGen,
    ref: ukRef,
  },
  {
    name: 'address-fr-code-postal',
    category: 'addresses',
    description: 'Code postal, city (upper case) and département from French address lines.',
    train: [
      '12 rue de la Paix, 75002 Paris',
      '4 place Bellecour, 69002 Lyon',
      '18 bd Victor Hugo, 06000 Nice',
    ],
    gen: frGen,
    ref: frRef,
  },
  {
    name: 'address-jp-postal-prefecture',
    category: 'addresses',
    description: 'Postal code (NNN-NNNN) and prefecture from Japanese addresses.',
    train: [
      '〒150-0002 東京都渋谷区渋谷2-21-1',
      '〒530-0001 大阪府大阪市北区梅田3-1-1',
      '〒460-0008 愛知県名古屋市中区栄3-5-1',
    ],
    gen: jpGen,
    ref: jpRef,
  },
  {
    name: 'address-us-city-state-zip',
    category: 'addresses',
    description: 'City, state and 5-digit ZIP from the last line of a US address.',
    train: ['Springfield, IL 62704', 'Portland, OR 97205-1234', 'New York, NY 10001'],
    gen: usGen,
    ref: usRef,
  },
  {
    name: 'address-nl-postcode-city',
    category: 'addresses',
    description: 'Dutch postcode (NNNN AA) and city.',
    train: [
      'Damrak 1, 1012 LG Amsterdam',
      'Coolsingel 40, 3011 AD Rotterdam',
      'Oudegracht 12, 3511 AB Utrecht',
    ],
    gen: nlGen,
    ref: nlRef,
  },
  {
    name: 'address-br-cep-uf',
    category: 'addresses',
    description: 'CEP (8 digits) and state abbreviation from Brazilian addresses.',
    train: [
      'Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200',
      'Av. Atlântica, 1702 - Copacabana, Rio de Janeiro - RJ, 22021-001',
      'Rua XV de Novembro, 50 - Centro, Curitiba - PR, 80020-310',
    ],
    gen: brGen,
    ref: brRef,
  },
  {
    name: 'address-in-pin-state',
    category: 'addresses',
    description: 'PIN code and state (null when not written) from Indian addresses.',
    train: [
      'Flat 12, MG Road, Bengaluru, Karnataka 560001',
      '# 4, Linking Road, Mumbai, Maharashtra 400050',
      'No. 9, Anna Salai, Chennai, Tamil Nadu 600002',
    ],
    gen: inGen,
    ref: inRef,
  },
  {
    name: 'address-country-name-to-iso2',
    category: 'addresses',
    description: 'ISO 3166 two-letter code for a country typed in a form.',
    train: ['Germany', 'United States', 'France', 'Japan'],
    gen: countryGen,
    ref: countryRef,
  },
  {
    name: 'phone-us-to-e164',
    category: 'phones',
    description: 'US phone numbers as +1XXXXXXXXXX (extensions dropped).',
    train: ['(415) 555-0134', '415.555.0199', '+1 212 555 0100'],
    gen: usPhoneGen,
    ref: usPhoneRef,
  },
  {
    name: 'phone-de-to-e164',
    category: 'phones',
    description: 'German phone numbers in E.164.',
    train: ['030 1234567', '+49 89 7654321', '0171/2345678'],
    gen: dePhoneGen,
    ref: dePhoneRef,
  },
  {
    name: 'phone-uk-to-e164',
    category: 'phones',
    description: 'UK phone numbers in E.164.',
    train: ['020 7946 0958', '07700 900123', '+44 161 496 0000'],
    gen: ukPhoneGen,
    ref: ukPhoneRef,
  },
];
