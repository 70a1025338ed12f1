import { useState } from 'react';
import { useNavigate } from 'react-router';
import { apiFetch } from '../lib/api.ts';
import { ErrorNotice } from './ErrorNotice.tsx';

/**
 * Deletes one thing through the API after the user confirms, then goes to its list. While a run
 * of it is live the button is disabled (the server would refuse with 409 anyway, and says how to
 * stop the run).
 */
export function DeleteButton({
  apiPath,
  what,
  removes,
  listPath,
  liveRun,
}: {
  /** The API path to DELETE, e.g. `/services/phone`. */
  apiPath: string;
  /** What is deleted, as the confirmation names it: `service "phone"`. */
  what: string;
  /** What goes with it, for the confirmation: `its examples, schema and code`. */
  removes: string;
  /** Where to go once it is deleted. */
  listPath: string;
  liveRun: string | null;
}) {
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const remove = () => {
    const sure = window.confirm(
      `Delete ${what}? This removes ${removes} from the data directory and cannot be undone. Its past runs stay in the history.`,
    );
    if (!sure) return;
    setBusy(true);
    setError(null);
    apiFetch(apiPath, { method: 'DELETE' })
      .then(() => navigate(listPath))
      .catch((failure: unknown) => setError(failure))
      .finally(() => setBusy(false));
  };
  return (
    <>
      <button
        className="danger"
        disabled={busy || liveRun !== null}
        onClick={remove}
        title={liveRun ? 'A run is live: stop it (or let it end) before deleting' : `Delete ${what}`}
      >
        {busy ? 'Deleting…' : 'Delete'}
      </button>
      <ErrorNotice error={error} />
    </>
  );
}
