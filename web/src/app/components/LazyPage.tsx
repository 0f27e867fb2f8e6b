import { type ComponentType, type LazyExoticComponent, Suspense } from 'react';
import { PageLoading } from './PageLoading.tsx';

/** A lazily loaded screen with a spinner while its code arrives. */
export function LazyPage({
  component: Page,
  full = false,
}: {
  component: LazyExoticComponent<ComponentType>;
  full?: boolean;
}) {
  return (
    <Suspense fallback={<PageLoading full={full} />}>
      <Page />
    </Suspense>
  );
}
