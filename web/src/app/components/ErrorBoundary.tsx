import { Button, Result } from 'antd';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import i18n from '../i18n.ts';

interface State {
  error: Error | null;
}

/** Last line of defence: an unexpected render error shows a calm page with a reload button. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Unhandled UI error', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return <CrashResult error={this.state.error} />;
  }
}

/** The crash page, shared with the router's error element. */
export function CrashResult({ error }: { error: unknown }) {
  const detail = error instanceof Error ? error.message : String(error ?? '');
  return (
    <Result
      status="500"
      title={i18n.t('pages.crashTitle')}
      subTitle={
        <>
          {i18n.t('pages.crashDesc')}
          {detail && (
            <div style={{ marginTop: 8, fontSize: 12, opacity: 0.7 }}>
              <code>{detail}</code>
            </div>
          )}
        </>
      }
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {i18n.t('pages.reloadPage')}
        </Button>
      }
    />
  );
}
