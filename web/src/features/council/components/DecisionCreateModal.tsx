import type { CampaignSummary, DecisionCreate } from '@thidua/shared';
import { Alert, App, Col, Form, Input, InputNumber, Modal, Radio, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { isApiError } from '../../../lib/api.ts';
import { applyServerErrors, errorMessage } from '../../../lib/form-errors.ts';
import { DayInput } from '../../campaigns/components/inputs.tsx';
import { todayVn } from '../../review/lib/defaults.ts';
import { useCreateDecision } from '../hooks/useDecisions.ts';
import { type Candidate, selectable } from '../lib/readiness.ts';
import { NominationChecks, ProblemAlert, WaitingList } from './FormParts.tsx';

type Kind = DecisionCreate['kind'];
interface Values {
  kind: Kind;
  number: number | null;
  signedOn: string | null;
  signerName: string;
  nominationIds: number[];
}

/** Ward awards go into the Chairman's decision; city awards into the proposal (tờ trình) to the city. */
const ofKind = (kind: Kind) => (c: Candidate) =>
  c.nomination.award.authority === (kind === 'decision' ? 'ward' : 'city');

/**
 * "Ra quyết định khen thưởng" (the Chairman): kind, number, day, signer (the Chairman by default) and the approved
 * nominations whose disclosure has ended; the others are listed with why they must wait. A refusal names the
 * nominee (NOMINATION_UNDER_OBJECTION, DISCLOSURE_NOT_ENDED…).
 */
export function DecisionCreateModal({
  campaign,
  candidates,
  disclosuresKnown,
  signer,
  onClose,
}: {
  campaign: CampaignSummary;
  candidates: Candidate[];
  disclosuresKnown: boolean;
  signer: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const create = useCreateDecision();
  const [problem, setProblem] = useState<{ title: string; lines: string[] } | null>(null);
  const ready = (kind: Kind) => candidates.filter(ofKind(kind)).filter(selectable);
  const firstKind: Kind =
    ready('decision').length === 0 && ready('proposal').length > 0 ? 'proposal' : 'decision';
  const kind = (Form.useWatch('kind', form) as Kind | undefined) ?? firstKind;
  const waiting = candidates.filter(ofKind(kind)).filter((c) => !selectable(c));
  const name = new Map(candidates.map((c) => [c.nomination.id, c.nomination.nomineeName]));

  const submit = async (v: Values) => {
    setProblem(null);
    try {
      const d = await create.mutateAsync({
        campaignId: campaign.id,
        kind: v.kind,
        number: v.number ?? 0,
        signedOn: v.signedOn ?? '',
        signerName: v.signerName,
        nominationIds: v.nominationIds,
      });
      void message.success(t('council.decisionForm.created', { reference: d.reference }));
      onClose();
      navigate(`/khen-thuong/quyet-dinh/${d.id}?campaignId=${campaign.id}`);
    } catch (e) {
      if (isApiError(e, 'VALIDATION_FAILED') && applyServerErrors(form, e)) return;
      // Refusals about particular nominees: name them when the server points at one by its place in the list.
      const lines = (isApiError(e) ? e.details : []).map((d) => {
        const m = /nominationIds\.(\d+)$/.exec(d.path);
        const who = m ? name.get(v.nominationIds[Number(m[1])] ?? 0) : undefined;
        return who && !d.message.includes(who) ? `${who}: ${d.message}` : d.message;
      });
      setProblem({ title: errorMessage(e), lines });
    }
  };

  return (
    <Modal
      open
      title={t('council.decisionForm.title')}
      okText={t('council.decisionForm.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      destroyOnHidden
      width={720}
    >
      {problem && (
        <ProblemAlert
          testId="decision-error"
          title={`${t('council.decisionForm.failed')}: ${problem.title}`}
          lines={problem.lines}
        />
      )}
      {!disclosuresKnown && (
        <Alert
          type="warning"
          showIcon
          title={t('council.decisionForm.disclosureUnknown')}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        onValuesChange={(changed: Partial<Values>) => {
          if (changed.kind)
            form.setFieldValue(
              'nominationIds',
              ready(changed.kind).map((c) => c.nomination.id),
            );
        }}
        initialValues={{
          kind: firstKind,
          number: null,
          signedOn: todayVn(),
          signerName: signer,
          nominationIds: ready(firstKind).map((c) => c.nomination.id),
        }}
      >
        <Form.Item
          name="kind"
          label={t('council.decisionForm.kind')}
          extra={t(
            kind === 'decision'
              ? 'council.decisionForm.kindDecisionHelp'
              : 'council.decisionForm.kindProposalHelp',
          )}
        >
          <Radio.Group
            options={(['decision', 'proposal'] as const).map((k) => ({
              value: k,
              label: t(`council.decisions.kind.${k}`),
            }))}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={12} md={6}>
            <Form.Item
              name="number"
              label={t('council.decisionForm.number')}
              rules={[{ required: true, message: t('council.decisionForm.numberRequired') }]}
            >
              <InputNumber<number> min={1} max={99999} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item
              name="signedOn"
              label={t('council.decisionForm.signedOn')}
              rules={[{ required: true, message: t('council.decisionForm.signedOnRequired') }]}
            >
              <DayInput />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item
              name="signerName"
              label={t('council.decisionForm.signer')}
              rules={[
                { required: true, whitespace: true, message: t('council.decisionForm.signerRequired') },
              ]}
            >
              <Input maxLength={120} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="nominationIds"
          label={t('council.decisionForm.nominations')}
          rules={[
            { required: true, type: 'array', min: 1, message: t('council.decisionForm.nominationsRequired') },
          ]}
        >
          {ready(kind).length === 0 ? (
            <Alert type="info" showIcon title={t('council.decisionForm.noneReady')} />
          ) : (
            <NominationChecks
              nominations={ready(kind).map((c) => c.nomination)}
              detail={(n) => n.nomineeUnitName}
            />
          )}
        </Form.Item>
      </Form>
      <WaitingList waiting={waiting} />
    </Modal>
  );
}
