import { useParams } from 'react-router';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { RunHeader } from '../components/RunHeader.tsx';
import { useLiveRun, type LiveRun } from '../lib/use-run.ts';
import { BrowserRunView } from './runs/BrowserRunView.tsx';
import { EventList } from '../components/EventList.tsx';
import { TransformBuildView } from './runs/TransformBuildView.tsx';
import { TransformRunView } from './runs/TransformRunView.tsx';

/** One run, live: the header every run has, then the view for its kind. */
export function RunPage() {
  const { id } = useParams();
  const live = useLiveRun(id);
  if (live.error && !live.detail) return <ErrorNotice error={live.error} />;
  if (!live.detail) return <p>Loading…</p>;
  return (
    <section>
      <RunHeader detail={live.detail} following={live.following} />
      <ErrorNotice error={live.error} />
      <KindView live={live} />
    </section>
  );
}

function KindView({ live }: { live: LiveRun }) {
  switch (live.detail?.run.kind) {
    case 'transform-run':
      return <TransformRunView live={live} />;
    case 'transform-build':
      return <TransformBuildView live={live} />;
    case 'browser-run':
    case 'browser-replay':
      return <BrowserRunView live={live} />;
    default:
      return <EventList events={live.events} />;
  }
}
