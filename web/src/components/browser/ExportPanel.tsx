import { useEffect, useState } from 'react';
import { download, getText } from '../../lib/api.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { CodeBlock } from '../CodeView.tsx';

/** The recorded spec as a Playwright Test file: highlighted source, download and copy. */
export function ExportPanel({ name }: { name: string }) {
  const path = `/browser-tests/${encodeURIComponent(name)}/export`;
  const [source, setSource] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    let current = true;
    setSource(null);
    getText(path)
      .then((text) => current && setSource(text))
      .catch((e: unknown) => current && setError(e));
    return () => {
      current = false;
    };
  }, [path]);

  const fileName = `${name}.spec.ts`;
  return (
    <div className="export-panel">
      <p className="muted">
        An ordinary Playwright test: run it with <code>npx playwright test {fileName}</code>, variables from
        the environment (upper-case names) and <code>BASE_URL</code> to point it elsewhere.
      </p>
      <div className="toolbar">
        <button
          className="primary"
          disabled={source === null}
          onClick={() => void download(path, fileName).catch(setError)}
        >
          Download {fileName}
        </button>
        <button
          disabled={source === null}
          onClick={() =>
            void navigator.clipboard
              ?.writeText(source ?? '')
              .then(() => setCopied(true))
              .catch(setError)
          }
        >
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
      <ErrorNotice error={error} />
      {source === null && !error ? <p>Loading…</p> : null}
      {source !== null ? (
        <CodeBlock code={source} language="typescript" label="Playwright test source" />
      ) : null}
    </div>
  );
}
