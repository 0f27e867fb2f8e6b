import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { BrandMark } from '../../../app/components/BrandMark.tsx';
import { usePortalT } from '../../portal/lib/i18n.ts';
import './public.css';
import '../../portal/portal.css';

/**
 * The frame of the public pages (no sign-in, outside the app layout): a plain header with the portal's name, the
 * content, and a footer with links back to the portal's first page and to the staff sign-in. Plain HTML (no Ant
 * Design component) so the public pages stay light. `title` also becomes the browser tab's title.
 */
export function PublicShell({ title, children }: { title?: string; children: ReactNode }) {
  const { t } = useTranslation();
  const { t: pt } = usePortalT();
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
        <p className="pub-footer-note">{t('disclosure.public.footer')}</p>
        <nav aria-label={pt('footerNav')}>
          <Link to="/cong-khai">{pt('home')}</Link>
          <Link to="/dang-nhap">{t('disclosure.public.staffSignIn')}</Link>
        </nav>
      </footer>
    </div>
  );
}
