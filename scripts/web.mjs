// npm run web: builds the renderer and serves it for any Chromium browser on this computer.
// Options: --no-build (serve the last build), --port N (default: a free port).
import { execSync } from 'node:child_process';
import { serveRenderer } from './serveRenderer.mjs';

const args = process.argv.slice(2);
const portIndex = args.indexOf('--port');
const port = portIndex >= 0 ? Number(args[portIndex + 1]) : Number(process.env.PORT ?? 0);

if (!args.includes('--no-build')) execSync('npx electron-vite build', { stdio: 'inherit' });
const { url } = await serveRenderer({ port });
console.log(`Tulay is served at ${url}  (Ctrl+C to stop)`);
