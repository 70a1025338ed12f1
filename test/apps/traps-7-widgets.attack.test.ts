import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/browser/chromium.ts';
import type { Observation } from '../../src/browser/observe.ts';
import type { PlannedAction, PlannedActionType } from '../../src/browser/planner.ts';
import { runGoal, type RunGoalResult } from '../../src/browser/run.ts';
import { ScriptPlanner } from './script-planner.ts';
import { startApps, type AppServer } from './server.ts';
import type { GearshopTruth } from './truth.ts';

/**
 * WRITTEN BEFORE TUNING THE CHECKER (2026-12-07, from 12:20 UTC, by the engineer of branch
 * wip9/unverified, who did not read the held-out sets). The checker's verdict on a widget's state:
 * the shown value of a combobox (ARIA over a div listbox, a role-less div dropdown, a native
 * select), a slider's or a spinbutton's `aria-valuenow`, a picked autocomplete suggestion, a
 * picked date, an `aria-pressed` / `aria-checked` toggle.
 *
 * Each run is scripted (a planner that plays fixed actions, then says `done` with no evidence of
 * its own), so the checker alone decides. For each widget kind: (a) a run that really sets the
 * value the goal names: the app's own state says reached, and the verdict should be `passed`
 * (`it.fails` where the checker does not yet say so); (b) runs that must never pass: the value
 * not set, another value set, or the value there before the run. The goals are our own words,
 * not the tuning goals' (gearshop's goals are in goals.tuning-6-widgets.ts).
 *
 * The widgets gearshop lacks (a native select, a role=switch, values set before the run) are in
 * a small settings page of our own below, its state read back through `window.appState()`.
 */

let browser: Browser;
let apps: AppServer;
let settings: Server;
let settingsUrl: string;

/** A settings page of our own: every widget takes its start value from the query string. */
const SETTINGS_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Studio settings</title>
<style>.sw{display:inline-block;width:36px;height:18px;border-radius:9px;background:#999;cursor:pointer}
.sw[aria-checked=true]{background:#2a7}.sl{display:inline-block;width:200px;height:6px;background:#ccc}
.row{margin:10px 0}</style></head><body>
<h1>Studio settings</h1>
<div class="row"><label for="theme">Theme</label> <select id="theme"><option>Light</option><option>Dark</option><option>System</option></select></div>
<div class="row"><span id="mail-lbl">Email alerts</span> <div class="sw" role="switch" tabindex="0" id="mail" aria-labelledby="mail-lbl"></div></div>
<div class="row"><span id="sms-lbl">SMS alerts</span> <div class="sw" role="switch" tabindex="0" id="sms" aria-labelledby="sms-lbl"></div></div>
<div class="row"><span id="vol-lbl">Speaker volume</span> <div class="sl" role="slider" tabindex="0" id="vol" aria-labelledby="vol-lbl" aria-valuemin="0" aria-valuemax="10"></div> <span id="vol-text"></span></div>
<div class="row"><span id="seats-lbl">Seats</span> <button type="button" id="less" aria-label="Fewer seats">−</button>
<div role="spinbutton" id="seats" aria-labelledby="seats-lbl" aria-valuemin="1" aria-valuemax="9" style="display:inline-block"></div>
<button type="button" id="more" aria-label="More seats">+</button></div>
<form id="billing" class="row" aria-label="Billing"><label for="plan">Plan</label> <select id="plan"><option>Free</option><option>Pro</option><option>Team</option></select> <button id="save-plan">Save plan</button> <span role="status" id="plan-note"></span></form>
<div class="row" role="toolbar" aria-label="Caption style"><button type="button" id="bold">Bold</button> <button type="button" id="italic">Italic</button></div>
<script>
(function () {
  var q = new URLSearchParams(location.search);
  var s = { theme: q.get('theme') || 'Light', mail: q.get('mail') === 'on', sms: q.get('sms') === 'on',
    volume: Number(q.get('volume') || 3), seats: Number(q.get('seats') || 2), bold: q.get('bold') === 'on', italic: false, plan: 'Free' };
  window.appState = function () { return JSON.parse(JSON.stringify(s)); };
  function $(id) { return document.getElementById(id); }
  function paint() {
    $('theme').value = s.theme;
    $('mail').setAttribute('aria-checked', String(s.mail));
    $('sms').setAttribute('aria-checked', String(s.sms));
    $('vol').setAttribute('aria-valuenow', String(s.volume));
    $('vol-text').textContent = s.volume + ' of 10';
    $('seats').setAttribute('aria-valuenow', String(s.seats));
    $('seats').textContent = String(s.seats);
    $('bold').setAttribute('aria-pressed', String(s.bold));
    $('italic').setAttribute('aria-pressed', String(s.italic));
  }
  $('billing').addEventListener('submit', function (e) { e.preventDefault(); s.plan = $('plan').value; $('plan-note').textContent = 'Plan changed to ' + s.plan + '.'; paint(); });
  $('theme').addEventListener('change', function () { s.theme = $('theme').value; paint(); });
  $('mail').addEventListener('click', function () { s.mail = !s.mail; paint(); });
  $('sms').addEventListener('click', function () { s.sms = !s.sms; paint(); });
  $('vol').addEventListener('keydown', function (e) {
    var d = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1 }[e.key];
    if (d === undefined) return;
    e.preventDefault();
    s.volume = Math.max(0, Math.min(10, s.volume + d));
    paint();
  });
  $('less').addEventListener('click', function () { s.seats = Math.max(1, s.seats - 1); paint(); });
  $('more').addEventListener('click', function () { s.seats = Math.min(9, s.seats + 1); paint(); });
  $('bold').addEventListener('click', function () { s.bold = !s.bold; paint(); });
  $('italic').addEventListener('click', function () { s.italic = !s.italic; paint(); });
  paint();
})();
</script></body></html>`;

beforeAll(async () => {
  browser = await launchChromium();
  apps = await startApps();
  settings = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(SETTINGS_PAGE);
  });
  await new Promise<void>((resolve) => settings.listen(0, '127.0.0.1', () => resolve()));
  settingsUrl = `http://127.0.0.1:${(settings.address() as AddressInfo).port}/settings`;
});

