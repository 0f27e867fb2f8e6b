import { ArrowLeftOutlined, CheckOutlined } from '@ant-design/icons';
import type { IndicatorValues, PlanImportResult } from '@thidua/shared';
import { Alert, App, Button, Card, Col, Flex, Row, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { usePermissions } from '../../auth/hooks/usePermissions.ts';
import { useCampaignList } from '../../campaigns/hooks/useCampaigns.ts';
import { useOrgUnits } from '../../org/hooks/useOrgUnits.ts';
import { useImportCampaign } from '../hooks/usePlanImport.ts';
import { ruleErrors, serverErrors } from '../lib/errors.ts';
import { buildModel, fieldId, type HeaderValues, highlights } from '../lib/model.ts';
import { HeaderFields } from './HeaderFields.tsx';
import { IndicatorTable } from './IndicatorTable.tsx';
import { IssueList } from './IssueList.tsx';
import { SourcePane } from './SourcePane.tsx';

/** Step 2: the text on the left, the editable draft on the right; "Tạo đợt thi đua" sends it all at once. */
export function ReviewStep({ result, onBack }: { result: PlanImportResult; onBack: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const perms = usePermissions();
  const model = useMemo(() => buildModel(result), [result]);
  const marks = useMemo(() => highlights(model.meta, result.source.text.length), [model, result]);
  const [header, setHeader] = useState<HeaderValues>(model.header);
  const [rows, setRows] = useState<IndicatorValues[]>(model.indicators);
  const [issuingUnitId, setIssuingUnitId] = useState<number | null>(null);
  const [parentCampaignId, setParentCampaignId] = useState<number | null>(null);
  const [selected, setSelected] = useState<{ key: string | null; offset: number | null }>({
    key: null,
    offset: null,
  });
  const [fromServer, setFromServer] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<string[]>([]);
  const create = useImportCampaign();

  // Defaults: the first unit the user may issue for; the campaign cited in the legal bases (e.g. 232/KH-UBND).
  const { data: units = [] } = useOrgUnits();
  const campaigns = useCampaignList({});
  const defaulted = useRef({ unit: false, parent: false });
  useEffect(() => {
    if (defaulted.current.unit) return;
    const own = units.find((u) => perms.canEditCampaignAt(u));
    if (own) {
      defaulted.current.unit = true;
      setIssuingUnitId(own.id);
    }
  }, [units, perms]);
  useEffect(() => {
    if (defaulted.current.parent || !campaigns.data) return;
    defaulted.current.parent = true;
    const bases = (header.legalBases ?? []).join('\n');
    const cited = campaigns.data.find(
      (c) =>
        c.documentNumber !== null &&
        c.documentSymbol &&
        bases.includes(`${c.documentNumber}/${c.documentSymbol}`),
    );
    if (cited) setParentCampaignId(cited.id);
  }, [campaigns.data, header.legalBases]);

  const errors = useMemo(() => ({ ...ruleErrors(rows), ...fromServer }), [rows, fromServer]);
  const clear = (keys: string[]) =>
    setFromServer((e) =>
      keys.some((k) => k in e) ? Object.fromEntries(Object.entries(e).filter(([k]) => !keys.includes(k))) : e,
    );

  const select = useCallback(
    (key: string | null, offset: number | null = null) => {
      setSelected({ key, offset: offset ?? (key ? (model.meta.get(key)?.span.start ?? null) : null) });
    },
    [model],
  );
  /** From the text (a highlight, an issue): select the field and bring its input into view. */
  const reveal = useCallback(
    (key: string | null, offset: number | null = null) => {
      select(key, offset);
      const el = key ? document.getElementById(fieldId(key)) : null;
      if (!el) return;
      // Scroll the window only (scrollIntoView would also shift the layout's clipped containers).
      const top = el.getBoundingClientRect().top + window.scrollY - window.innerHeight / 2;
      window.scrollTo({ top: Math.max(0, top) });
      el.focus({ preventScroll: true });
    },
    [select],
  );
  const onSelectKey = useCallback((key: string) => select(key), [select]);

  const changeRow = (n: number, patch: Partial<IndicatorValues>) => {
    setRows((rs) => rs.map((r, k) => (k === n ? { ...r, ...patch } : r)));
    clear(Object.keys(patch).map((f) => `indicators.${n}.${f}`));
  };
  const removeRow = (n: number) => {
    setRows((rs) => rs.filter((_, k) => k !== n));
    setFromServer({});
  };
  const changeHeader = (patch: HeaderValues) => {
    setHeader((h) => ({ ...h, ...patch }));
    clear(Object.keys(patch).map((f) => `campaign.${f}`));
  };

  const submit = () => {
    setBanner([]);
    const local = { ...errors };
    if (!issuingUnitId) local['campaign.issuingUnitId'] = t('campaigns.issuingUnitRequired');
    if (!header.title?.trim()) local['campaign.title'] = t('campaigns.titleRequired');
    const first = Object.keys(local)[0];
    if (first) {
      setFromServer((e) => ({ ...e, ...local }));
      setBanner([t('planImport.fixFirst', { count: Object.keys(local).length })]);
      reveal(first);
      return;
    }
    create.mutate(
      {
        campaign: {
          ...header,
          title: header.title ?? '',
          issuingUnitId: issuingUnitId ?? 0,
          parentCampaignId,
        },
        indicators: rows.map((r, k) => ({ ...r, sortOrder: k })),
      },
      {
        onSuccess: (c) => {
          void message.success(t('planImport.created', { count: c.indicators.length }));
          navigate(`/dot-thi-dua/${c.id}`);
        },
        onError: (e) => {
          const { fields, rest } = serverErrors(e);
          setFromServer(fields);
          setBanner(rest);
          const firstKey = Object.keys(fields)[0];
          if (firstKey) reveal(firstKey);
        },
      },
    );
  };

  return (
    <Row gutter={16} wrap={false}>
      <Col flex="0 0 34%" style={{ minWidth: 0 }}>
        <Card className="pi-sticky" size="small" title={result.source.fileName ?? t('planImport.pastedText')}>
          <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8, fontSize: 12 }}>
            <mark className="pi-mark">{t('planImport.legendRecognised')}</mark>{' '}
            <mark className="pi-mark pi-mark-flagged">{t('planImport.legendFlagged')}</mark>{' '}
            {t('planImport.legendHint')}
          </Typography.Text>
          <SourcePane
            text={result.source.text}
            marks={marks}
            selectedKey={selected.key}
            selectedOffset={selected.offset}
            onSelect={reveal}
          />
        </Card>
      </Col>
      <Col flex="1 1 66%" style={{ minWidth: 0 }}>
        <Flex vertical gap={16}>
          <IssueList issues={model.issues} indicatorCount={rows.length} onSelect={reveal} />
          <Card size="small" title={t('planImport.headerPart')}>
            <HeaderFields
              header={header}
              onChange={changeHeader}
              issuingUnitId={issuingUnitId}
              onIssuingUnit={(v) => {
                setIssuingUnitId(v);
                clear(['campaign.issuingUnitId']);
              }}
              parentCampaignId={parentCampaignId}
              onParentCampaign={setParentCampaignId}
              meta={model.meta}
              errors={errors}
              onSelect={onSelectKey}
            />
          </Card>
          <Card size="small" title={t('planImport.indicatorsTitle', { count: rows.length })}>
            <IndicatorTable
              rows={rows}
              meta={model.meta}
              errors={errors}
              selectedKey={selected.key}
              onSelect={onSelectKey}
              onChange={changeRow}
              onRemove={removeRow}
            />
          </Card>
          <Card size="small" className="pi-actions">
            {banner.length > 0 && (
              <Alert type="error" showIcon title={banner.join(' ')} style={{ marginBottom: 12 }} />
            )}
            <Flex gap={8} justify="space-between" align="center" wrap>
              <Button icon={<ArrowLeftOutlined />} onClick={onBack}>
                {t('planImport.another')}
              </Button>
              <Flex gap={8} align="center">
                <Typography.Text type="secondary">{t('planImport.createHint')}</Typography.Text>
                <Button type="primary" icon={<CheckOutlined />} loading={create.isPending} onClick={submit}>
                  {t('campaigns.create')}
                </Button>
              </Flex>
            </Flex>
          </Card>
        </Flex>
      </Col>
    </Row>
  );
}
