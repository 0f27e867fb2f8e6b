import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Ant Design is large; route screens are lazy-loaded so the sign-in page stays light.
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      treeshake: {
        // @thidua/shared modules only declare schemas and pure helpers: let unused ones (and zod with them)
        // drop out of the sign-in chunk. Everything else keeps the default (package.json "sideEffects").
        moduleSideEffects: (id) => (/[\\/]shared[\\/]src[\\/]/.test(id) ? false : undefined),
      },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
  preview: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
