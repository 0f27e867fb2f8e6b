import type { Campaign } from '@thidua/shared';
import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { dateOrderRules } from '../../lib/date-rules.ts';
import { DayInput, IssuedOnInput, VnNumberInput } from '../inputs.tsx';
import { ParentCampaignSelect } from '../ParentCampaignSelect.tsx';
import { SectionEditModal } from './SectionEditModal.tsx';
import { StringListField } from './StringListField.tsx';

export type SectionKey =
  | 'document'
  | 'time'
  | 'legal'
  | 'purpose'
  | 'content'
  | 'rewards'
  | 'organisation'
  | 'recipients'
  | 'signer';

const LONG = { autoSize: { minRows: 6, maxRows: 18 }, maxLength: 20000 } as const;
const nonEmpty = (xs: string[] | undefined) => (xs ?? []).map((x) => x.trim()).filter(Boolean);

/** The dialog that edits one section of the plan (see OverviewTab). */
export function SectionEditor({
  campaign: c,
  section,
  onClose,
}: {
  campaign: Campaign;
  section: SectionKey;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const common = { campaign: c, onClose };

  switch (section) {
    case 'document':
      return (
        <SectionEditModal
          {...common}
          title={t('campaigns.secDocument')}
          initialValues={{
            title: c.title,
            documentNumber: c.documentNumber,
            documentSymbol: c.documentSymbol,
            place: c.place,
            issuedOn: c.issuedOn,
            parentCampaignId: c.parentCampaignId,
          }}
          toPatch={(v) => ({
            title: v.title,
            documentNumber: v.documentNumber ?? null,
            documentSymbol: v.documentSymbol?.trim() ?? '',
            place: v.place?.trim() ?? '',
            issuedOn: v.issuedOn ?? null,
            parentCampaignId: v.parentCampaignId ?? null,
          })}
        >
          <Form.Item
            name="title"
            label={t('campaigns.titleField')}
            rules={[{ required: true, whitespace: true, message: t('campaigns.titleRequired') }]}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
          </Form.Item>
          <Row gutter={12}>
            <Col span={6}>
              <Form.Item name="documentNumber" label={t('campaigns.documentNumber')}>
                <VnNumberInput min={1} max={99999} precision={0} digits={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="documentSymbol" label={t('campaigns.documentSymbol')}>
                <Input maxLength={40} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="place" label={t('campaigns.place')}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="issuedOn" label={t('campaigns.issuedOn')}>
            <IssuedOnInput />
          </Form.Item>
          <Form.Item name="parentCampaignId" label={t('campaigns.parentCampaign')}>
            <ParentCampaignSelect issuingUnitId={c.issuingUnitId} excludeId={c.id} />
          </Form.Item>
        </SectionEditModal>
      );
    case 'time': {
      const rules = dateOrderRules(t);
      return (
        <SectionEditModal
          {...common}
          width={620}
          title={t('campaigns.secTime')}
          initialValues={{
            startsOn: c.startsOn,
            endsOn: c.endsOn,
            reportDeadline: c.reportDeadline,
            reportPeriodKind: c.reportPeriodKind,
            reportCutoffDay: c.reportCutoffDay,
            reportDueDays: c.reportDueDays,
            remindBeforeDays: c.remindBeforeDays,
            remindAfterDays: c.remindAfterDays,
            dossierCheckDays: c.dossierCheckDays,
          }}
          toPatch={(v) => ({
            startsOn: v.startsOn ?? null,
            endsOn: v.endsOn ?? null,
            reportDeadline: v.reportDeadline ?? null,
            reportPeriodKind: v.reportPeriodKind ?? 'month',
            reportCutoffDay: v.reportCutoffDay ?? null,
            reportDueDays: v.reportDueDays ?? 5,
            remindBeforeDays: v.remindBeforeDays ?? 0,
            remindAfterDays: v.remindAfterDays ?? 0,
            dossierCheckDays: v.dossierCheckDays ?? 10,
          })}
        >
          <Form.Item name="startsOn" label={t('campaigns.startsOn')}>
            <DayInput />
          </Form.Item>
          <Form.Item name="endsOn" label={t('campaigns.endsOn')} {...rules.endsOn}>
            <DayInput />
          </Form.Item>
          <Form.Item name="reportDeadline" label={t('campaigns.reportDeadline')} {...rules.reportDeadline}>
            <DayInput />
          </Form.Item>
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item name="reportPeriodKind" label={t('campaigns.reportPeriodKind')}>
                <Select
                  options={[
                    { value: 'month', label: t('campaigns.periodMonth') },
                    { value: 'quarter', label: t('campaigns.periodQuarter') },
                  ]}
                />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item
                name="reportCutoffDay"
                label={t('campaigns.reportCutoffDay')}
                extra={t('campaigns.reportCutoffHelp')}
              >
                <VnNumberInput min={2} max={28} precision={0} digits={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="reportDueDays" label={t('campaigns.reportDueDays')}>
                <VnNumberInput min={0} max={60} precision={0} digits={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="remindBeforeDays" label={t('campaigns.remindBeforeDays')}>
                <VnNumberInput min={0} max={30} precision={0} digits={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="remindAfterDays" label={t('campaigns.remindAfterDays')}>
                <VnNumberInput min={0} max={30} precision={0} digits={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="dossierCheckDays"
            label={t('campaigns.dossierCheckDays')}
            extra={t('campaigns.dossierCheckHelp')}
          >
            <VnNumberInput min={1} max={60} precision={0} digits={0} style={{ width: 160 }} />
          </Form.Item>
        </SectionEditModal>
      );
    }
    case 'legal':
      return (
        <SectionEditModal
          {...common}
          width={860}
          title={t('campaigns.secLegal')}
          initialValues={{ legalBases: c.legalBases }}
          toPatch={(v: { legalBases?: string[] }) => ({ legalBases: nonEmpty(v.legalBases) })}
        >
          <StringListField
            name="legalBases"
            rows={4}
            max={1000}
            addLabel={t('campaigns.addLegalBasis')}
            itemLabel={(n) => t('campaigns.legalBasisN', { n })}
          />
        </SectionEditModal>
      );
    case 'recipients':
      return (
        <SectionEditModal
          {...common}
          title={t('campaigns.recipients')}
          initialValues={{ recipients: c.recipients }}
          toPatch={(v: { recipients?: string[] }) => ({ recipients: nonEmpty(v.recipients) })}
        >
          <StringListField
            name="recipients"
            max={300}
            addLabel={t('campaigns.addRecipient')}
            itemLabel={(n) => t('campaigns.recipientN', { n })}
          />
        </SectionEditModal>
      );
    case 'purpose':
      return (
        <SectionEditModal
          {...common}
          width={900}
          title={t('campaigns.secPurpose')}
          initialValues={{ purpose: c.purpose, requirements: c.requirements }}
          toPatch={(v: { purpose?: string; requirements?: string }) => ({
            purpose: v.purpose ?? '',
            requirements: v.requirements ?? '',
          })}
        >
          <Form.Item name="purpose" label={t('campaigns.purpose')}>
            <Input.TextArea {...LONG} />
          </Form.Item>
          <Form.Item name="requirements" label={t('campaigns.requirements')}>
            <Input.TextArea {...LONG} />
          </Form.Item>
        </SectionEditModal>
      );
    case 'content':
      return (
        <SectionEditModal
          {...common}
          width={900}
          title={t('campaigns.secContent')}
          initialValues={{ content: c.content, generalGoal: c.generalGoal }}
          toPatch={(v: { content?: string; generalGoal?: string }) => ({
            content: v.content ?? '',
            generalGoal: v.generalGoal ?? '',
          })}
        >
          <Form.Item name="content" label={t('campaigns.content')}>
            <Input.TextArea {...LONG} />
          </Form.Item>
          <Form.Item name="generalGoal" label={t('campaigns.generalGoal')}>
            <Input.TextArea {...LONG} />
          </Form.Item>
        </SectionEditModal>
      );
    case 'rewards':
    case 'organisation': {
      const field = section === 'rewards' ? 'rewardsText' : 'organisationText';
      return (
        <SectionEditModal
          {...common}
          width={900}
          title={t(`campaigns.${field}`)}
          initialValues={{ [field]: c[field] }}
          toPatch={(v: Record<string, string | undefined>) => ({ [field]: v[field] ?? '' })}
        >
          <Form.Item name={field} label={t(`campaigns.${field}`)}>
            <Input.TextArea {...LONG} />
          </Form.Item>
        </SectionEditModal>
      );
    }
    case 'signer':
      return (
        <SectionEditModal
          {...common}
          width={560}
          title={t('campaigns.secSigner')}
          initialValues={c.signer ?? { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: '' }}
          toPatch={(v: { authority?: string; title?: string; name?: string }) => ({
            signer: v.name?.trim()
              ? { authority: v.authority?.trim() ?? '', title: v.title?.trim() ?? '', name: v.name.trim() }
              : null,
          })}
        >
          <Form.Item
            name="authority"
            label={t('campaigns.signerAuthority')}
            extra={t('campaigns.signerAuthorityHelp')}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="title" label={t('campaigns.signerTitle')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="name" label={t('campaigns.signerName')}>
            <Input maxLength={100} />
          </Form.Item>
        </SectionEditModal>
      );
  }
}
