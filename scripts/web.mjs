// npm run web: builds the renderer and serves it for any Chromium browser on this computer,
// always at the same address (see ./webAddress.mjs for why).
// Options: --no-build (serve the last build), --port N (default 5190). CATALOGUE_URL=<address>
// lets the page reach that catalogue (Settings → Sync, the Catalogue page); without it the
// page's policy allows only its own address, as the desktop app's default does.
import { execSync } from 'node:child_process';
import { serveRenderer, webCatalogueOrigin } from './serveRenderer.mjs';
import { WEB_HOST, portInUse, portTakenMessage, servesTulay, webOptions } from './webAddress.mjs';

async function refuseTakenPort(port) {
  console.error(`\n${portTakenMessage(port, await servesTulay(port))}\n`);
  process.exit(1);
}

let options;
try {
  options = webOptions(process.argv.slice(2));
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const { port, build } = options;

// Checked before the build, which takes a while, and again when listening (a race is possible).
if (await portInUse(port)) await refuseTakenPort(port);
if (build) execSync('npx electron-vite build', { stdio: 'inherit' });
try {
  const catalogueUrl = process.env.CATALOGUE_URL || undefined;
  if (catalogueUrl && !webCatalogueOrigin(catalogueUrl)) {
    console.error(
      `CATALOGUE_URL=${catalogueUrl} is not allowed: use https, or http on 127.0.0.1/localhost.`,
    );
    process.exit(1);
  }
  const { url } = await serveRenderer({ port, host: WEB_HOST, catalogueUrl });
  if (catalogueUrl) console.log(`The page may reach the catalogue at ${catalogueUrl}`);
  console.log(`Tulay is served at ${url}  (Ctrl+C to stop)`);
  console.log(`Its data stays in this browser at exactly this address: always open ${url}`);
} catch (error) {
  if (error.code === 'EADDRINUSE') await refuseTakenPort(port);
  throw error;
}
