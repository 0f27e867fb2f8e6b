/**
 * The public transparency portal (issue 9): what the office publishes (a campaign, and which of its indicators),
 * and what anyone may read without signing in. Nothing here names a person except disclosed nominees and
 * awardees, which the law requires to be public.
 */
import { z } from 'zod';
import { UpwardStatus } from '../city/schema.ts';
import { Direction, IndicatorKind } from '../indicators/schema.ts';
import { ProgressStatusEnum } from '../progress/status.ts';

const N = z.number().nullable();

export const PublicSettings = z.object({
  campaignId: z.number().int(),
  isPublic: z.boolean(),
  indicatorIds: z.array(z.number().int()),
  screenTitle: z.string(),
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
  /** Every indicator of the campaign, for the picker (top-level first, in display order). */
  indicators: z.array(
    z.object({
      id: z.number().int(),
      code: z.string(),
      name: z.string(),
      parentId: z.number().int().nullable(),
    }),
  ),
  /** Only launched or closed campaigns appear on the portal, even when marked public. */
  campaignStatus: z.string(),
  canEdit: z.boolean(),
});
export type PublicSettings = z.infer<typeof PublicSettings>;

export const PublicSettingsSave = z.object({
  isPublic: z.boolean(),
  indicatorIds: z.array(z.number().int().positive()).max(500),
  screenTitle: z.string().trim().max(300).default(''),
  version: z.number().int().min(0).max(2_000_000_000),
});
export type PublicSettingsSave = z.infer<typeof PublicSettingsSave>;

export const PublicCampaignSummary = z.object({
  id: z.number().int(),
  title: z.string(),
  issuer: z.string(),
  /** "232/KH-UBND", or the symbol alone when the number is not known. */
  reference: z.string(),
  level: z.enum(['city', 'ward']),
  status: z.enum(['launched', 'closed']),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  indicatorCount: z.number().int(),
});
export type PublicCampaignSummary = z.infer<typeof PublicCampaignSummary>;

export const PublicCampaignList = z.object({ campaigns: z.array(PublicCampaignSummary) });
export type PublicCampaignList = z.infer<typeof PublicCampaignList>;

export const PublicIndicator = z.object({
  code: z.string(),
  name: z.string(),
  unitOfMeasure: z.string(),
  kind: IndicatorKind,
  direction: Direction,
  target: N,
  targetLow: N,
  targetHigh: N,
  value: N,
  completion: N,
  status: ProgressStatusEnum,
  isEstimate: z.boolean(),
  /** Wards (city campaign) or units (ward campaign) whose figures are counted. */
  reported: z.number().int(),
  expected: z.number().int(),
});
export type PublicIndicator = z.infer<typeof PublicIndicator>;

export const PublicWard = z.object({
  code: z.string(),
  name: z.string(),
  submission: UpwardStatus.nullable(),
  cells: z.array(
    z.object({
      indicatorCode: z.string(),
      value: N,
      completion: N,
      status: ProgressStatusEnum,
      isEstimate: z.boolean(),
    }),
  ),
});
export type PublicWard = z.infer<typeof PublicWard>;

export const PublicCampaign = z.object({
  campaign: PublicCampaignSummary,
  screenTitle: z.string(),
  period: z.object({ id: z.string(), label: z.string() }),
  periods: z.array(z.object({ id: z.string(), label: z.string() })),
  /** When the figures were computed (the page says "số liệu cập nhật lúc …"). */
  generatedAt: z.string(),
  indicators: z.array(PublicIndicator),
  /** City campaign: each ward's figures for the public indicators; empty for a ward campaign. */
  wards: z.array(PublicWard),
  disclosures: z.array(
    z.object({
      id: z.number().int(),
      title: z.string(),
      startsOn: z.string(),
      endsOn: z.string(),
      open: z.boolean(),
      nominees: z.number().int(),
    }),
  ),
  decisions: z.array(
    z.object({
      reference: z.string(),
      signedOn: z.string(),
      signerName: z.string(),
      awardees: z.array(z.object({ name: z.string(), award: z.string(), collective: z.boolean() })),
    }),
  ),
});
export type PublicCampaign = z.infer<typeof PublicCampaign>;

export const PublicCampaignQuery = z.object({ periodId: z.string().min(1).max(40).optional() });
export type PublicCampaignQuery = z.infer<typeof PublicCampaignQuery>;
