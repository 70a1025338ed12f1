import { describe, expect, it } from 'vitest';
import { optionForField, valueForField } from './field-values.ts';
import { findValues } from './goal/values.ts';
import type { ObservedElement } from './observe.ts';

const now = new Date('2026-12-06T12:00:00Z');
let n = 0;
const field = (extra: Partial<ObservedElement>): ObservedElement => ({
  ref: `e${++n}`,
  role: 'textbox',
  name: '',
  ...extra,
});

describe('values a goal gives without quotes', () => {
  it('reads dates, times, e-mails, numbers and names in the forms people write them', () => {
    const found = findValues(
      'Register Ada Lovelace, ada@example.com, born 10 December 1985, 3 guests, call at 2:30 pm on Dec 24',
      now,
    ).map((v) => [v.kind, v.value]);
    expect(found).toEqual([
      ['person', 'Ada Lovelace'],
      ['email', 'ada@example.com'],
      ['date', '1985-12-10'],
      ['number', '3'],
      ['time', '14:30'],
      ['date', '2026-12-24'],
    ]);
    expect(findValues('due tomorrow at noon', now).map((v) => v.value)).toEqual(['2026-12-07', '12:00']);
    expect(findValues('on March 3', now).map((v) => v.value)).toEqual(['2027-03-03']);
  });
});

describe('binding unquoted values to fields', () => {
  const wizard = [
    field({ nearLabel: 'Full name', inputType: 'text' }),
    field({ name: 'Email address', inputType: 'email' }),
    field({ name: 'Date of birth', inputType: 'date' }),
  ];
  it("puts each value of a long goal into the field its label names, in the input's own form", () => {
    const goal =
      'Fill in the first step with the name Ada Lovelace, the email ada@example.com and the birth date 10 December 1985, and continue';
    expect(wizard.map((f) => valueForField(goal, f, wizard, now)?.value)).toEqual([
      'Ada Lovelace',
      'ada@example.com',
      '1985-12-10',
    ]);
  });
  it('binds by form when the goal names no field ("Register Ada Lovelace, ada@…, born …")', () => {
    const goal =
      'Register Ada Lovelace, ada@example.com, born 10 December 1985, on the Pro plan billed yearly with an onboarding call at 14:30';
    expect(wizard.map((f) => valueForField(goal, f, wizard, now)?.value)).toEqual([
      'Ada Lovelace',
      'ada@example.com',
      '1985-12-10',
    ]);
    const call = field({ name: 'Onboarding call time (optional)', inputType: 'time' });
    expect(valueForField(goal, call, [call], now)?.value).toBe('14:30');
  });
  it('writes what the goal says into the message box, and a name given with "as" into the name', () => {
    const form = [
      field({ name: 'Your name', inputType: 'text' }),
      field({ name: 'E-mail', inputType: 'email' }),
      field({ nearLabel: 'How can we help?', inputType: 'textarea' }),
      field({ name: 'Preferred call-back time', inputType: 'time' }),
    ];
    const goal = 'Send a message to support as Ada, ada@example.com, saying My invoice is wrong';
    expect(form.map((f) => valueForField(goal, f, form, now)?.value)).toEqual([
      'Ada',
      'ada@example.com',
      'My invoice is wrong',
      undefined,
    ]);
  });
  it('leaves a field empty without positive evidence, and never types quoted text twice', () => {
    const search = field({ name: 'Search tickets', inputType: 'search', role: 'searchbox' });
    expect(
      valueForField('Sign in as ada and search the tickets for printer', search, [search], now),
    ).toBeNull();
    const subject = field({ name: 'Subject', inputType: 'text' });
    expect(
      valueForField('Create a ticket with the subject "Printer jam"', subject, [subject], now),
    ).toBeNull();
    const books = field({ name: 'Search books', role: 'searchbox', inputType: 'search' });
    expect(valueForField('Open the Books page', books, [books], now)).toBeNull();
    const title = field({ name: 'Book title', inputType: 'text' });
    expect(valueForField('Open the book page', title, [title], now)).toBeNull();
    const username = field({ name: 'Username', inputType: 'text' });
    expect(valueForField('Book a table for Ada Lovelace', username, [username], now)).toBeNull();
  });

  it('picks the option of a list that reads as the goal\'s time, and binds "3 guests" to the guests field', () => {
    const goal = 'Book the Ada room on 18 December 2026 at 2 pm for 3 guests';
    expect(optionForField(goal, ['Choose a time', '9:00 AM', '2:00 PM', '2:30 PM'], now)?.value).toBe(
      '2:00 PM',
    );
    expect(optionForField(goal, ['Low', 'High'], now)).toBeNull();
    const guests = field({ nearLabel: 'Number of guests', role: 'spinbutton', inputType: 'number' });
    expect(valueForField(goal, guests, [guests], now)?.value).toBe('3');
  });

  it('binds a number to a field only by its own words, not by a distant WordNet kin ("4 stars" is no quantity)', () => {
    const quantity = field({ name: 'Quantity', role: 'spinbutton', inputType: 'number' });
    // "product" is a kind of quantity in WordNet (a mathematical product): no reason to type 4 there.
    expect(valueForField('Rate the product 4 stars', quantity, [quantity], now)).toBeNull();
    expect(
      valueForField('Set the quantity to 3 and add the lamp to the cart', quantity, [quantity], now)?.value,
    ).toBe('3');
    expect(valueForField('Set the quantity of Milk to 3', quantity, [quantity], now)?.value).toBe('3');
    const weight = field({ nearLabel: 'Weight (kg)', role: 'spinbutton', inputType: 'number' });
    expect(valueForField('Ship a 2 kg parcel to Jean Dupont in Lyon', weight, [weight], now)?.value).toBe(
      '2',
    );
  });
});

