import { Card, Skeleton } from 'antd';
import { QueryError } from '../../../app/components/QueryError.tsx';
import { usePermissions } from '../../auth/hooks/usePermissions.ts';
import { useCampaignAccess } from '../../campaigns/hooks/useCampaignAccess.ts';
import { useCampaign } from '../../campaigns/hooks/useCampaigns.ts';
import type { DashboardFilters } from '../../dashboard/lib/filters.ts';
import { useEvaluationSettings } from '../hooks/useEvaluation.ts';
import { ManualScores } from './settings/ManualScores.tsx';
import { SettingsForm } from './settings/SettingsForm.tsx';

/**
 * Dashboard tab "Cách chấm điểm": the campaign's scoring rules and the office's hand scores. Only the standing
 * office (and admins) change them while the campaign is open; other readers see them read-only.
 */
export function EvaluationSettingsTab({ campaignId }: { campaignId: number; filters: DashboardFilters }) {
  const settings = useEvaluationSettings(campaignId);
  const campaign = useCampaign(campaignId);
  const access = useCampaignAccess(campaign.data);
  const perms = usePermissions();
  const editable = access.editable && (perms.roles.has('office') || perms.roles.has('admin'));

  const error = settings.error ?? campaign.error;
  if (error)
    return (
      <QueryError
        error={error}
        onRetry={() => {
          void settings.refetch();
          void campaign.refetch();
        }}
      />
    );
  if (!settings.data || !campaign.data)
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  return (
    <>
      <Card styles={{ body: { padding: 16 } }}>
        <SettingsForm campaign={campaign.data} view={settings.data} editable={editable} />
      </Card>
      <ManualScores campaign={campaign.data} criteria={settings.data.settings.criteria} editable={editable} />
    </>
  );
}
