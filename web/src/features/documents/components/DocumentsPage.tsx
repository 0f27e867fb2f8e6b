import { ArrowLeftOutlined, InfoCircleOutlined } from '@ant-design/icons';
import type { DocumentKind, DocumentParamName } from '@thidua/shared';
import { Alert, App, Card, Col, Empty, Flex, Grid, Row, Skeleton, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { QueryError } from '../../../app/components/QueryError.tsx';
import { NotFoundPage } from '../../../app/NotFoundPage.tsx';
import { isApiError } from '../../../lib/api.ts';
import { errorMessage } from '../../../lib/form-errors.ts';
import { useUrlParams } from '../../../lib/use-url-params.ts';
import { useDocumentCatalogue, useDocumentPreview, useSaveNarrative } from '../hooks/useDocuments.ts';
import { KIND_KEY, missingParams, pickKind, resolveParams } from '../lib/params.ts';
import { DocumentSheet } from './DocumentSheet.tsx';
import { ExportHistory } from './ExportHistory.tsx';
import { ExportPanel } from './ExportPanel.tsx';
import { KindList, KindSelect } from './KindPicker.tsx';
import type { NarrativeEditing } from './NarrativeBlock.tsx';
import { ParamPickers, paramKey } from './ParamPickers.tsx';

/**
 * /dot-thi-dua/:id/van-ban: the campaign's official documents. Pick a kind (and its period, unit, session or
 * decision), read it as it will be printed, rewrite the narrative parts (the figures come from the data), export
 * it to Word, Excel or PDF and see every export made so far.
 */
export default function DocumentsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const routeParams = useParams();
  const id = Number(routeParams.id);
  const valid = Number.isInteger(id) && id > 0;
  const [search, update] = useUrlParams();
  const catalogue = useDocumentCatalogue(valid ? id : null);
  const compact = Grid.useBreakpoint().md === false;
  const [jobs, setJobs] = useState<number[]>([]);
  const save = useSaveNarrative(valid ? id : 0);

  const cat = catalogue.data;
  const kind = cat ? pickKind(cat, search.get(KIND_KEY)) : undefined;
  const params = cat && kind ? resolveParams(cat, kind, search) : {};
  const missing = kind ? missingParams(kind, params) : [];
  const ready = Boolean(kind?.available) && missing.length === 0;
  const preview = useDocumentPreview(valid ? id : 0, kind?.kind, params, ready);
  const p = preview.data;

  if (!valid) return <NotFoundPage />;
  if (isApiError(catalogue.error, 'NOT_FOUND')) return <NotFoundPage />;

  const editing: NarrativeEditing = {
    canEdit: Boolean(p?.can.editNarrative) && !preview.isPlaceholderData,
    parts: new Map((p?.narrative ?? []).map((n) => [n.key, n])),
    saving: save.isPending,
    async save(key, label, text) {
      if (!p || !kind) return false;
      try {
        await save.mutateAsync({
          kind: kind.kind,
          body: { params, version: p.narrativeVersion, sections: { [key]: text } },
        });
        void message.success(
          t(text === null ? 'documents.narrative.restored' : 'documents.narrative.saved', { label }),
        );
        return true;
      } catch (e) {
        if (isApiError(e, 'CONFLICT_STALE')) {
          void message.warning(t('documents.narrative.stale'), 8);
          void preview.refetch();
        } else void message.error(errorMessage(e));
        return false;
      }
    },
  };

  const chooseKind = (k: DocumentKind) => update({ [KIND_KEY]: k });
  const chooseParam = (name: DocumentParamName, value: string) =>
    update({ [KIND_KEY]: kind?.kind, [name]: value });

  const header = (
    <Card style={{ marginBottom: 16 }} styles={{ body: { padding: compact ? '12px 14px' : '16px 24px' } }}>
      <Link to={`/dot-thi-dua/${id}`} style={{ display: 'inline-block', marginBottom: 8 }}>
        <ArrowLeftOutlined /> {t('documents.backToCampaign')}
      </Link>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('documents.title')}
      </Typography.Title>
      <Typography.Paragraph
        type="secondary"
        ellipsis={{ rows: 2, tooltip: cat?.campaignTitle }}
        style={{ margin: '4px 0 0' }}
      >
        {cat?.campaignTitle ?? t('documents.subtitle')}
      </Typography.Paragraph>
    </Card>
  );

  if (catalogue.isError && !cat)
    return (
      <>
        {header}
        <QueryError error={catalogue.error} onRetry={() => void catalogue.refetch()} />
      </>
    );
  if (!cat)
    return (
      <>
        {header}
        <Card>
          <Skeleton active paragraph={{ rows: 10 }} />
        </Card>
      </>
    );
  if (cat.kinds.length === 0 || !kind)
    return (
      <>
        {header}
        <Card>
          <Empty description={t('documents.noKinds')} />
        </Card>
      </>
    );

  const missingText = missing.map((n) => t(`documents.params.${paramKey(kind.kind, n)}`)).join(', ');

  let body: ReactNode;
  if (!kind.available)
    body = <Alert type="info" showIcon title={kind.unavailableReason ?? t('documents.unavailable')} />;
  else if (missing.length > 0)
    body = <Alert type="info" showIcon title={t('documents.missing', { what: missingText })} />;
  else if (preview.isError && !p)
    body =
      isApiError(preview.error) && preview.error.status === 400 ? (
        <Alert type="error" showIcon title={errorMessage(preview.error)} />
      ) : (
        <QueryError error={preview.error} onRetry={() => void preview.refetch()} />
      );
  else if (!p)
    body = (
      <Card aria-busy="true">
        <Typography.Text type="secondary">{t('documents.loading')}</Typography.Text>
        <Skeleton active paragraph={{ rows: 14 }} style={{ marginTop: 12 }} />
      </Card>
    );
  else
    body = (
      <Flex
        vertical
        gap={12}
        style={{ opacity: preview.isPlaceholderData ? 0.55 : 1, transition: 'opacity .2s' }}
      >
        {p.warnings.length > 0 && (
          <Alert
            type="warning"
            showIcon
            title={t('documents.warningsTitle')}
            description={
              <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="doc-warnings">
                {p.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            }
          />
        )}
        <Card
          title={
            <Typography.Text strong style={{ whiteSpace: 'normal' }} data-testid="doc-title">
              {p.title}
            </Typography.Text>
          }
          size={compact ? 'small' : 'default'}
          styles={{ body: { padding: compact ? 8 : 16 } }}
        >
          {p.doc && (
            <Typography.Paragraph type="secondary" style={{ fontSize: 13, marginBottom: 12 }}>
              <InfoCircleOutlined /> {p.can.editNarrative ? `${t('documents.editNote')} ` : ''}
              {t('documents.dataNote')}
            </Typography.Paragraph>
          )}
          <DocumentSheet preview={p} editing={editing} />
        </Card>
      </Flex>
    );

  return (
    <>
      {header}
      <Row gutter={[16, 16]}>
        {!compact && (
          <Col md={8} lg={7} xl={6}>
            <Card size="small" title={t('documents.kinds')} style={{ position: 'sticky', top: 16 }}>
              <KindList kinds={cat.kinds} value={kind.kind} onChange={chooseKind} />
            </Card>
          </Col>
        )}
        <Col xs={24} md={16} lg={17} xl={18} style={{ minWidth: 0 }}>
          <Flex vertical gap={16}>
            <Card styles={{ body: { padding: compact ? '12px 14px' : '16px 20px' } }}>
              <Flex vertical gap={12}>
                {compact && <KindSelect kinds={cat.kinds} value={kind.kind} onChange={chooseKind} />}
                {!compact && (
                  <div>
                    <Typography.Title level={4} style={{ margin: 0 }}>
                      {kind.label}
                    </Typography.Title>
                    <Typography.Text type="secondary">{kind.hint}</Typography.Text>
                  </div>
                )}
                {kind.available && (
                  <ParamPickers
                    catalogue={cat}
                    kind={kind}
                    params={params}
                    loading={preview.isFetching}
                    onChange={chooseParam}
                  />
                )}
                <ExportPanel
                  campaignId={id}
                  preview={ready && p && !preview.isPlaceholderData ? p : undefined}
                  jobs={jobs}
                  onJobsChange={setJobs}
                />
              </Flex>
            </Card>
            {body}
          </Flex>
        </Col>
        <Col span={24}>
          <ExportHistory campaignId={id} preview={ready ? p : undefined} compact={compact} />
        </Col>
      </Row>
    </>
  );
}
