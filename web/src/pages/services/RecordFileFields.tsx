import { formatFromFileName, type RecordFormat } from './service-api.ts';

/**
 * A records file and its format (JSON, JSONL or CSV; by default from the file name), as a run's
 * input and a build's sample both ask for them.
 */
export function RecordFileFields(props: {
  /** The file input's label ("Records file", "Sample file"). */
  label: string;
  file: File | null;
  setFile: (file: File | null) => void;
  format: RecordFormat | '';
  setFormat: (format: RecordFormat | '') => void;
}) {
  const detected = props.file ? formatFromFileName(props.file.name) : null;
  return (
    <>
      <label>
        {props.label}
        <input
          type="file"
          accept=".json,.jsonl,.ndjson,.csv,application/json,text/csv"
          onChange={(e) => props.setFile(e.target.files?.[0] ?? null)}
        />
      </label>
      <label>
        Format
        <select value={props.format} onChange={(e) => props.setFormat(e.target.value as RecordFormat | '')}>
          <option value="">from the file name{detected ? ` (${detected})` : ''}</option>
          <option value="jsonl">JSONL (one record per line)</option>
          <option value="json">JSON (an array of records)</option>
          <option value="csv">CSV (header row)</option>
        </select>
      </label>
    </>
  );
}
