import { ArrowLeftOutlined, DownloadOutlined, FileWordOutlined, LockOutlined } from '@ant-design/icons';
import type { CouncilSession } from '@thidua/shared';
import { Alert, Button, Card, Flex, Grid, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDay } from '../../campaigns/lib/format.ts';
import { minutesDocxUrl, minutesUrl } from '../api.ts';
import { quorumCount, rulePercent } from '../lib/shares.ts';
import { BallotTag, SessionStatusTag } from './SessionTags.tsx';

/** The session's rules in plain words: quorum (with the head count), threshold and its base, recusals. */
export function SessionRules({ session: s }: { session: CouncilSession }) {
  const { t } = useTranslation();
  return (
    <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="session-rules">
      <li>
        {t('council.session.ruleQuorum', {
          quorum: rulePercent(s.quorum),
          count: quorumCount(s.quorum, s.members.length),
          members: s.members.length,
        })}
      </li>
      <li>
        {t('council.session.ruleThreshold', {
          threshold: rulePercent(s.threshold),
          base: t(s.base === 'members' ? 'council.session.baseMembers' : 'council.session.baseParticipants'),
        })}
      </li>
      <li>{t('council.session.ruleRecusal')}</li>
    </ul>
  );
}

/** Title, day, status and ballot of a session, its rules in words, the minutes and the office's actions. */
export function SessionHeader({ session: s, actions }: { session: CouncilSession; actions?: ReactNode }) {
  const { t } = useTranslation();
  const wide = Grid.useBreakpoint().md ?? window.innerWidth >= 768;
  return (
    <Card style={{ marginBottom: 16 }} styles={{ body: { padding: wide ? '16px 20px' : 12 } }}>
      <Link
        to={`/khen-thuong/hoi-dong?campaignId=${s.campaignId}`}
        style={{ display: 'inline-block', marginBottom: 8 }}
      >
        <ArrowLeftOutlined /> {t('council.back')}
      </Link>
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <Flex vertical gap={6} style={{ flex: '1 1 520px', minWidth: 0 }}>
          <Flex gap={8} align="center" wrap>
            <SessionStatusTag status={s.status} />
            <BallotTag ballot={s.ballot} />
            <Typography.Text type="secondary">
              {t('council.session.meetsOn', { date: formatDay(s.meetsOn) })}
            </Typography.Text>
          </Flex>
          <Typography.Title level={3} style={{ margin: 0, fontSize: wide ? 20 : 18, lineHeight: 1.4 }}>
            {s.title}
          </Typography.Title>
        </Flex>
        <Flex gap={8} wrap>
          <Button
            icon={<DownloadOutlined />}
            href={minutesUrl(s.id)}
            download={`bien-ban-phien-hop-${s.id}.txt`}
          >
            {t('council.session.minutes')}
          </Button>
          <Button
            icon={<FileWordOutlined />}
            href={minutesDocxUrl(s.id)}
            download={`bien-ban-phien-hop-${s.id}.docx`}
          >
            {t('council.session.minutesDocx')}
          </Button>
          {actions}
        </Flex>
      </Flex>
      <Typography.Text strong style={{ display: 'block', marginTop: 12 }}>
        {t('council.session.rulesTitle')}
      </Typography.Text>
      <SessionRules session={s} />
      <Alert
        type={s.ballot === 'secret' ? 'info' : 'warning'}
        showIcon
        icon={s.ballot === 'secret' ? <LockOutlined /> : undefined}
        title={t(s.ballot === 'secret' ? 'council.session.secretNotice' : 'council.session.openNotice')}
        style={{ marginTop: 12 }}
      />
    </Card>
  );
}
