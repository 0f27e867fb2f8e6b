import type { OrgUnit } from '@thidua/shared';
import { Empty, Tree, type TreeDataNode } from 'antd';
import { type ComponentRef, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { buildTree, type UnitNode } from '../lib/tree.ts';
import { KindTag } from './KindTag.tsx';

export interface OrgTreeProps {
  units: OrgUnit[];
  selectedId: number | null;
  expandedKeys: string[];
  onExpand: (keys: string[]) => void;
  onSelect: (id: number) => void;
}

/** The unit tree: name, kind tag; inactive units greyed and struck through. Virtualised for large trees. */
export function OrgTree({ units, selectedId, expandedKeys, onExpand, onSelect }: OrgTreeProps) {
  const { t } = useTranslation();
  const treeRef = useRef<ComponentRef<typeof Tree>>(null);
  // Bring the selected unit into view (after a search pick, a create or a move it may be far down).
  useEffect(() => {
    if (selectedId === null) return;
    const id = window.setTimeout(
      () => treeRef.current?.scrollTo({ key: String(selectedId), align: 'auto' }),
      50,
    );
    return () => window.clearTimeout(id);
  }, [selectedId]);
  const treeData = useMemo(() => {
    const toNode = (n: UnitNode): TreeDataNode => ({
      key: String(n.unit.id),
      title: (
        <span className="unit-node">
          <span className={n.unit.isActive ? undefined : 'unit-inactive'}>{n.unit.name}</span>{' '}
          <KindTag kind={n.unit.kind} />
          {!n.unit.isActive && <span className="unit-inactive-label"> ({t('common.inactive')})</span>}
        </span>
      ),
      children: n.children.map(toNode),
    });
    return buildTree(units).map(toNode);
  }, [units, t]);

  if (units.length === 0) return <Empty description={t('org.noUnits')} />;
  return (
    <Tree
      ref={treeRef}
      treeData={treeData}
      blockNode
      showLine
      height={620}
      selectedKeys={selectedId === null ? [] : [String(selectedId)]}
      expandedKeys={expandedKeys}
      onExpand={(keys) => onExpand(keys.map(String))}
      onSelect={(keys) => {
        const key = keys[0];
        if (key !== undefined) onSelect(Number(key));
      }}
    />
  );
}
