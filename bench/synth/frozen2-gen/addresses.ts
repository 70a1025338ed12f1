/** Postal addresses of several countries. */
import { digits, int, pick, spaced, type Pair, type TaskBuilder } from '../gen-kit.ts';
import type { BenchTask } from '../task.ts';

export function addressTasks(task: TaskBuilder): BenchTask[] {
  const tasks: BenchTask[] = [];

  // US one-line addresses.
  {
    const CITIES: [string, string, string][] = [
      ['Mountain View', 'CA', '940'],
      ['Wilkes-Barre', 'PA', '187'],
      ['St. Louis', 'MO', '631'],
      ['Austin', 'TX', '787'],
      ['New York', 'NY', '100'],
      ['Salt Lake City', 'UT', '841'],
      ["Coeur d'Alene", 'ID', '838'],
      ['Winston-Salem', 'NC', '271'],
      ['Boise', 'ID', '837'],
      ['Portland', 'OR', '972'],
      ['Portland', 'ME', '041'],
    ];
    const STREETS = [
      'Main St',
      'Amphitheatre Pkwy',
      'Oak Avenue',
      'N 5th St',
      'Martin Luther King Jr Blvd',
      'Elm Street',
      'County Road 12',
      'Broadway',
    ];
    const ex = (address: string, street: string, city: string, state: string, zip: string | null): Pair => ({
      input: { address },
      output: { street, city, state, zip },
    });
    tasks.push(
      task(
        'address-us-one-line',
        'addresses',
        'US shipping addresses on one line ("1600 Amphitheatre Pkwy, Mountain View, CA 94043") to street (with any unit), city, state (two upper-case letters) and ZIP (5 digits or ZIP+4 as written; null when missing).',
        [
          ex(
            '1600 Amphitheatre Pkwy, Mountain View, CA 94043',
            '1600 Amphitheatre Pkwy',
            'Mountain View',
            'CA',
            '94043',
          ),
          ex('221 Main St, Austin, TX 78701', '221 Main St', 'Austin', 'TX', '78701'),
          ex('9 Broadway, New York, NY 10004', '9 Broadway', 'New York', 'NY', '10004'),
        ],
        (r) => {
          const [city, state, z] = pick(r, CITIES);
          const unit =
            r() < 0.25
              ? pick(r, [
                  `Apt ${int(r, 1, 40)}${pick(r, ['', 'B', 'C'])}`,
                  `Suite ${int(r, 100, 900)}`,
                  `Unit ${int(r, 1, 12)}`,
                  `#${int(r, 1, 99)}`,
                ])
              : null;
          const street = `${int(r, 1, 19999)} ${pick(r, STREETS)}${unit ? `${pick(r, [' ', ', '])}${unit}` : ''}`;
          const zip =
            r() < 0.1 ? null : r() < 0.15 ? `${z}${digits(r, 2)}-${digits(r, 4)}` : `${z}${digits(r, 2)}`;
          const st = r() < 0.12 ? state.toLowerCase() : state;
          const sep = pick(r, [', ', ', ', ',', ' , ']);
          const text = `${street}${sep}${city}${sep}${st}${zip ? `${pick(r, [' ', ' ', '  '])}${zip}` : ''}`;
          return ex(spaced(r, text), street, city, state, zip);
        },
        2401,
      ),
    );
  }

  // German addresses → street, house number, postcode, city.
  {
    const STREETS = [
      'Hauptstraße',
      'Karl-Marx-Allee',
      'Am Markt',
      'Bahnhofstr.',
      'Schillerstraße',
      'An der Alster',
      'Königsallee',
      'Lange Reihe',
      'Unter den Linden',
    ];
    const CITIES: [string, string][] = [
      ['Berlin', '10'],
      ['Hamburg', '20'],
      ['München', '80'],
      ['Frankfurt am Main', '60'],
      ['Frankfurt (Oder)', '15'],
      ['Köln', '50'],
      ['Halle (Saale)', '06'],
      ['Dresden', '01'],
    ];
    const ex = (address: string, street: string, number: string, postcode: string, city: string): Pair => ({
      input: { address },
      output: { street, number, postcode, city },
    });
    tasks.push(
      task(
        'address-de-street-number',
        'addresses',
        'German customer addresses ("Hauptstraße 12a, 10115 Berlin", on one line or two) to street (as written), house number (with letter or range), five-digit postcode (without a "D-" prefix) and city.',
        [
          ex('Hauptstraße 12a, 10115 Berlin', 'Hauptstraße', '12a', '10115', 'Berlin'),
          ex('Schillerstraße 5, 80336 München', 'Schillerstraße', '5', '80336', 'München'),
          ex('Am Markt 3, 50667 Köln', 'Am Markt', '3', '50667', 'Köln'),
        ],
        (r) => {
          const street = pick(r, STREETS);
          const n = int(r, 1, 250);
          const number = pick(r, [
            String(n),
            String(n),
            `${n}${pick(r, ['a', 'b', 'c'])}`,
            `${n}-${n + 2}`,
            `${n} A`,
          ]);
          const [city, pre] = pick(r, CITIES);
          const postcode = `${pre}${digits(r, 3)}`;
          const pc = r() < 0.12 ? `D-${postcode}` : postcode;
          const text = `${street} ${number}${pick(r, [', ', '\n', ',\n', ' , '])}${pc} ${city}`;
          return ex(spaced(r, text), street, number, postcode, city);
        },
        2402,
      ),
    );
  }

  // Canadian addresses, English and French forms → province code and postal code.
  {
    const CITIES: [string, string, string, string][] = [
      ['Toronto', 'ON', 'Ontario', 'M'],
      ['Ottawa', 'ON', 'Ontario', 'K'],
      ['Montréal', 'QC', 'Québec', 'H'],
      ['Québec', 'QC', 'Québec', 'G'],
      ['Vancouver', 'BC', 'British Columbia', 'V'],
      ['Calgary', 'AB', 'Alberta', 'T'],
      ['Halifax', 'NS', 'Nova Scotia', 'B'],
      ['Winnipeg', 'MB', 'Manitoba', 'R'],
      ["St. John's", 'NL', 'Newfoundland and Labrador', 'A'],
    ];
    const L = 'ABCEGHJKLMNPRSTVXY'.split('');
    const ex = (address: string, city: string, province: string, postal: string): Pair => ({
      input: { address },
      output: { city, province, postal },
    });
    tasks.push(
      task(
        'address-ca-province-postal',
        'addresses',
        'Canadian addresses in English or French form ("123 Main St, Toronto, ON M5V 2T6", "1200 rue Sainte-Catherine, Montréal (Québec) H3B 1K9") to city, two-letter province code and postal code ("A1A 1A1": upper case, one space).',
        [
          ex('123 Main St, Toronto, ON M5V 2T6', 'Toronto', 'ON', 'M5V 2T6'),
          ex('45 Spadina Ave, Toronto, ON M5T 2H9', 'Toronto', 'ON', 'M5T 2H9'),
          ex('88 Bank St, Ottawa, ON K1P 5N2', 'Ottawa', 'ON', 'K1P 5N2'),
        ],
        (r) => {
          const [city, code, name, first] = pick(r, CITIES);
          const postal = `${first}${int(r, 0, 9)}${pick(r, L)} ${int(r, 0, 9)}${pick(r, L)}${int(r, 0, 9)}`;
          const pc = pick(r, [postal, postal, postal.replace(' ', ''), postal.toLowerCase()]);
          const french = code === 'QC' && r() < 0.6;
          const street = french
            ? `${int(r, 1, 3000)} ${pick(r, ['rue Sainte-Catherine', 'boul. René-Lévesque', 'avenue du Parc'])}`
            : `${int(r, 1, 3000)} ${pick(r, ['Main St', 'King St W', 'Bay Street', 'Queen St E'])}`;
          const prov = french ? `(${name})` : r() < 0.2 ? name : code;
          const text = `${street}, ${city}${french ? ' ' : pick(r, [', ', ' '])}${prov}${pick(r, [' ', '  ', ', '])}${pc}`;
          return ex(spaced(r, text), city, code, postal);
        },
        2403,
      ),
    );
  }

  // UK postcode found in free text.
  {
    const L = 'ABDEFGHJLNPQRSTUWXYZ'.split('');
    const OUT = ['SW1A', 'M1', 'B33', 'CR2', 'DN55', 'EC1A', 'W1A', 'LS6', 'G12', 'BT7', 'EH7', 'N1C'];
    const ex = (note: string, postcode: string | null, outward: string | null): Pair => ({
      input: { note },
      output: { postcode, outward },
    });
    tasks.push(
      task(
        'uk-postcode-from-note',
        'addresses',
        'Delivery notes typed by UK customers to the postcode they contain (upper case, one space) and its outward part; null when the note has none.',
        [
          ex('Deliver to 10 Downing St London SW1A 2AA thanks', 'SW1A 2AA', 'SW1A'),
          ex('leave with neighbour at 4 Oak Rd, Leeds LS6 3QN', 'LS6 3QN', 'LS6'),
          ex('Flat 2, 12 Park Lane, Manchester M1 1AE', 'M1 1AE', 'M1'),
        ],
        (r) => {
          const out = pick(r, OUT);
          const inward = `${int(r, 0, 9)}${pick(r, L)}${pick(r, L)}`;
          const postcode = `${out} ${inward}`;
          const shown = pick(r, [
            postcode,
            postcode,
            postcode.toLowerCase(),
            `${out}${inward}`,
            `${out}  ${inward}`,
          ]);
          const lead = pick(r, ['Deliver to', 'pls leave at', 'Ship to:', 'c/o reception,', '']);
          const addr = `${int(r, 1, 200)} ${pick(r, ['High St', 'Oak Rd', 'Mill Lane', 'Church Street'])}${pick(r, [', ', ' '])}${pick(r, ['London', 'Leeds', 'Birmingham', 'Glasgow', 'Belfast'])}`;
          const tail = pick(r, ['', ' thanks', ' - ring bell', '. Call 07700 900123 if out', ' (side door)']);
          if (r() < 0.1) return ex(`${lead} ${addr}${tail}`.trim(), null, null);
          return ex(`${lead} ${addr} ${shown}${tail}`.trim(), postcode, out);
        },
        2404,
      ),
    );
  }

  // Australian addresses → suburb, state code, postcode (NT postcodes start with 0).
  {
    const PLACES: [string, string, string, string][] = [
      ['Fitzroy', 'VIC', 'Victoria', '3065'],
      ['Bondi', 'NSW', 'New South Wales', '2026'],
      ['Fortitude Valley', 'QLD', 'Queensland', '4006'],
      ['Fremantle', 'WA', 'Western Australia', '6160'],
      ['Glenelg', 'SA', 'South Australia', '5045'],
      ['Sandy Bay', 'TAS', 'Tasmania', '7005'],
      ['Braddon', 'ACT', 'Australian Capital Territory', '2612'],
      ['Darwin City', 'NT', 'Northern Territory', '0800'],
      ['Alice Springs', 'NT', 'Northern Territory', '0870'],
    ];
    const ex = (address: string, suburb: string, state: string, postcode: string): Pair => ({
      input: { address },
      output: { suburb, state, postcode },
    });
    tasks.push(
      task(
        'address-au-suburb-state',
        'addresses',
        'Australian delivery addresses ("Unit 5, 12 Smith St, Fitzroy VIC 3065") to suburb, state code (VIC, NSW, QLD, WA, SA, TAS, ACT, NT; spelled-out states too) and the four-digit postcode as text.',
        [
          ex('Unit 5, 12 Smith St, Fitzroy VIC 3065', 'Fitzroy', 'VIC', '3065'),
          ex('40 Campbell Pde, Bondi NSW 2026', 'Bondi', 'NSW', '2026'),
          ex('7 Brunswick St, Fitzroy VIC 3065', 'Fitzroy', 'VIC', '3065'),
        ],
        (r) => {
          const [suburb, code, name, postcode] = pick(r, PLACES);
          const street = `${r() < 0.3 ? `Unit ${int(r, 1, 20)}, ` : ''}${int(r, 1, 300)} ${pick(r, ['Smith St', 'George Street', 'Beach Rd', 'Ann St', 'Hay St'])}`;
          const st = r() < 0.15 ? name : r() < 0.1 ? code.toLowerCase() : code;
          const sub = r() < 0.3 ? suburb.toUpperCase() : suburb;
          const text = `${street}, ${sub}${pick(r, [' ', ', '])}${st}${pick(r, [' ', '  '])}${postcode}`;
          return ex(spaced(r, text), suburb, code, postcode);
        },
        2405,
      ),
    );
  }
  return tasks;
}
