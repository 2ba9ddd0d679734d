// npm run test:e2e: builds, then runs the Playwright end-to-end tests against the build.
import { execSync } from 'node:child_process';

execSync('npx electron-vite build', { stdio: 'inherit' });
execSync('npx playwright test', { stdio: 'inherit' });
