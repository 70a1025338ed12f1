import type { RunEvent } from '../lib/events.ts';

/** A run's raw events, newest last: the fallback view and a debugging aid on every run page. */
export function EventList({ events, limit = 500 }: { events: RunEvent[]; limit?: number }) {
  const shown = events.length > limit ? events.slice(-limit) : events;
  return (
    <details className="event-list">
      <summary>
        Events ({events.length}
        {events.length > limit ? `, last ${limit} shown` : ''})
      </summary>
      <ol>
        {shown.map((e) => (
          <li key={e.seq}>
            <span className="muted">#{e.seq}</span> <code>{e.event.type}</code>{' '}
            <span className="muted">{JSON.stringify(e.event).slice(0, 300)}</span>
          </li>
        ))}
      </ol>
    </details>
  );
}
