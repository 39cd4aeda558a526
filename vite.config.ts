// Builds the web app in web/ into web/dist, which the Tandem server serves (see src/http/web.ts).
// In development, `npm run dev:web` proxies the API to a server started with `npm start`.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const api = 'http://localhost:4000';

export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // One app bundle with Mantine is a little over Vite's default warning size; that is expected.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { '/api': api, '/healthz': api, '/readyz': api },
  },
});
