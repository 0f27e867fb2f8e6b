import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { type DashboardExportView, dashboardExportUrl } from '../api.ts';
import type { DashboardFilters } from '../lib/filters.ts';

/** CSV and Excel downloads of one view with the dashboard's filters (the server writes the file). */
export function ExportButtons({
  campaignId,
  view,
  filters,
  what,
}: {
  campaignId: number;
  view: DashboardExportView;
  filters: DashboardFilters;
  what: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Button
        size="small"
        icon={<DownloadOutlined />}
        href={dashboardExportUrl(campaignId, view, 'csv', filters)}
        download
        aria-label={t('dashboard.export.csvOf', { what })}
      >
        {t('dashboard.export.csv')}
      </Button>
      <Button
        size="small"
        icon={<FileExcelOutlined />}
        href={dashboardExportUrl(campaignId, view, 'xlsx', filters)}
        download
        aria-label={t('dashboard.export.xlsxOf', { what })}
      >
        {t('dashboard.export.xlsx')}
      </Button>
    </>
  );
}
