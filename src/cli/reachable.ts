import { ConfigError } from '../core/errors.ts';

/** Connection failures that mean nothing answers at the address (as opposed to a slow or odd server). */
const UNREACHABLE: Record<string, string> = {
  ECONNREFUSED: 'the connection was refused (nothing listens on that port)',
  ENOTFOUND: 'the host name does not resolve',
  EAI_AGAIN: 'the host name cannot be resolved right now',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
};

/**
 * Checks, before a browser is launched or any run folder made, that something answers at an
 * http(s) address a person gave; throws a ConfigError naming the flag and the address when the
 * connection is refused or the host does not resolve. Anything subtler (a timeout, a TLS quirk)
 * is left to the browser, which may get through where this probe does not.
 */
export async function requireReachable(url: string, flag: string): Promise<void> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError(`${flag} ${url} is not a URL.`, {
      hint: 'Pass a full address such as http://localhost:3000/.',
    });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return;
  try {
    const response = await fetch(parsed, { redirect: 'manual', signal: AbortSignal.timeout(10_000) });
    await response.body?.cancel();
  } catch (error) {
    const code = (error as { cause?: { code?: unknown } }).cause?.code;
    const reason = typeof code === 'string' ? UNREACHABLE[code] : undefined;
    if (reason)
      throw new ConfigError(`${flag} ${url} cannot be reached: ${reason}.`, {
        hint: 'Start the app (or fix the address), then run the command again.',
      });
  }
}
