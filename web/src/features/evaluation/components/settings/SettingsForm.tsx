import type { Campaign, EvaluationSettingsView } from '@thidua/shared';
import { Alert, App, Button, Card, Col, Flex, Form, Row, Select, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../lib/api.ts';
import { useEvaluationMutations } from '../../hooks/useEvaluation.ts';
import { placeServerErrors, type SettingsValues, toSave, toValues } from '../../lib/settings-form.ts';
import { BandsField } from './BandsField.tsx';
import { CriteriaField } from './CriteriaField.tsx';
import { WeightsField } from './WeightsField.tsx';

/**
 * The campaign's scoring rules: bands, red flag, weights, hand-scored criteria and key indicators. Saved with the
 * version read; when someone else saved in between, the newer rules are loaded and the user is told.
 */
export function SettingsForm({
  campaign,
  view,
  editable,
}: {
  campaign: Campaign;
  view: EvaluationSettingsView;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<SettingsValues>();
  const { saveSettings } = useEvaluationMutations(campaign.id);
  const [banner, setBanner] = useState<{ type: 'error' | 'warning'; text: string } | null>(null);

  // A newer version (after a save, or reloaded after a conflict) replaces what the form shows.
  useEffect(() => {
    form.setFieldsValue(toValues(view));
  }, [form, view]);

  const submit = (v: SettingsValues) => {
    setBanner(null);
    saveSettings.mutate(toSave(v, view.version), {
      onSuccess: () => void message.success(t('evaluation.rules.saved')),
      onError: (e) => {
        if (isApiError(e, 'CONFLICT_STALE'))
          return setBanner({ type: 'warning', text: t('evaluation.rules.conflict') });
        const rest = placeServerErrors(form, e);
        if (rest) setBanner({ type: 'error', text: rest });
      },
    });
  };

  const codes = [...campaign.indicators]
    .sort((a, b) => a.code.localeCompare(b.code, 'vi', { numeric: true }))
    .map((i) => ({ value: i.code.toUpperCase(), label: `${i.code} · ${i.name}`, title: i.name }));

  return (
    <Form<SettingsValues>
      form={form}
      layout="vertical"
      initialValues={toValues(view)}
      onFinish={submit}
      disabled={!editable}
      requiredMark={false}
    >
      <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 12 }}>
        <Flex gap={8} align="center" wrap>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('evaluation.rules.title')}
          </Typography.Title>
          {view.isDefault && <Tag>{t('evaluation.rules.isDefault')}</Tag>}
        </Flex>
        {editable && (
          <Button type="primary" htmlType="submit" loading={saveSettings.isPending}>
            {t('evaluation.rules.save')}
          </Button>
        )}
      </Flex>
      {!editable && (
        <Alert type="info" showIcon title={t('evaluation.rules.readOnly')} style={{ marginBottom: 12 }} />
      )}
      {banner && (
        <Alert
          type={banner.type}
          showIcon
          closable
          onClose={() => setBanner(null)}
          title={banner.text}
          style={{ marginBottom: 12 }}
          data-testid="settings-banner"
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('evaluation.rules.bands')}>
            <BandsField disabled={!editable} />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('evaluation.rules.scoring')}>
            <WeightsField disabled={!editable} />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('evaluation.rules.criteria')}>
            <CriteriaField disabled={!editable} />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('evaluation.rules.keyIndicators')}>
            <Form.Item
              name={['settings', 'keyIndicators']}
              extra={t('evaluation.rules.keyIndicatorsHint')}
              style={{ marginBottom: 0 }}
            >
              <Select
                mode="multiple"
                allowClear
                aria-label={t('evaluation.rules.keyIndicators')}
                placeholder={t('evaluation.rules.keyIndicatorsPlaceholder')}
                options={codes}
                maxCount={12}
                optionFilterProp="label"
                labelRender={(o) => String(o.value)}
              />
            </Form.Item>
          </Card>
        </Col>
      </Row>
    </Form>
  );
}
