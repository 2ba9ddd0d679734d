// Entry of the renderer: fonts and styles bundled (offline), translations loaded, then the app.
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans/700.css';
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/600.css';
import '@fontsource/noto-sans-arabic/700.css';
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './App';
import { createI18n } from './i18n/i18n';

// zod probes for eval() to speed up parsing; the CSP forbids eval, so do not even try.
z.config({ jitless: true });

const root = createRoot(document.getElementById('root')!);
void createI18n().then((i18n) => {
  root.render(
    <StrictMode>
      <App i18n={i18n} />
    </StrictMode>,
  );
});
