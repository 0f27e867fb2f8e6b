import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API the dev server forwards /api to (`npm start` listens on 3000 by default).
// Keep the browser's Host header (changeOrigin: false): the server refuses a sign-in whose Origin differs from Host.
const api = { target: process.env.THIDUA_API_URL ?? 'http://127.0.0.1:3000', changeOrigin: false };

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Ant Design is large; route screens are lazy-loaded so the sign-in page stays light.
    chunkSizeWarningLimit: 900,
  },
  server: {
    proxy: { '/api': api },
  },
  preview: {
    proxy: { '/api': api },
  },
});