afterAll(async () => {
  await browser?.close();
  await apps?.close();
  settings?.close();
});

/** One scripted action: a control by role and name, or a text to click, and a value. */
interface Scripted {
  type: PlannedActionType;
  role?: string;
  name?: string | RegExp;
  text?: string;
  value?: string;
}

function toAction(step: Scripted, observation: Observation): PlannedAction {
  const action: PlannedAction = { type: step.type };
  if (step.value !== undefined) action.value = step.value;
  if (step.text !== undefined) action.text = step.text;
  if (step.role) {
    const named = (n: string) => (typeof step.name === 'string' ? n === step.name : !!step.name?.test(n));
    const element = observation.elements.find((e) => e.role === step.role && named(e.name));
    if (!element) return { type: 'fail', value: `no ${step.role} named ${String(step.name)} on the page` };
    action.ref = element.ref;
  }
  return action;
}

const click = (role: string, name: string | RegExp): Scripted => ({ type: 'click', role, name });
const clickText = (text: string): Scripted => ({ type: 'click', text });
const press = (role: string, name: string | RegExp, key: string): Scripted => ({
  type: 'press',
  role,
  name,
  value: key,
});

async function play(
  url: string,
  goal: string,
  steps: Scripted[],
  read: (page: Page) => Promise<unknown>,
): Promise<{ result: RunGoalResult; truth: unknown }> {
  let truth: unknown = null;
  const result = await runGoal({
    url,
    goal,
    planner: new ScriptPlanner(steps, toAction),
    browser,
    runsDir: null,
    limits: { maxSteps: steps.length + 3, maxWallMs: 100_000 },
    onFinish: async (page) => {
      truth = await read(page);
    },
  });
  // Every scripted action ran: a trap that never fired proves nothing.
  expect(result.did.length, `${result.reason}\n${result.did.join('\n')}`).toBeGreaterThanOrEqual(
    steps.length,
  );
  return { result, truth };
}

