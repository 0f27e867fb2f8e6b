import type { OrgUnit, Role } from '@thidua/shared';
import { useMemo } from 'react';
import { useMe } from './useMe.ts';

const ORG_EDITORS: Role[] = ['admin', 'office'];

/**
 * What the signed-in user may do, derived from their role assignments. The server decides for real;
 * this only hides or disables actions that would be refused.
 */
export function usePermissions() {
  const { data: me } = useMe();
  return useMemo(() => {
    const assignments = me?.assignments ?? [];
    const roles = new Set<Role>(assignments.map((a) => a.role));
    const has = (...rs: Role[]) => rs.some((r) => roles.has(r));
    /** True when one of `rs` is assigned at this unit or one of its ancestors. */
    const hasAt = (unit: Pick<OrgUnit, 'id' | 'path'>, rs: Role[]) =>
      assignments.some(
        (a) =>
          rs.includes(a.role) && (a.unitId === unit.id || unit.path.split('/').includes(String(a.unitId))),
      );
    return {
      roles,
      isAdmin: has('admin'),
      canEditOrg: has(...ORG_EDITORS),
      canEditUnit: (unit: Pick<OrgUnit, 'id' | 'path'>) => hasAt(unit, ORG_EDITORS),
      canReadUsers: has('admin', 'office'),
      canManageUsers: has('admin'),
      canReadAudit: has('admin', 'office'),
    };
  }, [me]);
}
