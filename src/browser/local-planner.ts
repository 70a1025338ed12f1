import { amountFor } from './amount.ts';
import { ownersOnly } from './goal/possessive.ts';
import type { Observation, ObservedElement } from './observe.ts';
import { isTextField, readName } from './observe.ts';
import type { HistoryEntry, PlanContext, PlanDecision, PlannedAssertion, Planner } from './planner.ts';
import { coverage, escapeRegExp, overlap, quotedStrings, splitIdentifier, tokens } from './text-match.ts';
import { inCase, readGoal, relatedWords, type GoalPart } from './goal/read-goal.ts';
import {
  allowedByGoal,
  errorPointer,
  closest,
  dialogChoice,
  dialogGoAhead,
  exploreDecision,
  openFormDialog,
  nextPart,
  creatorDecision,
  partDecision,
  revealDecision,
  unsentFormButton,
  unsentSearchButton,
} from './part-planner.ts';
import { toggleFor } from './evidence.ts';
import { clearBlocker } from './blocker.ts';
import { signInDecision } from './sign-in.ts';
import {
  autocompleteDecision,
  routeDecision,
  dateGridDecision,
  pickerDecision,
  rangeDecision,
  tabDecision,
  typeToConfirmDecision,
} from './widgets.ts';
import { fieldWords, optionForField, valueForField } from './field-values.ts';
import { forAnotherItem } from './row-scope.ts';
import { acronymOption, distinctOption } from './option-match.ts';
import { NEGATION, yesNoAnswer } from './yes-no.ts';
import {
  backButton,
  declarationBox,
  expectsError,
  forwardButton,
  movesOnOnly,
  onlyGivesValues,
  onStep,
  stepTargets,
  valuesLeft,
  wizardStep,
  type WizardStep,
} from './wizard.ts';
import { findValues, numberNouns } from './goal/values.ts';

