// The composition root: providers, then the database, then the desk, then the screens.
import type { i18n } from 'i18next';
import { AppProviders } from './AppProviders';
import { AppRouter } from './AppRouter';
import { DatabaseGate } from './DatabaseGate';
import { DeskGate } from './DeskGate';
import { ErrorBoundary } from './ErrorBoundary';

interface Props {
  i18n: i18n;
  /** Tests give each run its own database; the app uses the default. */
  databaseName?: string;
}

export function App({ i18n, databaseName }: Props) {
  return (
    <AppProviders i18n={i18n}>
      <ErrorBoundary>
        <DatabaseGate name={databaseName}>
          <DeskGate>
            <AppRouter />
          </DeskGate>
        </DatabaseGate>
      </ErrorBoundary>
    </AppProviders>
  );
}
