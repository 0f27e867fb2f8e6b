import type { OrgUnitKind } from '@thidua/shared';
import { Tag } from 'antd';
import { useLabels } from '../../../lib/labels.ts';

const COLORS: Record<OrgUnitKind, string> = {
  city: 'magenta',
  ward: 'red',
  department: 'blue',
  public_service_unit: 'cyan',
  school: 'gold',
  health_station: 'green',
  residential_group: 'purple',
  enterprise: 'orange',
  mass_organisation: 'geekblue',
};

/** A coloured tag naming the kind of unit. */
export function KindTag({ kind }: { kind: OrgUnitKind }) {
  const { kind: label } = useLabels();
  return (
    <Tag color={COLORS[kind]} style={{ marginInlineEnd: 0 }}>
      {label(kind)}
    </Tag>
  );
}
