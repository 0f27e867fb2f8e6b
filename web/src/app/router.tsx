import { lazy } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { RequireAuth } from '../features/auth/components/RequireAuth.tsx';
import { LazyPage } from './components/LazyPage.tsx';
import { RouteError } from './components/RouteError.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';

// Everything behind the sign-in is loaded on demand so the first page stays light.
const LoginPage = lazy(() => import('../features/auth/components/LoginPage.tsx'));
const AppLayout = lazy(() => import('./layout/AppLayout.tsx'));
const HomePage = lazy(() => import('../features/home/components/HomePage.tsx'));
const OrgUnitsPage = lazy(() => import('../features/org/components/OrgUnitsPage.tsx'));
const UsersPage = lazy(() => import('../features/users/components/UsersPage.tsx'));
const AuditPage = lazy(() => import('../features/audit/components/AuditPage.tsx'));
const ChangePasswordPage = lazy(() => import('../features/auth/components/ChangePasswordPage.tsx'));
const CampaignListPage = lazy(() => import('../features/campaigns/components/CampaignListPage.tsx'));
const CampaignCreatePage = lazy(() => import('../features/campaigns/components/CampaignCreatePage.tsx'));
const PlanImportPage = lazy(() => import('../features/plan-import/components/PlanImportPage.tsx'));
const CampaignPage = lazy(() => import('../features/campaigns/components/CampaignPage.tsx'));
const SchedulePage = lazy(() => import('../features/schedules/components/SchedulePage.tsx'));
const MyReportsPage = lazy(() => import('../features/reports/components/MyReportsPage.tsx'));
const ReportPage = lazy(() => import('../features/reports/components/ReportPage.tsx'));
const ReviewInboxPage = lazy(() => import('../features/review/components/ReviewInboxPage.tsx'));
const DashboardPage = lazy(() => import('../features/dashboard/components/DashboardPage.tsx'));
const DocumentsPage = lazy(() => import('../features/documents/components/DocumentsPage.tsx'));
const ScorecardPage = lazy(() => import('../features/evaluation/components/ScorecardPage.tsx'));
const NominationsPage = lazy(() => import('../features/nominations/components/NominationsPage.tsx'));
const NominationPage = lazy(() => import('../features/nominations/components/NominationPage.tsx'));
const ExamplesPage = lazy(() => import('../features/nominations/components/ExamplesPage.tsx'));
const RewardStatsPage = lazy(() => import('../features/nominations/components/RewardStatsPage.tsx'));
const CouncilSessionsPage = lazy(() => import('../features/council/components/CouncilSessionsPage.tsx'));
const CouncilSessionPage = lazy(() => import('../features/council/components/CouncilSessionPage.tsx'));
const DecisionsPage = lazy(() => import('../features/council/components/DecisionsPage.tsx'));
const DecisionPage = lazy(() => import('../features/council/components/DecisionPage.tsx'));
const DisclosuresPage = lazy(() => import('../features/disclosure/components/DisclosuresPage.tsx'));
const PublicDisclosurePage = lazy(() => import('../features/disclosure/components/PublicDisclosurePage.tsx'));
const CityDashboardPage = lazy(() => import('../features/city/components/CityDashboardPage.tsx'));
const UpwardPage = lazy(() => import('../features/city/components/UpwardPage.tsx'));
const PublicCampaignPage = lazy(() => import('../features/portal/components/PublicCampaignPage.tsx'));
const OfficeScreenPage = lazy(() => import('../features/portal/components/OfficeScreenPage.tsx'));
const PublicDisclosureListPage = lazy(
  () => import('../features/disclosure/components/PublicDisclosureListPage.tsx'),
);

/** Vietnamese paths: /dang-nhap, /dot-thi-dua, /dot-thi-dua/:id/tien-do, /dot-thi-dua/:id/bang-dieu-khien, /dot-thi-dua/:id/ket-qua-don-vi, /dot-thi-dua/:id/van-ban, /bao-cao, /bao-cao/:id, /tiep-nhan-bao-cao, /don-vi, /nguoi-dung, /nhat-ky, /doi-mat-khau. */
export const router = createBrowserRouter([
  // The public transparency pages: no sign-in.
  {
    path: '/cong-khai',
    element: <LazyPage component={PublicDisclosureListPage} full />,
    errorElement: <RouteError />,
  },
  {
    path: '/cong-khai/dot-thi-dua/:id',
    element: <LazyPage component={PublicCampaignPage} full />,
    errorElement: <RouteError />,
  },
  {
    path: '/cong-khai/man-hinh/:id',
    element: <LazyPage component={OfficeScreenPage} full />,
    errorElement: <RouteError />,
  },
  {
    path: '/cong-khai/:id',
    element: <LazyPage component={PublicDisclosurePage} full />,
    errorElement: <RouteError />,
  },
  {
    path: '/dang-nhap',
    element: <LazyPage component={LoginPage} full />,
    errorElement: <RouteError />,
  },
  {
    element: <RequireAuth />,
    errorElement: <RouteError />,
    children: [
      {
        element: <LazyPage component={AppLayout} full />,
        children: [
          {
            errorElement: <RouteError />,
            children: [
              { index: true, element: <HomePage /> },
              { path: 'dot-thi-dua', element: <CampaignListPage /> },
              { path: 'dot-thi-dua/moi', element: <CampaignCreatePage /> },
              { path: 'dot-thi-dua/nhap', element: <PlanImportPage /> },
              { path: 'dot-thi-dua/:id', element: <CampaignPage /> },
              { path: 'dot-thi-dua/:id/tien-do', element: <SchedulePage /> },
              { path: 'dot-thi-dua/:id/bang-dieu-khien', element: <DashboardPage /> },
              { path: 'dot-thi-dua/:id/ket-qua-don-vi', element: <ScorecardPage /> },
              { path: 'dot-thi-dua/:id/van-ban', element: <DocumentsPage /> },
              { path: 'dot-thi-dua/:id/thanh-pho', element: <CityDashboardPage /> },
              { path: 'dot-thi-dua/:id/bao-cao-cap-tren', element: <UpwardPage /> },
              { path: 'khen-thuong', element: <NominationsPage /> },
              { path: 'khen-thuong/dien-hinh', element: <ExamplesPage /> },
              { path: 'khen-thuong/thong-ke', element: <RewardStatsPage /> },
              { path: 'khen-thuong/hoi-dong', element: <CouncilSessionsPage /> },
              { path: 'khen-thuong/hoi-dong/:id', element: <CouncilSessionPage /> },
              { path: 'khen-thuong/quyet-dinh', element: <DecisionsPage /> },
              { path: 'khen-thuong/quyet-dinh/:id', element: <DecisionPage /> },
              { path: 'khen-thuong/cong-khai', element: <DisclosuresPage /> },
              { path: 'khen-thuong/:id', element: <NominationPage /> },
              { path: 'bao-cao', element: <MyReportsPage /> },
              { path: 'bao-cao/:id', element: <ReportPage /> },
              { path: 'tiep-nhan-bao-cao', element: <ReviewInboxPage /> },
              { path: 'don-vi', element: <OrgUnitsPage /> },
              { path: 'nguoi-dung', element: <UsersPage /> },
              { path: 'nhat-ky', element: <AuditPage /> },
              { path: 'doi-mat-khau', element: <ChangePasswordPage /> },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
