/**
 * Synthetic pages for the checker's tests: an observation built from texts and elements, a probe
 * that answers assertions from the page as it is at the moment, a history step, and the verdict
 * `judge` gives a goal over them. Shared by the evidence test files so each states only its cases.
 */
import type { Page } from 'playwright-core';
import { sortedAs } from '../element-state.ts';
import { columnTexts, judge, occurrences, type EvidenceProbe, type JudgeInput } from '../evidence.ts';
import type { Observation, ObservedElement } from '../observe.ts';
import type { HistoryEntry, PlannedAction } from '../planner.ts';
import type { Assertion } from '../spec.ts';

/** A page at `url` showing `texts`, with `elements` (refs e1, e2, … and generic role unless given). */
export function page(url: string, texts: string[], elements: Partial<ObservedElement>[] = []): Observation {
  const full = elements.map((e, i) => ({ ref: `e${i + 1}`, role: 'generic', name: '', ...e }));
  return {
    url,
    title: '',
    snapshot: JSON.stringify({ texts, full }),
    elements: full,
    texts,
    tokens: 0,
  };
}

/** A probe answering from one fixed observation. */
export function probeOf(now: Observation): EvidenceProbe {
  return liveProbe(() => now);
}

/** A probe reading whatever the page shows at the moment (`current()`). */
export function liveProbe(current: () => Observation): EvidenceProbe {
  const byLocator = (l: { role?: string; name?: string; within?: { hasText: string } }) =>
    current().elements.filter(
      (e) =>
        (!l.role || e.role === l.role) &&
        (!l.name || e.name === l.name) &&
        (!l.within || (e.context ?? '').includes(l.within.hasText)),
    );
  return {
    async check(a: Assertion) {
      const now = current();
      switch (a.type) {
        case 'text-visible':
          return occurrences(now.texts, a.text) ? null : `"${a.text}" is not visible`;
        case 'text-hidden':
          return now.texts.includes(a.text) ? `"${a.text}" is visible` : null;
        case 'url-matches':
          return new RegExp(a.pattern).test(now.url) ? null : 'url differs';
        case 'title':
          return now.title.includes(a.text) ? null : 'title differs';
        case 'field-value':
          return byLocator(a.locator).some((e) => e.value === a.value) ? null : 'value differs';
        case 'checked':
          return byLocator(a.locator).some((e) => (e.checked === true) === a.checked) ? null : 'differs';
        case 'state':
          return byLocator(a.locator).some(
            (e) =>
              (a.state === 'ascending' || a.state === 'descending'
                ? sortedAs(columnTexts(now, e) ?? [], a.state)
                : a.state === 'pressed' || a.state === 'checked'
                  ? e[a.state] === true
                  : e[a.state] === true) === a.value,
          )
            ? null
            : 'state differs';
        case 'element-hidden':
          if (a.locator.css && /^(html|body)\b/.test(a.locator.css))
            return now.marks?.includes(a.locator.css) ? 'visible' : null;
          return a.locator.css === 'input[type=password]' && now.elements.some((e) => e.password)
            ? 'visible'
            : null;
        case 'element-visible':
          if (a.locator.css && /^(html|body)\b/.test(a.locator.css))
            return now.marks?.includes(a.locator.css) ? null : 'missing';
          // A text locator is exact and case-sensitive: one element whose whole text it is.
          if (a.locator.text && Object.keys(a.locator).length === 1)
            return now.elements.filter((e) => e.text === a.locator.text).length === 1 ? null : 'missing';
          return byLocator(a.locator).length ? null : 'missing';
        default:
          return byLocator((a as { locator: { role?: string; name?: string } }).locator).length
            ? null
            : 'missing';
      }
    },
    async locate(e: ObservedElement) {
      return e.context
        ? { role: e.role, name: e.name, within: { css: 'div', hasText: e.context } }
        : { role: e.role, name: e.name };
    },
  };
}

let step = 0;
/** One performed step: its history entry and the page it was decided on. */
export function did(
  action: PlannedAction,
  target: HistoryEntry['target'],
  before: Observation,
  dialog?: string,
): [HistoryEntry, Observation] {
  step += 1;
  return [
    {
      step,
      action,
      description: action.type,
      ok: true,
      url: before.url,
      ...(target ? { target } : {}),
      ...(dialog ? { dialog } : {}),
    },
    before,
  ];
}

/** The verdict `judge` gives `goal`, the run having taken `steps` from `start` to `now`. */
export async function verdict(
  goal: string,
  start: Observation,
  now: Observation,
  steps: [HistoryEntry, Observation][],
  extra: Partial<JudgeInput> = {},
) {
  return judge({
    page: null as unknown as Page,
    probe: probeOf(now),
    goal,
    start,
    now,
    history: steps.map(([h]) => h),
    textsBefore: new Map(steps.map(([h, o]) => [h, o.texts])),
    pagesBefore: new Map(steps),
    inputs: { baseUrl: url, variables: {}, files: {} },
    changedOnTheWay: true,
    ...extra,
  });
}

/** The synthetic app's address. */
export const url = 'http://127.0.0.1/app/';
