import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/hooks/usePermissions.ts';
import { useMyReports } from '../../reports/hooks/useReports.ts';

/**
 * For unit reporters and heads: one home-page link per campaign their unit reports in, to the unit's results
 * ("Kết quả thi đua của đơn vị"). The campaigns come from the unit's own reporting list.
 */
export function useScorecardShortcuts(): { to: string; title: string; desc: string }[] {
  const { t } = useTranslation();
  const perms = usePermissions();
  const mine = useMyReports({}, perms.canReport);
  return useMemo(() => {
    if (!perms.canReport) return [];
    const campaigns = new Map<number, string>();
    for (const r of mine.data?.items ?? []) campaigns.set(r.campaignId, r.campaignTitle);
    return [...campaigns].slice(0, 3).map(([id, title]) => ({
      to: `/dot-thi-dua/${id}/ket-qua-don-vi`,
      title: t('evaluation.shortcut'),
      desc: t('evaluation.shortcutDesc', { title }),
    }));
  }, [perms.canReport, mine.data, t]);
}
