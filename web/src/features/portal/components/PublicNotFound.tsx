import { Link } from 'react-router-dom';
import { PublicShell } from '../../disclosure/components/PublicShell.tsx';
import { usePortalT } from '../lib/i18n.ts';
import '../portal.css';

/** "Không tìm thấy hoặc chưa công khai": an unknown, unpublished or draft campaign, told plainly. */
export function PublicNotFound() {
  const { t } = usePortalT();
  return (
    <PublicShell title={t('notFoundTitle')}>
      <div className="pub-sheet portal-notfound" data-testid="public-not-found">
        <p className="portal-notfound-code" aria-hidden="true">
          404
        </p>
        <h1 className="portal-h1">{t('notFoundTitle')}</h1>
        <p>{t('notFoundDesc')}</p>
        <Link to="/cong-khai" className="portal-button">
          {t('backToList')}
        </Link>
      </div>
    </PublicShell>
  );
}
