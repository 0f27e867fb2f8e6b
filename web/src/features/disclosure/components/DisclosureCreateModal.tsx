import type { CampaignSummary, DisclosureCreate } from '@thidua/shared';
import { Alert, App, Checkbox, Flex, Form, Input, Modal, Skeleton, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, errorMessage } from '../../../lib/form-errors.ts';
import { DayInput } from '../../campaigns/components/inputs.tsx';
import { todayVn } from '../../review/lib/defaults.ts';
import { useCampaignNominations, useCreateDisclosure } from '../hooks/useDisclosures.ts';

type Values = Omit<DisclosureCreate, 'campaignId'>;

/**
 * "Tạo đợt công khai": a title, the first and last day, and the dossiers the council approved (those already
 * disclosed are marked and left unticked).
 */
export function DisclosureCreateModal({
  campaign,
  disclosed,
  onClose,
}: {
  campaign: CampaignSummary;
  disclosed: Set<number>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const nominations = useCampaignNominations(campaign.id);
  const create = useCreateDisclosure();
  const [problem, setProblem] = useState<string | null>(null);
  const approved = useMemo(
    () => (nominations.data?.items ?? []).filter((n) => n.status === 'approved'),
    [nominations.data],
  );
  const startsOn = Form.useWatch('startsOn', form);
  const endsOn = Form.useWatch('endsOn', form);
  const days = startsOn && endsOn && endsOn >= startsOn ? dayjs(endsOn).diff(dayjs(startsOn), 'day') + 1 : 0;
  const today = todayVn();

  // Once the approved dossiers are known, tick those not disclosed yet.
  useEffect(() => {
    if (approved.length > 0 && (form.getFieldValue('nominationIds') ?? []).length === 0)
      form.setFieldValue(
        'nominationIds',
        approved.filter((n) => !disclosed.has(n.id)).map((n) => n.id),
      );
  }, [approved, disclosed, form]);

  const submit = (v: Values) => {
    setProblem(null);
    create.mutate(
      { ...v, campaignId: campaign.id },
      {
        onSuccess: () => {
          void message.success(t('disclosure.create.done'));
          onClose();
        },
        onError: (e) => {
          if (!applyServerErrors(form, e)) setProblem(errorMessage(e, { details: true }));
        },
      },
    );
  };

  return (
    <Modal
      open
      title={t('disclosure.create.title')}
      okText={t('disclosure.create.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      okButtonProps={{ disabled: approved.length === 0 }}
      destroyOnHidden
      width={680}
    >
      {problem && <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 16 }} />}
      <Form<Values>
        form={form}
        name="disclosure-create"
        layout="vertical"
        onFinish={submit}
        initialValues={{
          title: t('disclosure.create.nameDefault', { campaign: campaign.title }),
          startsOn: today,
          endsOn: dayjs(today).add(6, 'day').format('YYYY-MM-DD'),
          nominationIds: [],
        }}
      >
        <Form.Item
          name="title"
          label={t('disclosure.create.name')}
          rules={[{ required: true, whitespace: true, message: t('disclosure.create.nameRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={300} />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item
            name="startsOn"
            label={t('disclosure.create.startsOn')}
            rules={[{ required: true, message: t('disclosure.create.dateRequired') }]}
            style={{ flex: '1 1 200px' }}
          >
            <DayInput />
          </Form.Item>
          <Form.Item
            name="endsOn"
            label={t('disclosure.create.endsOn')}
            dependencies={['startsOn']}
            rules={[
              { required: true, message: t('disclosure.create.dateRequired') },
              ({ getFieldValue }) => ({
                validator: (_, v: string | null) =>
                  !v || !getFieldValue('startsOn') || v >= getFieldValue('startsOn')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('disclosure.create.endBeforeStart'))),
              }),
            ]}
            style={{ flex: '1 1 200px' }}
          >
            <DayInput />
          </Form.Item>
        </Flex>
        {days > 0 && (
          <Typography.Paragraph type="secondary" style={{ marginTop: -12 }}>
            {t('disclosure.create.days', { count: days })}
          </Typography.Paragraph>
        )}
        {nominations.isPending ? (
          <Skeleton active paragraph={{ rows: 3 }} title={false} />
        ) : nominations.isError ? (
          <Alert type="error" showIcon title={errorMessage(nominations.error)} />
        ) : approved.length === 0 ? (
          <Alert type="info" showIcon title={t('disclosure.create.noApproved')} />
        ) : (
          <Form.Item
            name="nominationIds"
            label={t('disclosure.create.nominations')}
            extra={t('disclosure.create.nominationsHelp')}
            rules={[
              { required: true, type: 'array', min: 1, message: t('disclosure.create.nominationsRequired') },
            ]}
          >
            <Checkbox.Group style={{ width: '100%' }}>
              <Flex vertical gap={8} style={{ width: '100%' }}>
                {approved.map((n) => (
                  <Checkbox key={n.id} value={n.id}>
                    <Typography.Text strong>{n.nomineeName}</Typography.Text>
                    <Typography.Text type="secondary">
                      {' '}
                      · {n.nomineeUnitName} · {n.award.name}
                    </Typography.Text>
                    {disclosed.has(n.id) && (
                      <Tag style={{ marginInlineStart: 8 }}>{t('disclosure.create.alreadyDisclosed')}</Tag>
                    )}
                  </Checkbox>
                ))}
              </Flex>
            </Checkbox.Group>
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
