import { pad, type FrozenSpec, type Rng } from './lib.ts';

const US_CITIES: [string, string, string][] = [
  ['Springfield', 'IL', '627'],
  ['Austin', 'TX', '787'],
  ['Salt Lake City', 'UT', '841'],
  ['Wilkes-Barre', 'PA', '187'],
  ['St. Louis', 'MO', '631'],
  ['New York', 'NY', '100'],
  ['Winston-Salem', 'NC', '271'],
  ['Portland', 'OR', '972'],
  ["Coeur d'Alene", 'ID', '838'],
  ['Boston', 'MA', '021'],
  ['Newark', 'NJ', '071'],
];
const US_STREETS = [
  'Main St',
  'Oak Ave',
  'Elm Street',
  'Martin Luther King Jr Blvd',
  '5th Ave',
  'N Broadway',
  'Old Mill Rd',
  'Pine Ct',
];

function usAddress(rng: Rng) {
  const [city, state, zip3] = rng.pick(US_CITIES);
  let street = `${rng.int(1, 9999)} ${rng.pick(US_STREETS)}`;
  if (rng.chance(0.2)) street += ` ${rng.pick(['Apt 4B', '#12', 'Suite 200', 'Unit 7', 'Fl 3'])}`;
  let zip: string | null = `${zip3}${pad(rng.int(1, 99))}`;
  if (rng.chance(0.12)) zip += `-${pad(rng.int(1, 9999), 4)}`;
  if (rng.chance(0.08)) zip = null;
  const stateSep = rng.chance(0.1) ? ' ' : ', ';
  const text = `${street}, ${city}${stateSep}${state}${zip === null ? '' : ` ${zip}`}`;
  return { text, street, city, state, zip };
}

const UK: [string, string][] = [
  ['London', 'SW1A'],
  ['London', 'EC1A'],
  ['London', 'W1D'],
  ['Manchester', 'M1'],
  ['Manchester', 'M60'],
  ['Birmingham', 'B33'],
  ['Croydon', 'CR2'],
  ['Leeds', 'LS1'],
  ['Milton Keynes', 'MK9'],
  ['Newcastle upon Tyne', 'NE1'],
  ['Bath', 'BA1'],
  ['Edinburgh', 'EH1'],
  ['Cardiff', 'CF10'],
];
const UK_STREETS = [
  'High Street',
  'Station Road',
  'Church Lane',
  'Victoria Road',
  'Downing Street',
  'The Crescent',
  'Mill Lane',
];

function ukAddress(rng: Rng) {
  const [town, outward] = rng.pick(UK);
  const letters = 'ABDEFGHJLNPQRSTUWXYZ';
  const postcode = `${outward} ${rng.int(0, 9)}${rng.pick([...letters])}${rng.pick([...letters])}`;
  let street = `${rng.int(1, 250)} ${rng.pick(UK_STREETS)}`;
  if (rng.chance(0.15)) street = `Flat ${rng.int(1, 30)}, ${street}`;
  const written = rng.weighted([
    [postcode, 7],
    [postcode.replace(' ', ''), 1],
    [postcode.toLowerCase(), 1],
  ] as const);
  const text = `${street}, ${town}${rng.chance(0.25) ? ',' : ''} ${written}`;
  return { text, street, town, postcode };
}

const DE_STREETS = [
  'Hauptstraße',
  'Karl-Marx-Allee',
  'Am Markt',
  'Straße des 17. Juni',
  'Unter den Linden',
  'Bahnhofstr.',
  'Lindenweg',
  'Königsallee',
];
const DE_CITIES: [string, string][] = [
  ['Berlin', '10'],
  ['München', '80'],
  ['Frankfurt am Main', '60'],
  ['Köln', '50'],
  ['Halle (Saale)', '06'],
  ['Dresden', '01'],
  ['Freiburg im Breisgau', '79'],
  ['Düsseldorf', '40'],
];

