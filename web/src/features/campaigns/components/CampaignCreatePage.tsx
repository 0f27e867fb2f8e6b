import { ArrowLeftOutlined } from '@ant-design/icons';
import type { OrgUnit } from '@thidua/shared';
import { Alert, App, Button, Card, Col, Flex, Form, Input, Row } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { PageHeader } from '../../../app/components/PageHeader.tsx';
import { Forbidden } from '../../../app/components/QueryError.tsx';
import { applyServerErrors, errorMessage } from '../../../lib/form-errors.ts';
import { usePermissions } from '../../auth/hooks/usePermissions.ts';
import { UnitTreeSelect } from '../../org/components/UnitTreeSelect.tsx';
import { useOrgUnits } from '../../org/hooks/useOrgUnits.ts';
import { useCreateCampaign } from '../hooks/useCampaigns.ts';
import { dateOrderRules } from '../lib/date-rules.ts';
import { DayInput, IssuedOnInput, VnNumberInput } from './inputs.tsx';
import { ParentCampaignSelect } from './ParentCampaignSelect.tsx';

interface Values {
  issuingUnitId: number;
  parentCampaignId?: number | null;
  title: string;
  documentNumber?: number | null;
  documentSymbol?: string;
  place?: string;
  issuedOn?: string | null;
  startsOn?: string | null;
  endsOn?: string | null;
  reportDeadline?: string | null;
}

/** /dot-thi-dua/moi: the plan's heading — who issues it, its number, title and time frame. The rest comes after. */
export default function CampaignCreatePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const perms = usePermissions();
  const [form] = Form.useForm<Values>();
  const create = useCreateCampaign();
  const [banner, setBanner] = useState<string | null>(null);
  const { data: units = [] } = useOrgUnits();
  const issuingUnitId = Form.useWatch('issuingUnitId', form);

  const canIssue = (u: Pick<OrgUnit, 'id' | 'path'>) => perms.canEditCampaignAt(u);
  const firstEditable = useMemo(() => units.find((u) => perms.canEditCampaignAt(u)), [units, perms]);
  useEffect(() => {
    if (firstEditable && form.getFieldValue('issuingUnitId') === undefined)
      form.setFieldsValue({ issuingUnitId: firstEditable.id });
  }, [firstEditable, form]);

  if (!perms.canCreateCampaign) return <Forbidden />;

  const submit = (v: Values) => {
    setBanner(null);
    create.mutate(
      {
        issuingUnitId: v.issuingUnitId,
        parentCampaignId: v.parentCampaignId ?? null,
        title: v.title,
        documentNumber: v.documentNumber ?? null,
        documentSymbol: v.documentSymbol?.trim() ?? '',
        place: v.place?.trim() ?? '',
        issuedOn: v.issuedOn ?? null,
        startsOn: v.startsOn ?? null,
        endsOn: v.endsOn ?? null,
        reportDeadline: v.reportDeadline ?? null,
      },
      {
        onSuccess: (c) => {
          void message.success(t('campaigns.created'));
          navigate(`/dot-thi-dua/${c.id}`);
        },
        onError: (e) => {
          if (!applyServerErrors(form, e)) setBanner(errorMessage(e, { details: true }));
        },
      },
    );
  };

  return (
    <>
      <PageHeader
        title={t('campaigns.createTitle')}
        subtitle={t('campaigns.createSubtitle')}
        extra={
          <Link to="/dot-thi-dua">
            <Button icon={<ArrowLeftOutlined />}>{t('campaigns.backToList')}</Button>
          </Link>
        }
      />
      <Card style={{ maxWidth: 960 }}>
        <Alert type="info" showIcon title={t('campaigns.createHint')} style={{ marginBottom: 20 }} />
        {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 16 }} />}
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          requiredMark="optional"
          initialValues={{ documentSymbol: 'KH-UBND' }}
        >
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="issuingUnitId"
                label={t('campaigns.issuingUnit')}
                extra={t('campaigns.issuingUnitHelp')}
                rules={[{ required: true, message: t('campaigns.issuingUnitRequired') }]}
              >
                <UnitTreeSelect isDisabled={(u) => !canIssue(u)} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="parentCampaignId"
                label={t('campaigns.parentCampaign')}
                extra={t('campaigns.parentCampaignHelp')}
              >
                <ParentCampaignSelect issuingUnitId={issuingUnitId} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="title"
            label={t('campaigns.titleField')}
            rules={[
              { required: true, whitespace: true, message: t('campaigns.titleRequired') },
              { max: 1000, message: t('campaigns.titleTooLong') },
            ]}
          >
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 6 }}
              placeholder={t('campaigns.titlePlaceholder')}
            />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={12} md={5}>
              <Form.Item name="documentNumber" label={t('campaigns.documentNumber')}>
                <VnNumberInput min={1} max={99999} precision={0} digits={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={5}>
              <Form.Item name="documentSymbol" label={t('campaigns.documentSymbol')}>
                <Input maxLength={40} spellCheck={false} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="place" label={t('campaigns.place')}>
                <Input maxLength={100} placeholder={t('campaigns.placePlaceholder')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="issuedOn" label={t('campaigns.issuedOn')}>
                <IssuedOnInput />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="startsOn" label={t('campaigns.startsOn')}>
                <DayInput />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="endsOn" label={t('campaigns.endsOn')} {...dateOrderRules(t).endsOn}>
                <DayInput />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="reportDeadline"
                label={t('campaigns.reportDeadline')}
                {...dateOrderRules(t).reportDeadline}
              >
                <DayInput />
              </Form.Item>
            </Col>
          </Row>
          <Flex gap={8} justify="flex-end">
            <Button onClick={() => navigate('/dot-thi-dua')}>{t('common.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              {t('campaigns.create')}
            </Button>
          </Flex>
        </Form>
      </Card>
    </>
  );
}
