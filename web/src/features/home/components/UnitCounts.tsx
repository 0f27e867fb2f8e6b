import { formatNumber, ORG_UNIT_KINDS, type OrgUnitKind } from '@thidua/shared';
import { Card, Col, Row, Skeleton, Statistic, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { QueryError } from '../../../app/components/QueryError.tsx';
import { useLabels } from '../../../lib/labels.ts';
import { useOrgUnits } from '../../org/hooks/useOrgUnits.ts';

/** Active units the user can see, counted by kind. */
export function UnitCounts() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { data, isPending, isError, error, refetch } = useOrgUnits({ includeInactive: false });
  const counts = useMemo(() => {
    const m = new Map<OrgUnitKind, number>();
    for (const u of data ?? []) m.set(u.kind, (m.get(u.kind) ?? 0) + 1);
    return ORG_UNIT_KINDS.filter((k) => m.has(k)).map((k) => ({ kind: k, count: m.get(k) ?? 0 }));
  }, [data]);

  return (
    <Card
      title={t('home.unitsTitle')}
      extra={<Link to="/don-vi">{t('layout.org')}</Link>}
      style={{ height: '100%' }}
    >
      {isPending ? (
        <Skeleton active />
      ) : isError ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          <Typography.Paragraph>
            {t('home.unitsTotal')}: <Typography.Text strong>{formatNumber(data.length)}</Typography.Text>
          </Typography.Paragraph>
          <Row gutter={[12, 12]}>
            {counts.map(({ kind, count }) => (
              <Col key={kind} xs={12} md={8}>
                <Card size="small" style={{ background: '#f7f9fc' }}>
                  <Statistic
                    title={labels.kind(kind)}
                    value={count}
                    formatter={(v) => formatNumber(Number(v))}
                  />
                </Card>
              </Col>
            ))}
          </Row>
        </>
      )}
    </Card>
  );
}
