import { CheckCircleFilled, ClockCircleOutlined } from '@ant-design/icons';
import type { CouncilSession } from '@thidua/shared';
import { App, Card, Flex, Select, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/form-errors.ts';
import type { AttendanceValue } from '../api.ts';
import { useSessionMutations } from '../hooks/useCouncil.ts';
import { quorumCount, quorumReached } from '../lib/shares.ts';

type Member = CouncilSession['members'][number];
const ATTENDANCE: AttendanceValue[] = ['present', 'written', 'absent'];
const ATTENDANCE_COLOR: Record<AttendanceValue, string> = {
  present: 'green',
  written: 'blue',
  absent: 'default',
};

/**
 * Who sits on the session: attendance (the office changes it while the session is open: có mặt / phiếu bằng văn
 * bản / vắng) and whether each member has voted — never how, for a secret ballot.
 */
export function MembersCard({
  session: s,
  office,
  meId,
  wide,
}: {
  session: CouncilSession;
  office: boolean;
  meId: number;
  wide: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { attendance } = useSessionMutations(s.id);
  const editable = office && s.status === 'open';
  const participants = s.members.filter((m) => m.attendance !== 'absent').length;
  const voted = s.members.filter((m) => m.hasVoted).length;
  const ok = quorumReached(s.quorum, participants, s.members.length);

  const change = async (m: Member, value: AttendanceValue) => {
    try {
      await attendance.mutateAsync({ userId: m.userId, attendance: value });
      void message.success(
        t('council.session.attendanceSaved', { name: m.fullName, value: t(`council.attendance.${value}`) }),
      );
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  const name = (m: Member) => (
    <span>
      {m.fullName}
      {m.userId === meId && <Typography.Text type="secondary"> {t('council.session.you')}</Typography.Text>}
    </span>
  );
  const presence = (m: Member) =>
    editable ? (
      <Select<AttendanceValue>
        aria-label={t('council.session.attendanceLabel', { name: m.fullName })}
        value={m.attendance}
        onChange={(v) => void change(m, v)}
        options={ATTENDANCE.map((a) => ({ value: a, label: t(`council.attendance.${a}`) }))}
        style={{ width: 190 }}
        disabled={attendance.isPending}
      />
    ) : (
      <Tag color={ATTENDANCE_COLOR[m.attendance]}>{t(`council.attendance.${m.attendance}`)}</Tag>
    );
  const vote = (m: Member) =>
    m.hasVoted ? (
      <Tag icon={<CheckCircleFilled />} color="success" style={{ marginInlineEnd: 0 }}>
        {t('council.session.voted')}
      </Tag>
    ) : (
      <Tag icon={<ClockCircleOutlined />} style={{ marginInlineEnd: 0 }}>
        {t('council.session.notVoted')}
      </Tag>
    );

  return (
    <Card
      title={t('council.session.membersTitle')}
      style={{ marginBottom: 16 }}
      styles={{ body: { padding: wide ? 16 : 12 } }}
    >
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <Typography.Text data-testid="participation">
          {t('council.session.participants', { participants, voted, members: s.members.length })}
        </Typography.Text>
        <Tag color={ok ? 'success' : 'warning'}>
          {ok
            ? t('council.session.quorumOk')
            : t('council.session.quorumMissing', { count: quorumCount(s.quorum, s.members.length) })}
        </Tag>
      </Flex>
      {wide ? (
        <Table<Member>
          rowKey="userId"
          size="small"
          dataSource={s.members}
          pagination={false}
          columns={[
            { title: t('council.session.memberCol'), key: 'name', render: (_, m) => name(m) },
            {
              title: t('council.session.attendanceCol'),
              key: 'att',
              width: 220,
              render: (_, m) => presence(m),
            },
            { title: t('council.colVoted'), key: 'voted', width: 170, render: (_, m) => vote(m) },
          ]}
        />
      ) : (
        <Flex vertical gap={10}>
          {s.members.map((m) => (
            <Flex key={m.userId} vertical gap={4} data-testid="member-row">
              {name(m)}
              <Flex gap={8} wrap align="center">
                {presence(m)}
                {vote(m)}
              </Flex>
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}