/** Gearshop starts every run fresh (its state lives in the tab's sessionStorage). */
async function onGearshop(
  goal: string,
  steps: Scripted[],
): Promise<{ result: RunGoalResult; truth: GearshopTruth }> {
  const { result } = await play(apps.url('gearshop'), goal, steps, async () => null);
  return { result, truth: apps.truth('gearshop') as GearshopTruth };
}

interface Settings {
  theme: string;
  mail: boolean;
  sms: boolean;
  volume: number;
  seats: number;
  bold: boolean;
  italic: boolean;
  plan: string;
}

async function onSettings(
  goal: string,
  steps: Scripted[],
  preset = '',
): Promise<{ result: RunGoalResult; truth: Settings }> {
  const { result, truth } = await play(`${settingsUrl}?${preset}`, goal, steps, (page) =>
    page.evaluate(() => (window as unknown as { appState: () => unknown }).appState()),
  );
  return { result, truth: truth as Settings };
}

// Chromium names the open combobox "" (its list takes the label): a second click finds it either way.
const openSize = click('combobox', /^(Frame size)?$/);
const deliveryTab = click('tab', 'Delivery');
const T = { timeout: 150_000 };

describe('a combobox shows the value the goal names (gearshop frame size, a div listbox)', () => {
  // Still unverified: "medium" names nothing the page shows ("M · 170–180 cm"), so the widget rule
  // cannot account for it; a miss, not a false pass.
  it.fails('passes when the named size is picked', T, async () => {
    const { result, truth } = await onGearshop('I want the medium frame, size M', [
      openSize,
      clickText('M · 170–180 cm'),
    ]);
    expect(truth.build.frameSize).toBe('M');
    expect(result.status, result.reason).toBe('passed');
  });

  it('never passes when another size is picked', T, async () => {
    const { result, truth } = await onGearshop('I want the medium frame, size M', [
      openSize,
      clickText('S · 160–170 cm'),
    ]);
    expect(truth.build.frameSize).toBe('S');
    expect(result.status).not.toBe('passed');
  });

  it('never passes when the list was only opened and shut', T, async () => {
    const { result, truth } = await onGearshop('Make the frame size XL', [openSize, openSize]);
    expect(truth.build.frameSize).toBe('');
    expect(result.status).not.toBe('passed');
  });
});

describe('a dropdown with no roles shows the value the goal names (gearshop colour)', () => {
  it('passes when the named colour is picked', T, async () => {
    const { result, truth } = await onGearshop('Paint it forest green', [
      clickText('Choose a colour'),
      clickText('Forest green'),
    ]);
    expect(truth.build.colour).toBe('Forest green');
    expect(result.status, result.reason).toBe('passed');
  });

  it('never passes when another colour is picked', T, async () => {
    const { result, truth } = await onGearshop('Paint it forest green', [
      clickText('Choose a colour'),
      clickText('Sand'),
    ]);
    expect(truth.build.colour).toBe('Sand');
    expect(result.status).not.toBe('passed');
  });
});

describe('a native select shows the value the goal names (own settings page)', () => {
  it('passes when the named option is chosen', T, async () => {
    const { result, truth } = await onSettings('Use the dark theme', [
      { type: 'select', role: 'combobox', name: 'Theme', value: 'Dark' },
    ]);
    expect(truth.theme).toBe('Dark');
    expect(result.status, result.reason).toBe('passed');
  });

  it('never passes when another option is chosen', T, async () => {
    const { result, truth } = await onSettings('Use the dark theme', [
      { type: 'select', role: 'combobox', name: 'Theme', value: 'System' },
    ]);
    expect(truth.theme).toBe('System');
    expect(result.status).not.toBe('passed');
  });

  it('never passes when the option was chosen before the run and the run did something else', T, async () => {
    const { result, truth } = await onSettings(
      'Use the dark theme',
      [click('switch', 'SMS alerts')],
      'theme=Dark',
    );
    expect(truth.theme).toBe('Dark');
    expect(result.status).not.toBe('passed');
  });
});

