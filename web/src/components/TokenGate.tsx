import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { getToken, onUnauthorized, setToken } from '../lib/api.ts';

/**
 * A server bound beyond loopback requires a bearer token. When the API answers 401 this asks for
 * it once, keeps it in this browser's local storage, and shows the page again.
 */
export function TokenGate({ children }: { children: ReactNode }) {
  const [needed, setNeeded] = useState(false);
  const [value, setValue] = useState('');
  const [generation, setGeneration] = useState(0);

  useEffect(() => onUnauthorized(() => setNeeded(true)), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setToken(value.trim());
    setNeeded(false);
    setGeneration((g) => g + 1);
  };

  if (needed) {
    return (
      <form className="card token-form" onSubmit={submit}>
        <h1>This server needs a token</h1>
        <p>
          {getToken() ? 'The saved token was refused. ' : ''}Paste the token the server was started with (
          <code>--token</code> or <code>CODIFY_SERVER_TOKEN</code>).
        </p>
        <label>
          API token
          <input type="password" value={value} onChange={(e) => setValue(e.target.value)} autoFocus />
        </label>
        <button type="submit" disabled={value.trim() === ''}>
          Use token
        </button>
      </form>
    );
  }
  // Remount the page after a new token so it fetches again.
  return <div key={generation}>{children}</div>;
}