describe('wizard values (dates by cue and range, slashed dates, grouped numbers, loose e-mails)', () => {
  const details = [
    field({ name: 'Full name', inputType: 'text' }),
    field({ name: 'Email address', inputType: 'email' }),
    field({ name: 'Date of birth', inputType: 'date' }),
  ];
  const trip = [
    field({ name: 'Departure date', inputType: 'date' }),
    field({ name: 'Return date', inputType: 'date' }),
  ];
  const stay = [
    field({ name: 'Check-in', inputType: 'date' }),
    field({ name: 'Check-out', inputType: 'date' }),
  ];
  const bind = (goal: string, fields: ObservedElement[]) =>
    fields.map((f) => valueForField(goal, f, fields, now)?.value);

  it('reads a slashed date only when its order cannot be mistaken', () => {
    expect(findValues('born 23/06/1972', now).map((v) => v.value)).toEqual(['1972-06-23']);
    expect(findValues('born 06/23/1972', now).map((v) => v.value)).toEqual(['1972-06-23']);
    expect(findValues('on 03/04/2027', now).filter((v) => v.kind === 'date')).toEqual([]);
  });
  it('takes a number written in groups as one value, typed as written', () => {
    const found = findValues('pay with card 4242 4242 4242 4242 today', now).filter(
      (v) => v.kind === 'number',
    );
    expect(found.map((v) => v.value)).toEqual(['4242 4242 4242 4242']);
    const card = field({ name: 'Card number', inputType: 'text' });
    expect(
      valueForField('paying by card 5555-4444-3333-1111 in the name B Liskov', card, [card], now)?.value,
    ).toBe('5555-4444-3333-1111');
    const phone = field({ name: 'Telephone', inputType: 'tel' });
    expect(valueForField('Apply as Ada, phone 020 7946 0000, senior', phone, [phone], now)?.value).toBe(
      '020 7946 0000',
    );
  });
  it('ties a date to its field by the verb before it ("born" → birth, "leaving" → departure)', () => {
    const goal =
      'Quote for Ada Lovelace, ada@example.com, born 10 December 1985, from 20 December 2026 to 3 January 2027';
    expect(bind(goal, details)).toEqual(['Ada Lovelace', 'ada@example.com', '1985-12-10']);
    expect(bind('leaving 10 January 2027 and returning 5 January 2027, born 1 May 1990', trip)).toEqual([
      '2027-01-10',
      '2027-01-05',
    ]);
  });
  it("puts a range's two dates into the page's two free date fields, in order", () => {
    const goal =
      'Quote for Ada Lovelace, born 10 December 1985, going to Europe from 20 December 2026 to 3 January 2027';
    expect(bind(goal, trip)).toEqual(['2026-12-20', '2027-01-03']);
    // Another page's words, the range written with "until" and no "from".
    expect(bind('Book a room for Grace, 4 March 2027 until 9 March 2027, two guests', stay)).toEqual([
      '2027-03-04',
      '2027-03-09',
    ]);
    // Three dates and no range: nothing is guessed.
    expect(bind('on 4 March 2027, 5 March 2027 or 9 March 2027', stay)).toEqual([undefined, undefined]);
  });
  it("gives a card holder's name to the card's name field, and the person's to the plain name field", () => {
    const goal = 'Insure Barbara Liskov (barbara@example.edu), card 5555 4444 3333 1111 in the name B Liskov';
    const name = field({ name: 'Full name', inputType: 'text' });
    const holder = field({ name: 'Name on card', inputType: 'text' });
    expect(valueForField(goal, name, [name], now)?.value).toBe('Barbara Liskov');
    expect(valueForField(goal, holder, [holder], now)?.value).toBe('B Liskov');
  });
  it('ends a labelled value at a colon or a bracket', () => {
    const name = field({ name: 'Full name', inputType: 'text' });
    const code = field({ name: 'Home postcode', inputType: 'text' });
    expect(valueForField('name Margaret Hamilton: fill in the step', name, [name], now)?.value).toBe(
      'Margaret Hamilton',
    );
    expect(valueForField('Insure Barbara (postcode CB2 1TN) for skiing', code, [code], now)?.value).toBe(
      'CB2 1TN',
    );
  });
  it('types what the goal gives as an e-mail even when it is malformed (to see the error)', () => {
    const email = field({ name: 'Email address', inputType: 'email' });
    expect(
      valueForField('enter Grace with the email grace.example.com, press Continue', email, [email], now)
        ?.value,
    ).toBe('grace.example.com');
    expect(valueForField('e-mail address is bob@mail', email, [email], now)?.value).toBe('bob@mail');
    expect(valueForField('the name Ada and the e-mail ada-at-example', email, [email], now)?.value).toBe(
      'ada-at-example',
    );
    expect(
      valueForField('continue and make sure the email is shown as wrong', email, [email], now),
    ).toBeNull();
  });
});