describe("a slider's aria-valuenow is the value the goal names", () => {
  it('passes when the gearshop assist is moved to the named level', T, async () => {
    const { result, truth } = await onGearshop('Motor assist on level 5, please', [
      press('slider', 'Motor assist', 'ArrowRight'),
      press('slider', 'Motor assist', 'ArrowRight'),
      press('slider', 'Motor assist', 'ArrowRight'),
    ]);
    expect(truth.build.assist).toBe(5);
    expect(result.status, result.reason).toBe('passed');
  });

  it('never passes when the slider stops one short', T, async () => {
    const { result, truth } = await onGearshop('Motor assist on level 5, please', [
      press('slider', 'Motor assist', 'ArrowRight'),
      press('slider', 'Motor assist', 'ArrowRight'),
    ]);
    expect(truth.build.assist).toBe(4);
    expect(result.status).not.toBe('passed');
  });

  it('passes on our own page when the volume is set to the named number', T, async () => {
    const { result, truth } = await onSettings('Speaker volume to 5', [
      press('slider', 'Speaker volume', 'ArrowUp'),
      press('slider', 'Speaker volume', 'ArrowUp'),
    ]);
    expect(truth.volume).toBe(5);
    expect(result.status, result.reason).toBe('passed');
  });

  it('never passes when the value was there before and the run moved it away and back', T, async () => {
    const { result, truth } = await onSettings(
      'Speaker volume to 7',
      [press('slider', 'Speaker volume', 'ArrowUp'), press('slider', 'Speaker volume', 'ArrowDown')],
      'volume=7',
    );
    expect(truth.volume).toBe(7);
    expect(result.status).not.toBe('passed');
  });
});

describe("a spinbutton's aria-valuenow is the number the goal names", () => {
  it('passes when the gearshop quantity is stepped to the named number', T, async () => {
    const { result, truth } = await onGearshop('I need 3 of these bikes', [
      click('button', 'Add one'),
      click('button', 'Add one'),
    ]);
    expect(truth.build.qty).toBe(3);
    expect(result.status, result.reason).toBe('passed');
  });

  it('never passes when the stepper stops at the limit below the number asked', T, async () => {
    const { result, truth } = await onGearshop('I need 5 of these bikes', [
      click('button', 'Add one'),
      click('button', 'Add one'),
      click('button', 'Add one'),
      click('button', 'Add one'),
    ]);
    expect(truth.build.qty).toBe(4);
    expect(result.status).not.toBe('passed');
  });

  it('never passes when the count was already there and the run stepped down and up', T, async () => {
    const { result, truth } = await onSettings(
      'Book 4 seats',
      [click('button', 'Fewer seats'), click('button', 'More seats')],
      'seats=4',
    );
    expect(truth.seats).toBe(4);
    expect(result.status).not.toBe('passed');
  });
});

// Round 13 (wip13/voyage2): "add a <thing>" proved by a counter of such things one higher than at
// the start; the obvious evidence (the counter moved, "More seats" pressed) without the goal done.
describe('"add a seat": the counter of seats one higher than at the start', () => {
  it('passes when the counter went up by one', T, async () => {
    const { result, truth } = await onSettings('Add a seat', [click('button', 'More seats')], 'seats=2');
    expect(truth.seats).toBe(3);
    expect(result.status, result.reason).toBe('passed');
  });

  it('never passes when the run added two (the counter moved, the More button pressed)', T, async () => {
    const { result, truth } = await onSettings(
      'Add a seat',
      [click('button', 'More seats'), click('button', 'More seats')],
      'seats=2',
    );
    expect(truth.seats).toBe(4);
    expect(result.status).not.toBe('passed');
  });

  it('never passes when the counter is at its limit and did not move', T, async () => {
    const { result, truth } = await onSettings(
      'Add one more seat',
      [click('button', 'More seats')],
      'seats=9',
    );
    expect(truth.seats).toBe(9);
    expect(result.status).not.toBe('passed');
  });
});

