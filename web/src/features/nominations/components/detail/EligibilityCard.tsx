import { CheckOutlined, RollbackOutlined } from '@ant-design/icons';
import type { Nomination } from '@thidua/shared';
import { Alert, Button, Card, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../campaigns/lib/format.ts';
import type { NominationStep } from '../../api.ts';
import { CriteriaList } from '../CriteriaList.tsx';
import { checkOverdue } from '../NominationList.tsx';

/** "Đủ điều kiện" · "Còn N mục chờ Văn phòng kiểm tra" · "Chưa đủ điều kiện". */
function Verdict({ e }: { e: Nomination['eligibility'] }) {
  const { t } = useTranslation();
  if (!e.eligible) return <Tag color="error">{t('nominations.eligibility.notEligible')}</Tag>;
  if (e.complete) return <Tag color="success">{t('nominations.eligibility.complete')}</Tag>;
  const pending = e.results.filter((r) => r.passed === null).length;
  return <Tag color="processing">{t('nominations.eligibility.pending', { count: pending })}</Tag>;
}

/**
 * The award's criteria for this nominee: rules the system checked (met or not, with the reason) and the office's
 * checklist. While the office checks a sent dossier, it ticks each checklist item here, then accepts the dossier
 * or returns it; the due date of the check is shown, red when past.
 */
export function EligibilityCard({
  nomination: n,
  checking,
  onStep,
}: {
  nomination: Nomination;
  /** The office checks this dossier now. */
  checking: boolean;
  onStep: (step: NominationStep, checklist?: Record<string, boolean>) => void;
}) {
  const { t } = useTranslation();
  const [ticks, setTicks] = useState<Record<string, boolean>>(() => ({ ...n.checklist }));
  const checks = n.eligibility.results.filter((r) => r.kind === 'check');
  const failed = n.eligibility.results.some((r) => r.kind === 'rule' && r.passed === false);
  const allTicked = checks.every((r) => ticks[r.code]);
  const overdue = checkOverdue(n);

  return (
    <Card
      title={checking ? t('nominations.eligibility.checkTitle') : t('nominations.eligibility.title')}
      style={{ marginBottom: 16 }}
      data-testid="eligibility"
    >
      <div style={{ marginBottom: 8 }}>
        <Verdict e={n.eligibility} />
      </div>
      {checking && n.checkDueOn && (
        <Alert
          type={overdue ? 'error' : 'info'}
          showIcon
          title={t(overdue ? 'nominations.eligibility.dueOverdue' : 'nominations.eligibility.due', {
            day: formatDay(n.checkDueOn),
          })}
          description={t('nominations.eligibility.checkHelp')}
          style={{ marginBottom: 12 }}
        />
      )}
      <CriteriaList
        results={n.eligibility.results}
        ticks={checking ? ticks : undefined}
        onTick={checking ? (code, on) => setTicks((x) => ({ ...x, [code]: on })) : undefined}
      />
      {checking && (
        <>
          {(!allTicked || failed) && (
            <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
              {failed ? t('nominations.eligibility.failedHint') : t('nominations.eligibility.tickHint')}
            </Typography.Paragraph>
          )}
          <Flex gap={8} wrap justify="flex-end" style={{ marginTop: 12 }}>
            <Button danger icon={<RollbackOutlined />} onClick={() => onStep('return')}>
              {t('nominations.actions.return.ok')}
            </Button>
            <Button
              type="primary"
              icon={<CheckOutlined />}
              disabled={!allTicked || failed}
              onClick={() => onStep('accept_dossier', ticks)}
            >
              {t('nominations.actions.accept_dossier.ok')}
            </Button>
          </Flex>
        </>
      )}
    </Card>
  );
}
