/**
 * The synthesizer's clock. Its searches stop at a deadline in milliseconds of this thread's CPU time
 * (work done), not of wall time: on a loaded machine the wall clock runs on while the search waits
 * for a core, and a wall-clock deadline cut the search short there, so the same examples built a
 * different (worse) program under load than on a quiet machine (e3-pack-quantity 95/95 right → 37/68).
 * Work time makes a build decide the same way under load, only later.
 *
 * A build still must end, and a machine may give it almost no core: once its wall time passes
 * {@link WALL_CAP_FACTOR} times both its budget and the work it has done, it is starved, every
 * deadline counts as passed, and {@link runWithBudget} reports it so the caller drops the program (a
 * search cut short by the machine must not pass for what a full search finds).
 */

/** The two clocks a build reads, in milliseconds (replaceable so a test can fake a slow machine). */
export interface SynthClocks {
  /** Work done: CPU time of this thread. */
  work(): number;
  /** Wall time. */
  wall(): number;
}

/** How many times its work (and its budget) a build may take in wall time before it is starved. */
export const WALL_CAP_FACTOR = 20;

const threadCpuMs = (): number => {
  const usage = process.threadCpuUsage();
  return (usage.user + usage.system) / 1000;
};

/** This thread's CPU time and the wall clock. */
export const machineClocks: SynthClocks = { work: threadCpuMs, wall: () => Date.now() };

interface Budget {
  clocks: SynthClocks;
  budgetMs: number;
  wallStart: number;
  workStart: number;
  starved: boolean;
  lastWall: number;
  lastWork: number;
}

let active: Budget | null = null;

/**
 * The clock deadlines are set and checked against: work time during {@link runWithBudget}. The CPU
 * time is read at most once per wall millisecond (it costs a system call; deadlines sit in loops).
 */
export function synthNow(): number {
  const budget = active;
  if (!budget) return machineClocks.work();
  const wall = budget.clocks.wall();
  if (wall !== budget.lastWall) {
    budget.lastWall = wall;
    budget.lastWork = budget.clocks.work();
    const worked = Math.max(budget.lastWork - budget.workStart, budget.budgetMs);
    if (wall - budget.wallStart > WALL_CAP_FACTOR * worked) budget.starved = true;
  }
  return budget.lastWork;
}

/** Whether a search must stop: its deadline (in {@link synthNow} time) passed, or the build is starved. */
export function pastDeadline(deadline: number): boolean {
  const now = synthNow();
  return active?.starved === true || now > deadline;
}

/**
 * Runs one build's search with `budgetMs` of work time; `starved` tells that the wall-time cap
 * stopped it instead (its result is a cut search, not the program a full search finds).
 */
export function runWithBudget<T>(
  budgetMs: number,
  search: (startedWork: number) => T,
  clocks: SynthClocks = machineClocks,
): { value: T; starved: boolean } {
  const outer = active;
  const wall = clocks.wall();
  const work = clocks.work();
  const budget: Budget = {
    clocks,
    budgetMs,
    wallStart: wall,
    workStart: work,
    starved: false,
    lastWall: wall,
    lastWork: work,
  };
  active = budget;
  try {
    const value = search(budget.lastWork);
    return { value, starved: budget.starved };
  } finally {
    active = outer;
  }
}
