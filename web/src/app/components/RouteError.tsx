import { isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { CrashResult } from './ErrorBoundary.tsx';

/** Router error element: unknown routes read as 404, anything else as a crash page. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return <CrashResult error={error} />;
}
