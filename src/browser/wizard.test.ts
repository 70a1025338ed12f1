import { describe, expect, it } from 'vitest';
import type { Observation, ObservedElement } from './observe.ts';
import { readGoal } from './goal/read-goal.ts';
import {
  backButton,
  declarationBox,
  expectsError,
  forwardButton,
  onlyGivesValues,
  onStep,
  stepTargets,
  valuesLeft,
  wizardStep,
} from './wizard.ts';

const now = new Date('2026-12-07T12:00:00Z');
let n = 0;
const el = (role: string, name: string, extra: Partial<ObservedElement> = {}): ObservedElement => ({
  ref: `e${++n}`,
  role,
  name,
  ...extra,
});
const page = (elements: ObservedElement[], texts: string[] = []): Observation =>
  ({
    url: 'http://x/',
    title: 't',
    snapshot: '',
    elements,
    texts,
    dialogTexts: [],
  }) as unknown as Observation;

describe('where a multi-step form is', () => {
  it('reads "Step N of M" and the step title below the page title', () => {
    const step = wizardStep(
      page(
        [el('heading', 'Get a quote', { level: 1 }), el('heading', 'Payment', { level: 2 })],
        ['Step 4 of 5'],
      ),
    );
    expect(step).toMatchObject({ number: 4, total: 5, titles: ['payment'], shown: 'Step 4 of 5' });
  });
  it('reads a list of step names whose one item is the heading shown, with no count', () => {
    const items = ['Contact', 'Experience', 'Documents', 'Confirm'].map((t) =>
      el('listitem', '', { text: t }),
    );
    const step = wizardStep(
      page([el('heading', 'Apply', { level: 1 }), ...items, el('heading', 'Experience', { level: 2 })]),
    );
    expect(step).toMatchObject({ number: 2, total: 4, shown: 'Experience' });
    // A list of two, or one without the heading, is no step list.
    expect(
      wizardStep(
        page([el('listitem', '', { text: 'Experience' }), el('heading', 'Experience', { level: 2 })]),
      ),
    ).toBeNull();
    expect(wizardStep(page([...items, el('heading', 'Pricing', { level: 2 })]))).toBeNull();
  });
});

describe('the buttons that move a step on or back', () => {
  it('finds Next / Continue / Proceed / the submit button, and Back / Previous, never Start again', () => {
    const buttons = [
      el('button', 'Start again'),
      el('button', 'Previous'),
      el('button', 'Save and continue'),
    ];
    expect(forwardButton(buttons)?.name).toBe('Save and continue');
    expect(backButton(buttons)?.name).toBe('Previous');
    expect(forwardButton([el('button', 'Go back'), el('button', 'Buy policy', { submit: true })])?.name).toBe(
      'Buy policy',
    );
    expect(forwardButton([el('button', 'Start over'), el('button', 'Proceed')])?.name).toBe('Proceed');
    expect(backButton([el('button', 'Start over'), el('button', 'Proceed')])).toBeNull();
  });
});

describe('the steps a goal names', () => {
  it('reads a step by number or by its words, to go forward to or back to, in the goal order', () => {
    const targets = stepTargets('Get to step 3 as Ada, then go back to step 2');
    expect(targets.map((t) => [t.number, t.back])).toEqual([
      [3, false],
      [2, true],
    ]);
    expect(stepTargets('Get to the payment step for Grace Hopper').map((t) => t.words)).toEqual([
      ['payment'],
    ]);
    expect(stepTargets('fill it in up to the page where you check your answers').map((t) => t.words)).toEqual(
      [['check', 'answers']],
    );
    expect(stepTargets('say yes so that the relocation step appears').map((t) => t.words)).toEqual([
      ['relocation'],
    ]);
    expect(
      stepTargets('Proceed as far as the documents page and come back to step 1').map((t) => [
        t.words,
        t.back,
      ]),
    ).toEqual([
      [['documents'], false],
      [[], true],
    ]);
    expect(stepTargets('Register Ada Lovelace and accept the terms')).toEqual([]);
  });
  it('knows the step a target names by its number or title', () => {
    const step = wizardStep(page([el('heading', 'Check your answers', { level: 2 })], ['Step 6 of 6']))!;
    expect(onStep(step, stepTargets('go up to the page where you check your answers')[0]!)).toBe(true);
    expect(onStep(step, stepTargets('get to step 6')[0]!)).toBe(true);
    expect(onStep(step, stepTargets('get to the payment step')[0]!)).toBe(false);
  });
});

