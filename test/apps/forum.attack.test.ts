import { describeAppGoals } from './app-goals-suite.ts';
import { SEVENTH_FORUM_GOALS } from './goals.tuning-7-forum.ts';
import { REFERENCE_7_FORUM } from './reference-solutions-7-forum.ts';

describeAppGoals('the forum discussion board', 'forum', SEVENTH_FORUM_GOALS, REFERENCE_7_FORUM, {
  renamed: { from: 'Start a discussion', to: 'New topic' },
  startTruth: { view: 'list', category: 'All', deleted: [], refusals: [] },
});
