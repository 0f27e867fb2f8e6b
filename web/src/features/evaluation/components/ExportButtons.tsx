import { DownloadOutlined } from '@ant-design/icons';
import type { OrgUnitKind } from '@thidua/shared';
import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DashboardFilters } from '../../dashboard/lib/filters.ts';
import { type ExportView, exportUrl } from '../api.ts';

/** "Tải Excel" and "Tải CSV" of what the tab shows, with the same filters. */
export function ExportButtons({
  campaignId,
  view,
  filters,
  kind,
}: {
  campaignId: number;
  view: ExportView;
  filters: DashboardFilters;
  kind?: OrgUnitKind;
}) {
  const { t } = useTranslation();
  return (
    <Flex gap={8} wrap>
      <Button icon={<DownloadOutlined />} href={exportUrl(campaignId, view, 'xlsx', filters, kind)} download>
        {t('evaluation.exportXlsx')}
      </Button>
      <Button icon={<DownloadOutlined />} href={exportUrl(campaignId, view, 'csv', filters, kind)} download>
        {t('evaluation.exportCsv')}
      </Button>
    </Flex>
  );
}
