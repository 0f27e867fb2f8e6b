import { FileTextOutlined, LineChartOutlined, PaperClipOutlined } from '@ant-design/icons';
import { formatNumber, type HeatCell } from '@thidua/shared';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** Where a cell's number comes from: the unit's report (with its evidence count) and the progress schedule. */
export function CellLinks({
  campaignId,
  cell,
  compact = false,
}: {
  campaignId: number;
  cell: HeatCell;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const schedule = `/dot-thi-dua/${campaignId}/tien-do?chi-tieu=${cell.indicatorId}&don-vi=${cell.unitId}`;
  return (
    <Flex gap={4} vertical={!compact} wrap>
      {cell.reportId !== null ? (
        <Link
          to={`/bao-cao/${cell.reportId}`}
          data-testid="cell-report-link"
          style={{ whiteSpace: 'nowrap' }}
        >
          <FileTextOutlined /> {t('evaluation.openReport')}
        </Link>
      ) : (
        <Typography.Text type="secondary">{t('evaluation.noReport')}</Typography.Text>
      )}
      {cell.reportId !== null && cell.evidenceCount > 0 && (
        <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
          <PaperClipOutlined />{' '}
          {t('evaluation.evidenceCount', { count: cell.evidenceCount, n: formatNumber(cell.evidenceCount) })}
        </Typography.Text>
      )}
      <Link to={schedule} style={{ whiteSpace: 'nowrap' }}>
        <LineChartOutlined /> {t('evaluation.openSchedule')}
      </Link>
    </Flex>
  );
}
