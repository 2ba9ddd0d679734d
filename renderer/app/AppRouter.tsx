// Hash routing works the same under app:// in the desktop app and over http in a browser.
import { createHashRouter, Navigate, RouterProvider } from 'react-router';
import { SettingsPage } from '../features/settings';
import { AppLayout } from './AppLayout';
import { HOME_PATH } from './navigation';

const router = createHashRouter([
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to={HOME_PATH} replace /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <Navigate to={HOME_PATH} replace /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
