import { useState, type DragEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { serviceApi, type RecordFormat, type ServiceDetail } from './service-api.ts';
import { RecordFileFields } from './RecordFileFields.tsx';
import { useAction } from './use-action.ts';

/** Upload a file of records (JSON, JSONL, CSV) and run the service's code over it. */
export function RunTab({ service, liveRun }: { service: ServiceDetail; liveRun: string | null }) {
  const navigate = useNavigate();
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<RecordFormat | ''>('');
  const [frozen, setFrozen] = useState(false);
  const [over, setOver] = useState(false);
  const start = useAction(async () => {
    if (!file) throw new Error('Choose a file of records first.');
    const { run } = await serviceApi.run(service.name, file, {
      ...(format ? { format } : {}),
      frozen,
    });
    navigate(`/runs/${run.id}`);
  });
  const local = service.config.model === 'local';

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) setFile(dropped);
  };

  return (
    <div>
      {!service.transform ? (
        <div className="notice">
          Not built yet: the run builds the code from the examples first
          {local ? ' (with the local engine)' : ''}.
        </div>
      ) : null}
      <div
        className={`drop-zone ${over ? 'over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <div className="field-row">
          <RecordFileFields
            label="Records file"
            file={file}
            setFile={setFile}
            format={format}
            setFormat={setFormat}
          />
          <label className="inline" title="Never regenerate the code during this run, even on failures">
            <input type="checkbox" checked={frozen} onChange={(e) => setFrozen(e.target.checked)} /> Frozen
            (no rebuilds)
          </label>
        </div>
        <p className="muted" style={{ marginBottom: 0 }}>
          {file
            ? `${file.name}: ${formatBytes(file.size)}`
            : 'Choose a file or drop it here. Records that fail go to the errors file; the rest to the output.'}
        </p>
      </div>
      <ErrorNotice error={start.error} />
      <div className="toolbar">
        <button className="primary" disabled={!file || start.busy || liveRun !== null} onClick={start.run}>
          {start.busy ? 'Uploading…' : 'Start run'}
        </button>
        {liveRun ? (
          <span className="muted">
            A run is live (<Link to={`/runs/${liveRun}`}>{liveRun.slice(0, 8)}</Link>); start another when it
            ends.
          </span>
        ) : null}
      </div>
      <p className="muted">
        {service.config.settings.locked || frozen
          ? 'The code stays as it is for this run.'
          : local
            ? 'With the local engine, failures go to the errors file (no rebuilds, no QA).'
            : 'With a model configured, failures may trigger a rebuild and a sample of records is checked (QA).'}
      </p>
    </div>
  );
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
