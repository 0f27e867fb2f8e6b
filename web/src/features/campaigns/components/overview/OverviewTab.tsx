import { EditOutlined } from '@ant-design/icons';
import type { Campaign } from '@thidua/shared';
import { Button, Card, Col, Descriptions, Empty, Flex, Row, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CampaignAccess } from '../../hooks/types.ts';
import { documentRef, formatDay, formatIssuedOn } from '../../lib/format.ts';
import { CampaignStatusTag } from '../CampaignStatusTag.tsx';
import { Lines, LongText, Missing } from './display.tsx';
import { SectionEditor, type SectionKey } from './SectionEditor.tsx';

function Section({ title, onEdit, children }: { title: string; onEdit?: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      title={title}
      styles={{ header: { background: '#fafbfd' }, body: { padding: '14px 16px' } }}
      extra={
        onEdit && (
          <Button
            size="small"
            type="text"
            icon={<EditOutlined />}
            onClick={onEdit}
            aria-label={`${t('common.edit')}: ${title}`}
          >
            {t('common.edit')}
          </Button>
        )
      }
    >
      {children}
    </Card>
  );
}

function Sub({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div style={{ marginBottom: 12 }}>
      <Typography.Text strong style={{ display: 'block', marginBottom: 4 }}>
        {title}
      </Typography.Text>
      {children}
    </div>
  );
}

/** "Tổng quan": every part of the plan document, each editable on its own while the campaign is open. */
export function OverviewTab({ campaign: c, access }: { campaign: Campaign; access: CampaignAccess }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<SectionKey | null>(null);
  const edit = (k: SectionKey) => (access.editable ? () => setEditing(k) : undefined);
  const dash = t('common.none');

  return (
    <>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Flex vertical gap={16}>
            <Section title={t('campaigns.secLegal')} onEdit={edit('legal')}>
              <Lines items={c.legalBases} ordered />
            </Section>
            <Section title={t('campaigns.secPurpose')} onEdit={edit('purpose')}>
              <Sub title={t('campaigns.purpose')}>
                <LongText text={c.purpose} />
              </Sub>
              <Sub title={t('campaigns.requirements')}>
                <LongText text={c.requirements} />
              </Sub>
            </Section>
            <Section title={t('campaigns.secContent')} onEdit={edit('content')}>
              <Sub title={t('campaigns.content')}>
                <LongText text={c.content} />
              </Sub>
              <Sub title={t('campaigns.generalGoal')}>
                <LongText text={c.generalGoal} />
              </Sub>
            </Section>
            <Section title={t('campaigns.rewardsText')} onEdit={edit('rewards')}>
              <LongText text={c.rewardsText} />
            </Section>
            <Section title={t('campaigns.organisationText')} onEdit={edit('organisation')}>
              <LongText text={c.organisationText} />
            </Section>
          </Flex>
        </Col>
        <Col xs={24} xl={9}>
          <Flex vertical gap={16}>
            <Section title={t('campaigns.secDocument')} onEdit={edit('document')}>
              <Descriptions
                size="small"
                column={1}
                styles={{ label: { width: 130 } }}
                items={[
                  { key: 'ref', label: t('campaigns.ref'), children: documentRef(c) },
                  { key: 'unit', label: t('campaigns.issuingUnit'), children: c.issuingUnitName },
                  { key: 'place', label: t('campaigns.place'), children: c.place || dash },
                  {
                    key: 'issued',
                    label: t('campaigns.issuedOn'),
                    children: formatIssuedOn(c.issuedOn) || dash,
                  },
                  {
                    key: 'parent',
                    label: t('campaigns.parentCampaign'),
                    children:
                      c.parentCampaignId === null ? (
                        dash
                      ) : (
                        <Link to={`/dot-thi-dua/${c.parentCampaignId}`}>
                          <Typography.Paragraph
                            ellipsis={{ rows: 3, tooltip: c.parentCampaignTitle }}
                            style={{ margin: 0, color: 'inherit' }}
                          >
                            {c.parentCampaignTitle}
                          </Typography.Paragraph>
                        </Link>
                      ),
                  },
                ]}
              />
            </Section>
            <Section title={t('campaigns.secTime')} onEdit={edit('time')}>
              <Descriptions
                size="small"
                column={1}
                styles={{ label: { width: 130 } }}
                items={[
                  {
                    key: 's',
                    label: t('campaigns.startsOn'),
                    children: formatDay(c.startsOn) || <Missing />,
                  },
                  { key: 'e', label: t('campaigns.endsOn'), children: formatDay(c.endsOn) || <Missing /> },
                  {
                    key: 'd',
                    label: t('campaigns.reportDeadline'),
                    children: formatDay(c.reportDeadline) || <Missing />,
                  },
                  {
                    key: 'r',
                    label: t('campaigns.reporting'),
                    children: t('campaigns.reportingSummary', {
                      kind: t(
                        c.reportPeriodKind === 'quarter'
                          ? 'campaigns.periodQuarter'
                          : 'campaigns.periodMonth',
                      ),
                      cutoff: c.reportCutoffDay
                        ? t('campaigns.cutoffSummary', {
                            day: c.reportCutoffDay,
                            prev: c.reportCutoffDay - 1,
                          })
                        : t('campaigns.calendarMonths'),
                      due: c.reportDueDays,
                    }),
                  },
                  {
                    key: 'm',
                    label: t('campaigns.reminders'),
                    children: t('campaigns.remindersSummary', {
                      before: c.remindBeforeDays,
                      after: c.remindAfterDays,
                    }),
                  },
                  {
                    key: 'd',
                    label: t('campaigns.dossierCheckDays'),
                    children: t('campaigns.dossierCheckSummary', { days: c.dossierCheckDays }),
                  },
                ]}
              />
            </Section>
            <Section title={t('campaigns.secSigner')} onEdit={edit('signer')}>
              {c.signer?.name ? (
                <Flex vertical align="center" style={{ fontWeight: 600, textAlign: 'center' }}>
                  <span>{c.signer.authority}</span>
                  <span>{c.signer.title}</span>
                  <span style={{ marginTop: 8 }}>{c.signer.name}</span>
                </Flex>
              ) : (
                <Missing />
              )}
            </Section>
            <Section title={t('campaigns.recipients')} onEdit={edit('recipients')}>
              <Lines items={c.recipients} />
            </Section>
            <Section title={t('campaigns.subCampaigns')}>
              {c.subCampaigns.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('campaigns.noSubCampaigns')} />
              ) : (
                <Flex vertical gap={10} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                  {c.subCampaigns.map((s) => (
                    <Flex key={s.id} component="li" gap={8} justify="space-between" align="flex-start">
                      <div>
                        <Link to={`/dot-thi-dua/${s.id}`}>{s.title}</Link>
                        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                          {s.issuingUnitName}
                        </Typography.Text>
                      </div>
                      <CampaignStatusTag status={s.status} />
                    </Flex>
                  ))}
                </Flex>
              )}
            </Section>
          </Flex>
        </Col>
      </Row>
      {editing && <SectionEditor campaign={c} section={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
