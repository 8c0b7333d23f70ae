import { Component, useState, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Loaded on the click: the crash screen is part of the first paint's code, its download is not. */
const downloadAllData = async () => (await import('./download-all-data')).downloadAllData();

/** Shown instead of a blank page: a way back, and every saved assessment as a file before anything else. */
export function CrashNotice({ message }: { message: string }) {
  const { t } = useTranslation();
  const [isEmpty, setEmpty] = useState(false);
  return (
    <div className="notice notice--error" role="alert">
      <h1>{t('crash.heading')}</h1>
      <p>{t('crash.body')}</p>
      <p className="muted">{message}</p>
      <div className="button-row">
        <a className="button button--primary" href="#/">
          {t('crash.back')}
        </a>
        <button
          type="button"
          className="button"
          onClick={() => void downloadAllData().then((count) => setEmpty(count === 0))}
        >
          {t('crash.download')}
        </button>
      </div>
      <div role="status">{isEmpty && <p>{t('crash.nothingSaved')}</p>}</div>
    </div>
  );
}

type State = { error: Error | null };

/** Catches a crash in one screen; the header, the saved data and the other screens keep working. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Every change is in storage the moment it is made: there is nothing left to save here.
    console.error('A screen crashed:', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.error ? <CrashNotice message={this.state.error.message} /> : this.props.children;
  }
}