function deAddress(rng: Rng) {
  const street = rng.pick(DE_STREETS);
  let houseNumber = String(rng.int(1, 180));
  if (rng.chance(0.15)) houseNumber += rng.pick(['a', 'b', 'c']);
  else if (rng.chance(0.07)) houseNumber += `-${Number(houseNumber) + 2}`;
  const [city, prefix] = rng.pick(DE_CITIES);
  const postcode = `${prefix}${pad(rng.int(0, 999), 3)}`;
  const text = `${street} ${houseNumber}, ${rng.chance(0.1) ? 'D-' : ''}${postcode} ${city}`;
  return { text, street, houseNumber, postcode, city };
}

const FR_STREETS = [
  'rue de la Paix',
  'avenue Foch',
  'boulevard Saint-Germain',
  'place Bellecour',
  'rue du Faubourg Saint-Honoré',
  'impasse des Lilas',
  'allée Jean-Jaurès',
];
const FR_CITIES: [string, string][] = [
  ['Paris', '75'],
  ['Lyon', '69'],
  ['Aix-en-Provence', '13'],
  ['Saint-Étienne', '42'],
  ['Marseille', '13'],
  ['Lille', '59'],
  ['Bordeaux', '33'],
];

function frAddress(rng: Rng) {
  const number = `${rng.int(1, 150)}${rng.chance(0.1) ? rng.pick([' bis', ' ter']) : ''}`;
  const name = rng.pick(FR_STREETS);
  const [city, dept] = rng.pick(FR_CITIES);
  const postcode = `${dept}${pad(rng.int(1, 20) * 10 - rng.int(0, 9), 3)}`;
  const street = `${number} ${name}`;
  const writtenStreet = rng.chance(0.12) ? `${number}, ${name}` : street;
  const cedex = rng.chance(0.05) ? ` CEDEX ${pad(rng.int(1, 20))}` : '';
  const text = `${writtenStreet}, ${postcode} ${rng.chance(0.1) ? city.toUpperCase() : city}${cedex}`;
  return { text, street, postcode, city };
}

/** Prefecture and a locality that lies in it. */
const JP_PLACES: [string, string][] = [
  ['東京都', '千代田区千代田1-1'],
  ['東京都', '新宿区西新宿2-8-1'],
  ['北海道', '札幌市中央区北1条西2丁目'],
  ['大阪府', '大阪市北区梅田3-1-1'],
  ['京都府', '京都市下京区烏丸通塩小路下ル東塩小路町'],
  ['神奈川県', '横浜市西区みなとみらい2-3-5'],
  ['愛知県', '名古屋市中村区名駅4丁目7-1'],
  ['福岡県', '福岡市博多区博多駅中央街1-1'],
  ['和歌山県', '和歌山市七番丁23'],
  ['鹿児島県', '鹿児島市山下町11-1'],
];

function jpAddress(rng: Rng) {
  const [prefecture, locality] = rng.pick(JP_PLACES);
  const postcode = `${pad(rng.int(0, 999), 3)}-${pad(rng.int(0, 9999), 4)}`;
  const writtenCode = rng.weighted([
    [`〒${postcode}`, 5],
    [postcode, 3],
    [`〒${postcode.replace('-', '')}`, 1],
  ] as const);
  const gap = rng.weighted([
    [' ', 6],
    ['\u3000', 2],
    ['', 2],
  ] as const);
  return { text: `${writtenCode}${gap}${prefecture}${locality}`, postcode, prefecture, locality };
}

const CA: [string, string][] = [
  ['Toronto', 'ON'],
  ['Montréal', 'QC'],
  ['Vancouver', 'BC'],
  ['Saint-Jean-sur-Richelieu', 'QC'],
  ['Trois-Rivières', 'QC'],
  ['Calgary', 'AB'],
  ['Halifax', 'NS'],
];

