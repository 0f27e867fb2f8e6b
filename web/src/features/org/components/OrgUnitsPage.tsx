import { SearchOutlined } from '@ant-design/icons';
import type { OrgUnit } from '@thidua/shared';
import { App, Card, Col, Empty, Flex, Input, Row, Skeleton, Switch } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../app/components/PageHeader.tsx';
import { QueryError } from '../../../app/components/QueryError.tsx';
import { errorMessage } from '../../../lib/form-errors.ts';
import { useDebounced } from '../../../lib/use-debounced.ts';
import { usePermissions } from '../../auth/hooks/usePermissions.ts';
import { useOrgUnitMutations, useOrgUnits } from '../hooks/useOrgUnits.ts';
import { ancestorKeys, indexUnits } from '../lib/tree.ts';
import { MoveUnitModal } from './MoveUnitModal.tsx';
import { OrgSearchResults } from './OrgSearchResults.tsx';
import { OrgTree } from './OrgTree.tsx';
import { StatusChangeModal } from './StatusChangeModal.tsx';
import { type UnitAction, UnitDetail } from './UnitDetail.tsx';
import { UnitFormModal, type UnitFormMode } from './UnitFormModal.tsx';

type Dialog = UnitFormMode | { mode: 'move'; unit: OrgUnit } | { mode: 'status'; unit: OrgUnit } | null;

/** /don-vi: the unit tree with accent-insensitive search and a detail panel with the unit actions. */
export default function OrgUnitsPage() {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const perms = usePermissions();
  const [showInactive, setShowInactive] = useState(false);
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [expanded, setExpanded] = useState<string[] | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const { remove } = useOrgUnitMutations();

  const all = useOrgUnits({ includeInactive: showInactive });
  const found = useOrgUnits({ q, includeInactive: showInactive }, q.length > 0);
  const units = all.data ?? [];
  const index = useMemo(() => indexUnits(units), [units]);
  const selected = selectedId === null ? undefined : index.get(selectedId);
  // Dialogs work on the freshest copy, so a retry after "changed by someone else" carries the new version.
  const fresh = (u: OrgUnit) => index.get(u.id) ?? u;
  const childCount = useMemo(
    () => (selected ? units.filter((u) => u.parentId === selected.id).length : 0),
    [units, selected],
  );

  // Open the first two levels once the tree arrives.
  useEffect(() => {
    if (expanded !== null || units.length === 0) return;
    const top = Math.min(...units.map((u) => u.depth));
    setExpanded(units.filter((u) => u.depth <= top + 1).map((u) => String(u.id)));
  }, [units, expanded]);

  const reveal = (unit: OrgUnit) => {
    setSelectedId(unit.id);
    setExpanded((prev) => [...new Set([...(prev ?? []), ...ancestorKeys(unit)])]);
  };

  const onAction = (action: UnitAction) => {
    if (!selected) return;
    if (action === 'addChild') setDialog({ mode: 'create', parent: selected });
    else if (action === 'edit') setDialog({ mode: 'edit', unit: selected });
    else if (action === 'move') setDialog({ mode: 'move', unit: selected });
    else if (action === 'deactivate' || action === 'reactivate')
      setDialog({ mode: 'status', unit: selected });
    else
      modal.confirm({
        title: t('org.deleteTitle', { name: selected.name }),
        content: t('org.deleteContent'),
        okText: t('common.delete'),
        okButtonProps: { danger: true },
        cancelText: t('common.cancel'),
        onOk: () =>
          remove.mutateAsync(selected).then(
            () => {
              void message.success(t('org.deleted'));
              setSelectedId(selected.parentId);
            },
            (e: unknown) => {
              void message.error(errorMessage(e, { details: true }), 8);
            },
          ),
      });
  };

  if (all.isError) return <QueryError error={all.error} onRetry={() => void all.refetch()} />;

  return (
    <>
      <PageHeader title={t('org.title')} subtitle={t('org.subtitle')} />
      <Row gutter={[16, 16]} align="top">
        <Col xs={24} lg={11} xl={10}>
          <Card title={t('org.treeTitle')} styles={{ body: { paddingTop: 16 } }}>
            <Flex vertical gap={12} style={{ marginBottom: 12 }}>
              <Input
                allowClear
                size="large"
                prefix={<SearchOutlined />}
                aria-label={t('org.searchLabel')}
                placeholder={t('org.searchPlaceholder')}
                value={search}
                onChange={(e) => setSearch(e.target.value)}
              />
              <Flex align="center" gap={8}>
                <Switch
                  id="org-show-inactive"
                  size="small"
                  checked={showInactive}
                  onChange={setShowInactive}
                />
                <label htmlFor="org-show-inactive" style={{ cursor: 'pointer' }}>
                  {t('org.showInactive')}
                </label>
              </Flex>
            </Flex>
            {all.isPending ? (
              <Skeleton active paragraph={{ rows: 8 }} />
            ) : q ? (
              found.isError ? (
                <QueryError error={found.error} onRetry={() => void found.refetch()} />
              ) : (
                <OrgSearchResults
                  results={found.data ?? []}
                  index={index}
                  loading={found.isFetching}
                  selectedId={selectedId}
                  onSelect={reveal}
                />
              )
            ) : (
              <OrgTree
                units={units}
                selectedId={selectedId}
                expandedKeys={expanded ?? []}
                onExpand={setExpanded}
                onSelect={setSelectedId}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={13} xl={14}>
          {selected ? (
            <UnitDetail
              unit={selected}
              index={index}
              childCount={childCount}
              canEdit={perms.canEditUnit(selected)}
              onAction={onAction}
            />
          ) : (
            <Card>
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('org.selectHint')} />
            </Card>
          )}
        </Col>
      </Row>
      {(dialog?.mode === 'create' || dialog?.mode === 'edit') && (
        <UnitFormModal
          target={dialog.mode === 'edit' ? { mode: 'edit', unit: fresh(dialog.unit) } : dialog}
          nextSortOrder={
            dialog.mode === 'create'
              ? Math.max(
                  0,
                  ...units.filter((u) => u.parentId === dialog.parent.id).map((u) => u.sortOrder + 1),
                )
              : undefined
          }
          onClose={() => setDialog(null)}
          onSaved={(unit) => {
            setDialog(null);
            reveal(unit);
          }}
        />
      )}
      {dialog?.mode === 'move' && (
        <MoveUnitModal
          unit={fresh(dialog.unit)}
          parentName={dialog.unit.parentId === null ? undefined : index.get(dialog.unit.parentId)?.name}
          onClose={() => setDialog(null)}
          onMoved={(unit) => {
            setDialog(null);
            reveal(unit);
          }}
        />
      )}
      {dialog?.mode === 'status' && (
        <StatusChangeModal
          unit={fresh(dialog.unit)}
          onClose={() => setDialog(null)}
          onDone={(unit) => {
            setDialog(null);
            if (!unit.isActive) setShowInactive(true);
            reveal(unit);
          }}
        />
      )}
    </>
  );
}
