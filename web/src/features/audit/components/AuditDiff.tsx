import {
  formatDateTime,
  ORG_UNIT_KIND_LABELS,
  type OrgUnitKind,
  ROLE_LABELS,
  type Role,
} from '@thidua/shared';
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Lang, useLang } from '../../../app/i18n.ts';
import { fieldLabel } from '../lib/labels.ts';

/** Names for unit ids met in the trail (parentId, unitId, path), when the unit is visible. */
export type UnitNamer = (id: number) => string | undefined;

interface Row {
  field: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function asRecord(v: unknown): Record<string, unknown> | null {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

/** Fields of before/after side by side; for an update only the fields that changed. */
export function diffRows(before: unknown, after: unknown): Row[] {
  const b = asRecord(before);
  const a = asRecord(after);
  if (!b && !a) return [];
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  const rows = keys.map((field) => {
    const bv = b?.[field];
    const av = a?.[field];
    return { field, before: bv, after: av, changed: JSON.stringify(bv) !== JSON.stringify(av) };
  });
  return b && a ? rows.filter((r) => r.changed) : rows;
}

function formatValue(field: string, v: unknown, lang: Lang, yesNo: [string, string], unitName: UnitNamer) {
  if (v === undefined || v === null || v === '') return <Typography.Text type="secondary">—</Typography.Text>;
  if (typeof v === 'boolean') return v ? yesNo[0] : yesNo[1];
  if (field === 'kind' && typeof v === 'string') return ORG_UNIT_KIND_LABELS[v as OrgUnitKind]?.[lang] ?? v;
  if (field === 'role' && typeof v === 'string') return ROLE_LABELS[v as Role]?.[lang] ?? v;
  if ((field === 'parentId' || field === 'unitId' || field.endsWith('ParentId')) && typeof v === 'number') {
    const name = unitName(v);
    return name ? `${name} (#${v})` : `#${v}`;
  }
  if (field === 'path' && typeof v === 'string') {
    const names = v
      .split('/')
      .filter(Boolean)
      .map((id) => unitName(Number(id)) ?? `#${id}`);
    return names.join(' › ');
  }
  if (typeof v === 'string' && ISO.test(v)) return formatDateTime(v);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v.join(', ') || '—';
  if (typeof v === 'object')
    return <code style={{ whiteSpace: 'pre-wrap' }}>{JSON.stringify(v, null, 1)}</code>;
  return String(v);
}

/** The readable diff of one audit entry: field, before, after. */
export function AuditDiff({
  before,
  after,
  unitName,
}: {
  before: unknown;
  after: unknown;
  unitName: UnitNamer;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const rows = diffRows(before, after);
  if (rows.length === 0) return <Typography.Text type="secondary">{t('audit.noChanges')}</Typography.Text>;
  const yesNo: [string, string] = [t('common.yes'), t('common.no')];
  return (
    <Table<Row>
      size="small"
      rowKey="field"
      pagination={false}
      dataSource={rows}
      bordered
      tableLayout="fixed"
      style={{ maxWidth: 1000 }}
      rowClassName={(r) => (r.changed && asRecord(before) && asRecord(after) ? 'audit-diff-changed' : '')}
      columns={[
        { key: 'field', title: t('audit.field'), width: 220, render: (_, r) => fieldLabel(r.field, lang) },
        {
          key: 'before',
          title: t('audit.before'),
          render: (_, r) => formatValue(r.field, r.before, lang, yesNo, unitName),
        },
        {
          key: 'after',
          title: t('audit.after'),
          render: (_, r) => formatValue(r.field, r.after, lang, yesNo, unitName),
        },
      ]}
    />
  );
}
