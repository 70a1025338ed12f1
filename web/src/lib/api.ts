/**
 * The one way the UI talks to the server: JSON over `/api/v1`, the bearer token when the server
 * has one, and the server's `{error: {code, message, hint}}` body turned into an {@link ApiError}.
 */

const TOKEN_KEY = 'codify.token';
export const API_BASE = '/api/v1';

/** An error answer from the API, with what the server said to do next. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly hint: string | undefined;

  constructor(status: number, code: string, message: string, hint?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.hint = hint;
  }
}

export function getToken(): string | null {
  return localStorage.getItem(TOKEN_KEY);
}

export function setToken(token: string | null): void {
  if (token) localStorage.setItem(TOKEN_KEY, token);
  else localStorage.removeItem(TOKEN_KEY);
  window.dispatchEvent(new Event('codify-token'));
}

/** Listeners told when a request was refused for want of a (valid) token. */
const unauthorizedListeners = new Set<() => void>();
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

export function authHeaders(): Record<string, string> {
  const token = getToken();
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** Low-level fetch under the API prefix, with auth; throws ApiError on a non-2xx answer. */
export async function apiFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(`${API_BASE}${path}`, {
    ...init,
    headers: { ...authHeaders(), ...(init.headers as Record<string, string> | undefined) },
  });
  if (response.ok) return response;
  if (response.status === 401) for (const listener of unauthorizedListeners) listener();
  let body: { error?: { code?: string; message?: string; hint?: string } } = {};
  try {
    body = (await response.json()) as typeof body;
  } catch {
    // Not JSON (a proxy error page, say): the status line is all we have.
  }
  throw new ApiError(
    response.status,
    body.error?.code ?? `http-${response.status}`,
    body.error?.message ?? `${response.status} ${response.statusText}`,
    body.error?.hint,
  );
}

/** GET a JSON document. */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await apiFetch(path, signal ? { signal } : {});
  return (await response.json()) as T;
}

/** Send JSON (POST by default) and read the JSON answer. */
export async function sendJson<T>(path: string, body: unknown = {}, method = 'POST'): Promise<T> {
  const response = await apiFetch(path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await response.json()) as T;
}

/** POST multipart form data (file uploads) and read the JSON answer. */
export async function sendForm<T>(path: string, form: FormData): Promise<T> {
  const response = await apiFetch(path, { method: 'POST', body: form });
  return (await response.json()) as T;
}

/** GET text (exports, downloads previews). */
export async function getText(path: string): Promise<string> {
  const response = await apiFetch(path);
  return response.text();
}

/**
 * Save an API file to disk through the browser. The token cannot ride on a plain link, so the
 * file is fetched with it and handed to the browser as a blob download.
 */
export async function download(path: string, fileName: string): Promise<void> {
  const response = await apiFetch(path);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
