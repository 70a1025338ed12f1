import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `npm run build:web` writes web/dist, which `codify serve` serves at `/`.
// `npm run dev -w web` serves the UI with hot reload and sends /api to a server on 8787 (start one
// with `npx codify serve`). The server refuses foreign origins, and to it the dev server's port is
// one; the proxy drops the Origin header, as the server's own same-origin page would look.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2048 },
  server: {
    host: '127.0.0.1',
    proxy: {
      '/api': {
        target: 'http://127.0.0.1:8787',
        configure: (proxy) => proxy.on('proxyReq', (request) => request.removeHeader('origin')),
      },
    },
  },
});