export const addresses: FrozenSpec[] = [
  {
    name: 'us-address-parts',
    category: 'addresses',
    description:
      'One-line US addresses become {street, city, state, zip}. The street keeps its unit (Apt, Suite, #); zip is kept as written (5 digits or ZIP+4) and is null when the address has none.',
    train: [
      {
        input: { address: '123 Main St, Springfield, IL 62704' },
        output: { street: '123 Main St', city: 'Springfield', state: 'IL', zip: '62704' },
      },
      {
        input: { address: '4500 Oak Ave, Austin, TX 78701' },
        output: { street: '4500 Oak Ave', city: 'Austin', state: 'TX', zip: '78701' },
      },
      {
        input: { address: '77 Elm Street, Portland, OR 97205' },
        output: { street: '77 Elm Street', city: 'Portland', state: 'OR', zip: '97205' },
      },
    ],
    record(rng) {
      const a = usAddress(rng);
      return {
        input: { address: a.text },
        output: { street: a.street, city: a.city, state: a.state, zip: a.zip },
      };
    },
  },
  {
    name: 'uk-address-postcode',
    category: 'addresses',
    description:
      'One-line UK addresses ("street, town POSTCODE") become {street, town, postcode}; the postcode is normalised to upper case with one space before the last three characters.',
    train: [
      {
        input: { address: '10 Downing Street, London SW1A 2AA' },
        output: { street: '10 Downing Street', town: 'London', postcode: 'SW1A 2AA' },
      },
      {
        input: { address: '22 Station Road, Leeds LS1 4AP' },
        output: { street: '22 Station Road', town: 'Leeds', postcode: 'LS1 4AP' },
      },
      {
        input: { address: '5 High Street, Bath BA1 1LZ' },
        output: { street: '5 High Street', town: 'Bath', postcode: 'BA1 1LZ' },
      },
    ],
    record(rng) {
      const a = ukAddress(rng);
      return { input: { address: a.text }, output: { street: a.street, town: a.town, postcode: a.postcode } };
    },
  },
  {
    name: 'de-address-parts',
    category: 'addresses',
    description:
      'German addresses ("Straße Nr, PLZ Ort") become {street, houseNumber, postcode, city}; postcode is the 5-digit PLZ as text (an old "D-" prefix is dropped).',
    train: [
      {
        input: { address: 'Hauptstraße 5, 10115 Berlin' },
        output: { street: 'Hauptstraße', houseNumber: '5', postcode: '10115', city: 'Berlin' },
      },
      {
        input: { address: 'Lindenweg 12, 80331 München' },
        output: { street: 'Lindenweg', houseNumber: '12', postcode: '80331', city: 'München' },
      },
      {
        input: { address: 'Königsallee 60, 40212 Düsseldorf' },
        output: { street: 'Königsallee', houseNumber: '60', postcode: '40212', city: 'Düsseldorf' },
      },
    ],
    record(rng) {
      const a = deAddress(rng);
      return {
        input: { address: a.text },
        output: { street: a.street, houseNumber: a.houseNumber, postcode: a.postcode, city: a.city },
      };
    },
  },
  {
    name: 'fr-address-parts',
    category: 'addresses',
    description:
      'French addresses ("numéro voie, code postal ville") become {street, postcode, city}: street as "number name" (a comma after the number is dropped), city in its usual case without any CEDEX suffix.',
    train: [
      {
        input: { address: '12 rue de la Paix, 75002 Paris' },
        output: { street: '12 rue de la Paix', postcode: '75002', city: 'Paris' },
      },
      {
        input: { address: '8 place Bellecour, 69002 Lyon' },
        output: { street: '8 place Bellecour', postcode: '69002', city: 'Lyon' },
      },
      {
        input: { address: '31 avenue Foch, 33000 Bordeaux' },
        output: { street: '31 avenue Foch', postcode: '33000', city: 'Bordeaux' },
      },
    ],
    record(rng) {
      const a = frAddress(rng);
      return { input: { address: a.text }, output: { street: a.street, postcode: a.postcode, city: a.city } };
    },
  },
  {
    name: 'jp-address-parts',
    category: 'addresses',
    description:
      'Japanese addresses (postcode, prefecture, then the rest) become {postcode as NNN-NNNN, prefecture, locality}.',
    train: [
      {
        input: { address: '〒100-0001 東京都千代田区千代田1-1' },
        output: { postcode: '100-0001', prefecture: '東京都', locality: '千代田区千代田1-1' },
      },
      {
        input: { address: '〒530-0001 大阪府大阪市北区梅田3-1-1' },
        output: { postcode: '530-0001', prefecture: '大阪府', locality: '大阪市北区梅田3-1-1' },
      },
      {
        input: { address: '〒220-0012 神奈川県横浜市西区みなとみらい2-3-5' },
        output: { postcode: '220-0012', prefecture: '神奈川県', locality: '横浜市西区みなとみらい2-3-5' },
      },
    ],
    record(rng) {
      const a = jpAddress(rng);
      return {
        input: { address: a.text },
        output: { postcode: a.postcode, prefecture: a.prefecture, locality: a.locality },
      };
    },
  },
  {
    name: 'ca-address-parts',
    category: 'addresses',
    description:
      'Canadian addresses ("street, city, PR A1A 1A1") become {street, city, province, postalCode}; the postal code is upper case with one space.',
    train: [
      {
        input: { address: '100 Queen St W, Toronto, ON M5H 2N2' },
        output: { street: '100 Queen St W', city: 'Toronto', province: 'ON', postalCode: 'M5H 2N2' },
      },
      {
        input: { address: '1055 W Georgia St, Vancouver, BC V6E 3P3' },
        output: { street: '1055 W Georgia St', city: 'Vancouver', province: 'BC', postalCode: 'V6E 3P3' },
      },
      {
        input: { address: '800 Rue de la Gauchetière O, Montréal, QC H5A 1K6' },
        output: {
          street: '800 Rue de la Gauchetière O',
          city: 'Montréal',
          province: 'QC',
          postalCode: 'H5A 1K6',
        },
      },
    ],
    record(rng) {
      const [city, province] = rng.pick(CA);
      const street = `${rng.int(1, 3000)} ${rng.pick(['Queen St W', 'Rue Sainte-Catherine', 'Main Street', 'Jasper Ave NW', 'Barrington St', 'Boul. Saint-Laurent'])}`;
      const L = 'ABCEGHJKLMNPRSTVXY';
      const postalCode = `${rng.pick([...L])}${rng.int(0, 9)}${rng.pick([...L])} ${rng.int(0, 9)}${rng.pick([...L])}${rng.int(0, 9)}`;
      const written = rng.weighted([
        [postalCode, 7],
        [postalCode.replace(' ', ''), 2],
        [postalCode.toLowerCase(), 1],
      ] as const);
      return {
        input: { address: `${street}, ${city}, ${province} ${written}` },
        output: { street, city, province, postalCode },
      };
    },
  },
  {
    name: 'address-country-postcode',
    category: 'addresses',
    description:
      "Addresses from a mixed customer list (US, UK, Germany, France, Japan) become {country as ISO code, postcode} with each country's usual postcode form (UK upper case with a space, JP NNN-NNNN).",
    train: [
      {
        input: { address: '123 Main St, Springfield, IL 62704' },
        output: { country: 'US', postcode: '62704' },
      },
      {
        input: { address: '10 Downing Street, London SW1A 2AA' },
        output: { country: 'GB', postcode: 'SW1A 2AA' },
      },
      { input: { address: 'Hauptstraße 5, 10115 Berlin' }, output: { country: 'DE', postcode: '10115' } },
      { input: { address: '12 rue de la Paix, 75002 Paris' }, output: { country: 'FR', postcode: '75002' } },
    ],
    record(rng) {
      const country = rng.pick(['US', 'GB', 'DE', 'FR', 'JP'] as const);
      if (country === 'US') {
        let a = usAddress(rng);
        while (a.zip === null) a = usAddress(rng);
        return { input: { address: a.text }, output: { country, postcode: a.zip } };
      }
      const a =
        country === 'GB'
          ? ukAddress(rng)
          : country === 'DE'
            ? deAddress(rng)
            : country === 'FR'
              ? frAddress(rng)
              : jpAddress(rng);
      return { input: { address: a.text }, output: { country, postcode: a.postcode } };
    },
  },
];
