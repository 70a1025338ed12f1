import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { formatTime } from '../../lib/format.ts';
import type { Run } from '../../lib/types.ts';
import { earlierInputs } from './sample-inputs.ts';
import { useApi } from '../../lib/use-api.ts';
import { serviceApi, type RecordFormat, type SampleRef, type ServiceDetail } from './service-api.ts';
import { RecordFileFields } from './RecordFileFields.tsx';
import { useAction } from './use-action.ts';
import './questions.css';

const NEW_FILE = 'file';

/**
 * "Build with a sample of…": a build that also runs the programs fitting the examples on the first
 * records of an input (a file chosen here, or an earlier run's input) and asks about those they
 * disagree on (the Questions tab).
 */
export function SampleBuild({
  service,
  liveRun,
  onClose,
}: {
  service: ServiceDetail;
  liveRun: string | null;
  onClose: () => void;
}) {
  const navigate = useNavigate();
  const history = useApi<{ runs: Run[] }>(serviceApi.history(service.name, 100));
  const earlier = earlierInputs(history.data?.runs ?? []);
  const [picked, setPicked] = useState<string | null>(null);
  // An earlier input is offered first when there is one; a new file otherwise.
  const choice = picked ?? earlier[0]?.upload ?? NEW_FILE;
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<RecordFormat | ''>('');
  const start = useAction(async () => {
    let sample: SampleRef;
    if (choice === NEW_FILE) {
      if (!file) throw new Error('Choose a file of records first.');
      const stored = await serviceApi.uploadSample(service.name, file, format || undefined);
      sample = { upload: stored.sample.upload, fileName: stored.sample.fileName };
    } else {
      const input = earlier.find((candidate) => candidate.upload === choice);
      sample = { upload: choice, ...(input ? { fileName: input.fileName } : {}) };
    }
    const { run } = await serviceApi.build(service.name, { sample });
    navigate(`/runs/${run.id}`);
  });

  return (
    <section className="card sample-build" aria-label="Build with a sample">
      <h2>Build with a sample of…</h2>
      <p className="muted">
        The build also runs the programs that fit every example on the first 1000 records of the sample;
        inputs they disagree on become questions (the Questions tab)
        {service.config.model === 'local' ? '' : ', which the model answers first'}.
      </p>
      <div role="radiogroup" aria-label="Sample of" className="choices">
        {earlier.map((input) => (
          <label key={input.upload} className="choice">
            <input
              type="radio"
              name="sample"
              checked={choice === input.upload}
              onChange={() => setPicked(input.upload)}
            />
            the input of run {input.runId.slice(0, 8)}: <code>{input.fileName}</code>{' '}
            <span className="muted">({formatTime(input.createdAt)})</span>
          </label>
        ))}
        <label className="choice">
          <input
            type="radio"
            name="sample"
            checked={choice === NEW_FILE}
            onChange={() => setPicked(NEW_FILE)}
          />
          a file from this computer
        </label>
      </div>
      {choice === NEW_FILE ? (
        <div className="field-row">
          <RecordFileFields
            label="Sample file"
            file={file}
            setFile={setFile}
            format={format}
            setFormat={setFormat}
          />
        </div>
      ) : null}
      <ErrorNotice error={start.error ?? history.error} />
      <div className="toolbar">
        <button
          className="primary"
          disabled={start.busy || liveRun !== null || (choice === NEW_FILE && !file)}
          onClick={start.run}
        >
          {start.busy ? 'Starting…' : 'Build with this sample'}
        </button>
        <button onClick={onClose}>Cancel</button>
        {liveRun !== null ? <span className="muted">A build or run is live; start when it ends.</span> : null}
      </div>
    </section>
  );
}
