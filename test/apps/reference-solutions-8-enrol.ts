import type { Page } from 'playwright-core';

/**
 * Reference solutions for the eighth batch of tuning goals (goals.tuning-8-enrol.ts: the college's
 * multi-step course application), WRITTEN BEFORE TUNING by hand with the app (2026-12-07, branch
 * wip10/enrol): plain Playwright that reaches each goal, or for the goals the app refuses, tries
 * them the way a user would and sees the refusal. Each ends by waiting for what its last action
 * renders, so the truth read after is the state it caused. They prove each truth check can turn
 * true, not the planner.
 */

interface Person {
  name: string;
  email: string;
  /** Day, month, year as typed. */
  dob: [string, string, string];
}

const next = (p: Page) => p.getByRole('button', { name: 'Next', exact: true }).click();
const goOn = (p: Page) => p.getByRole('button', { name: 'Continue', exact: true }).click();
const heading = (p: Page, name: string) => p.getByRole('heading', { name, level: 1 }).waitFor();

async function details(p: Page, who: Partial<Person>, press = true): Promise<void> {
  if (who.name) await p.getByLabel('Full name').fill(who.name);
  if (who.email) await p.getByLabel('Email address').fill(who.email);
  if (who.dob) {
    await p.getByLabel('Day').fill(who.dob[0]);
    await p.getByLabel('Month').fill(who.dob[1]);
    await p.getByLabel('Year').fill(who.dob[2]);
  }
  if (!press) return;
  await next(p);
}

async function course(p: Page, name: string, attendance: 'In person' | 'Online'): Promise<void> {
  await heading(p, 'Your course');
  await p.getByRole('radio', { name: new RegExp(`^${name}`) }).check();
  await p.getByRole('radio', { name: new RegExp(`^${attendance}`) }).check();
}

async function address(p: Page, country: string, town: string, postcode = ''): Promise<void> {
  await heading(p, 'Your address');
  await p.getByLabel('Country').selectOption(country);
  await p.getByLabel('Town or city').fill(town);
  if (postcode) await p.getByLabel(/^Postcode/).fill(postcode);
  await goOn(p);
}

async function submit(p: Page): Promise<void> {
  await heading(p, 'Check your answers');
  await p.getByLabel(/I confirm/).check();
  await p.getByRole('button', { name: 'Submit application' }).click();
}

async function submitted(p: Page): Promise<void> {
  await submit(p);
  await heading(p, 'Application complete');
}

/** Submit pressed on a refused application: the form stays, with its errors. */
async function refused(p: Page): Promise<void> {
  await p.getByRole('alert').waitFor();
}

const MIA: Person = { name: 'Mia Tan', email: 'mia.tan@example.com', dob: ['4', '5', '1990'] };
const PRIYA: Person = { name: 'Priya Nair', email: 'priya.nair@example.com', dob: ['9', '9', '1988'] };

