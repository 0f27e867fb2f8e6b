import type { useCampaignAccess } from './useCampaignAccess.ts';

/** What the user may do with the campaign on screen (see useCampaignAccess). */
export type CampaignAccess = ReturnType<typeof useCampaignAccess>;
