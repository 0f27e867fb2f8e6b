import type { OrgUnit } from '@thidua/shared';
import { Col, Form, Input, Row, Select } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/hooks/usePermissions.ts';
import { DayInput, IssuedOnInput, VnNumberInput } from '../../campaigns/components/inputs.tsx';
import { ParentCampaignSelect } from '../../campaigns/components/ParentCampaignSelect.tsx';
import { formatDay, formatIssuedOn } from '../../campaigns/lib/format.ts';
import { UnitTreeSelect } from '../../org/components/UnitTreeSelect.tsx';
import { type FieldMeta, fieldId, type HeaderValues } from '../lib/model.ts';
import { FieldNote } from './FieldNote.tsx';

interface Props {
  header: HeaderValues;
  onChange: (patch: HeaderValues) => void;
  issuingUnitId: number | null;
  onIssuingUnit: (id: number | null) => void;
  parentCampaignId: number | null;
  onParentCampaign: (id: number | null) => void;
  meta: Map<string, FieldMeta>;
  errors: Record<string, string>;
  onSelect: (key: string) => void;
}

type Key = keyof HeaderValues;

/** The campaign part of the draft: who issues it, its heading, dates, recipients and signer — all editable. */
export function HeaderFields(p: Props) {
  const { t } = useTranslation();
  const perms = usePermissions();
  const h = p.header;
  const item = (k: string, label: string, node: ReactNode, show: (v: unknown) => string = String) => {
    const key = `campaign.${k}`;
    return (
      <Form.Item label={label} htmlFor={fieldId(key)} style={{ marginBottom: 12 }}>
        <div onFocusCapture={() => p.onSelect(key)}>
          <FieldNote
            meta={p.meta.get(key)}
            label={label}
            value={h[k as Key]}
            show={show}
            onPick={(v) => p.onChange({ [k]: v } as HeaderValues)}
            error={p.errors[key]}
          >
            {node}
          </FieldNote>
        </div>
      </Form.Item>
    );
  };
  const set = (k: Key) => (v: unknown) => p.onChange({ [k]: v } as HeaderValues);
  const text = (k: Key, max: number) => (
    <Input
      id={fieldId(`campaign.${k}`)}
      maxLength={max}
      value={(h[k] as string | undefined) ?? ''}
      onChange={(e) => set(k)(e.target.value)}
    />
  );
  const day = (k: Key) => (
    <DayInput id={fieldId(`campaign.${k}`)} value={(h[k] as string | null) ?? null} onChange={set(k)} />
  );
  const signer = h.signer ?? { authority: '', title: '', name: '' };
  const setSigner = (patch: Partial<typeof signer>) => p.onChange({ signer: { ...signer, ...patch } });

  return (
    <Form layout="vertical" component="div">
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('campaigns.issuingUnit')}
            htmlFor={fieldId('campaign.issuingUnitId')}
            required
            validateStatus={p.errors['campaign.issuingUnitId'] ? 'error' : undefined}
            help={p.errors['campaign.issuingUnitId']}
            style={{ marginBottom: 12 }}
          >
            <UnitTreeSelect
              id={fieldId('campaign.issuingUnitId')}
              value={p.issuingUnitId}
              onChange={(v) => p.onIssuingUnit(v ?? null)}
              isDisabled={(u: OrgUnit) => !perms.canEditCampaignAt(u)}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('campaigns.parentCampaign')}
            htmlFor={fieldId('campaign.parentCampaignId')}
            validateStatus={p.errors['campaign.parentCampaignId'] ? 'error' : undefined}
            help={p.errors['campaign.parentCampaignId'] ?? t('planImport.parentHelp')}
            style={{ marginBottom: 12 }}
          >
            <ParentCampaignSelect
              id={fieldId('campaign.parentCampaignId')}
              issuingUnitId={p.issuingUnitId ?? undefined}
              value={p.parentCampaignId}
              onChange={p.onParentCampaign}
            />
          </Form.Item>
        </Col>
      </Row>
      {item(
        'title',
        t('campaigns.titleField'),
        <Input.TextArea
          id={fieldId('campaign.title')}
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={1000}
          value={h.title ?? ''}
          onChange={(e) => set('title')(e.target.value)}
        />,
      )}
      <Row gutter={12}>
        <Col xs={12} md={6}>
          {item(
            'documentNumber',
            t('campaigns.documentNumber'),
            <VnNumberInput
              id={fieldId('campaign.documentNumber')}
              min={1}
              max={99999}
              precision={0}
              digits={0}
              value={h.documentNumber ?? null}
              onChange={(v) => set('documentNumber')(v ?? null)}
              placeholder={t('planImport.numberBlank')}
              style={{ width: '100%' }}
            />,
          )}
        </Col>
        <Col xs={12} md={6}>
          {item('documentSymbol', t('campaigns.documentSymbol'), text('documentSymbol', 40))}
        </Col>
        <Col xs={24} md={12}>
          {item('place', t('campaigns.place'), text('place', 100))}
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          {item(
            'issuedOn',
            t('campaigns.issuedOn'),
            <IssuedOnInput
              key={String(h.issuedOn ?? '').length}
              id={fieldId('campaign.issuedOn')}
              value={h.issuedOn ?? null}
              onChange={set('issuedOn')}
            />,
            (v) => formatIssuedOn(v as string),
          )}
        </Col>
        <Col xs={24} md={12}>
          {item('startsOn', t('campaigns.startsOn'), day('startsOn'), (v) => formatDay(v as string))}
        </Col>
        <Col xs={24} md={12}>
          {item('endsOn', t('campaigns.endsOn'), day('endsOn'), (v) => formatDay(v as string))}
        </Col>
        <Col xs={24} md={12}>
          {item('reportDeadline', t('campaigns.reportDeadline'), day('reportDeadline'), (v) =>
            formatDay(v as string),
          )}
        </Col>
      </Row>
      {item(
        'recipients',
        t('planImport.recipients'),
        <Select
          id={fieldId('campaign.recipients')}
          mode="tags"
          value={h.recipients ?? []}
          onChange={(v: string[]) => set('recipients')(v)}
          tokenSeparators={[';']}
          open={false}
          suffixIcon={null}
        />,
      )}
      <Row gutter={12}>
        <Col xs={24} md={8}>
          {item(
            'signer.authority',
            t('planImport.signerAuthority'),
            <Input
              id={fieldId('campaign.signer.authority')}
              value={signer.authority}
              onChange={(e) => setSigner({ authority: e.target.value })}
            />,
          )}
        </Col>
        <Col xs={24} md={8}>
          {item(
            'signer.title',
            t('planImport.signerTitle'),
            <Input
              id={fieldId('campaign.signer.title')}
              value={signer.title}
              onChange={(e) => setSigner({ title: e.target.value })}
            />,
          )}
        </Col>
        <Col xs={24} md={8}>
          {item(
            'signer',
            t('planImport.signerName'),
            <Input
              id={fieldId('campaign.signer')}
              value={signer.name}
              onChange={(e) => setSigner({ name: e.target.value })}
            />,
          )}
        </Col>
      </Row>
    </Form>
  );
}
