import { SendOutlined } from '@ant-design/icons';
import type { CampaignSummary, Nomination } from '@thidua/shared';
import { App, Button, Drawer, Flex, Form, Grid, Skeleton } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../lib/api.ts';
import { applyServerErrors } from '../../../../lib/form-errors.ts';
import { useCampaign } from '../../../campaigns/hooks/useCampaigns.ts';
import { transitionNomination } from '../../api.ts';
import { useAwardTypes, usePersons } from '../../hooks/useCatalogue.ts';
import { useExamples } from '../../hooks/useExamples.ts';
import {
  useCreateNomination,
  useNominationList,
  useNominationMutations,
  usePutNomination,
} from '../../hooks/useNominations.ts';
import type { ProposerUnit } from '../../hooks/useRewardRoles.ts';
import { ratingYear } from '../../lib/labels.ts';
import { type Problem, ProblemAlert, problemOf } from '../ProblemAlert.tsx';
import { AwardField } from './AwardField.tsx';
import { DetailFields } from './DetailFields.tsx';
import { NomineeFields } from './NomineeFields.tsx';
import { fromNomination, type NominationFormValues, toCreate, toUpdate } from './values.ts';

/**
 * "Đề nghị mới" / "Sửa hồ sơ": nominee, award (criteria checked as you go), achievement, indicators, example and
 * flags. Saves a draft, or saves and sends it to the office. A refusal lists each failed criterion with its reason.
 */
export function NominationFormDrawer({
  campaign,
  proposers,
  nomination,
  onClose,
  onSaved,
}: {
  campaign: CampaignSummary;
  proposers: ProposerUnit[];
  nomination?: Nomination;
  onClose: () => void;
  onSaved?: (n: Nomination) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const wide = Grid.useBreakpoint().md ?? window.innerWidth >= 768;
  const [form] = Form.useForm<NominationFormValues>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState<'save' | 'send' | null>(null);
  const top = useRef<HTMLDivElement>(null);
  const year = ratingYear(campaign);
  const owners = nomination
    ? [{ id: nomination.proposerUnitId, name: nomination.proposerUnitName, path: '' }]
    : proposers;
  const proposerUnitId = Form.useWatch('proposerUnitId', form) ?? owners[0]?.id;
  const awards = useAwardTypes();
  const persons = usePersons(proposerUnitId);
  const detail = useCampaign(campaign.id);
  const examples = useExamples({ campaignId: campaign.id });
  const list = useNominationList(campaign.id);
  const create = useCreateNomination();
  const { update } = useNominationMutations(nomination?.id ?? 0);
  const put = usePutNomination();

  const save = async (intent: 'save' | 'send') => {
    let v: NominationFormValues;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    v = { ...form.getFieldsValue(true), ...v };
    setProblem(null);
    setBusy(intent);
    let saved: Nomination | null = null;
    try {
      saved = nomination
        ? await update.mutateAsync(toUpdate(v, nomination.version))
        : await create.mutateAsync(toCreate(v, campaign.id));
      if (intent === 'send') {
        saved = await transitionNomination(saved.id, 'submit', { version: saved.version });
        put(saved);
      }
      void message.success(t(intent === 'send' ? 'nominations.form.sent' : 'nominations.form.saved'));
      onSaved?.(saved);
      onClose();
    } catch (e) {
      if (saved) {
        // Saved, but sending was refused: the dossier stays a draft; show it with the reason.
        void message.warning(problemOf(e).message);
        onSaved?.(saved);
        onClose();
        return;
      }
      const placed = isApiError(e, 'VALIDATION_FAILED') && applyServerErrors(form, e);
      if (!placed) {
        setProblem(problemOf(e));
        top.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
      }
    } finally {
      setBusy(null);
    }
  };

  const ready = awards.data && detail.data;
  return (
    <Drawer
      open
      title={nomination ? t('nominations.form.editTitle') : t('nominations.form.createTitle')}
      size={wide ? 720 : '100%'}
      onClose={onClose}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8} wrap>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            loading={busy === 'save'}
            disabled={busy !== null || !ready}
            onClick={() => void save('save')}
          >
            {t('nominations.form.saveDraft')}
          </Button>
          <Button
            type="primary"
            icon={<SendOutlined />}
            loading={busy === 'send'}
            disabled={busy !== null || !ready}
            onClick={() => void save('send')}
          >
            {nomination?.status === 'returned'
              ? t('nominations.form.saveResend')
              : t('nominations.form.saveSend')}
          </Button>
        </Flex>
      }
    >
      <div ref={top} />
      {problem && <ProblemAlert problem={problem} testId="nomination-refusal" />}
      {!ready ? (
        <Skeleton active paragraph={{ rows: 10 }} />
      ) : (
        <Form
          form={form}
          layout="vertical"
          requiredMark="optional"
          initialValues={
            nomination
              ? fromNomination(nomination)
              : {
                  proposerUnitId: owners[0]?.id,
                  subject: 'collective',
                  indicatorIds: [],
                  directWorker: false,
                }
          }
          onValuesChange={() => problem && setProblem(null)}
        >
          <NomineeFields
            form={form}
            proposers={owners}
            persons={persons.data ?? []}
            year={year}
            locked={Boolean(nomination)}
          />
          <AwardField
            form={form}
            awards={awards.data ?? []}
            persons={persons.data ?? []}
            year={year}
            nominations={list.data ?? []}
            self={nomination}
          />
          <DetailFields
            form={form}
            year={year}
            indicators={detail.data?.indicators ?? []}
            assignedTo={proposerUnitId}
            examples={examples.isError ? undefined : (examples.data ?? [])}
          />
        </Form>
      )}
    </Drawer>
  );
}