describe('a date split into Day / Month / Year boxes', () => {
  const boxes = (group: string) => [
    field({ name: 'Day', group, inputType: 'text' }),
    field({ name: 'Month', group, inputType: 'text' }),
    field({ name: 'Year', group, inputType: 'text' }),
  ];
  const fill = (goal: string, fields: ObservedElement[]) =>
    fields.map((f) => valueForField(goal, f, fields, now)?.value ?? null);
  it("gives each box its part of the date the group's cue names, the month as a number", () => {
    expect(
      fill('Register Ada Lovelace, ada@example.com, born 10 December 1985', boxes('Date of birth')),
    ).toEqual(['10', '12', '1985']);
    // Two dates: the one whose cue names the group ("born" → birth), not the other.
    expect(
      fill('Enrol Kim Ode, starting on 1 September 2027, born 2 Feb 2002', boxes('Date of birth')),
    ).toEqual(['2', '2', '2002']);
    // A group named only "date" takes the goal's one date.
    expect(fill('Reserve a table for 3 guests on 14 March 2027', boxes('Booking date'))).toEqual([
      '14',
      '3',
      '2027',
    ]);
    expect(fill('Move the parcel to 23.06.2027', boxes('When should we deliver?'))).toEqual([
      '23',
      '6',
      '2027',
    ]);
  });
  it('types a date that does not exist as written, to see the form refuse it', () => {
    expect(fill('Give 31 February 1990 as the date of birth and press Next', boxes('Date of birth'))).toEqual(
      ['31', '2', '1990'],
    );
  });
  it('leaves the boxes empty when the group is no date, or a box stands alone', () => {
    expect(fill('Book it for 14 March 2027', boxes('Delivery preferences'))).toEqual([null, null, null]);
    const alone = [field({ name: 'Year', inputType: 'text' })];
    expect(fill('Register Ada, born 10 December 1985', alone)).toEqual([null]);
    expect(fill('Register Ada Lovelace with no date at all', boxes('Date of birth'))).toEqual([
      null,
      null,
      null,
    ]);
  });
});

