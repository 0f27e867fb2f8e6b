import { EditOutlined } from '@ant-design/icons';
import { type Campaign, matchesSearch } from '@thidua/shared';
import { Button, Card, Empty, Flex, Grid, Select, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useUrlParams } from '../../../lib/use-url-params.ts';
import { ScheduleEditor } from '../../schedules/components/ScheduleEditor.tsx';
import { byCode } from '../lib/format.ts';

/**
 * "Đường găng": the progress line of one indicator as a whole (planned, actual, projection, today), with its
 * figures and per-period table, read-only; the schedule editor is one link away. The choice is kept in the
 * address (?chi-tieu=…).
 */
export function ScheduleTab({ campaign: c }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const [params, update] = useUrlParams();
  const navigate = useNavigate();
  const size = Grid.useBreakpoint().md === false ? 'small' : undefined;
  const ordered = useMemo(() => {
    const byId = new Map(c.indicators.map((i) => [i.id, i]));
    const depth = (id: number | null) => {
      let d = 0;
      for (let p = id === null ? undefined : byId.get(id); p && d < 10; d++)
        p = p.parentIndicatorId === null ? undefined : byId.get(p.parentIndicatorId);
      return d;
    };
    return [...c.indicators].sort(byCode).map((i) => ({ indicator: i, depth: depth(i.parentIndicatorId) }));
  }, [c]);
  const wanted = Number(params.get('chi-tieu'));
  const indicator = ordered.find((o) => o.indicator.id === wanted)?.indicator ?? ordered[0]?.indicator;

  if (!indicator)
    return (
      <Card size={size}>
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.schedule.noIndicators')} />
      </Card>
    );
  return (
    <Flex vertical gap={16}>
      <Card size={size}>
        <Flex gap={12} wrap align="flex-end">
          <Flex vertical gap={4} style={{ flex: '1 1 360px', minWidth: 0 }}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('dashboard.schedule.indicator')}
            </Typography.Text>
            <Select<number>
              aria-label={t('dashboard.schedule.indicator')}
              value={indicator.id}
              onChange={(v) => update({ 'chi-tieu': String(v) })}
              showSearch={{ filterOption: (input, o) => matchesSearch(String(o?.title ?? ''), input) }}
              options={ordered.map(({ indicator: i, depth }) => ({
                value: i.id,
                title: `${i.code} ${i.name}`,
                label: (
                  <span style={{ paddingInlineStart: depth * 16 }}>
                    <Typography.Text strong={depth === 0}>{i.code}</Typography.Text> · {i.name}
                  </span>
                ),
              }))}
              labelRender={() => `${indicator.code} · ${indicator.name}`}
              style={{ width: '100%' }}
            />
          </Flex>
          <Button
            icon={<EditOutlined />}
            onClick={() => navigate(`/dot-thi-dua/${c.id}/tien-do?chi-tieu=${indicator.id}`)}
          >
            {t('dashboard.schedule.openEditor')}
          </Button>
        </Flex>
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8, fontSize: 13 }}>
          {t('dashboard.schedule.hint')}
        </Typography.Text>
      </Card>
      <ScheduleEditor key={indicator.id} campaign={c} indicator={indicator} unitId={null} editable={false} />
    </Flex>
  );
}
