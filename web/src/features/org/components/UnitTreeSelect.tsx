import { matchesSearch, type OrgUnit } from '@thidua/shared';
import { TreeSelect } from 'antd';
import { type CSSProperties, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrgUnits } from '../hooks/useOrgUnits.ts';
import { buildTree, type UnitNode } from '../lib/tree.ts';

interface TreeOption {
  value: number;
  title: string;
  disabled?: boolean;
  children: TreeOption[];
}

export interface UnitTreeSelectProps {
  id?: string;
  value?: number | null;
  onChange?: (value: number | undefined) => void;
  /** Units that may not be chosen (shown greyed). */
  isDisabled?: (unit: OrgUnit) => boolean;
  includeInactive?: boolean;
  allowClear?: boolean;
  placeholder?: string;
  style?: CSSProperties;
  'aria-label'?: string;
}

/** Pick one unit from the tree; typing searches names without caring about accents ("dong hai"). */
export function UnitTreeSelect({
  isDisabled,
  includeInactive = false,
  placeholder,
  allowClear,
  ...rest
}: UnitTreeSelectProps) {
  const { t } = useTranslation();
  const { data: units = [], isLoading } = useOrgUnits({ includeInactive });
  const treeData = useMemo(() => {
    const toOption = (n: UnitNode): TreeOption => ({
      value: n.unit.id,
      title: n.unit.isActive ? n.unit.name : `${n.unit.name} (${t('common.inactive').toLowerCase()})`,
      disabled: isDisabled?.(n.unit) ?? false,
      children: n.children.map(toOption),
    });
    return buildTree(units).map(toOption);
  }, [units, isDisabled, t]);
  const expanded = useMemo(
    () => units.filter((u) => u.depth <= (units[0]?.depth ?? 0) + 1).map((u) => u.id),
    [units],
  );

  return (
    <TreeSelect<number>
      {...rest}
      value={rest.value ?? undefined}
      treeData={treeData}
      loading={isLoading}
      placeholder={placeholder ?? t('org.pickUnit')}
      allowClear={allowClear}
      showSearch={{ filterTreeNode: (input, node) => matchesSearch(String(node.title ?? ''), input) }}
      treeDefaultExpandedKeys={expanded}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxWidth: 520 } } }}
      listHeight={360}
    />
  );
}