describe('a picked autocomplete suggestion is the value the goal names (gearshop town)', () => {
  it('passes when the named town is picked from the suggestions', T, async () => {
    const { result, truth } = await onGearshop('Ship it to Leiden', [
      deliveryTab,
      { type: 'fill', role: 'textbox', name: 'Delivery town', value: 'Le' },
      clickText('Leiden'),
    ]);
    expect(truth.delivery.town).toBe('Leiden');
    expect(result.status, result.reason).toBe('passed');
  });

  it('never passes when the town is only typed, never picked', T, async () => {
    const { result, truth } = await onGearshop('Ship it to Leiden', [
      deliveryTab,
      { type: 'fill', role: 'textbox', name: 'Delivery town', value: 'Leiden' },
    ]);
    expect(truth.delivery.town).toBe('');
    expect(result.status).not.toBe('passed');
  });

  it('never passes when a look-alike suggestion is picked', T, async () => {
    const { result, truth } = await onGearshop('Ship it to Leeds', [
      deliveryTab,
      { type: 'fill', role: 'textbox', name: 'Delivery town', value: 'Le' },
      clickText('Leiden'),
    ]);
    expect(truth.delivery.town).toBe('Leiden');
    expect(result.status).not.toBe('passed');
  });
});

describe('a picked date is the date the goal names (gearshop delivery date)', () => {
  it('passes when the named day is picked in the grid', T, async () => {
    const { result, truth } = await onGearshop('Deliver on 17 December 2026', [
      deliveryTab,
      click('button', /Delivery date/),
      clickText('17'),
    ]);
    expect(truth.delivery.date).toBe('2026-12-17');
    expect(result.status, result.reason).toBe('passed');
  });

  it('never passes when the day next to it is picked', T, async () => {
    const { result, truth } = await onGearshop('Deliver on 17 December 2026', [
      deliveryTab,
      click('button', /Delivery date/),
      clickText('18'),
    ]);
    expect(truth.delivery.date).toBe('2026-12-18');
    expect(result.status).not.toBe('passed');
  });

  it('never passes when a day that cannot be picked is clicked (a Sunday)', T, async () => {
    const { result, truth } = await onGearshop('Deliver on 13 December 2026', [
      deliveryTab,
      click('button', /Delivery date/),
      clickText('13'),
    ]);
    expect(truth.delivery.date).toBe('');
    expect(result.status).not.toBe('passed');
  });
});

describe('an aria-pressed toggle the goal names is pressed', () => {
  it('passes when the named segment of gearshop’s handlebar toggle is pressed', T, async () => {
    const { result, truth } = await onGearshop('Go with the riser handlebar', [click('button', 'Riser')]);
    expect(truth.build.handlebar).toBe('Riser');
    expect(result.status, result.reason).toBe('passed');
  });

  it('never passes when another segment is pressed', T, async () => {
    const { result, truth } = await onGearshop('Go with the riser handlebar', [click('button', 'Drop')]);
    expect(truth.build.handlebar).toBe('Drop');
    expect(result.status).not.toBe('passed');
  });

  it(
    'never passes when the segment was pressed before the run and the run did something else',
    T,
    async () => {
      const { result, truth } = await onGearshop('Go with the flat handlebar', [click('button', 'Add one')]);
      expect(truth.build.handlebar).toBe('Flat');
      expect(result.status).not.toBe('passed');
    },
  );

  // Still unverified: "captions" is only the toolbar's name, which the snapshot does not carry.
  it.fails('passes when a toolbar toggle is pressed on our own page', T, async () => {
    const { result, truth } = await onSettings('Make the captions italic', [click('button', 'Italic')]);
    expect(truth.italic).toBe(true);
    expect(result.status, result.reason).toBe('passed');
  });

  it('never passes when the other toolbar toggle is pressed', T, async () => {
    const { result, truth } = await onSettings('Make the captions italic', [click('button', 'Bold')]);
    expect(truth.italic).toBe(false);
    expect(result.status).not.toBe('passed');
  });
});

