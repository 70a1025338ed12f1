import type { Page } from 'playwright-core';

/**
 * Reference solutions for the fifth batch of tuning goals (goals.tuning-5-wizard.ts: the `insure`
 * quote wizard), WRITTEN BEFORE TUNING by hand with the app (2026-12-07, branch wip7/wizard, before
 * any src/ change there, without reading the held-out set): plain Playwright that reaches each goal,
 * or for a goal the app refuses, tries it the way a user would and waits for the refusal. They prove
 * each truth check can turn true (and that refused goals stay false), not the planner.
 */

interface Details {
  name: string;
  email: string;
  dob: string;
  postcode: string;
}
interface Trip {
  region: string;
  type: 'Single trip' | 'Annual multi-trip';
  depart: string;
  back: string;
  winter: 'Yes' | 'No';
}

const next = (p: Page) => p.getByRole('button', { name: 'Continue' }).click();
const heading = (p: Page, name: string) => p.getByRole('heading', { name, level: 2 }).waitFor();

async function details(p: Page, d: Details): Promise<void> {
  await p.getByLabel('Full name').fill(d.name);
  await p.getByLabel('Email address').fill(d.email);
  await p.getByLabel('Date of birth').fill(d.dob);
  await p.getByLabel('Home postcode').fill(d.postcode);
  await next(p);
}

async function trip(p: Page, t: Trip): Promise<void> {
  await heading(p, 'Your trip');
  await p.getByLabel('Where are you going?').selectOption(t.region);
  await p.getByRole('radio', { name: t.type }).check();
  await p.getByLabel('Departure date').fill(t.depart);
  await p.getByLabel('Return date').fill(t.back);
  await p
    .getByRole('group', { name: 'Will you be skiing or snowboarding?' })
    .getByRole('radio', { name: t.winter })
    .check();
  await next(p);
}

async function cover(p: Page, level: string, gadgets = false): Promise<void> {
  await heading(p, 'Cover');
  await p.getByRole('radio', { name: level }).check();
  if (gadgets) await p.getByRole('checkbox', { name: /gadget cover/ }).check();
  await next(p);
}

async function payment(p: Page, name: string, card: string): Promise<void> {
  await heading(p, 'Payment');
  await p.getByLabel('Name on card').fill(name);
  await p.getByLabel('Card number').fill(card);
  await p.getByRole('checkbox', { name: /accept the terms/ }).check();
  await next(p);
}

const ADA: Details = {
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  dob: '1985-12-10',
  postcode: 'SW1A 1AA',
};
const ADA_TRIP: Trip = {
  region: 'Europe',
  type: 'Single trip',
  depart: '2026-12-20',
  back: '2027-01-03',
  winter: 'No',
};
const MARGARET: Details = {
  name: 'Margaret Hamilton',
  email: 'm.hamilton@example.com',
  dob: '1990-03-01',
  postcode: 'EH1 1YZ',
};
const BARBARA: Details = {
  name: 'Barbara Liskov',
  email: 'barbara@example.edu',
  dob: '1959-11-07',
  postcode: 'CB2 1TN',
};
const BARBARA_TRIP: Trip = {
  region: 'Europe',
  type: 'Single trip',
  depart: '2027-02-02',
  back: '2027-02-09',
  winter: 'Yes',
};
const GRACE: Details = {
  name: 'Grace Hopper',
  email: 'grace@example.com',
  dob: '1956-12-09',
  postcode: 'N1 9GU',
};

export const REFERENCE_5_WIZARD: Record<string, (page: Page) => Promise<void>> = {
  'insure-buy-europe': async (p) => {
    await details(p, ADA);
    await trip(p, ADA_TRIP);
    await cover(p, 'Standard');
    await payment(p, 'Ada Lovelace', '4242 4242 4242 4242');
    await p.getByRole('button', { name: 'Buy policy' }).click();
    await p.getByText('Your policy reference is').waitFor();
  },
  'insure-invalid-email': async (p) => {
    await details(p, { ...GRACE, email: 'grace.example.com' });
    await p.getByText('There is a problem').waitFor();
  },
  'insure-fix-postcode': async (p) => {
    await details(p, {
      name: 'Alan Turing',
      email: 'alan.turing@example.org',
      dob: '1972-06-23',
      postcode: '12345',
    });
    await p.getByText('Enter a real postcode', { exact: false }).first().waitFor();
    await p.getByLabel('Home postcode').fill('MK3 6EB');
    await next(p);
    await heading(p, 'Your trip');
  },
  'insure-back-from-step-3': async (p) => {
    await details(p, MARGARET);
    await trip(p, {
      region: 'Worldwide',
      type: 'Annual multi-trip',
      depart: '2027-01-05',
      back: '2027-02-05',
      winter: 'No',
    });
    await p.getByText('Step 3 of 5').waitFor();
    await p.getByRole('button', { name: 'Previous' }).click();
    await heading(p, 'Your trip');
  },
  'insure-order-mixed': async (p) => {
    await details(p, MARGARET);
    await heading(p, 'Your trip');
  },
  'insure-winter-step': async (p) => {
    await details(p, BARBARA);
    await trip(p, BARBARA_TRIP);
    await heading(p, 'Winter sports');
  },
  'insure-snowboard-premier': async (p) => {
    await details(p, BARBARA);
    await trip(p, BARBARA_TRIP);
    await heading(p, 'Winter sports');
    await p.getByLabel('Main activity').selectOption('Snowboarding');
    await p.getByLabel('Value of your own equipment (£)').fill('800');
    await next(p);
    await cover(p, 'Premier', true);
    await payment(p, 'B Liskov', '5555 4444 3333 1111');
    await p.getByRole('button', { name: 'Buy policy' }).click();
    await p.getByText('Your policy reference is').waitFor();
  },
  'insure-stop-payment': async (p) => {
    await details(p, GRACE);
    await trip(p, {
      region: 'Worldwide excluding USA and Canada',
      type: 'Single trip',
      depart: '2027-01-14',
      back: '2027-01-28',
      winter: 'No',
    });
    await cover(p, 'Essential');
    await heading(p, 'Payment');
  },
  'insure-review-change-cover': async (p) => {
    await details(p, ADA);
    await trip(p, ADA_TRIP);
    await cover(p, 'Standard');
    await payment(p, 'Ada Lovelace', '4242424242424242');
    await heading(p, 'Check your answers');
    await p.getByRole('link', { name: 'Edit level of cover' }).click();
    await cover(p, 'Premier');
    await heading(p, 'Check your answers');
  },
  'insure-too-old': async (p) => {
    await details(p, {
      name: 'Ken Thompson',
      email: 'ken@example.com',
      dob: '1943-02-04',
      postcode: 'LS1 4AP',
    });
    await p.getByText('We can only cover travellers aged 80 or under').first().waitFor();
  },
  'insure-return-before-departure': async (p) => {
    await details(p, {
      name: 'Alan Turing',
      email: 'alan.turing@example.org',
      dob: '1972-06-23',
      postcode: 'MK3 6EB',
    });
    await heading(p, 'Your trip');
    await p.getByLabel('Where are you going?').selectOption('Worldwide');
    await p.getByRole('radio', { name: 'Single trip' }).check();
    await p.getByLabel('Departure date').fill('2027-01-10');
    await p.getByLabel('Return date').fill('2027-01-05');
    await p.getByRole('radio', { name: 'No' }).check();
    await next(p);
    await p.getByText('The return date must be after the departure date').first().waitFor();
  },
};
