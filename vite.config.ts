import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is a static bundle served by the Electron custom protocol or the web host. It must
// satisfy `script-src 'self'` and `style-src 'self'`: no inline scripts or styles are emitted.
export default defineConfig({
  root: 'src',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: true,
    target: 'chrome120',
  },
});
