import { Link } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { formatTime } from '../../lib/format.ts';
import { useApi } from '../../lib/use-api.ts';
import type { ServiceListItem } from './service-api.ts';
import './services.css';

/** Every service in the data directory, with what needs attention (review, schema, live run). */
export function ServicesPage() {
  const { data, error, loading } = useApi<{ services: ServiceListItem[] }>('/services');
  return (
    <section>
      <div className="page-title">
        <h1>Services</h1>
        <Link className="button primary" to="/services/new">
          New service
        </Link>
      </div>
      <p className="muted">
        A service turns records into records: labelled examples and an output schema in, readable{' '}
        <code>transform.ts</code> out, run over whole files.
      </p>
      <ErrorNotice error={error} />
      {loading && !data ? <p>Loading…</p> : null}
      {data && data.services.length === 0 ? (
        <p className="empty">
          No services yet. <Link to="/services/new">Create one</Link> from a few examples.
        </p>
      ) : null}
      {data && data.services.length > 0 ? (
        <table className="table" aria-label="Services">
          <thead>
            <tr>
              <th>Name</th>
              <th>Model</th>
              <th className="num">Examples</th>
              <th>Code</th>
              <th>Attention</th>
              <th>Last build or run</th>
            </tr>
          </thead>
          <tbody>
            {data.services.map((service) => (
              <ServiceRow key={service.name} service={service} />
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

function ServiceRow({ service }: { service: ServiceListItem }) {
  const flags: string[] = [];
  if (service.reviewPending) flags.push('review pending');
  if (service.schemaProposed) flags.push('schema proposed');
  return (
    <tr>
      <td>
        <Link to={`/services/${service.name}`}>{service.name}</Link>
        {service.error ? <div className="bad-text">{service.error}</div> : null}
      </td>
      <td>
        <code>{service.model ?? '—'}</code>
      </td>
      <td className="num">{service.examples ?? '—'}</td>
      <td>
        {service.built ? (
          <span className="badge status-completed">built</span>
        ) : (
          <span className="badge">not built</span>
        )}{' '}
        {service.locked ? <span className="badge">locked</span> : null}{' '}
        {service.humanEdited ? <span className="badge status-awaiting-review">edited by hand</span> : null}
      </td>
      <td>
        {flags.length === 0 ? (
          <span className="muted">—</span>
        ) : (
          flags.map((flag) => (
            <span key={flag} className="badge status-awaiting-review">
              {flag}
            </span>
          ))
        )}
      </td>
      <td>
        {service.liveRun ? (
          <Link to={`/runs/${service.liveRun}`}>
            <span className="live-dot" aria-hidden="true" /> live: {service.liveRun.slice(0, 8)}
          </Link>
        ) : service.lastRun ? (
          <Link to={`/runs/${service.lastRun.id}`}>
            {service.lastRun.kind === 'transform-build' ? 'build' : 'run'}{' '}
            <StatusBadge status={service.lastRun.status} />{' '}
            <span className="muted">{formatTime(service.lastRun.endedAt ?? service.lastRun.createdAt)}</span>
          </Link>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
    </tr>
  );
}
