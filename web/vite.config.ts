import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `npm run build:web` writes web/dist, which `codify serve` serves at `/`.
// `npm run dev -w web` serves the UI with hot reload and sends /api to a server on 8787
// (start it with `--allowed-origin http://127.0.0.1:5173` only if you call it cross-origin).
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2048 },
  server: { host: '127.0.0.1', proxy: { '/api': 'http://127.0.0.1:8787' } },
});
