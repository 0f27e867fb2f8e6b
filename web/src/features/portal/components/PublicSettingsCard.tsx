import type { PublicSettings, Role } from '@thidua/shared';
import { Alert, App, Button, Card, Checkbox, Flex, Input, Skeleton, Switch, Typography } from 'antd';
import { useEffect, useId, useMemo, useState } from 'react';
import { isApiError } from '../../../lib/api.ts';
import { errorMessage } from '../../../lib/form-errors.ts';
import { useMe } from '../../auth/hooks/useMe.ts';
import { usePublicSettings, useSavePublicSettings } from '../hooks/usePublicSettings.ts';
import { fmtUpdated } from '../lib/format.ts';
import { usePortalT } from '../lib/i18n.ts';

/** Who reads the settings on the server: these roles over the issuing unit (office and admin also edit). */
const READERS: readonly Role[] = ['admin', 'office', 'chair', 'council', 'viewer'];

/**
 * "Công khai trên cổng thông tin", on the campaign page: whether the campaign is public, which indicators, and
 * the office screen's title; links to the public page and the office screen. Not shown to someone without a
 * reading role over the issuing unit, nor when the server refuses (403). Saved with the version read; when
 * someone saved in between, the newer settings are loaded.
 */
export function PublicSettingsCard({
  campaignId,
  issuingUnitId,
  issuingUnitPath,
}: {
  campaignId: number;
  issuingUnitId: number;
  issuingUnitPath: string;
}) {
  const { t } = usePortalT();
  const me = useMe().data;
  const ancestors = issuingUnitPath.split('/');
  const mayRead = (me?.assignments ?? []).some(
    (a) => READERS.includes(a.role) && (a.unitId === issuingUnitId || ancestors.includes(String(a.unitId))),
  );
  const query = usePublicSettings(campaignId, mayRead);
  if (!mayRead) return null;
  if (isApiError(query.error) && (query.error.status === 403 || query.error.status === 404)) return null;
  return (
    <Card title={t('settings.title')} style={{ marginTop: 16 }} data-testid="public-settings">
      {query.isError ? (
        <Alert
          type="error"
          showIcon
          title={t('settings.loadFailed')}
          description={errorMessage(query.error)}
          action={<Button onClick={() => void query.refetch()}>{t('retry')}</Button>}
        />
      ) : !query.data ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : (
        <SettingsForm settings={query.data} />
      )}
    </Card>
  );
}

