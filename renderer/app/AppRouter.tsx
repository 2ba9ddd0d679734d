// Hash routing works the same under app:// in the desktop app and over http in a browser.
import { createHashRouter, Navigate, RouterProvider } from 'react-router';
import { AuditViewerPage } from '../features/audit';
import {
  CaseListPage,
  CasePage,
  CaseSummaryPrint,
  FollowUpsPage,
  IntakePage,
  LogbookImportPage,
} from '../features/cases';
import { PeopleListPage } from '../features/people';
import {
  NewServicePage,
  ServiceHandoutPrintPage,
  ServicePage,
  ServicesListPage,
} from '../features/services';
import {
  CertificatesPrint,
  CheckInPage,
  SeminarFormPage,
  SeminarListPage,
  SeminarPage,
} from '../features/seminars';
import { ReportPrint, ReportsPage } from '../features/reports';
import { SettingsPage } from '../features/settings';
import { CataloguePage, PublishPanel } from '../features/catalogue';
import { StakeholderFormPage, StakeholderPage, StakeholdersPage } from '../features/stakeholders';
import { AppLayout } from './AppLayout';
import { HOME_PATH } from './navigation';
import { PersonRoute } from './PersonRoute';
import { RoleOnly } from './RoleOnly';
import { SupervisorOnly } from './SupervisorOnly';

const router = createHashRouter([
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to={HOME_PATH} replace /> },
      { path: 'cases', element: <CaseListPage /> },
      { path: 'cases/new', element: <IntakePage /> },
      {
        path: 'cases/import',
        element: (
          <RoleOnly may="importCases" elsewhere="/cases">
            <LogbookImportPage />
          </RoleOnly>
        ),
      },
      { path: 'cases/:caseId', element: <CasePage /> },
      { path: 'follow-ups', element: <FollowUpsPage /> },
      { path: 'people', element: <PeopleListPage /> },
      { path: 'people/:personId', element: <PersonRoute /> },
      { path: 'services', element: <ServicesListPage /> },
      { path: 'services/new', element: <NewServicePage /> },
      { path: 'services/:id', element: <ServicePage /> },
      { path: 'catalogue', element: <CataloguePage /> },
      { path: 'stakeholders', element: <StakeholdersPage /> },
      { path: 'stakeholders/new', element: <StakeholderFormPage /> },
      { path: 'stakeholders/:id', element: <StakeholderPage /> },
      { path: 'stakeholders/:id/edit', element: <StakeholderFormPage /> },
      { path: 'seminars', element: <SeminarListPage /> },
      { path: 'seminars/new', element: <SeminarFormPage /> },
      { path: 'seminars/:id', element: <SeminarPage /> },
      { path: 'seminars/:id/edit', element: <SeminarFormPage /> },
      { path: 'reports', element: <ReportsPage /> },
      { path: 'settings', element: <SettingsPage publishPanel={<PublishPanel />} /> },
      {
        path: 'settings/audit',
        element: (
          <SupervisorOnly>
            <AuditViewerPage />
          </SupervisorOnly>
        ),
      },
      { path: '*', element: <Navigate to={HOME_PATH} replace /> },
    ],
  },
  // Print views stand alone: only the designed pages and their toolbar, no navigation.
  { path: '/print/case/:caseId', element: <CaseSummaryPrint /> },
  { path: '/print/service/:id', element: <ServiceHandoutPrintPage /> },
  { path: '/print/seminar/:id/certificates', element: <CertificatesPrint /> },
  { path: '/print/report', element: <ReportPrint /> },
  // The door: full screen, nothing but the search, the counter and the last check-ins.
  { path: '/seminars/:id/check-in', element: <CheckInPage /> },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