describe("a person's name read from the e-mail written beside it", () => {
  const people = (goal: string) =>
    findValues(goal, now)
      .filter((v) => v.kind === 'person')
      .map((v) => v.value);
  it('takes capitalised words the e-mail spells as a name, where the tagger sees none', () => {
    expect(people('Start an application for Priya Nair, priya.nair@example.com, and save it')).toEqual([
      'Priya Nair',
    ]);
    expect(people('Invite Olu Park (olu_park@corp.io) to the team')).toEqual(['Olu Park']);
    expect(people("Save Priya Nair's draft (priya.nair@example.com) for later")).toEqual(['Priya Nair']);
    // An initial and a surname ("ghopper").
    expect(people('Register Grace Brook, gbrook@example.org, for the talk')).toEqual(['Grace Brook']);
  });
  it('takes no capitalised words the e-mail does not spell', () => {
    expect(people('Order Conversational Spanish for Kim, kim.lee@example.com')).not.toContain(
      'Conversational Spanish',
    );
    expect(people('Ship it to United Kingdom, sales@example.com')).toEqual([]);
  });
});

describe('a town or city field', () => {
  const town = field({ name: 'Town or city', inputType: 'text' });
  const city = field({ name: 'City', inputType: 'text' });
  it('takes the one place the goal names that is no country', () => {
    expect(valueForField('She lives in Lyon, France, and studies online', town, [town], now)?.value).toBe(
      'Lyon',
    );
    // A course name the tagger takes for a place too: the city is the one it knows as a city.
    expect(
      valueForField('Enrol Lucas in Conversational Spanish. He lives in Lyon, France.', town, [town], now)
        ?.value,
    ).toBe('Lyon');
    expect(valueForField('Deliver to Rotterdam, Netherlands by Friday', city, [city], now)?.value).toBe(
      'Rotterdam',
    );
    expect(
      valueForField('Register Ada (ada@example.com), from Manchester, UK', town, [town], now)?.value,
    ).toBe('Manchester');
  });
  // The town rule is one reading among others: when it finds no single place, the value the goal
  // gives after the field's own words ("preferred city Leeds") still fills the field.
  it('falls through to the other readings when it finds no single place', () => {
    const preferred = field({ name: 'Preferred city', inputType: 'text' });
    const goal =
      'Apply as Ada Lovelace, ada@example.com, phone 020 7946 0000, senior, happy to relocate, preferred city Leeds';
    expect(valueForField(goal, preferred, [preferred], now)?.value).toBe('Leeds');
    expect(
      valueForField('Book it for Grace Hopper, preferred city Utrecht, two nights', city, [city], now)?.value,
    ).toBe('Utrecht');
  });
  it('leaves it empty with no place, only a country, or two places and no cue', () => {
    expect(valueForField('Register Ada Lovelace, ada@example.com', town, [town], now)).toBeNull();
    expect(valueForField('She lives in France', town, [town], now)).toBeNull();
    expect(
      valueForField('Ship the parcel to Rotterdam and the invoice to Ghent', city, [city], now),
    ).toBeNull();
  });
});

// The wiki's "Answer the newest comment … with: Noted" typed nothing into the reply box: only
// "saying …" and "with the message …" gave a message its text. Wordings of our own here.
describe('the text of a reply given after a colon ("reply to X: text", "answer it with: text")', () => {
  const box = field({ name: 'Your reply', inputType: 'textarea' });
  it.each([
    ["Reply to Marta's review: glad you liked it", 'glad you liked it'],
    ['Answer the oldest message with: sorry, fixed now', 'sorry, fixed now'],
    ['On the soup recipe, respond to the last review: Thanks, Jin!', 'Thanks, Jin'],
    ['Comment on the budget sheet: numbers look right', 'numbers look right'],
  ])('%s → %j', (goal, text) => {
    expect(valueForField(goal, box, [box], now)?.value).toBe(text);
  });
  it('a label and its value is no message ("Subject: Hello" is for the Subject box)', () => {
    expect(valueForField('Subject: Hello', box, [box], now)).toBeNull();
    expect(valueForField('Username: ada', box, [box], now)).toBeNull();
  });
});
