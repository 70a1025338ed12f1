/**
 * A pass-through HTTP proxy in front of the demo app that counts what the browser loads, so the
 * planner run, the replay and the exported Playwright test are counted the same way. A page load
 * is an HTML document served for a navigation or an iframe (a form post answered with a page counts;
 * the redirect before a page does not, nor does a favicon request).
 */
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LoadCounts {
  /** HTML documents served (navigations, form posts answered with a page, iframes). */
  documents: number;
  /** Every HTTP request, redirects included. */
  requests: number;
}

export interface CountingProxy {
  /** e.g. `http://127.0.0.1:41234`, no trailing slash. */
  readonly url: string;
  counts(): LoadCounts;
  close(): Promise<void>;
}

/** Starts the proxy on 127.0.0.1 in front of `target` (an http:// origin). */
export async function startCountingProxy(target: string): Promise<CountingProxy> {
  const upstream = new URL(target);
  const counts: LoadCounts = { documents: 0, requests: 0 };
  const server = createServer((req, res) => {
    counts.requests += 1;
    const forward = request(
      {
        hostname: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: upstream.host },
      },
      (answer) => {
        // Sec-Fetch-Dest tells navigations and iframes from the favicon and other subresources.
        const dest = String(req.headers['sec-fetch-dest'] ?? '');
        const html = String(answer.headers['content-type'] ?? '').startsWith('text/html');
        if (html && (dest === 'document' || dest === 'iframe')) counts.documents += 1;
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', (error) => {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`proxy: ${error.message}`);
    });
    req.pipe(forward);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    counts: () => ({ ...counts }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
