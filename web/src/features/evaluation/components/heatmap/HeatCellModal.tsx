import type { HeatCell } from '@thidua/shared';
import { Button, Descriptions, Flex, Grid, Modal, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ReportStatusTag } from '../../../reports/components/StatusTags.tsx';
import { PROGRESS_COLORS } from '../../../schedules/lib/format.ts';
import { fmtCompletion, fmtPlanned, fmtScore, fmtValue, useEvalLabels } from '../../lib/format.ts';
import type { HeatIndicator, HeatUnit } from '../../lib/heatmap.ts';
import { CellLinks } from '../CellLinks.tsx';

/** The numbers behind one heatmap cell: value, plan, completion, score, status, and where they come from. */
export function HeatCellModal({
  campaignId,
  cell,
  unit,
  indicator,
  onClose,
}: {
  campaignId: number;
  cell: HeatCell | null;
  unit: HeatUnit | undefined;
  indicator: HeatIndicator | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const labels = useEvalLabels();
  const phone = Grid.useBreakpoint().sm === false;
  const open = cell !== null && unit !== undefined && indicator !== undefined;
  const none = (text = t('evaluation.noData')) => <Typography.Text type="secondary">{text}</Typography.Text>;
  return (
    <Modal
      open={open}
      onCancel={onClose}
      title={indicator ? `${indicator.code} · ${indicator.name}` : ''}
      footer={<Button onClick={onClose}>{t('common.close')}</Button>}
      destroyOnHidden
    >
      {cell && unit && indicator && (
        <div data-testid="heat-cell-detail">
          <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
            {unit.name}
          </Typography.Paragraph>
          <Descriptions
            column={1}
            size="small"
            bordered
            styles={{ label: { width: phone ? 110 : 170 } }}
            items={[
              {
                key: 'value',
                label: t('evaluation.value'),
                children:
                  cell.value === null ? (
                    none(labels.noData(cell.noData))
                  ) : (
                    <Flex gap={6} wrap align="center">
                      <span>{fmtValue(indicator.unitOfMeasure, cell.value)}</span>
                      {cell.numerator !== null && cell.denominator !== null && (
                        <Typography.Text type="secondary">
                          ({fmtValue('', cell.numerator)}/{fmtValue('', cell.denominator)})
                        </Typography.Text>
                      )}
                      {cell.isEstimate && <Tag>{t('evaluation.estimate')}</Tag>}
                    </Flex>
                  ),
              },
              {
                key: 'planned',
                label: t('evaluation.planned'),
                children: fmtPlanned(indicator.unitOfMeasure, cell) || none(t('evaluation.noPlan')),
              },
              {
                key: 'completion',
                label: t('evaluation.completion'),
                children: fmtCompletion(cell.completion) || none(),
              },
              {
                key: 'score',
                label: t('evaluation.score'),
                children:
                  cell.score === null ? (
                    none(labels.noData(cell.noData))
                  ) : (
                    <Flex gap={6} align="center" wrap>
                      <Typography.Text strong data-testid="cell-score">
                        {t('evaluation.scoreOutOf10', { score: fmtScore(cell.score) })}
                      </Typography.Text>
                      {cell.redFlag && <Tag color="#7a1212">{t('evaluation.redFlag')}</Tag>}
                    </Flex>
                  ),
              },
              {
                key: 'status',
                label: t('evaluation.status'),
                children: <Tag color={PROGRESS_COLORS[cell.status]}>{labels.status(cell.status)}</Tag>,
              },
              {
                key: 'report',
                label: t('evaluation.report'),
                children: (
                  <Flex vertical gap={6} align="flex-start">
                    <ReportStatusTag status={cell.reportStatus} />
                    <CellLinks campaignId={campaignId} cell={cell} />
                  </Flex>
                ),
              },
            ]}
          />
        </div>
      )}
    </Modal>
  );
}
