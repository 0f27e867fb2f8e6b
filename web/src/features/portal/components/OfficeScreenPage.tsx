import { type CSSProperties, useEffect, useState } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { isApiError } from '../../../lib/api.ts';
import { usePublicCampaign } from '../hooks/usePortal.ts';
import { fmtUpdated } from '../lib/format.ts';
import { usePortalT } from '../lib/i18n.ts';
import { ScreenTile } from './ScreenTile.tsx';
import '../portal.css';

/** How often the screen fetches the figures again. */
export const SCREEN_REFRESH_MS = 60_000;
/** At most this many tiles at once; more turn over page by page. */
const PAGE_SIZE = 12;
const PAGE_MS = 15_000;

/** Columns for n tiles, so they fill a 16:9 screen: 1 · 2 · 3 · 2×2 · 3×2 · 3×3 · 4×3. */
function columns(n: number): number {
  if (n <= 3) return Math.max(1, n);
  if (n === 4) return 2;
  if (n <= 9) return 3;
  return 4;
}

/**
 * /cong-khai/man-hinh/:id — the "màn hình văn phòng": a TV in the ward office showing the published indicators
 * as big tiles, a clock and when the figures were computed. Nobody touches it: it refetches every minute, shows
 * the seconds until the next refresh, and keeps the last figures (saying so) when the network drops.
 */
export default function OfficeScreenPage() {
  const { t } = usePortalT();
  const id = Number(useParams().id);
  // The current period unless the address names one (?periodId=2025-11).
  const periodId = useSearchParams()[0].get('periodId') ?? undefined;
  const query = usePublicCampaign(id, periodId, SCREEN_REFRESH_MS);
  const data = query.data;
  const title = data ? data.screenTitle.trim() || data.campaign.title : '';

  useEffect(() => {
    if (title) document.title = title;
  }, [title]);

  const count = data?.indicators.length ?? 0;
  const pages = Math.max(1, Math.ceil(count / PAGE_SIZE));
  const page = usePage(pages);
  const tiles = data?.indicators.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE) ?? [];
  const cols = columns(tiles.length);
  const rows = Math.max(1, Math.ceil(tiles.length / cols));

  const notFound =
    !(Number.isInteger(id) && id > 0) || (isApiError(query.error) && query.error.status === 404);
  return (
    <div className="screen" style={{ '--cols': cols, '--rows': rows } as CSSProperties}>
      <header className="screen-head">
        <div className="screen-head-text">
          {data && <p className="screen-issuer">{data.campaign.issuer.toLocaleUpperCase('vi')}</p>}
          <h1 className="screen-title">{title || t('screen.loading')}</h1>
          {data && (
            <p className="screen-sub">
              {data.screenTitle.trim() && data.screenTitle.trim() !== data.campaign.title && (
                <span>{data.campaign.title}</span>
              )}
              <span>{t('screen.period', { label: data.period.label })}</span>
            </p>
          )}
        </div>
        <Clock label={t('screen.clockLabel')} />
      </header>
      <main className="screen-main" id="screen-main">
        {notFound ? (
          <p className="screen-message" data-testid="screen-not-found">
            {t('screen.notFound')}
          </p>
        ) : !data ? (
          <p className="screen-message">{query.isError ? t('screen.failed') : t('screen.loading')}</p>
        ) : data.indicators.length === 0 ? (
          <p className="screen-message">{t('indicatorsEmpty')}</p>
        ) : (
          <ul className="screen-grid">
            {tiles.map((i) => (
              <ScreenTile key={i.code} indicator={i} level={data.campaign.level} />
            ))}
          </ul>
        )}
      </main>
      {data && (
        <footer className="screen-foot">
          <p data-testid="screen-updated">
            {query.isError
              ? t('screen.stale', { time: fmtUpdated(data.generatedAt) })
              : t('screen.updatedAt', { time: fmtUpdated(data.generatedAt) })}
          </p>
          <Countdown fetchedAt={query.dataUpdatedAt} fetching={query.isFetching} />
          {pages > 1 && <p>{t('screen.page', { page: page + 1, pages })}</p>}
          <p className="screen-url">
            {t('screen.more', { url: `${window.location.host}/cong-khai/dot-thi-dua/${data.campaign.id}` })}
          </p>
        </footer>
      )}
    </div>
  );
}

/** The page of tiles shown now, turning every PAGE_MS when there is more than one. */
function usePage(pages: number): number {
  const [page, setPage] = useState(0);
  useEffect(() => {
    if (pages <= 1) return;
    const timer = window.setInterval(() => setPage((p) => (p + 1) % pages), PAGE_MS);
    return () => window.clearInterval(timer);
  }, [pages]);
  return page < pages ? page : 0;
}

/** Re-renders every second (only this small part of the screen). */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

const clockFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const dayFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  weekday: 'long',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** "14:05" and "Thứ Tư, 10/12/2025" in Vietnam time. */
function Clock({ label }: { label: string }) {
  const now = new Date(useNow());
  const weekday = dayFormat.format(now);
  return (
    <div className="screen-clock" data-testid="screen-clock">
      <span className="portal-sr-only">{label}</span>
      <time dateTime={now.toISOString()}>{clockFormat.format(now)}</time>
      <span className="screen-date">{weekday.charAt(0).toLocaleUpperCase('vi') + weekday.slice(1)}</span>
    </div>
  );
}

/** "Tự làm mới sau 42 giây", from when the figures arrived. */
function Countdown({ fetchedAt, fetching }: { fetchedAt: number; fetching: boolean }) {
  const { t } = usePortalT();
  const now = useNow();
  const left = Math.max(0, Math.ceil((fetchedAt + SCREEN_REFRESH_MS - now) / 1000));
  return (
    <p data-testid="screen-countdown">
      {fetching || left === 0 ? t('screen.refreshing') : t('screen.nextRefresh', { seconds: left })}
    </p>
  );
}
