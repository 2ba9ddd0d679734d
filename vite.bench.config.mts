import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The benchmark page (tests/bench) built like the renderer, into the git-ignored .bench/.
export default defineConfig({
  root: resolve(import.meta.dirname, 'tests/bench'),
  base: './',
  plugins: [react()],
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify('bench') },
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, '.bench/app'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    // Readable names in CPU profiles (--cpu-profile). No figure counts the parsing of the code,
    // the only part minifying would make faster.
    minify: false,
  },
});
