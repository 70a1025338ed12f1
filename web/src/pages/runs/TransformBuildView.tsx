import { EventList } from '../../components/EventList.tsx';
import type { LiveRun } from '../../lib/use-run.ts';

/** Placeholder until this view is built: the raw events. */
export function TransformBuildView({ live }: { live: LiveRun }) {
  return <EventList events={live.events} />;
}
