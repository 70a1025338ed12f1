import { describeAppGoals } from './app-goals-suite.ts';
import { SIXTH_UPKEEP_GOALS } from './goals.tuning-6-upkeep.ts';
import { REFERENCE_6_UPKEEP } from './reference-solutions-6-upkeep.ts';

describeAppGoals('the upkeep request tracker', 'upkeep', SIXTH_UPKEEP_GOALS, REFERENCE_6_UPKEEP, {
  renamed: { from: 'Sign in', to: 'Continue' },
  startTruth: { user: null, view: 'signin', saves: 0 },
});