const CLICKABLE = new Set([
  'button',
  'link',
  'menuitem',
  'tab',
  'menuitemcheckbox',
  'menuitemradio',
  'treeitem',
]);
const EXPECT_WORDS =
  /\b(see|sees|seeing|shows?|showing|displays?|displaying|says|reads|confirm(s|ing)?|verify|expect|appears?|until)\b[^"“‘']{0,30}$/i;
const SUCCESS_WORDS =
  /\b(success|successful(ly)?|welcome|thank(s| you)?|confirmed|confirmation|created|registered|signed in|logged in|subscribed|sent|received|placed|complete(d)?|saved|submitted|added|booked|updated|done)\b/i;
const ERROR_WORDS =
  /\b(error|invalid|failed|failure|required|please|already|wrong|incorrect|not|cannot|can't|must|missing)\b/i;
const SUBMIT_WORDS = [
  'submit',
  'continue',
  'next',
  'ok',
  'go',
  'done',
  'finish',
  'search',
  'login',
  'signup',
  'order',
  'checkout',
];
/** Words that mean "send this form on", whatever its button says ("Next", "Send message"). */
const CONTINUE_WORDS = ['continue', 'next', 'proceed', 'submit', 'finish', 'send'];

interface Clause {
  text: string;
  tokens: string[];
}

interface ParsedGoal {
  clauses: Clause[];
  allTokens: string[];
  /** Quoted strings to type, pick or click. */
  values: { value: string; before: string[]; after: string[]; bare?: boolean }[];
  /** Quoted strings the goal expects to see. */
  expectations: string[];
  /** Paths or URLs to open, e.g. `/products`. */
  urls: string[];
}

/** Parses a goal written in plain words. Exported for tests. */
export function parseGoal(goal: string): ParsedGoal {
  const quotes = quotedStrings(goal);
  const values: ParsedGoal['values'] = [];
  const expectations: string[] = [];
  for (const q of quotes) {
    const prefix = goal.slice(Math.max(0, q.index - 40), q.index);
    if (EXPECT_WORDS.test(prefix)) expectations.push(q.value);
    else {
      const before = tokens(
        goal
          .slice(0, q.index)
          .split(/[,;]|\bthen\b|\band\b/)
          .at(-1) ?? '',
      ).slice(-5);
      const after = tokens(goal.slice(q.end).split(/[,;.]|\bthen\b|\band\b/)[0] ?? '').slice(0, 3);
      values.push({ value: q.value, before, after });
    }
  }
  const unquoted = quotes.reduceRight((text, q) => text.slice(0, q.index) + ' ' + text.slice(q.end), goal);
  // Bare numbers next to a noun ("2 guests", "quantity 3") are values for the field the noun names;
  // a number inside a date, time or e-mail ("10 December 1985") is part of that value, not one.
  // (A number written in groups, "4242 4242 4242 4242", is one value: its groups are not numbers.)
  const formed = findValues(unquoted).filter(
    (v) => (v.kind !== 'number' || /[ -]/.test(v.text)) && v.kind !== 'person',
  );
  for (const m of unquoted.matchAll(/(?:^|\s)(\d+(?:[.,]\d+)?)(?=\s|$|[,;.])/g)) {
    const at = m.index + m[0].indexOf(m[1]!);
    if (formed.some((v) => at >= v.start && at < v.end)) continue;
    const before = tokens(unquoted.slice(Math.max(0, at - 30), at)).slice(-2);
    const after = tokens(unquoted.slice(at + m[1]!.length).split(/[,;.]|\band\b|\bwith\b/)[0] ?? '').slice(
      0,
      2,
    );
    values.push({ value: m[1]!, before, after, bare: true });
  }
  const clauses = unquoted
    .split(
      /;|\.\s|,?\s+then\s+|,\s*and\s+|,\s+|\s+and\s+(?=(?:go|click|open|add|fill|submit|press|select|choose|pick|check|search|log|sign|upload|attach|navigate|proceed|buy|place|enter|type|accept|tick|visit|view|confirm|verify|see|make|create|register|book|send|apply|download|delete|remove|edit|save|share|follow|reserve|read|start|continue|pay|order|subscribe|join|leave|write|upload|return|cancel)\b)/i,
    )
    .map((text) => ({ text: text.trim(), tokens: tokens(text) }))
    .filter((c) => c.tokens.length);
  const urls = [...goal.matchAll(/(?:^|\s)((?:https?:\/\/\S+)|(?:\/[\w\-./?=&%]+))/g)].map((m) =>
    m[1]!.replace(/[.,;]$/, ''),
  );
  return { clauses, allTokens: tokens(unquoted), values, expectations, urls };
}

/**
 * The embedded planner: no model, only the goal's words matched against the page's accessible
 * names. Fills named fields from variables and quoted values, picks options and checkboxes the goal
 * mentions, then clicks the control that best matches the goal (the form's submit button after
 * filling), and declares done when the page shows what was asked or a new success message.
 */
export class LocalPlanner implements Planner {
  readonly name = 'local';
  /** Texts seen on earlier observations: a success message must be new to count. */
  private readonly seenTexts = new Set<string>();
  private startUrl: string | null = null;
  private start: Observation | null = null;
  private parts: GoalPart[] | null = null;
  private partsGoal = '';
  /** The page as first seen, blocked controls included (`start` keeps only the clickable ones). */
  private firstSeen: Observation | null = null;
  /** The steps of a multi-step form seen so far, in order (a step once per visit). */
  private readonly stepKeys: { key: string; step: WizardStep }[] = [];
  /** The page's texts when the form's forward button was last pressed: what is new after it, it said. */
  private textsBeforePress = new Set<string>();
  /** The value each slider or stepper showed when the planner last stepped it. */
  private readonly rangeValues = new Map<string, string>();
  /** The decision being made steps a slider or stepper (exempt from the repeat guard). */
  private rangeStep = false;

  async plan(context: PlanContext): Promise<PlanDecision> {
    // A layer the page put up before anything was done (cookie consent, a pop-up) and the goal
    // does not speak of: out of the way first, or nothing the goal needs can be clicked.
    this.firstSeen ??= context.observation;
    if (!context.previousStep) {
      if (this.partsGoal !== context.goal) {
        this.parts = readGoal(context.goal);
        this.partsGoal = context.goal;
      }
      const blocker = clearBlocker(context.observation, this.firstSeen, this.parts!, context.history);
      if (blocker) return blocker;
    }
    // Controls under an open dialog or overlay cannot take a click: the planner works with the rest
    // (what is inside the dialog, or what closes it).
    const view = context.observation.elements.some((e) => e.blocked)
      ? {
          ...context,
          observation: {
            ...context.observation,
            elements: context.observation.elements.filter((e) => !e.blocked),
          },
        }
      : context;
    this.rangeStep = false;
    const decided = amountFor(recase(this.decide(view), this.parts ?? []), view.observation.elements);
    // A slider or stepper takes the same key or button press once per unit; rangeDecision says
    // itself when a press stops moving it.
    const decision = this.rangeStep ? decided : repeating(decided, view);
    for (const text of context.observation.texts) this.seenTexts.add(text);
    return decision;
  }

  private decide(context: PlanContext): PlanDecision {
    const { observation } = context;
    this.startUrl ??= observation.url;
    this.start ??= observation;
    if (this.partsGoal !== context.goal) {
      this.parts = readGoal(context.goal);
      this.partsGoal = context.goal;
    }
    const parts = this.parts!;
    const goal = parseGoal(context.goal);
    const failedHere = new Set(
      context.history
        .filter((h) => !h.ok && h.url === observation.url && h.target)
        .map((h) => key(h.target!)),
    );
    // Destructive or bulk controls (delete, clear, reset, "all", sign out…) only when the goal asks.
    const usable = observation.elements.filter(
      (e) =>
        !e.disabled && !failedHere.has(key(e)) && allowedByGoal(e, parts) && !errorPointer(e, observation),
    );

    if (context.previousStep) {
      const healed = this.heal(context, goal, usable);
      if (healed) return healed;
    }

    if (!context.previousStep) {
      // A sign-in form in the way (or the goal's own "log on as …"): sign in first, and say with what.
      const signIn = signInDecision(parts, context);
      if (signIn) return signIn;
      // A dialog that asks for the item's name typed out before its go-ahead works.
      const awaiting = parts[nextPart(parts, context, this.start)];
      const typed = awaiting ? typeToConfirmDecision(awaiting, observation) : null;
      if (typed) return typed;
      // A form dialog the run opened ("Invite member", "Edit Grace"): set what the goal gives in
      // it, then press its go-ahead; the work is not done while it stands open.
      const dialog = openFormDialog(context, this.start, usable);
      if (dialog) {
        const field = this.nextFieldAction(context, goal, usable);
        if (field) return field.decision;
        const choice = dialogChoice(dialog, parts, usable);
        if (choice)
          return { reason: `The goal names this choice in the dialog "${dialog.name}".`, action: choice };
        const go = dialogGoAhead(dialog, context, usable);
        if (go)
          return {
            reason: `"${go.name}" keeps what was set in the dialog "${dialog.name}".`,
            action: { type: 'click', ref: go.ref },
          };
      }
      // A step of a multi-step form: fill it from the goal, move on while the goal has more for
      // later steps, stop at the step it names, fix or report what the step refused.
      const step = context.lastError?.startsWith('Not done')
        ? null
        : this.wizardDecision(context, goal, usable);
      if (step) return step;
      // A custom widget the pending part's words label (a slider, a stepper, a div combobox, a
      // month grid), or the tab whose hidden panel holds what the part needs.
      const widget = context.lastError?.startsWith('Not done') ? null : this.widgetDecision(context, parts);
      if (widget) return widget;
      // Item-level parts (add, tick off, delete, edit, a named link, a key) in the goal's order.
      const byPart = context.lastError?.startsWith('Not done')
        ? null
        : partDecision(parts, context, this.start);
      if (byPart) {
        // Before sending a form ("Create ticket", Enter), set what else the goal gives for it
        // ("…with high priority" → the Priority select).
        const sends =
          (byPart.action.type === 'click' &&
            (observation.elements.find((e) => e.ref === byPart.action.ref)?.submit ||
              parts[nextPart(parts, context, this.start)]?.intent === 'submit')) ||
          (byPart.action.type === 'press' && byPart.action.value === 'Enter');
        const first = sends ? this.nextFieldAction(context, goal, usable) : null;
        if (first) return first.decision;
        // A row's own button ("Pause" beside "Pause <title> until"): the goal's value goes into the
        // row's field before the button that takes it is pressed.
        const button =
          byPart.action.type === 'click' && observation.elements.find((e) => e.ref === byPart.action.ref);
        if (button && button.context) {
          const fill = this.nextFieldAction(context, goal, usable);
          const field = fill && observation.elements.find((e) => e.ref === fill.decision.action.ref);
          if (fill && field?.context === button.context) return fill.decision;
        }
        return byPart;
      }
      // Every part done, but a setting was picked in a form nobody sent: its Save keeps it; a
      // search form filled for a goal that shows or finds things: its Search runs it.
      const send = context.lastError?.startsWith('Not done')
        ? null
        : (unsentFormButton(context) ?? unsentSearchButton(parts, context));
      if (send)
        return {
          reason: `What was set sits in a form not sent yet: "${send.name}" keeps it.`,
          action: { type: 'click', ref: send.ref },
        };
      const reveal = revealDecision(parts, context, this.start);
      if (reveal) return reveal;
      const explore = exploreDecision(parts, context, this.start);
      if (explore) return explore;
      const pending = nextPart(parts, context, this.start);
      const acted = context.history.some((h) => h.ok && h.action.type !== 'done');
      if (
        acted &&
        (pending < 0 || parts[pending]!.intent === 'observe') &&
        !context.lastError?.startsWith('Not done')
      )
        return {
          reason: 'Every part of the goal shows on the page; the checker will judge it.',
          action: { type: 'done' },
        };
    }

    // A success message ("Signed in as maria") is not the end while a part the planner can follow
    // (open, edit, tick, add, remove…) is still ahead.
    const ahead = parts[nextPart(parts, context, this.start)];
    const done =
      ahead && ['open', 'click', 'add', 'remove', 'edit'].includes(ahead.intent) && !ahead.values.length
        ? null
        : this.doneCheck(context, goal);
    if (done) return done;

    // A goal that fills a form, on a page with none: the control that makes a new one first.
    const creator = this.parts ? creatorDecision(this.parts, context) : null;
    if (creator) return creator;
    const click = this.bestClick(context, goal, usable);
    const fieldAction = this.nextFieldAction(context, goal, usable);
    if (fieldAction && click?.currentLink && fieldAction.variablesMatched * 2 < context.variables.length) {
      // The goal's next words name a link, and this page holds few of the fields it talks about: go there first.
      return click.decision;
    }
    if (fieldAction) return fieldAction.decision;

    // The app refused what was sent ("Name is required.") and nothing left to fill would change
    // that: clicking on or calling this page the goal's end would record a false pass.
    const refusal = this.freshError(observation);
    if (refusal && expectsError(parts)) {
      // "…and make sure an error is shown": the app's refusal is the outcome the goal asks for.
      return {
        reason: `The page shows the error the goal expects: "${refusal}".`,
        action: { type: 'done', assertions: [{ type: 'text-visible', text: refusal }] },
      };
    }
    if (refusal) {
      return {
        reason: `The page answered with an error: "${refusal}".`,
        action: { type: 'fail', value: `The page says "${refusal}".` },
      };
    }

    const url = goal.urls.find(
      (u) => !context.history.some((h) => h.ok && h.action.type === 'navigate' && h.action.value === u),
    );
    if (url && !observation.url.includes(url))
      return { reason: `The goal names ${url}.`, action: { type: 'navigate', value: url } };

    const arrived = this.arrivedCheck(context, goal);
    if (arrived) return arrived;
    if (click) return click.decision;

    const touched = touchedHere(context.history, observation.url);
    const search = usable.find((e) => e.role === 'searchbox' && touched.has(elementKey(e)));
    if (
      search &&
      !context.history.some((h) => h.ok && h.action.type === 'press' && h.url === observation.url)
    ) {
      return {
        reason: 'Filled the search field and no button submits it: press Enter.',
        action: { type: 'press', ref: search.ref, value: 'Enter' },
      };
    }
    const alert = observation.elements.find(
      (e) => (e.role === 'alert' || e.role === 'status') && ERROR_WORDS.test(e.name),
    );
    const refused = context.lastError?.startsWith('Not done') ? context.lastError : null;
    // A part the planner can tell is not done (nothing opened, ticked, added or removed yet): say
    // which one and what came closest, rather than hand the checker a page that cannot prove it.
    const open = nextPart(parts, context, this.start);
    const stuck = parts[open];
    // (An edit that gives a new value and never typed it is not done either.)
    if (
      stuck &&
      (['open', 'click', 'add', 'remove', 'check', 'uncheck', 'close'].includes(stuck.intent) ||
        (stuck.intent === 'edit' && stuck.values.length > 0))
    ) {
      const why = `nothing on the page does "${stuck.text}" (closest: ${closest(stuck, observation).join(', ') || 'none'})`;
      return { reason: `Stuck: ${why}.`, action: { type: 'fail', value: `Cannot go on: ${why}.` } };
    }
    if (!alert && !refused && context.history.some((h) => h.ok && h.action.type !== 'done')) {
      // Every instruction was followed and nothing is left to do: the checker decides whether the
      // page proves the goal (passed) or not (unverified), rather than the planner giving up.
      return {
        reason: 'Nothing left to do for the goal; the checker will judge the page.',
        action: { type: 'done' },
      };
    }
    if (refused) return { reason: refused, action: { type: 'fail', value: refused } };
    const pending = nextPart(parts, context, this.start);
    const part = parts[pending];
    const why = alert
      ? `the page says "${alert.name}"`
      : part
        ? `nothing on the page matches "${part.text}" (closest: ${closest(part, observation).join(', ') || 'none'})`
        : 'nothing on the page matches the goal any more';
    return { reason: `Stuck: ${why}.`, action: { type: 'fail', value: `Cannot go on: ${why}.` } };
  }

  /** One step on a custom widget for the pending part (widgets.ts), said as that part's step. */
  private widgetDecision(context: PlanContext, parts: readonly GoalPart[]): PlanDecision | null {
    const index = nextPart(parts, context, this.start);
    const part = parts[index];
    if (!part) return null;
    // A widget's opener is found by the words of its label; a row's destructive button ("Cancel
    // booking" for "move my booking") shares them. Widgets see only what the goal allows.
    const allowed = context.observation.elements.filter((e) => allowedByGoal(e, parts));
    if (allowed.length < context.observation.elements.length)
      context = { ...context, observation: { ...context.observation, elements: allowed } };
    const range = rangeDecision(part, context.observation, this.rangeValues, this.start);
    this.rangeStep = range !== null && range.action.type !== 'fail';
    const decision =
      range ??
      routeDecision(part, context) ??
      pickerDecision(part, context) ??
      dateGridDecision(part, context) ??
      autocompleteDecision(part, context, this.start) ??
      tabDecision(part, context);
    return decision && { ...decision, reason: `Part ${index + 1} ("${part.text}"): ${decision.reason}` };
  }

  /**
   * One step of a multi-step form ("Step 2 of 5"), as a person goes through it: every value the goal
   * gives for this step's fields first; then, if the step the goal names to stop at is shown, stop
   * there (or go back when it says to); if pressing on left the page on the same step with new text,
   * the step refused it: the goal's error is the end, a later value for the refused field ("correct
   * the postcode to …") is typed, else the run stops saying what the page refused; otherwise press
   * the step's forward button while the goal still has values, a later step or a final send to come.
   * Null when the page is no such step or the goal wants nothing more of the form (the other rules
   * and the checker take over).
   */
  private wizardDecision(
    context: PlanContext,
    goal: ParsedGoal,
    usable: ObservedElement[],
  ): PlanDecision | null {
    const { observation, history } = context;
    const step = wizardStep(observation);
    if (!step) return null;
    const parts = this.parts ?? [];
    const last = history.filter((h) => h.ok && h.action.type !== 'done').at(-1);
    const previousKey = this.stepKeys.at(-1);
    if (previousKey?.key !== step.key) this.stepKeys.push({ key: step.key, step });
    const targets = stepTargets(context.goal);
    // The targets reached so far, in order: each one counts once the page showed it after the previous one.
    let reached = 0;
    // (A top heading that changed since the first step titles the step, not the whole form.)
    const formTop = this.stepKeys[0]?.step.top ?? [];
    for (const seen of this.stepKeys)
      if (targets[reached] && onStep(seen.step, targets[reached]!, formTop)) reached++;
    const forward = forwardButton(usable);
    const pressedOn =
      last?.action.type === 'click' &&
      forward !== null &&
      last.target?.name === readName(forward) &&
      last.url === observation.url;
    // Pressed on and still on the same step: the step refused what was sent.
    if (pressedOn && previousKey?.key === step.key) {
      const said = observation.texts.filter((t) => !this.textsBeforePress.has(t) && /\p{L}{3}/u.test(t));
      if (said.length) {
        const message = said.find((t) => !/^(error|there is a problem)\W*$/i.test(t)) ?? said[0]!;
        if (expectsError(parts))
          return {
            reason: `The step refused what was sent, as the goal expects: "${message}".`,
            action: { type: 'done', assertions: [{ type: 'text-visible', text: message }] },
          };
        const fix = this.correction(context, said, usable);
        if (fix) return fix;
        const vouch = declarationBox(said, usable, context.goal);
        if (vouch)
          return {
            reason: `The step refused to send without "${vouch.name}": sending the form vouches for it, so tick it.`,
            action: { type: 'check', ref: vouch.ref },
          };
        return {
          reason: `The step refused what was sent: "${said.join(' ')}".`,
          action: {
            type: 'fail',
            value: `The form stayed on ${step.shown ?? 'the same step'} and says "${message}"; the goal gives no other value for it.`,
          },
        };
      }
    }
    const field = this.nextFieldAction(context, goal, usable);
    if (field) return field.decision;
    const target = targets[reached];
    const before = targets[reached - 1];
    if (target?.back && before && reached > 0) {
      const back = backButton(usable);
      if (back)
        return {
          reason: `The goal goes back to ${target.number !== null ? `step ${target.number}` : `"${target.words.join(' ')}"`} from here: "${back.name}".`,
          action: { type: 'click', ref: back.ref },
        };
    }
    const typed = history
      .filter((h) => h.ok && (h.action.type === 'fill' || h.action.type === 'select') && h.action.value)
      .map((h) => h.action.value!);
    const left = valuesLeft(context.goal, targets, typed);
    // A sending part that names a button of its own ("save it to finish later" → "Save and continue
    // later"), pressed once the goal's values are in, rather than moving the form on.
    const own = left.length ? null : sendButton(parts, usable, forward);
    if (own && !history.some((h) => h.ok && h.action.type === 'click' && h.target?.name === readName(own)))
      return {
        reason: `The goal sends the form with "${own.name}", not "${forward?.name ?? 'Next'}".`,
        action: { type: 'click', ref: own.ref },
      };
    const stopHere = targets.length > 0 && reached === targets.length;
    if (stopHere || !forward) {
      if (!stopHere) return this.formDone(context, step, parts, forward);
      return {
        reason: `The form is on the step the goal names (${step.shown}).`,
        action: {
          type: 'done',
          assertions: step.shown ? [{ type: 'text-visible', text: step.shown }] : [],
        },
      };
    }
    // Sending the whole form (Buy, Submit, Register: a button on the last step that does not just
    // move on) only when the goal asks to finish it.
    const finishing =
      parts.some((p) => p.intent === 'submit' && !p.negated.length) &&
      !/\bwithout\s+\w+ing\b/i.test(context.goal);
    const wantsOn =
      target !== undefined ||
      left.length > 0 ||
      finishing ||
      forwardsAsked(parts) >
        history.filter((h) => h.ok && h.action.type === 'click' && h.target?.name === readName(forward))
          .length;
    if (!wantsOn || (!movesOnOnly(forward) && step.number === step.total && !finishing))
      return this.formDone(context, step, parts, forward);
    this.textsBeforePress = new Set(observation.texts);
    return {
      reason: `"${forward.name}" moves the form on from ${step.shown}${
        left.length
          ? ` (the goal still gives ${left
              .slice(0, 3)
              .map((v) => `"${v}"`)
              .join(', ')})`
          : target
            ? ' toward the step the goal names'
            : ''
      }.`,
      action: { type: 'click', ref: forward.ref },
    };
  }

  /**
   * The goal wants nothing more of the form: done (the checker judges the page) when every part
   * still open only gave values a step took, moves the form on, or is an observation; null when a
   * part asks for something else (an Edit link, a button), for the other rules to do.
   */
  private formDone(
    context: PlanContext,
    step: WizardStep,
    parts: readonly GoalPart[],
    forward: ObservedElement | null,
  ): PlanDecision | null {
    const { history } = context;
    const taken = history
      .filter((h) => h.ok && ['fill', 'select', 'check'].includes(h.action.type))
      .flatMap((h) => [h.action.value ?? '', h.action.type === 'check' ? (h.target?.name ?? '') : ''])
      .filter(Boolean);
    const pressed = forward
      ? history.filter((h) => h.ok && h.action.type === 'click' && h.target?.name === readName(forward))
          .length
      : 0;
    let forwards = 0;
    for (const part of parts.slice(Math.max(0, nextPart(parts, context, this.start)))) {
      if (part.intent === 'observe' || onlyGivesValues(part.text, taken)) continue;
      if (forwardsAsked([part]) && ++forwards <= pressed) continue;
      return null;
    }
    if (!history.some((h) => h.ok && h.action.type !== 'done')) return null;
    return {
      reason: `Every value the goal gives was entered and the form moved on as asked (now ${step.shown}); the checker will judge the page.`,
      action: { type: 'done' },
    };
  }

  /** A later value the goal gives for a field the step refused ("…then correct the postcode to MK3 6EB"). */
  private correction(
    context: PlanContext,
    said: readonly string[],
    usable: ObservedElement[],
  ): PlanDecision | null {
    const fields = usable.filter((e) => isTextField(e.role) && !e.fileInput);
    for (const field of fields) {
      if (!field.value || !relatedWords(said.join(' '), fieldWords(field)).length) continue;
      const at = context.goal.indexOf(field.value);
      if (at < 0) continue;
      const later = valueForField(context.goal.slice(at + field.value.length), field, fields);
      if (later && later.value !== field.value)
        return {
          reason: `The step refused "${field.value}" for "${field.name}"; the goal then gives "${later.value}".`,
          action: { type: 'fill', ref: field.ref, value: later.value },
        };
    }
    return null;
  }

  /** A new alert or status line that reports an error, not a success. */
  private freshError(observation: PlanContext['observation']): string | null {
    for (const element of observation.elements) {
      if (element.role !== 'alert' && element.role !== 'status') continue;
      // A live region's words are often its content, not an accessible name.
      const text = element.name || element.text || '';
      if (text && !this.seenTexts.has(text) && ERROR_WORDS.test(text) && !SUCCESS_WORDS.test(text))
        return text;
    }
    return null;
  }

  /** Done when the goal's expected texts are visible, or a new success message appeared after acting. */
  private doneCheck(context: PlanContext, goal: ParsedGoal): PlanDecision | null {
    const { observation, history } = context;
    const acted = history.some((h) => h.ok && h.action.type !== 'done');
    const pageText = observation.texts.join('\n') + '\n' + observation.snapshot;
    if (goal.expectations.length) {
      if (!goal.expectations.every((text) => pageText.includes(text))) return null;
      const assertions: PlannedAssertion[] = goal.expectations.map((text) => ({
        type: 'text-visible',
        text,
      }));
      return {
        reason: `The page shows ${goal.expectations.map((t) => `"${t}"`).join(', ')}.`,
        action: { type: 'done', assertions },
      };
    }
    if (!acted) return null;
    const fresh = observation.elements.filter(
      (e) => ['heading', 'alert', 'status'].includes(e.role) && e.name && !this.seenTexts.has(e.name),
    );
    const freshTexts = [
      ...fresh.map((e) => e.name),
      ...observation.texts.filter((t) => !this.seenTexts.has(t)),
    ];
    const errors = freshTexts.filter((t) => ERROR_WORDS.test(t) && !SUCCESS_WORDS.test(t));
    const success = freshTexts.filter((t) => SUCCESS_WORDS.test(t) && !ERROR_WORDS.test(t));
    if (errors.length || !success.length) return null;
    if (this.pendingClicks(context, goal) > 0) return null;
    const assertions: PlannedAssertion[] = [];
    for (const text of unique(success).slice(0, 2)) {
      const stable = stableSegment(text);
      if (stable) assertions.push({ type: 'text-visible', text: stable });
    }
    if (this.startUrl && observation.url !== this.startUrl) {
      const path = new URL(observation.url).pathname;
      if (path !== '/') assertions.push({ type: 'url-matches', pattern: urlPattern(path) });
    }
    if (!assertions.length) return null;
    // A message ("Preferences saved") says nothing of a switch the goal turns: the switch itself must
    // show the state asked for, now and when the checker looks again (an app may flip it back).
    for (const part of this.parts ?? []) {
      if (part.intent !== 'check' && part.intent !== 'uncheck') continue;
      const box = toggleFor(part, observation);
      if (!box) continue;
      const on = part.intent === 'check';
      if ((box.checked === true) !== on) return null;
      assertions.push({ type: 'checked', ref: box.ref, checked: on });
    }
    return { reason: `The page now says "${success[0]}".`, action: { type: 'done', assertions } };
  }

  /** Clauses that ask for a click and found none yet: a success message before them is not the end. */
  private pendingClicks(context: PlanContext, goal: ParsedGoal): number {
    const consumed = consumedClauses(context.history, goal);
    return goal.clauses.filter(
      (c, i) =>
        !consumed.has(i) &&
        /^(go|click|open|add|proceed|press|visit|view|navigate|checkout|order)\b/i.test(c.text),
    ).length;
  }

  /** Navigation goals: every clause was served by a click and we landed somewhere new. */
  private arrivedCheck(context: PlanContext, goal: ParsedGoal): PlanDecision | null {
    const { observation, history } = context;
    const last = history.at(-1);
    if (!last?.ok || last.action.type !== 'click' || observation.url === this.startUrl) return null;
    const consumed = consumedClauses(history, goal);
    if (goal.clauses.some((_, i) => !consumed.has(i))) return null;
    // A click that shares a word with the goal is not the goal done ("Borrow Dune" → Dune's page).
    const parts = this.parts ?? [];
    const pending = nextPart(parts, context, this.start);
    if (pending >= 0 && parts[pending]!.intent !== 'observe') return null;
    const heading = observation.elements.find((e) => e.role === 'heading' && e.name && (e.level ?? 1) <= 2);
    const assertions: PlannedAssertion[] = [
      { type: 'url-matches', pattern: urlPattern(new URL(observation.url).pathname) },
    ];
    if (heading) assertions.push({ type: 'text-visible', text: heading.name });
    // New status lines (result counts, notices) are better evidence than the page heading alone.
    for (const element of observation.elements) {
      if (element.role !== 'status' && element.role !== 'alert') continue;
      const text = element.name || element.text || '';
      const stable =
        text && !ERROR_WORDS.test(text) && !this.seenTexts.has(text) ? stableSegment(text) : null;
      if (stable) assertions.push({ type: 'text-visible', text: stable });
    }
    return {
      reason: `Every part of the goal was followed; now on "${heading?.name ?? observation.title}".`,
      action: { type: 'done', assertions },
    };
  }

  private nextFieldAction(
    context: PlanContext,
    goal: ParsedGoal,
    usable: ObservedElement[],
  ): { decision: PlanDecision; variablesMatched: number } | null {
    const { observation, history } = context;
    const touched = touchedHere(history, observation.url);
    const textFields = usable.filter((e) => isTextField(e.role) && !e.fileInput);
    const selects = usable.filter(
      (e) => (e.role === 'combobox' || e.role === 'listbox') && e.options?.length,
    );
    const wants: { element: ObservedElement; decision: PlanDecision }[] = [];
    const variableFields = new Set<string>();

    // Variables fill the fields they name (each field takes its best variable).
    for (const field of [...textFields, ...selects]) {
      const fieldTokens = tokens(
        `${field.name} ${field.placeholder ?? ''} ${field.role === 'searchbox' ? 'search' : ''}`,
      );
      let best: { name: string; score: number } | null = null;
      for (const name of context.variables) {
        const score = coverage(tokens(splitIdentifier(name)), fieldTokens);
        if (score >= 0.5 && (!best || score > best.score)) best = { name, score };
      }
      if (!best) continue;
      const isSelect = !isTextField(field.role);
      variableFields.add(best.name);
      if (isSelect ? touched.has(elementKey(field)) : touched.has(elementKey(field)) && field.value) continue;
      // Still holding what we typed before (e.g. a search box echoing the query): do not type it again.
      const typedBefore = history.some(
        (h) => h.ok && h.action.variable === best!.name && h.target && key(h.target) === key(field),
      );
      if (field.value && typedBefore) continue;
      wants.push({
        element: field,
        decision: {
          reason: `Variable "${best.name}" goes into ${field.role} "${field.name}".`,
          action: { type: isSelect ? 'select' : 'fill', ref: field.ref, variable: best.name },
        },
      });
    }

    // Quoted values: an option to pick, a radio to check, or text for the field named beside it.
    for (const q of goal.values) {
      const lower = q.value.toLowerCase();
      const select = selects.find((s) => s.options!.some((o) => o.toLowerCase() === lower));
      if (select) {
        if (select.value?.toLowerCase() !== lower) {
          wants.push({
            element: select,
            decision: {
              reason: `The goal picks "${q.value}".`,
              action: {
                type: 'select',
                ref: select.ref,
                value: select.options!.find((o) => o.toLowerCase() === lower)!,
              },
            },
          });
        }
        continue;
      }
      const radio = usable.find((e) => e.role === 'radio' && e.name.toLowerCase() === lower);
      if (radio) {
        if (radio.checked !== true)
          wants.push({
            element: radio,
            decision: { reason: `The goal picks "${q.value}".`, action: { type: 'check', ref: radio.ref } },
          });
        continue;
      }
      const context3 = [...q.before, ...q.after];
      let field: ObservedElement | undefined;
      let bestScore = 0;
      for (const candidate of textFields) {
        const score = overlap(
          tokens(
            `${candidate.name} ${candidate.placeholder ?? ''} ${candidate.role === 'searchbox' ? 'search' : ''}`,
          ),
          context3,
        );
        if (score > bestScore) {
          bestScore = score;
          field = candidate;
        }
      }
      if (!field && !q.bare && /\b(search|type|enter|fill|write)\b/i.test(q.before.join(' ') || '')) {
        const empty = textFields.filter((f) => !f.value);
        if (empty.length === 1) field = empty[0];
      }
      if (!field || (touched.has(elementKey(field)) && field.value) || field.value === q.value) continue;
      if (wants.some((w) => w.element.ref === field!.ref)) continue;
      wants.push({
        element: field,
        decision: {
          reason: `"${q.value}" goes into ${field.role} "${field.name}".`,
          action: { type: 'fill', ref: field.ref, value: q.value },
        },
      });
    }

    // Values without quotes: a date, a time, an e-mail, "the name Ada Lovelace", "saying …".
    for (const field of textFields) {
      if (wants.some((w) => w.element.ref === field.ref) || touched.has(elementKey(field))) continue;
      // One row's field of many ("Pause The Salt Road until"): only the one of the item the goal names.
      if (forAnotherItem(field, textFields, context.goal)) continue;
      const bound = valueForField(context.goal, field, textFields);
      if (!bound || field.value === bound.value) continue;
      // A value the goal gives once goes into one field (a date of birth is no departure date);
      // a part of a split value may repeat ("9 September" → Day 9, Month 9).
      if (
        !bound.part &&
        mentions(context.goal, bound.value) < 2 &&
        history.some(
          (h) =>
            h.ok &&
            h.action.type === 'fill' &&
            h.action.value === bound.value &&
            h.target &&
            entryKey(h) !== elementKey(field),
        )
      )
        continue;
      // (The same value in another field is no repeat: a wizard's "Name on card" after "Full name".)
      const typedBefore = history.some(
        (h) =>
          h.ok &&
          h.action.type === 'fill' &&
          h.action.value === bound.value &&
          h.url === observation.url &&
          (!h.target || entryKey(h) === elementKey(field)),
      );
      if (typedBefore) continue;
      wants.push({
        element: field,
        decision: {
          reason: `"${bound.value}" goes into ${field.role} "${field.name || field.nearLabel || field.placeholder || ''}": ${bound.why}.`,
          action: { type: 'fill', ref: field.ref, value: bound.value },
        },
      });
    }

    // A time or date picked from a list ("at 2 pm" → "2:00 pm").
    for (const select of selects) {
      if (wants.some((w) => w.element.ref === select.ref) || touched.has(elementKey(select))) continue;
      const bound = optionForField(context.goal, select.options!);
      if (bound && bound.value !== select.value)
        wants.push({
          element: select,
          decision: {
            reason: `"${bound.value}" of "${select.name || select.nearLabel || ''}": ${bound.why}.`,
            action: { type: 'select', ref: select.ref, value: bound.value },
          },
        });
    }

    // Options the goal names without quotes ("express shipping", "reply by phone"). A name the
    // goal uses only in the possessive ("Reply to Lee's comment") says whose item it means: no
    // option to pick ("Owner" → Lee Park).
    const owners = new Set(ownersOnly(context.goal).flatMap((w) => tokens(w)));
    const goalTokens = goal.allTokens.filter((t) => !owners.has(t));
    for (const select of selects) {
      if (wants.some((w) => w.element.ref === select.ref) || touched.has(elementKey(select))) continue;
      const option =
        bestOption(select.options!, goalTokens, tokens(select.name)) ??
        acronymOption(select.options!, context.goal);
      if (option && option !== select.value) {
        wants.push({
          element: select,
          decision: {
            reason: `The goal mentions the option "${option}" of "${select.name}".`,
            action: { type: 'select', ref: select.ref, value: option },
          },
        });
      }
    }
    const groups = new Map<string, ObservedElement[]>();
    for (const radio of usable.filter((e) => e.role === 'radio')) {
      const group = radio.group ?? '';
      groups.set(group, [...(groups.get(group) ?? []), radio]);
    }
    for (const [group, radios] of groups) {
      let chosen = bestOption(
        radios.map((r) => r.name),
        goalTokens,
        tokens(group),
      );
      const yes = radios.find((r) => /^(yes|on|true)$/i.test(r.name.trim()));
      const no = radios.find((r) => /^(no|off|false|none)$/i.test(r.name.trim()));
      const groupWords = tokens(group);
      if (yes && no && groupWords.length && overlap(groupWords, goalTokens) === groupWords.length) {
        // "with breakfast" → Yes, "no breakfast" / "without breakfast" → No.
        chosen = isNegated(context.goal, groupWords) ? no.name : yes.name;
      } else if (yes && no) {
        // A yes/no question the goal answers in its own words ("Will you be skiing or
        // snowboarding?" ← "a snowboarding holiday" / "no winter sports"): half its words or more
        // meant by the goal's words, negated there or not.
        const answer = yesNoAnswer(context.goal, group);
        if (answer !== null) chosen = answer ? yes.name : no.name;
      } else if (!chosen) {
        // Named by a word only that option has ("the evening course" → "Creative writing, Tuesday
        // evenings"), among all the group's options, disabled ones too: a goal that names a full
        // course picks no other.
        const all = observation.elements.filter((e) => e.role === 'radio' && (e.group ?? '') === group);
        chosen = distinctOption(
          all.map((r) => r.name),
          context.goal,
          group,
        );
      }
      const radio = radios.find((r) => r.name === chosen);
      if (radio && radio.checked !== true && !wants.some((w) => w.element.ref === radio.ref)) {
        wants.push({
          element: radio,
          decision: {
            reason: `The goal mentions "${radio.name}".`,
            action: { type: 'check', ref: radio.ref },
          },
        });
      }
    }

    // Checkboxes the goal mentions ("accept the terms"); negated mentions uncheck.
    for (const box of usable.filter((e) => e.role === 'checkbox' || e.role === 'switch')) {
      // An unlabelled box is named by the text beside it ("☐ I accept the terms and conditions").
      const boxName = box.name || box.nearLabel || '';
      const boxTokens = [...new Set(tokens(boxName))];
      const common = overlap(boxTokens, goalTokens);
      if (!(common >= 2 || (common === 1 && boxTokens.length <= 2))) continue;
      // "Select order 1002" when the goal names orders 1001 and 1003: a number it does not name.
      const numbers = boxName.match(/\d+/g) ?? [];
      if (numbers.some((n) => !new RegExp(`(^|\\D)${n}(\\D|$)`).test(context.goal))) continue;
      const negated = isNegated(context.goal, boxTokens);
      if (negated && box.checked === true)
        wants.push({
          element: box,
          decision: {
            reason: `The goal says not to "${boxName}".`,
            action: { type: 'uncheck', ref: box.ref },
          },
        });
      if (!negated && box.checked !== true)
        wants.push({
          element: box,
          decision: { reason: `The goal asks to "${boxName}".`, action: { type: 'check', ref: box.ref } },
        });
    }

    // Files go to the upload field that names them (or the only one).
    const uploads = usable.filter((e) => e.fileInput);
    for (const file of context.files) {
      if (
        history.some(
          (h) => h.ok && h.action.type === 'upload' && h.action.file === file && h.url === observation.url,
        )
      )
        continue;
      const named = uploads.find((u) => overlap(tokens(splitIdentifier(file)), tokens(u.name)) > 0);
      const target = named ?? (uploads.length === 1 ? uploads[0] : undefined);
      if (target)
        wants.push({
          element: target,
          decision: {
            reason: `File "${file}" goes into "${target.name}".`,
            action: { type: 'upload', ref: target.ref, file },
          },
        });
    }

    // The same value into the same field a second time (the form came back empty after it was
    // sent, or the app signed us out): repeating it would loop, never reach anything new.
    const fresh = wants.filter(
      (w) =>
        !history.some(
          (h) =>
            h.ok &&
            h.target &&
            entryKey(h) === elementKey(w.element) &&
            h.action.type === w.decision.action.type &&
            h.action.value === w.decision.action.value &&
            h.action.variable === w.decision.action.variable,
        ),
    );
    wants.splice(0, wants.length, ...fresh);
    if (!wants.length) return null;
    const order = new Map(observation.elements.map((e, i) => [e.ref, i]));
    wants.sort((a, b) => (order.get(a.element.ref) ?? 0) - (order.get(b.element.ref) ?? 0));
    return { decision: wants[0]!.decision, variablesMatched: variableFields.size };
  }

  private bestClick(
    context: PlanContext,
    goal: ParsedGoal,
    usable: ObservedElement[],
  ): { decision: PlanDecision; currentLink: boolean } | null {
    const { observation, history } = context;
    const consumed = consumedClauses(history, goal);
    const currentClause = goal.clauses.findIndex((_, i) => !consumed.has(i));
    const touched = touchedHere(history, observation.url);
    // The forms just typed in (a box's context is its form's text): of two forms on a page (an
    // item's properties, a reply under a comment), the one typed in is the one sent.
    const typedIn = new Set(
      history
        .filter((h) => h.ok && h.url === observation.url && h.target?.context && touched.has(entryKey(h)!))
        .map((h) => h.target!.context!),
    );
    const ownForm = (e: ObservedElement) => e.context !== undefined && typedIn.has(e.context);
    const ownSubmit = usable.some((e) => e.submit && ownForm(e));
    // Clicked on this page since the last change to a field: clicking it again would repeat itself
    // (a wizard's "Next" after filling the next step is a new click, not a repeat).
    const clickedHere = new Set<string>();
    for (let i = history.length - 1; i >= 0; i--) {
      const h = history[i]!;
      if (h.url !== observation.url) break;
      if (!h.ok || !h.target) continue;
      if (h.action.type === 'click') clickedHere.add(key(h.target));
      else if (['fill', 'select', 'check', 'uncheck', 'upload'].includes(h.action.type)) break;
    }
    const quoted = goal.values.map((v) => v.value.toLowerCase());
    let best: { element: ObservedElement; score: number; why: string; current: boolean } | null = null;
    const here = new URL(observation.url);
    // A neighbour the goal locates its item by ("the card above Audit log") is where to look, not
    // what to press.
    const neighbours = (this.parts ?? []).flatMap((p) =>
      p.place?.beside ? [p.place.beside.of.trim().toLowerCase()] : [],
    );
    // "The window seat in car 3": where the page shows "Car 3", the 3 is that car's, and a control
    // named by the number without its noun (a pager's "3") is not named by it.
    const scoped = [...numberNouns(context.goal)].filter(([n, noun]) =>
      observation.elements.some((e) => new RegExp(`\\b${escapeRegExp(noun)}\\s+${n}\\b`, 'i').test(e.name)),
    );
    const unscoped = (e: ObservedElement) =>
      scoped.filter(([, noun]) => !tokens(e.name).includes(noun)).map(([n]) => n);
    for (const element of usable) {
      if ((!CLICKABLE.has(element.role) && !element.clickable) || element.fileInput) continue;
      if (neighbours.includes(element.name.trim().toLowerCase())) continue;
      // A link to the page we are on goes nowhere; in-page links (`#`, `#tab-2`) are actions.
      if (element.url && new URL(element.url, here).href === here.href) continue;
      let current = false;
      const notNamed = unscoped(element);
      const nameTokens = tokens(element.name).filter((t) => !notNamed.includes(t));
      let score = 0;
      const why: string[] = [];
      goal.clauses.forEach((clause, i) => {
        if (consumed.has(i)) return;
        const common = overlap(nameTokens, clause.tokens);
        if (!common) return;
        const weight = i === currentClause ? 3 : 1;
        if (i === currentClause) current = true;
        score += common * weight;
        why.push(`matches "${clause.text}"`);
      });
      const name = element.name.toLowerCase();
      if (quoted.some((q) => !notNamed.includes(q) && (name === q || (q.length > 3 && name.includes(q))))) {
        score += 4;
        why.push('is named in quotes');
      }
      const context3 = (element.context ?? '').toLowerCase();
      if (score > 0 && quoted.some((q) => q.length > 2 && context3.includes(q))) {
        score += 3;
        why.push('sits beside a quoted item');
      } else if (score > 0 && currentClause >= 0 && element.context) {
        // Repeated controls ("Apply", "Add to cart"): prefer the one whose row names what the goal names.
        const rowWords = tokens(element.context).filter((t) => !nameTokens.includes(t));
        const named = overlap(rowWords, goal.clauses[currentClause]!.tokens);
        if (named) {
          score += 2 * Math.min(named, 2);
          why.push('sits in the row the goal names');
        }
      }
      if (touched.size && element.submit && (!ownSubmit || ownForm(element))) {
        score += 3;
        why.push('submits the form just filled');
      } else if (touched.size && overlap(nameTokens, SUBMIT_WORDS) && element.role === 'button') {
        score += 1;
      } else if (
        element.submit &&
        currentClause >= 0 &&
        overlap(goal.clauses[currentClause]!.tokens, CONTINUE_WORDS) > 0
      ) {
        // "Try to continue", "submit the form empty": the form's own submit button, whatever its name.
        score += 2;
        why.push('submits the form the goal moves on from');
      }
      if (clickedHere.has(key(element))) score -= 5;
      if (score > 0 && (!best || score > best.score))
        best = { element, score, why: why.join(', ') || 'submits the form', current };
    }
    if (!best) return null;
    return {
      decision: {
        reason: `${best.element.role} "${best.element.name}" ${best.why}.`,
        action: { type: 'click', ref: best.element.ref },
      },
      currentLink: best.current && best.element.role === 'link',
    };
  }

  /** Re-decides a step that broke: the most similar element for the same kind of action. */
  private heal(context: PlanContext, goal: ParsedGoal, usable: ObservedElement[]): PlanDecision | null {
    const old = context.previousStep!;
    const locator = old.locator;
    const oldWords = tokens(
      locator
        ? [locator.name, locator.label, locator.placeholder, locator.text, locator.testId]
            .filter(Boolean)
            .join(' ')
        : '',
    );
    const variable = typeof old.value === 'object' ? old.value.var : undefined;
    const want = (e: ObservedElement): boolean => {
      switch (old.action) {
        case 'fill':
          return isTextField(e.role) && !e.fileInput;
        case 'select':
          return e.role === 'combobox' || e.role === 'listbox';
        case 'check':
        case 'uncheck':
          return e.role === 'checkbox' || e.role === 'radio' || e.role === 'switch';
        case 'upload':
          return Boolean(e.fileInput);
        case 'click':
        case 'hover':
          return CLICKABLE.has(e.role) && !e.fileInput;
        default:
          return false;
      }
    };
    let best: { element: ObservedElement; score: number } | null = null;
    for (const element of usable.filter(want)) {
      const words = tokens(`${element.name} ${element.placeholder ?? ''}`);
      let score = overlap(oldWords, words) * 3;
      if (variable) score += coverage(tokens(splitIdentifier(variable)), words) * 3;
      if (locator?.role === element.role) score += 1;
      if (old.action === 'click' && element.submit) score += 1.5;
      if (old.action === 'click') score += overlap(words, goal.allTokens) * 0.5;
      if (locator?.within && (element.context ?? '').includes(locator.within.hasText)) score += 2;
      if (score > 1 && (!best || score > best.score)) best = { element, score };
    }
    if (!best) return null;
    const reason = `Healing "${old.action}": ${best.element.role} "${best.element.name}" is the closest match to the old target.`;
    const ref = best.element.ref;
    if (old.action === 'fill' || old.action === 'select') {
      const action = typeof old.value === 'object' ? { variable: old.value.var } : { value: old.value ?? '' };
      return { reason, action: { type: old.action, ref, ...action } };
    }
    if (old.action === 'upload')
      return { reason, action: { type: 'upload', ref, ...(old.file ? { file: old.file } : {}) } };
    return { reason, action: { type: old.action as 'click' | 'check' | 'uncheck' | 'hover', ref } };
  }
}

/** A text typed in the letter case the goal asks for ("…the title Call the plumber in upper case"). */
function recase(decision: PlanDecision, parts: readonly GoalPart[]): PlanDecision {
  const { action } = decision;
  const textCase = parts.find((p) => p.textCase)?.textCase;
  if (action.type !== 'fill' || action.value === undefined || !textCase) return decision;
  const value = inCase(action.value, textCase);
  return value === action.value ? decision : { ...decision, action: { ...action, value } };
}

/**
 * The same action on the same target as the last two steps: a third time changes nothing (a form
 * that keeps refusing, a button that does nothing). Give up saying so instead of looping.
 */
function repeating(decision: PlanDecision, context: PlanContext): PlanDecision {
  const { action } = decision;
  if (action.type === 'done' || action.type === 'fail') return decision;
  const target = context.observation.elements.find((e) => e.ref === action.ref);
  const same = (h: HistoryEntry) =>
    h.ok &&
    h.action.type === action.type &&
    h.action.value === action.value &&
    h.action.text === action.text &&
    (target ? h.target !== undefined && key(h.target) === key(target) : h.action.ref === action.ref);
  const done = context.history.filter((h) => h.ok && h.action.type !== 'done');
  if (done.length >= 2 && same(done.at(-1)!) && same(done.at(-2)!)) {
    const why = `"${decision.reason}" was already done twice in a row and changed nothing the goal asks for`;
    return { reason: `Stuck: ${why}.`, action: { type: 'fail', value: `Cannot go on: ${why}.` } };
  }
  return decision;
}

/** How often the goal gives a value: written as typed, or in another form of the same value ("23/06/1972"). */
function mentions(goal: string, value: string): number {
  const literal = goal.toLowerCase().split(value.toLowerCase()).length - 1;
  const formed = findValues(goal).filter((v) => v.value === value && v.text !== value).length;
  return literal + formed;
}

/** How many times the goal says to move a form on ("continue", "press Next", "go on"). */
/**
 * A button other than the form's forward one that a sending part of the goal names by two of its
 * words ("save it to finish later" → "Save and continue later"); null otherwise.
 */
export function sendButton(
  parts: readonly GoalPart[],
  usable: readonly ObservedElement[],
  forward: ObservedElement | null,
): ObservedElement | null {
  for (const part of parts) {
    if (part.intent !== 'submit' || part.negated.length) continue;
    const said = tokens(part.text);
    const hit = usable.find((b) => {
      if (b.role !== 'button' || b.dialog || b.ref === forward?.ref) return false;
      const own = [...new Set(tokens(b.name))];
      const shared = overlap(own, said);
      return shared >= 2;
    });
    if (hit) return hit;
  }
  return null;
}

function forwardsAsked(parts: readonly GoalPart[]): number {
  return parts.filter((p) =>
    /^(?:continue|go on|proceed|move on|carry on|press next|click next|press continue|click continue)\b/i.test(
      `${p.verb} ${p.objectWords.join(' ')}`.trim(),
    ),
  ).length;
}

/** The path, followed by a query, a fragment or the end. */
function urlPattern(path: string): string {
  return `${escapeRegExp(path)}(?:[?#]|$)`;
}

function key(target: { role: string; name: string }): string {
  return `${target.role}\u0000${target.name}`;
}

/**
 * What identifies a field across steps: its role and the name the run's history records for it
 * (its own, else the text beside it), or for a field with neither its ref, so two unnamed fields
 * are never taken for one.
 */
function entryKey(entry: HistoryEntry): string | null {
  if (!entry.target) return null;
  return entry.target.name ? key(entry.target) : `ref\u0000${entry.action.ref ?? ''}`;
}
function elementKey(element: ObservedElement): string {
  // Named as the run's history names it (readName): a box labelled only by the text beside it is
  // known by that text, or a form that starts over on a refusal looks untouched and is refilled.
  const name = readName(element);
  return name ? key({ role: element.role, name }) : `ref\u0000${element.ref}`;
}

/** Targets acted on successfully since the page was last entered (same URL, nothing else in between). */
function touchedHere(history: readonly HistoryEntry[], url: string): Set<string> {
  const out = new Set<string>();
  for (let i = history.length - 1; i >= 0; i--) {
    const entry = history[i]!;
    if (entry.url !== url) break;
    if (entry.ok && entry.target && entry.action.type !== 'click' && entry.action.type !== 'press')
      out.add(entryKey(entry)!);
    if (entry.ok && (entry.action.type === 'click' || entry.action.type === 'press')) break;
  }
  return out;
}

/** Clauses already served by a successful click (the clicked name shares words with the clause). */
function consumedClauses(history: readonly HistoryEntry[], goal: ParsedGoal): Set<number> {
  const consumed = new Set<number>();
  for (const entry of history) {
    if (!entry.ok || !entry.target || entry.action.type !== 'click') continue;
    const nameTokens = tokens(entry.target.name);
    const index = goal.clauses.findIndex((c, i) => !consumed.has(i) && overlap(nameTokens, c.tokens) > 0);
    if (index >= 0) for (let i = 0; i <= index; i++) consumed.add(i);
  }
  return consumed;
}

/** The option whose distinctive words the goal uses (placeholder options like "Choose…" never win). */
function bestOption(
  options: readonly string[],
  goalTokens: readonly string[],
  ownName: readonly string[],
): string | null {
  let best: { option: string; score: number } | null = null;
  let tie = false;
  for (const option of options) {
    if (/^(choose|select|pick|--|please)/i.test(option.trim())) continue;
    const words = tokens(option).filter((t) => !ownName.includes(t) && !/^\d+$/.test(t));
    if (!words.length || !goalTokens.includes(words[0]!)) continue;
    // Of options the goal names in full, the one it names with more words ("Worldwide excluding USA
    // and Canada" over "Worldwide" when the goal says the longer).
    const score = coverage(words, goalTokens) + (coverage(words, goalTokens) === 1 ? words.length / 100 : 0);
    if (!best || score > best.score) {
      best = { option, score };
      tie = false;
    } else if (score === best.score) tie = true;
  }
  return best && !tie ? best.option : null;
}

function isNegated(goal: string, boxTokens: readonly string[]): boolean {
  const words = goal.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    if (
      tokens(words[i]!).some((t) => boxTokens.includes(t)) &&
      NEGATION.test(words.slice(Math.max(0, i - 4), i).join(' ') + ' ')
    )
      return true;
  }
  return false;
}

/** The longest digit-free piece of a message (order numbers and counts change between runs). */
export function stableSegment(text: string): string | null {
  if (!/\d/.test(text)) return text;
  const pieces = text
    .split(/[#\d]+/)
    .map((p) => p.trim().replace(/^[^\w]+/, ''))
    .filter((p) => p.length >= 8)
    .sort((a, b) => b.length - a.length);
  return pieces[0] ?? null;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

export type { Observation };
