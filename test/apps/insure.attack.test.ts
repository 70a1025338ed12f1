import { describeAppGoals } from './app-goals-suite.ts';
import { FIFTH_WIZARD_GOALS } from './goals.tuning-5-wizard.ts';
import { REFERENCE_5_WIZARD } from './reference-solutions-5-wizard.ts';

describeAppGoals('the insure wizard', 'insure', FIFTH_WIZARD_GOALS, REFERENCE_5_WIZARD, {
  renamed: { from: 'Continue', to: 'Save and continue', exact: true },
  startTruth: { step: 'traveller', errors: [] },
});
