import { ExportOutlined } from '@ant-design/icons';
import { type Disclosure, formatNumber, type Objection } from '@thidua/shared';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { disclosurePhase, periodDays } from '../lib/period.ts';
import { DisclosureNominees } from './DisclosureNominees.tsx';
import { ObjectionList } from './ObjectionList.tsx';
import { PhaseTag } from './PhaseTag.tsx';

/**
 * One disclosure as the office sees it: dates and phase, the public link to hand out (copy or open), the
 * disclosed nominees with their status, and the comments received.
 */
export function DisclosureCard({
  disclosure: d,
  onResolve,
}: {
  disclosure: Disclosure;
  onResolve?: (o: Objection) => void;
}) {
  const { t } = useTranslation();
  const link = new URL(d.publicUrl, window.location.origin).href;
  const waiting = d.objections.filter((o) => o.status === 'open').length;
  const phase = disclosurePhase(d);
  return (
    <Card
      data-testid="disclosure-card"
      style={{ marginBottom: 16 }}
      title={
        <Flex gap={8} wrap align="center" style={{ whiteSpace: 'normal', padding: '8px 0' }}>
          <Typography.Title level={2} style={{ fontSize: 17, margin: 0 }}>
            {d.title}
          </Typography.Title>
          <PhaseTag phase={phase} />
          {waiting > 0 && (
            <Tag
              style={{ color: '#7a4100', background: '#fff4d6', borderColor: '#f0c36d', marginInlineEnd: 0 }}
            >
              {t('disclosure.office.waiting', { formatted: formatNumber(waiting) })}
            </Tag>
          )}
        </Flex>
      }
    >
      <Flex vertical gap={6} style={{ marginBottom: 16 }}>
        <Typography.Text strong>{t('disclosure.period', periodDays(d))}</Typography.Text>
        <Flex gap={8} wrap align="center">
          <Typography.Text type="secondary">{t('disclosure.office.publicLink')}:</Typography.Text>
          <Typography.Text
            copyable={{ text: link }}
            data-testid="public-link"
            style={{ wordBreak: 'break-all' }}
          >
            {link}
          </Typography.Text>
          <Button size="small" icon={<ExportOutlined />} href={link} target="_blank" rel="noopener">
            {t('disclosure.office.openPublic')}
          </Button>
        </Flex>
        {phase === 'upcoming' && (
          <Typography.Text type="secondary">{t('disclosure.office.opensOn', periodDays(d))}</Typography.Text>
        )}
      </Flex>
      <Typography.Title level={3} style={{ fontSize: 15 }}>
        {t('disclosure.office.nominees', { formatted: formatNumber(d.items.length) })}
      </Typography.Title>
      <DisclosureNominees items={d.items} />
      <Typography.Title level={3} style={{ fontSize: 15, marginTop: 20 }}>
        {t('disclosure.office.objections', { formatted: formatNumber(d.objections.length) })}
      </Typography.Title>
      <ObjectionList objections={d.objections} onResolve={onResolve} />
    </Card>
  );
}