describe('an aria-checked switch the goal names is on (own settings page)', () => {
  it('passes when the named switch is turned on', T, async () => {
    const { result, truth } = await onSettings('Turn on email alerts', [click('switch', 'Email alerts')]);
    expect(truth.mail).toBe(true);
    expect(result.status, result.reason).toBe('passed');
  });

  it('never passes when the other switch is turned on', T, async () => {
    const { result, truth } = await onSettings('Turn on email alerts', [click('switch', 'SMS alerts')]);
    expect(truth.mail).toBe(false);
    expect(result.status).not.toBe('passed');
  });

  it('never passes when the switch was on before and the run turned it off', T, async () => {
    const { result, truth } = await onSettings(
      'Turn on email alerts',
      [click('switch', 'Email alerts')],
      'mail=on',
    );
    expect(truth.mail).toBe(false);
    expect(result.status).not.toBe('passed');
  });

  it('never passes when the switch was on before and the run did something else', T, async () => {
    const { result, truth } = await onSettings(
      'Switch email alerts on',
      [click('button', 'Bold')],
      'mail=on',
    );
    expect(truth.mail).toBe(true);
    expect(result.status).not.toBe('passed');
  });
});

/**
 * Added after the checker's widget rule (src/browser/widget-evidence.ts) was written, to try to
 * break it: a part naming two choices proved by one widget, a form left unsent, a suggestion picked
 * after the whole name was typed.
 */
describe('the widget rule does not stretch past what the widget shows', () => {
  it('never passes a part naming a size and a colour when only the size was picked', T, async () => {
    const { result, truth } = await onGearshop('Choose frame size XS and the colour Sand', [
      openSize,
      clickText('XS · 150–160 cm'),
    ]);
    expect(truth.build.frameSize).toBe('XS');
    expect(truth.build.colour).toBe('');
    expect(result.status).not.toBe('passed');
  });

  it('never passes "bold and italic" when only one toggle was pressed', T, async () => {
    const { result, truth } = await onSettings('Make the captions bold and italic', [
      click('button', 'Italic'),
    ]);
    expect(truth.bold).toBe(false);
    expect(result.status).not.toBe('passed');
  });

  it('never passes a plan picked in a form that was not saved', T, async () => {
    const { result, truth } = await onSettings('Move me to the Team plan', [
      { type: 'select', role: 'combobox', name: 'Plan', value: 'Team' },
    ]);
    expect(truth.plan).toBe('Free');
    expect(result.status).not.toBe('passed');
  });

  // (Left to the checker's rules for saved settings, which do not read "move me to" as a pick.)
  it.fails('passes a plan picked and saved', T, async () => {
    const { result, truth } = await onSettings('Move me to the Team plan', [
      { type: 'select', role: 'combobox', name: 'Plan', value: 'Team' },
      click('button', 'Save plan'),
    ]);
    expect(truth.plan).toBe('Team');
    expect(result.status, result.reason).toBe('passed');
  });

  it('passes a town typed in full and then picked from the suggestions', T, async () => {
    const { result, truth } = await onGearshop('Deliver the bike in Utrecht', [
      deliveryTab,
      { type: 'fill', role: 'textbox', name: 'Delivery town', value: 'Utrecht' },
      clickText('Utrecht'),
    ]);
    expect(truth.delivery.town).toBe('Utrecht');
    expect(result.status, result.reason).toBe('passed');
  });

  it('never passes a town picked for a part that also names a date', T, async () => {
    const { result, truth } = await onGearshop('Deliver to Utrecht on 15 December 2026', [
      deliveryTab,
      { type: 'fill', role: 'textbox', name: 'Delivery town', value: 'Ut' },
      clickText('Utrecht'),
    ]);
    expect(truth.delivery.date).toBe('');
    expect(result.status).not.toBe('passed');
  });
});
