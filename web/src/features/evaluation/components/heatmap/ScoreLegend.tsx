import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { NO_DATA, RED_FLAG, SCORE_STEPS } from '../../lib/colors.ts';
import '../../../../app/components/heat-grid.css';

/** What the colours mean: score steps, the red flag and "no data". */
export function ScoreLegend() {
  const { t } = useTranslation();
  const items = [
    ...SCORE_STEPS.map((s) => ({ key: s.key, bg: s.bg, fg: s.fg, text: t(`evaluation.legend.${s.key}`) })),
    { key: 'red', ...RED_FLAG, text: t('evaluation.legend.redFlag') },
    { key: 'none', ...NO_DATA, text: t('evaluation.legend.noData') },
  ];
  return (
    <Flex gap="6px 16px" wrap align="center" role="list" aria-label={t('evaluation.legend.title')}>
      <Typography.Text type="secondary">{t('evaluation.legend.title')}</Typography.Text>
      {items.map((i) => (
        <Flex key={i.key} gap={6} align="center" role="listitem">
          <span className="heat-grid-swatch" style={{ background: i.bg, color: i.fg }} aria-hidden>
            {i.key === 'none' ? '—' : ''}
          </span>
          <Typography.Text style={{ fontSize: 13 }}>{i.text}</Typography.Text>
        </Flex>
      ))}
      <Flex gap={6} align="center" role="listitem">
        <span className="heat-grid-swatch heat-grid-na" aria-hidden />
        <Typography.Text style={{ fontSize: 13 }}>{t('evaluation.legend.notAssigned')}</Typography.Text>
      </Flex>
    </Flex>
  );
}
