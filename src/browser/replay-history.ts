import type { Page } from 'playwright-core';
import { toPlaywrightLocator } from './locators.ts';
import type { Observation } from './observe.ts';
import type { HistoryEntry, PlannedAction } from './planner.ts';
import { describeStep, type Step } from './spec.ts';

/**
 * The history entry a replayed step would have had in a run: the element it acts on, by its ref in
 * `before` (the page observed just before the step), with its role, name and row. A heal that asks
 * the checker for fresh evidence needs it: the checker ties an element's new state ("pressed", a
 * row's status) to the control a step used, and a replay that kept no history gave it none, so
 * evidence of that kind could never be found again after a rename.
 *
 * Call it before the step acts (the element may be gone after). Null when the step acts on no
 * element, acts inside a frame, or its element is not one of those observed: the caller then only
 * counts the step as done.
 */
export async function replayedEntry(
  page: Page,
  before: Observation,
  step: Step,
  number: number,
): Promise<HistoryEntry | null> {
  const locator = step.locator;
  if (!locator || locator.frame) return null;
  const found = toPlaywrightLocator(page, locator);
  if ((await found.count().catch(() => 0)) !== 1) return null;
  const candidates = before.elements.filter((e) => !e.frameRef && (!locator.role || e.role === locator.role));
  for (const element of candidates) {
    const same = await found
      .and(page.getByRef(element.ref))
      .count()
      .catch(() => 0);
    if (same !== 1) continue;
    const action: PlannedAction = {
      type: step.action,
      ref: element.ref,
      ...(typeof step.value === 'string' ? { value: step.value } : {}),
      ...(step.value && typeof step.value !== 'string' ? { variable: step.value.var } : {}),
    };
    const dialog = before.elements.find(
      (e) => e.role === 'dialog' && (e.name === element.group || e.name === element.dialog),
    );
    return {
      step: number,
      action,
      description: describeStep(step),
      target: {
        role: element.role,
        name: element.name,
        ...(element.context ? { context: element.context } : {}),
      },
      ok: true,
      url: before.url,
      ...(dialog ? { dialog: dialog.name } : {}),
    };
  }
  return null;
}
