import { Typography } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { BrandMark } from '../../../app/components/BrandMark.tsx';
import './public.css';

/**
 * The frame of the public pages (no sign-in, outside the app layout): a plain header with the portal's name, the
 * content, and a footer with the staff sign-in link. `title` also becomes the browser tab's title.
 */
export function PublicShell({ title, children }: { title?: string; children: ReactNode }) {
  const { t } = useTranslation();
  useEffect(() => {
    const portal = t('disclosure.public.portal');
    document.title = title ? `${title} – ${portal}` : portal;
  }, [title, t]);
  return (
    <div className="pub">
      <a className="pub-skip" href="#pub-main">
        {t('disclosure.public.skip')}
      </a>
      <header className="pub-header">
        <Link to="/cong-khai" className="pub-brand">
          <BrandMark size={36} />
          <span>
            <span className="pub-brand-name">{t('disclosure.public.portal')}</span>
            <span className="pub-brand-sub">{t('disclosure.public.portalSub')}</span>
          </span>
        </Link>
      </header>
      <main className="pub-main" id="pub-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="pub-footer">
        <Typography.Text type="secondary">{t('disclosure.public.footer')}</Typography.Text>
        <Link to="/dang-nhap">{t('disclosure.public.staffSignIn')}</Link>
      </footer>
    </div>
  );
}
