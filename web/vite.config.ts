import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `npm run build:web` writes web/dist, which `codify serve` serves at `/`.
// `npm run dev -w web` serves the UI with hot reload and sends /api to a server on 8787 (start one
// with `npx codify serve`). The proxy keeps the browser's Host and Origin alike, so the server's
// same-origin check lets these requests through with no extra setting.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2048 },
  server: { host: '127.0.0.1', proxy: { '/api': 'http://127.0.0.1:8787' } },
});
