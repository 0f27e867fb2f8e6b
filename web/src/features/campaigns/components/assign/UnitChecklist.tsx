import { ORG_UNIT_KINDS, type OrgUnitKind } from '@thidua/shared';
import { Button, Flex, Tree, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../../../lib/labels.ts';
import { useOrgUnits } from '../../../org/hooks/useOrgUnits.ts';
import { buildTree, isInSubtree, type UnitNode } from '../../../org/lib/tree.ts';

interface TreeItem {
  key: number;
  title: string;
  children: TreeItem[];
}

/**
 * The issuing unit and everything under it, each with a checkbox (clicking a name ticks it too), plus one button
 * per kind of unit to tick them all at once ("Tổ dân phố (25)").
 */
export function UnitChecklist({
  rootId,
  checked,
  onChange,
  assignedOfSelected,
}: {
  rootId: number;
  checked: number[];
  onChange: (ids: number[]) => void;
  /** Units already given the ticked indicators (to pick them for "Bỏ giao"). */
  assignedOfSelected: number[];
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { data: all = [] } = useOrgUnits();
  const units = useMemo(() => all.filter((u) => isInSubtree(u, rootId)), [all, rootId]);
  const treeData = useMemo(() => {
    const toItem = (n: UnitNode): TreeItem => ({
      key: n.unit.id,
      title: n.unit.name,
      children: n.children.map(toItem),
    });
    return buildTree(units).map(toItem);
  }, [units]);
  const byKind = useMemo(() => {
    const m = new Map<OrgUnitKind, number[]>();
    for (const u of units) if (u.id !== rootId) m.set(u.kind, [...(m.get(u.kind) ?? []), u.id]);
    return ORG_UNIT_KINDS.filter((k) => m.has(k)).map((k) => ({ kind: k, ids: m.get(k) ?? [] }));
  }, [units, rootId]);
  const set = new Set(checked);

  const toggleKind = (ids: number[]) => {
    const allIn = ids.every((id) => set.has(id));
    onChange(allIn ? checked.filter((id) => !ids.includes(id)) : [...new Set([...checked, ...ids])]);
  };

  return (
    <Flex vertical gap={12}>
      <div>
        <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 6 }}>
          {t('assign.quickPick')}
        </Typography.Text>
        <Flex gap={6} wrap>
          {byKind.map(({ kind, ids }) => {
            const allIn = ids.every((id) => set.has(id));
            return (
              <Button
                key={kind}
                size="small"
                type={allIn ? 'primary' : 'default'}
                ghost={allIn}
                aria-pressed={allIn}
                onClick={() => toggleKind(ids)}
              >
                {t('assign.allOfKind', { kind: labels.kind(kind), count: ids.length })}
              </Button>
            );
          })}
          {assignedOfSelected.length > 0 && (
            <Button size="small" type="link" onClick={() => onChange(assignedOfSelected)}>
              {t('assign.pickAssigned')}
            </Button>
          )}
          <Button size="small" type="link" disabled={checked.length === 0} onClick={() => onChange([])}>
            {t('assign.clearUnits')}
          </Button>
        </Flex>
      </div>
      <div
        style={{ maxHeight: 470, overflow: 'auto', border: '1px solid #f0f0f0', borderRadius: 6, padding: 6 }}
      >
        {/* Mounted once the units are known, so every branch starts open. */}
        {treeData.length > 0 && (
          <Tree<TreeItem>
            checkable
            checkStrictly
            selectable={false}
            defaultExpandAll
            treeData={treeData}
            checkedKeys={{ checked, halfChecked: [] }}
            onCheck={(keys) => {
              const list = Array.isArray(keys) ? keys : keys.checked;
              onChange(list.map(Number));
            }}
          />
        )}
      </div>
    </Flex>
  );
}
