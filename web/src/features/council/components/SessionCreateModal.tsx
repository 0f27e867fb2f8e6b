import type { CampaignSummary, CouncilSessionCreate, Nomination } from '@thidua/shared';
import { Alert, App, Checkbox, Col, Form, Input, Modal, Radio, Row, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { applyServerErrors, errorMessage } from '../../../lib/form-errors.ts';
import { DayInput, VnNumberInput } from '../../campaigns/components/inputs.tsx';
import { todayVn } from '../../review/lib/defaults.ts';
import { useCouncilCandidates, useCreateSession } from '../hooks/useCouncil.ts';
import { shareFromPercent } from '../lib/shares.ts';
import { NominationChecks } from './FormParts.tsx';

interface Values {
  title: string;
  meetsOn: string | null;
  quorum: number;
  threshold: number;
  base: CouncilSessionCreate['base'];
  ballot: CouncilSessionCreate['ballot'];
  memberIds: number[];
  nominationIds: number[];
}

const percentRule = (message: string) => ({
  validator: (_: unknown, v: number | null | undefined) =>
    typeof v === 'number' && v > 0 && v <= 100 ? Promise.resolve() : Promise.reject(new Error(message)),
});

/**
 * "Tạo phiên họp": title, day, quorum (⅔ = 66,67 %), approval threshold (70 %), what the threshold is a share of,
 * secret or open ballot, the council members (all ticked) and the checked dossiers (all ticked).
 */
export function SessionCreateModal({
  campaign,
  checked,
  onClose,
}: {
  campaign: CampaignSummary;
  /** The checked dossiers of the campaign; null while they load. */
  checked: Nomination[] | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const members = useCouncilCandidates(campaign);
  const create = useCreateSession();
  const [problem, setProblem] = useState<string | null>(null);
  const ballot = Form.useWatch('ballot', form);

  const submit = async (v: Values) => {
    setProblem(null);
    try {
      const s = await create.mutateAsync({
        campaignId: campaign.id,
        title: v.title,
        meetsOn: v.meetsOn ?? '',
        quorum: shareFromPercent(v.quorum),
        threshold: shareFromPercent(v.threshold),
        base: v.base,
        ballot: v.ballot,
        memberIds: v.memberIds,
        nominationIds: v.nominationIds,
      });
      void message.success(t('council.form.created'));
      onClose();
      navigate(`/khen-thuong/hoi-dong/${s.id}?campaignId=${campaign.id}`);
    } catch (e) {
      if (!applyServerErrors(form, e)) setProblem(errorMessage(e, { details: true }));
    }
  };

  return (
    <Modal
      open
      title={t('council.form.title')}
      okText={t('council.form.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      destroyOnHidden
      width={760}
    >
      <Typography.Paragraph type="secondary">{t('council.form.intro')}</Typography.Paragraph>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
      {members.isPending || !checked ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={(v) => void submit(v)}
          initialValues={{
            title: '',
            meetsOn: todayVn(),
            quorum: Math.round((200 / 3) * 100) / 100,
            threshold: 70,
            base: 'members',
            ballot: 'secret',
            memberIds: members.candidates.map((m) => m.id),
            nominationIds: checked.map((n) => n.id),
          }}
        >
          <Row gutter={16}>
            <Col xs={24} md={16}>
              <Form.Item
                name="title"
                label={t('council.form.name')}
                rules={[{ required: true, whitespace: true, message: t('council.form.nameRequired') }]}
              >
                <Input maxLength={300} placeholder={t('council.form.namePlaceholder')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="meetsOn"
                label={t('council.form.meetsOn')}
                rules={[{ required: true, message: t('council.form.meetsOnRequired') }]}
              >
                <DayInput />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="quorum"
                label={t('council.form.quorum')}
                extra={t('council.form.quorumHelp')}
                rules={[percentRule(t('council.form.percentRequired'))]}
              >
                <VnNumberInput digits={2} min={1} max={100} suffix="%" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="threshold"
                label={t('council.form.threshold')}
                extra={t('council.form.thresholdHelp')}
                rules={[percentRule(t('council.form.percentRequired'))]}
              >
                <VnNumberInput digits={2} min={1} max={100} suffix="%" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="base" label={t('council.form.base')}>
                <Radio.Group
                  options={(['members', 'participants'] as const).map((b) => ({
                    value: b,
                    label: t(`council.base.${b}`),
                  }))}
                  style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="ballot"
                label={t('council.form.ballot')}
                extra={t(ballot === 'open' ? 'council.form.ballotOpenHelp' : 'council.form.ballotSecretHelp')}
              >
                <Radio.Group
                  options={(['secret', 'open'] as const).map((b) => ({
                    value: b,
                    label: t(`council.ballot.${b}`),
                  }))}
                  style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
                />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="memberIds"
            label={t('council.form.members')}
            rules={[{ required: true, type: 'array', min: 1, message: t('council.form.membersRequired') }]}
          >
            {members.candidates.length === 0 ? (
              <Alert type="warning" showIcon title={t('council.form.noCandidates')} />
            ) : (
              <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
                {members.candidates.map((m) => (
                  <Checkbox key={m.id} value={m.id}>
                    {m.fullName}
                    {m.isChair && ` (${t('council.form.chair')})`}
                    {m.unitName && <Typography.Text type="secondary"> · {m.unitName}</Typography.Text>}
                  </Checkbox>
                ))}
              </Checkbox.Group>
            )}
          </Form.Item>
          <Form.Item
            name="nominationIds"
            label={t('council.form.nominations')}
            rules={[
              { required: true, type: 'array', min: 1, message: t('council.form.nominationsRequired') },
            ]}
          >
            {checked.length === 0 ? (
              <Alert type="warning" showIcon title={t('council.form.noNominations')} />
            ) : (
              <NominationChecks
                nominations={checked}
                detail={(n) => t('council.form.proposer', { unit: n.proposerUnitName })}
              />
            )}
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
