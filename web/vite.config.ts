import fs from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// The API the dev server forwards /api to (`npm start` listens on 3000 by default).
// Keep the browser's Host header (changeOrigin: false): the server refuses a sign-in whose Origin differs from Host.
const api = { target: process.env.THIDUA_API_URL ?? 'http://127.0.0.1:3000', changeOrigin: false };

/** Module ids inside these npm packages (or scopes). */
const inPackages = (names: string[]) => new RegExp(`[\\\\/]node_modules[\\\\/](?:${names.join('|')})[\\\\/]`);

/**
 * Writes `.br` and `.gz` twins of the built text assets (JS, CSS, HTML, SVG, JSON) next to them, for the server's
 * @fastify/static `preCompressed` option to send to browsers that accept them. A twin is kept only when smaller.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'thidua-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const walk = (dir: string): string[] =>
        fs
          .readdirSync(dir, { withFileTypes: true })
          .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
      for (const file of walk(outDir).filter((f) => /\.(?:js|css|html|svg|json)$/.test(f))) {
        const raw = fs.readFileSync(file);
        if (raw.length < 512) continue;
        const br = brotliCompressSync(raw, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 11,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
          },
        });
        const gz = gzipSync(raw, { level: 9 });
        if (br.length < raw.length) fs.writeFileSync(`${file}.br`, br);
        if (gz.length < raw.length) fs.writeFileSync(`${file}.gz`, gz);
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), precompress()],
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
