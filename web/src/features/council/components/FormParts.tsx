import type { Nomination } from '@thidua/shared';
import { Alert, Checkbox, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../campaigns/lib/format.ts';
import type { Candidate, Readiness } from '../lib/readiness.ts';

/** Nominations to tick, each as "Name – award" with a second line (the proposer or the nominee's unit). */
export function NominationChecks({
  value,
  onChange,
  nominations,
  detail,
}: {
  value?: number[];
  onChange?: (ids: number[]) => void;
  nominations: Nomination[];
  detail: (n: Nomination) => string;
}) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group
      value={value}
      onChange={(ids) => onChange?.(ids as number[])}
      style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
    >
      {nominations.map((n) => (
        <Checkbox key={n.id} value={n.id}>
          <Flex vertical gap={0}>
            <span>{t('council.form.nominee', { name: n.nomineeName, award: n.award.name })}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {detail(n)}
            </Typography.Text>
          </Flex>
        </Checkbox>
      ))}
    </Checkbox.Group>
  );
}

/** A refusal: the server's message, then each detail on its own line. */
export function ProblemAlert({ title, lines, testId }: { title: string; lines: string[]; testId?: string }) {
  return (
    <Alert
      type="error"
      showIcon
      data-testid={testId}
      title={title}
      description={
        lines.length > 0 && (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {lines.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        )
      }
      style={{ marginBottom: 16 }}
    />
  );
}

/** Approved nominations that cannot go into a decision yet, each with why (not disclosed, disclosing, objection). */
export function WaitingList({ waiting }: { waiting: Candidate[] }) {
  const { t } = useTranslation();
  const why = (r: Readiness) => {
    if (r.kind === 'disclosing') return t('council.decisionForm.disclosing', { date: formatDay(r.endsOn) });
    if (r.kind === 'under_objection') return t('council.decisionForm.underObjection', { count: r.open });
    return t('council.decisionForm.notDisclosed');
  };
  if (waiting.length === 0) return null;
  return (
    <>
      <Typography.Text strong>{t('council.decisionForm.notReadyTitle')}</Typography.Text>
      <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }} data-testid="not-ready">
        {waiting.map(({ nomination: n, readiness }) => (
          <li key={n.id}>
            {t('council.form.nominee', { name: n.nomineeName, award: n.award.name })}:{' '}
            <Typography.Text type="secondary">{why(readiness)}</Typography.Text>
          </li>
        ))}
      </ul>
    </>
  );
}
