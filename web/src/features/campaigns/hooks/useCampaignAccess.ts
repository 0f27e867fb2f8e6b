import type { CampaignSummary } from '@thidua/shared';
import { useMemo } from 'react';
import { usePermissions } from '../../auth/hooks/usePermissions.ts';

/** What the user may do with one campaign, judged on its issuing unit's place in the tree. */
export function useCampaignAccess(
  c: Pick<CampaignSummary, 'issuingUnitId' | 'issuingUnitPath' | 'status'> | undefined,
) {
  const perms = usePermissions();
  return useMemo(() => {
    if (!c) return { canEdit: false, canLaunch: false, canClose: false, canReopen: false, editable: false };
    const unit = { id: c.issuingUnitId, path: c.issuingUnitPath };
    const canEdit = perms.canEditCampaignAt(unit);
    return {
      canEdit,
      canLaunch: c.status === 'draft' && perms.canTransitionAt('launch', unit),
      canClose: c.status === 'launched' && perms.canTransitionAt('close', unit),
      canReopen: c.status === 'closed' && perms.canTransitionAt('reopen', unit),
      /** Editing is possible now: the right role and a campaign that is not closed. */
      editable: canEdit && c.status !== 'closed',
    };
  }, [c, perms]);
}