export const REFERENCE_8_ENROL: Record<string, (page: Page) => Promise<void>> = {
  'enrol-mia-evening': async (p) => {
    await details(p, MIA);
    await course(p, 'Creative writing', 'In person');
    await next(p);
    await address(p, 'United Kingdom', 'Leeds', 'LS1 4AP');
    await submitted(p);
  },
  'enrol-no-name': async (p) => {
    await next(p);
    await p.getByText('Enter your full name').first().waitFor();
  },
  'enrol-review-fix-email': async (p) => {
    await details(p, { name: 'Omar Haddad', email: 'omar.h@example.org', dob: ['12', '11', '1985'] });
    await course(p, 'Web design', 'Online');
    await next(p);
    await address(p, 'United Kingdom', 'Manchester', 'M1 2AB');
    await heading(p, 'Check your answers');
    await p.getByRole('link', { name: 'Edit your details' }).click();
    await heading(p, 'Your details');
    await p.getByLabel('Email address').fill('omar@haddad.dev');
    await next(p);
    await submitted(p);
  },
  'enrol-lucas-visa': async (p) => {
    await details(p, { name: 'Lucas Martin', email: 'lucas.martin@example.fr', dob: ['22', '6', '1995'] });
    await course(p, 'Conversational Spanish', 'In person');
    await next(p);
    await address(p, 'France', 'Lyon');
    await heading(p, 'International students');
    await p.getByRole('radio', { name: 'Yes' }).check();
    await p.getByLabel('Passport number').fill('18AB42317');
    await goOn(p);
    await submitted(p);
  },
  'enrol-anna-no-visa': async (p) => {
    await details(p, { name: 'Anna Schmidt', email: 'anna.schmidt@example.de', dob: ['30', '1', '2001'] });
    await course(p, 'Web design', 'Online');
    await next(p);
    await address(p, 'Germany', 'Berlin');
    await heading(p, 'International students');
    await p.getByRole('radio', { name: 'No' }).check();
    await goOn(p);
    await submitted(p);
  },
  'enrol-save-draft': async (p) => {
    await details(p, PRIYA, false);
    await p.getByRole('button', { name: 'Save and continue later' }).click();
    await heading(p, 'Your application has been saved');
  },
  'enrol-cancel-tom': async (p) => {
    await details(p, { name: 'Tom Reed' }, false);
    await p.getByRole('button', { name: 'Cancel application' }).click();
    await p.getByRole('button', { name: 'Yes, cancel application' }).click();
    await heading(p, 'Application cancelled');
  },
  'enrol-cancel-keep': async (p) => {
    await p.getByRole('button', { name: 'Cancel application' }).click();
    await p.getByRole('button', { name: 'No, go back to my application' }).click();
    await p.getByRole('dialog').waitFor({ state: 'detached' });
  },
  'enrol-no-newsletter': async (p) => {
    await details(p, { name: 'Ravi Shah', email: 'ravi.shah@example.com', dob: ['17', '3', '1979'] });
    await course(p, 'Creative writing', 'Online');
    await p.getByLabel('I need step-free access to classrooms').check();
    await p.getByLabel('Send me the college newsletter').uncheck();
    await next(p);
    await address(p, 'United Kingdom', 'Bristol', 'BS1 5TR');
    await submitted(p);
  },
  'enrol-back-keeps': async (p) => {
    await details(p, { name: 'Ella Fox', email: 'ella.fox@example.com', dob: ['1', '4', '1999'] });
    await heading(p, 'Your course');
    await p.getByRole('button', { name: 'Back', exact: true }).click();
    await heading(p, 'Your details');
  },
  'enrol-bad-date': async (p) => {
    await details(p, { dob: ['31', '2', '1990'] });
    await p.getByText('Date of birth must be a real date').first().waitFor();
  },
  'enrol-step-three': async (p) => {
    await details(p, { name: 'Noor Ali', email: 'noor.ali@example.com', dob: ['2', '2', '2002'] });
    await course(p, 'Conversational Spanish', 'Online');
    await next(p);
    await heading(p, 'Your address');
  },
  'enrol-review-online': async (p) => {
    await details(p, { name: 'Ben Okoro', email: 'ben.okoro@example.com', dob: ['8', '8', '1992'] });
    await course(p, 'Web design', 'In person');
    await next(p);
    await address(p, 'United Kingdom', 'Glasgow', 'G1 1XQ');
    await heading(p, 'Check your answers');
    await p.getByRole('link', { name: 'Edit your course' }).click();
    await course(p, 'Web design', 'Online');
    await next(p);
    await submitted(p);
  },
  'enrol-resume-draft': async (p) => {
    await details(p, PRIYA, false);
    await p.getByRole('button', { name: 'Save and continue later' }).click();
    await p.getByRole('button', { name: 'Resume application' }).click();
    await next(p);
    await heading(p, 'Your course');
  },
  'enrol-under-16': async (p) => {
    await details(p, { name: 'Leo Park', email: 'leo.park@example.com', dob: ['3', '3', '2012'] });
    await refused(p);
  },
  'enrol-photography-full': async (p) => {
    await details(p, MIA);
    await heading(p, 'Your course');
    await p
      .getByRole('radio', { name: /^Photography/ })
      .check({ timeout: 2000 })
      .catch(() => {});
    await p.getByRole('radio', { name: /^In person/ }).check();
    await next(p);
    await refused(p);
  },
  'enrol-no-dob': async (p) => {
    await details(p, { name: 'Noah Berg', email: 'noah.berg@example.com' });
    await refused(p);
  },
};
