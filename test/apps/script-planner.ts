import type { Observation } from '../../src/browser/observe.ts';
import type { PlanContext, PlanDecision, PlannedAction, Planner } from '../../src/browser/planner.ts';

/**
 * A planner for checker traps: plays `steps` in order (each turned into an action on the page it
 * sees by `toAction`), then says `done` with no assertions of its own; when the checker refuses
 * that end, it gives up, so a refused end is never retried into a pass and the checker alone
 * decides the verdict.
 */
export class ScriptPlanner<Step> implements Planner {
  readonly name = 'script';
  private next = 0;
  private ended = false;
  private readonly steps: readonly Step[];
  private readonly toAction: (step: Step, observation: Observation) => PlannedAction;

  constructor(steps: readonly Step[], toAction: (step: Step, observation: Observation) => PlannedAction) {
    this.steps = steps;
    this.toAction = toAction;
  }

  async plan({ observation }: PlanContext): Promise<PlanDecision> {
    const step = this.steps[this.next];
    if (step) {
      this.next += 1;
      return { reason: 'scripted', action: this.toAction(step, observation) };
    }
    if (this.ended) return { reason: 'refused', action: { type: 'fail', value: 'the checker refused' } };
    this.ended = true;
    return { reason: 'scripted end', action: { type: 'done', assertions: [] } };
  }
}