describe('what a goal still gives for later steps', () => {
  it('lists values never typed (dates by their value, grouped numbers by digits), not step numbers', () => {
    const goal =
      'Get to step 4 as Ada Lovelace, ada@example.com, leaving 20 December 2026, card 4242 4242 4242 4242';
    const targets = stepTargets(goal);
    expect(valuesLeft(goal, targets, ['Ada Lovelace'], now)).toEqual([
      'ada@example.com',
      '20 December 2026',
      '4242 4242 4242 4242',
    ]);
    expect(
      valuesLeft(goal, targets, ['Ada Lovelace', 'ada@example.com', '2026-12-20', '4242424242424242'], now),
    ).toEqual([]);
  });
  it('tells a part that only gave values a step took from one that asks for more', () => {
    const taken = [
      'Margaret Hamilton',
      'm.hamilton@example.com',
      '1990-03-01',
      'Standard',
      'I accept the terms',
    ];
    expect(onlyGivesValues('email m.hamilton@example.com', taken, now)).toBe(true);
    expect(onlyGivesValues('date of birth 1 March 1990', taken, now)).toBe(true);
    expect(onlyGivesValues('Standard cover', taken, now)).toBe(true);
    expect(onlyGivesValues('accept the terms', taken, now)).toBe(true);
    expect(onlyGivesValues('use the Edit link of the trip', taken, now)).toBe(false);
  });
});

describe('the declaration a step refuses to send without', () => {
  const box = (name: string, extra: Partial<ObservedElement> = {}) =>
    el('checkbox', name, { checked: false, ...extra });
  it('ticks the unticked "I confirm / I agree / I declare" box the refusal names or marks invalid', () => {
    const confirm = box('I confirm that the information I have given is correct');
    expect(declarationBox(['Confirm that your answers are correct'], [confirm], 'Apply as Kim')).toBe(
      confirm,
    );
    const agree = box('I agree to the terms of the booking', { invalid: true });
    expect(declarationBox(['There is a problem', 'You must accept this'], [agree], 'Book it')).toBe(agree);
    const declare = box('I declare that I am over 18');
    expect(
      declarationBox(['Please declare that you are over 18'], [box('Send me offers'), declare], 'Order wine'),
    ).toBe(declare);
  });
  it('ticks nothing the refusal does not name, no plain option box, and nothing the goal says not to', () => {
    expect(
      declarationBox(['Enter your postcode'], [box('I confirm my answers are correct')], 'Apply'),
    ).toBeNull();
    expect(declarationBox(['Select a newsletter'], [box('Send me the newsletter')], 'Apply')).toBeNull();
    expect(
      declarationBox(
        ['Confirm that your answers are correct'],
        [box('I confirm that my answers are correct')],
        'Submit it without confirming the answers',
      ),
    ).toBeNull();
    expect(
      declarationBox(
        ['Confirm that your answers are correct'],
        [box('I confirm my answers', { checked: true })],
        'Apply',
      ),
    ).toBeNull();
  });
});

describe('a goal whose end is the error the page shows', () => {
  const wants = (goal: string) => expectsError(readGoal(goal));
  it('reads error words, complaints and warnings, and an open question of what the page says', () => {
    expect(wants('Submit the form empty and check that an error appears')).toBe(true);
    expect(wants('Leave the e-mail blank, press Next and make sure the site complains')).toBe(true);
    expect(wants('Put in a wrong card number and make sure the page warns me')).toBe(true);
    expect(wants('Type 30 February as the date, try to continue and see what the form says')).toBe(true);
    expect(wants('Enter 99 guests, press Book and see what the page shows')).toBe(true);
  });
  it('reads no error into a goal that expects success or names what must show', () => {
    expect(wants('Register Ada Lovelace and make sure it says Welcome')).toBe(false);
    expect(wants('Book a table for two and check the confirmation')).toBe(false);
  });
});

describe('an open question of what the form says, with words after it', () => {
  it('still reads as expecting the refusal', () => {
    expect(
      expectsError(
        readGoal('Give 31 June 1990 as the start date, try to go on, and see what the form says about it'),
      ),
    ).toBe(true);
  });
});

describe('steps titled by their top heading, and steps named by an ordinal', () => {
  const step = (top: string, n: number) =>
    wizardStep(page([el('heading', top, { level: 1 })], [`Step ${n} of 4`]))!;
  it('reads a top heading that changed since the first step as the step title', () => {
    const first = step('Your details', 1);
    const second = step('Your course', 2);
    const [target] = stepTargets('Fill in my details, move on to the course page, then stop');
    expect(onStep(second, target!, first.top)).toBe(true);
    expect(onStep(first, target!, first.top)).toBe(false);
    // A top heading the first step had too names the whole form, not this step.
    const form = step('Apply for a course', 2);
    expect(onStep(form, target!, step('Apply for a course', 1).top)).toBe(false);
  });
  it('reads "the first page" / "the second step" as step numbers', () => {
    const targets = stepTargets('Go on to the second step, then go back to the first page');
    expect(targets.map((t) => [t.number, t.back])).toEqual([
      [2, false],
      [1, true],
    ]);
  });
});

describe('a date typed into Day / Month / Year boxes', () => {
  it('counts as typed once its day, month and year were typed, in any box order', () => {
    const goal = 'Start an application for Priya Nair, born 9 September 1988, and save it';
    expect(valuesLeft(goal, [], ['Priya Nair', '9', '9', '1988'], now)).toEqual([]);
    expect(valuesLeft(goal, [], ['Priya Nair', '1988'], now)).toEqual(['9 September 1988']);
  });
});
