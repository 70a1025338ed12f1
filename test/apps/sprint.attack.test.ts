import { describeAppGoals } from './app-goals-suite.ts';
import { EIGHTH_SPRINT_GOALS } from './goals.tuning-8-sprint.ts';
import { REFERENCE_8_SPRINT } from './reference-solutions-8-sprint.ts';

describeAppGoals('the sprint planning board', 'sprint', EIGHTH_SPRINT_GOALS, REFERENCE_8_SPRINT, {
  renamed: { from: 'New card', to: 'Add card' },
  startTruth: { openCard: null, refusals: [] },
});
