import { CheckCircleFilled, ClockCircleOutlined, CloseCircleFilled } from '@ant-design/icons';
import type { Nomination } from '@thidua/shared';
import { Checkbox, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

type Result = Nomination['eligibility']['results'][number];

function Icon({ passed }: { passed: boolean | null }) {
  if (passed === true) return <CheckCircleFilled style={{ color: '#52c41a', marginTop: 4 }} />;
  if (passed === false) return <CloseCircleFilled style={{ color: '#ff4d4f', marginTop: 4 }} />;
  return <ClockCircleOutlined style={{ color: '#8c8c8c', marginTop: 4 }} />;
}

/**
 * The award's criteria with the outcome of each: met (green), not met (red, with the reason), or an item the
 * office still has to check (grey). With `ticks`, the office ticks the checklist items while checking the dossier.
 */
export function CriteriaList({
  results,
  ticks,
  onTick,
}: {
  results: Result[];
  ticks?: Record<string, boolean>;
  onTick?: (code: string, on: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="criteria">
      {results.map((r) => {
        const tickable = r.kind === 'check' && ticks !== undefined && onTick !== undefined;
        const passed = tickable ? (ticks[r.code] ? true : r.passed) : r.passed;
        return (
          <li
            key={r.code}
            data-passed={String(passed)}
            style={{ padding: '6px 0', borderBottom: '1px solid #f5f5f5' }}
          >
            <Flex gap={10} align="flex-start">
              {tickable ? (
                <Checkbox
                  checked={Boolean(ticks[r.code])}
                  onChange={(e) => onTick(r.code, e.target.checked)}
                  aria-label={r.label}
                  style={{ marginTop: 2 }}
                />
              ) : (
                <Icon passed={passed} />
              )}
              <Flex vertical gap={0} style={{ minWidth: 0 }}>
                <Typography.Text strong={passed === false}>{r.label}</Typography.Text>
                <Typography.Text type={passed === false ? 'danger' : 'secondary'} style={{ fontSize: 13 }}>
                  {tickable && !ticks[r.code]
                    ? t('nominations.criteria.tickToConfirm')
                    : tickable && ticks[r.code] && r.passed !== true
                      ? t('nominations.criteria.ticked')
                      : r.reason}
                </Typography.Text>
              </Flex>
            </Flex>
          </li>
        );
      })}
    </ul>
  );
}
