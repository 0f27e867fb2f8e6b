import { matchesSearch } from '@thidua/shared';
import { TreeSelect } from 'antd';
import { type CSSProperties, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrgUnits } from '../../org/hooks/useOrgUnits.ts';
import { buildTree, isInSubtree, type UnitNode } from '../../org/lib/tree.ts';

interface TreeOption {
  value: number;
  title: string;
  children: TreeOption[];
}

/** The tree below (and including) one unit, as TreeSelect options. */
export function useScopedUnitOptions(rootId: number) {
  const { data: units = [], isLoading } = useOrgUnits();
  const options = useMemo(() => {
    const toOption = (n: UnitNode): TreeOption => ({
      value: n.unit.id,
      title: n.unit.name,
      children: n.children.map(toOption),
    });
    return buildTree(units.filter((u) => isInSubtree(u, rootId))).map(toOption);
  }, [units, rootId]);
  return { options, isLoading };
}

type Props = {
  id?: string;
  rootId: number;
  placeholder?: string;
  style?: CSSProperties;
  'aria-label'?: string;
} & (
  | { multiple?: false; value?: number | null; onChange?: (v: number | null) => void }
  | { multiple: true; value?: number[]; onChange?: (v: number[]) => void }
);

/**
 * Pick units inside the campaign's issuing unit (the server refuses others): one (the unit in charge) or several
 * (the units that coordinate). Typing searches names without caring about accents.
 */
export function ScopedUnitSelect(props: Props) {
  const { t } = useTranslation();
  const { options, isLoading } = useScopedUnitOptions(props.rootId);
  const common = {
    id: props.id,
    'aria-label': props['aria-label'],
    treeData: options,
    loading: isLoading,
    placeholder: props.placeholder ?? t('org.pickUnit'),
    allowClear: true,
    treeDefaultExpandAll: true,
    showSearch: {
      filterTreeNode: (input: string, node: { title?: unknown }) =>
        matchesSearch(String(node.title ?? ''), input),
    },
    popupMatchSelectWidth: false,
    styles: { popup: { root: { maxWidth: 520 } } },
    listHeight: 320,
    style: { width: '100%', ...props.style },
  };
  if (props.multiple)
    return (
      <TreeSelect<number[]>
        {...common}
        multiple
        maxTagCount="responsive"
        value={props.value ?? []}
        onChange={(v) => props.onChange?.(v ?? [])}
      />
    );
  return (
    <TreeSelect<number>
      {...common}
      value={props.value ?? undefined}
      onChange={(v) => props.onChange?.(v ?? null)}
    />
  );
}