function SettingsForm({ settings: s }: { settings: PublicSettings }) {
  const { t } = usePortalT();
  const { message } = App.useApp();
  const save = useSavePublicSettings(s.campaignId);
  const [isPublic, setIsPublic] = useState(s.isPublic);
  const [picked, setPicked] = useState<number[]>(s.indicatorIds);
  const [screenTitle, setScreenTitle] = useState(s.screenTitle);
  const [banner, setBanner] = useState<{ type: 'error' | 'warning'; text: string } | null>(null);
  const ids = useId();
  const editable = s.canEdit;

  // A newer version (after a save, or reloaded after a conflict) replaces what the form shows.
  useEffect(() => {
    setIsPublic(s.isPublic);
    setPicked(s.indicatorIds);
    setScreenTitle(s.screenTitle);
  }, [s]);

  const depth = useMemo(() => {
    const parent = new Map(s.indicators.map((i) => [i.id, i.parentId]));
    const d = new Map<number, number>();
    for (const i of s.indicators) {
      let n = 0;
      let p = i.parentId;
      while (p !== null && p !== undefined && n < 10) {
        n += 1;
        p = parent.get(p) ?? null;
      }
      d.set(i.id, n);
    }
    return d;
  }, [s.indicators]);

  const pickedSet = new Set(picked);
  const toggle = (id: number, on: boolean) =>
    setPicked((cur) => (on ? [...cur.filter((x) => x !== id), id] : cur.filter((x) => x !== id)));
  const submit = () => {
    setBanner(null);
    // Keep the campaign's order, so the public page lists them the same way.
    const indicatorIds = s.indicators.filter((i) => pickedSet.has(i.id)).map((i) => i.id);
    save.mutate(
      { isPublic, indicatorIds, screenTitle: screenTitle.trim(), version: s.version },
      {
        onSuccess: () => void message.success(t('settings.saved')),
        onError: (e) =>
          setBanner(
            isApiError(e, 'CONFLICT_STALE')
              ? { type: 'warning', text: t('settings.conflict') }
              : { type: 'error', text: errorMessage(e, { details: true }) },
          ),
      },
    );
  };

  const listed = s.campaignStatus === 'launched' || s.campaignStatus === 'closed';
  const publicUrl = `/cong-khai/dot-thi-dua/${s.campaignId}`;
  const screenUrl = `/cong-khai/man-hinh/${s.campaignId}`;
  return (
    <Flex vertical gap={14}>
      <Typography.Paragraph style={{ margin: 0 }}>{t('settings.intro')}</Typography.Paragraph>
      <Alert
        type={listed ? 'info' : 'warning'}
        showIcon
        title={listed ? t('settings.statusNote') : t('settings.draftWarning')}
      />
      {!editable && <Alert type="info" showIcon title={t('settings.readOnly')} />}
      {banner && (
        <Alert
          type={banner.type}
          showIcon
          closable
          onClose={() => setBanner(null)}
          title={banner.text}
          data-testid="public-settings-banner"
        />
      )}
      <Flex align="center" gap={10}>
        <Switch
          id={`${ids}-public`}
          checked={isPublic}
          onChange={setIsPublic}
          disabled={!editable}
          aria-describedby={`${ids}-public-state`}
        />
        <label
          htmlFor={`${ids}-public`}
          style={{ fontWeight: 600, cursor: editable ? 'pointer' : undefined }}
        >
          {t('settings.isPublic')}
        </label>
        <Typography.Text type="secondary" id={`${ids}-public-state`}>
          ({isPublic ? t('settings.isPublicOn') : t('settings.isPublicOff')})
        </Typography.Text>
      </Flex>

      <fieldset style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
        <legend
          style={{ fontWeight: 600, fontSize: 14, border: 0, margin: '0 0 6px', padding: 0, float: 'left' }}
        >
          {t('settings.indicators', { selected: picked.length, total: s.indicators.length })}
        </legend>
        <Flex justify="flex-end" align="center" gap={8} wrap style={{ marginBottom: 6 }}>
          {editable && s.indicators.length > 0 && (
            <Flex gap={8}>
              <Button size="small" onClick={() => setPicked(s.indicators.map((i) => i.id))}>
                {t('settings.selectAll')}
              </Button>
              <Button size="small" onClick={() => setPicked([])}>
                {t('settings.selectNone')}
              </Button>
            </Flex>
          )}
        </Flex>
        <div style={{ clear: 'both' }} />
        {s.indicators.length === 0 ? (
          <Typography.Text type="secondary">{t('settings.noIndicators')}</Typography.Text>
        ) : (
          <div
            style={{
              maxHeight: 340,
              overflowY: 'auto',
              border: '1px solid #d9d9d9',
              borderRadius: 6,
              padding: '6px 10px',
            }}
          >
            {s.indicators.map((i) => (
              <div key={i.id} style={{ padding: '3px 0' }}>
                <Checkbox
                  checked={pickedSet.has(i.id)}
                  disabled={!editable}
                  onChange={(e) => toggle(i.id, e.target.checked)}
                  style={{ marginLeft: (depth.get(i.id) ?? 0) * 22 }}
                  data-testid="public-indicator-option"
                >
                  <strong>{i.code}</strong> · {i.name}
                </Checkbox>
              </div>
            ))}
          </div>
        )}
        {picked.length === 0 && s.indicators.length > 0 && (
          <Typography.Text type="secondary" style={{ display: 'block', marginTop: 6 }}>
            {t('settings.noneSelected')}
          </Typography.Text>
        )}
      </fieldset>

      <div>
        <label htmlFor={`${ids}-title`} style={{ fontWeight: 600, display: 'block', marginBottom: 4 }}>
          {t('settings.screenTitle')}
        </label>
        <Input
          id={`${ids}-title`}
          value={screenTitle}
          onChange={(e) => setScreenTitle(e.target.value)}
          maxLength={300}
          disabled={!editable}
          placeholder={t('settings.screenTitlePlaceholder')}
          aria-describedby={`${ids}-title-help`}
        />
        <Typography.Text type="secondary" id={`${ids}-title-help`} style={{ fontSize: 13 }}>
          {t('settings.screenTitleHelp')}
        </Typography.Text>
      </div>

      <Flex justify="space-between" align="center" gap={12} wrap>
        <Flex gap={16} wrap>
          <a href={publicUrl} target="_blank" rel="noopener" data-testid="open-public">
            {t('settings.openPublic')} <span style={{ fontSize: 12 }}>{t('settings.newTab')}</span>
          </a>
          <a href={screenUrl} target="_blank" rel="noopener" data-testid="open-screen">
            {t('settings.openScreen')} <span style={{ fontSize: 12 }}>{t('settings.newTab')}</span>
          </a>
        </Flex>
        <Flex align="center" gap={12} wrap>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {s.updatedAt
              ? t('settings.lastSaved', { by: s.updatedBy ?? '—', time: fmtUpdated(s.updatedAt) })
              : t('settings.neverSaved')}
          </Typography.Text>
          {editable && (
            <Button type="primary" onClick={submit} loading={save.isPending}>
              {t('settings.save')}
            </Button>
          )}
        </Flex>
      </Flex>
    </Flex>
  );
}
