import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { staticShellHtml } from './src/web/app/static-shell.js';

export default defineConfig({
  root: 'src/web',
  // Brotli and gzip copies beside each asset: the server sends them as they are (see app.ts), which
  // matters on the slow links of wards and phones.
  plugins: [
    react(),
    compression({ algorithms: ['gzip', 'brotliCompress'] }),
    // The header bar in the HTML itself: the first paint does not wait for the scripts (app/static-shell.tsx).
    { name: 'static-shell', transformIndexHtml: (html) => html.replace('<div id="root"></div>', `<div id="root">${staticShellHtml()}</div>`) },
  ],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    sourcemap: false,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
