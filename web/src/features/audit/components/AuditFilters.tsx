import { ClearOutlined } from '@ant-design/icons';
import { matchesSearch } from '@thidua/shared';
import { Button, DatePicker, Flex, Form, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../app/i18n.ts';
import { useUsers } from '../../users/hooks/useUsers.ts';
import type { AuditFilter } from '../api.ts';
import { ACTION_LABELS, actionLabel, ENTITY_LABELS, entityLabel } from '../lib/labels.ts';

const DATE_FORMAT = 'DD/MM/YYYY';
const filterOption = (input: string, option?: { label?: unknown }) =>
  matchesSearch(String(option?.label ?? ''), input);

/** Filter bar: object, action, who, period (DD/MM/YYYY), record id. */
export function AuditFilters({
  value,
  onChange,
  canListUsers,
}: {
  value: AuditFilter;
  onChange: (f: AuditFilter) => void;
  canListUsers: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const users = useUsers({}, canListUsers);
  const set = (patch: Partial<AuditFilter>) => onChange({ ...value, ...patch });
  const range: [dayjs.Dayjs, dayjs.Dayjs] | null =
    value.from && value.to ? [dayjs(value.from), dayjs(value.to)] : null;
  const hasAny = Object.values(value).some((v) => v !== undefined && v !== '');

  return (
    <Form layout="vertical" component="div">
      <Flex gap={12} wrap align="flex-end">
        <Form.Item label={t('audit.entity')} htmlFor="audit-entity" style={{ marginBottom: 0, width: 150 }}>
          <Select
            id="audit-entity"
            allowClear
            value={value.entity}
            onChange={(v?: string) => set({ entity: v })}
            options={Object.keys(ENTITY_LABELS).map((k) => ({ value: k, label: entityLabel(k, lang) }))}
          />
        </Form.Item>
        <Form.Item label={t('audit.action')} htmlFor="audit-action" style={{ marginBottom: 0, width: 200 }}>
          <Select
            id="audit-action"
            allowClear
            showSearch={{ filterOption }}
            value={value.action}
            onChange={(v?: string) => set({ action: v })}
            options={Object.keys(ACTION_LABELS).map((k) => ({ value: k, label: actionLabel(k, lang) }))}
          />
        </Form.Item>
        <Form.Item label={t('audit.actor')} htmlFor="audit-actor" style={{ marginBottom: 0, width: 210 }}>
          <Select
            id="audit-actor"
            allowClear
            showSearch={{ filterOption }}
            loading={users.isLoading}
            value={value.actorId}
            onChange={(v?: number) => set({ actorId: v })}
            options={(users.data ?? []).map((u) => ({ value: u.id, label: `${u.fullName} (${u.username})` }))}
          />
        </Form.Item>
        <Form.Item label={t('audit.dateRange')} htmlFor="audit-range" style={{ marginBottom: 0 }}>
          <DatePicker.RangePicker
            id={{ start: 'audit-range' }}
            format={DATE_FORMAT}
            placeholder={[t('audit.from'), t('audit.to')]}
            style={{ width: 250 }}
            value={range}
            allowEmpty={[true, true]}
            onChange={(dates) =>
              set({
                from: dates?.[0] ? dates[0].format('YYYY-MM-DD') : undefined,
                to: dates?.[1] ? dates[1].format('YYYY-MM-DD') : undefined,
              })
            }
          />
        </Form.Item>
        <Form.Item
          label={t('audit.entityId')}
          htmlFor="audit-entity-id"
          style={{ marginBottom: 0, width: 110 }}
        >
          <Input
            id="audit-entity-id"
            allowClear
            value={value.entityId}
            onChange={(e) => set({ entityId: e.target.value.trim() || undefined })}
          />
        </Form.Item>
        <Button icon={<ClearOutlined />} disabled={!hasAny} onClick={() => onChange({})}>
          {t('audit.resetFilters')}
        </Button>
      </Flex>
    </Form>
  );
}
