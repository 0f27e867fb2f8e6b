import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API the dev server forwards /api to (`npm start` listens on 3000 by default).
// Keep the browser's Host header (changeOrigin: false): the server refuses a sign-in whose Origin differs from Host.
const api = { target: process.env.THIDUA_API_URL ?? 'http://127.0.0.1:3000', changeOrigin: false };

/** Module ids inside these npm packages (or scopes). */
const inPackages = (names: string[]) => new RegExp(`[\\\\/]node_modules[\\\\/](?:${names.join('|')})[\\\\/]`);

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Ant Design is large; route screens are lazy-loaded so the sign-in page stays light.
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      output: {
        // The libraries the first screen needs in chunks of their own (react, antd, vendor), named after them, so a
        // release that changes only the app's code keeps them cached; ECharts in one chunk that only the screens
        // drawing charts load. `$initial` keeps the antd and vendor chunks to what the entry imports: the other
        // components (table, select, date picker…) stay split by the screens that use them, so the sign-in page
        // stays light. Measured with bench/web-load.ts.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: inPackages(['react', 'react-dom', 'scheduler', 'react-router', 'react-router-dom']),
              priority: 40,
            },
            { name: 'echarts', test: inPackages(['echarts', 'zrender']), priority: 30 },
            {
              name: 'antd',
              test: inPackages([
                'antd',
                '@ant-design',
                '@rc-component',
                '@babel/runtime',
                'stylis',
                '@emotion',
              ]),
              tags: ['$initial'],
              priority: 20,
            },
            { name: 'vendor', test: /[\\/]node_modules[\\/]/, tags: ['$initial'], priority: 10 },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': api },
  },
  preview: {
    proxy: { '/api': api },
  },
});
