import { formatDate, type Nomination } from '@thidua/shared';
import { Grid, Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../campaigns/lib/format.ts';
import { STEP_KEYS, stepOf } from '../../lib/steps.ts';

/** Soạn → Gửi → Thẩm định → Hội đồng → Công khai → Quyết định, the current step marked (red when it stopped). */
export function NominationSteps({ nomination: n }: { nomination: Nomination }) {
  const { t } = useTranslation();
  const wide = Grid.useBreakpoint().md ?? window.innerWidth >= 768;
  const { current, status } = stepOf(n.status, n.submittedAt !== null);
  const note: Partial<Record<(typeof STEP_KEYS)[number], string>> = {
    submit: n.submittedAt ? formatDate(n.submittedAt) : undefined,
    check:
      n.status === 'submitted' && n.checkDueOn
        ? t('nominations.steps.dueOn', { day: formatDay(n.checkDueOn) })
        : undefined,
    council: n.councilResult?.text ? t('nominations.steps.voted') : undefined,
  };
  return (
    <Steps
      aria-label={t('nominations.steps.label')}
      current={current}
      status={status}
      size="small"
      // Phones: six dots in one row with the titles under them, the dates left out.
      type={wide ? 'default' : 'dot'}
      titlePlacement={wide ? 'horizontal' : 'vertical'}
      responsive={false}
      items={STEP_KEYS.map((k) => ({
        title: t(`nominations.steps.${k}`),
        content: wide ? note[k] : undefined,
      }))}
    />
  );
}
