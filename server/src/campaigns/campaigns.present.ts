import type { Campaign, CampaignSummary, Indicator } from '@thidua/shared';
import type { IndicatorRow } from '../indicators/indicators.repo.ts';
import { toIso } from '../util/time.ts';
import type { CampaignRowWithUnit } from './campaigns.repo.ts';

export function presentSummary(r: CampaignRowWithUnit): CampaignSummary {
  return {
    id: r.id,
    issuingUnitId: r.issuingUnitId,
    issuingUnitName: r.issuingUnitName,
    issuingUnitPath: r.issuingUnitPath,
    parentCampaignId: r.parentCampaignId,
    documentNumber: r.documentNumber,
    documentSymbol: r.documentSymbol,
    issuedOn: r.issuedOn,
    title: r.title,
    status: r.status as CampaignSummary['status'],
    startsOn: r.startsOn,
    endsOn: r.endsOn,
    reportDeadline: r.reportDeadline,
    reportPeriodKind: r.reportPeriodKind as CampaignSummary['reportPeriodKind'],
    reportCutoffDay: r.reportCutoffDay,
    reportDueDays: r.reportDueDays,
    dossierCheckDays: r.dossierCheckDays,
    remindBeforeDays: r.remindBeforeDays,
    remindAfterDays: r.remindAfterDays,
    indicatorCount: r.indicatorCount,
    version: r.version,
    updatedAt: toIso(r.updatedAt),
  };
}

export function presentIndicator(r: IndicatorRow, assigned: number[]): Indicator {
  return {
    id: r.id,
    campaignId: r.campaignId,
    code: r.code,
    name: r.name,
    unitOfMeasure: r.unitOfMeasure,
    kind: r.kind as Indicator['kind'],
    direction: r.direction as Indicator['direction'],
    targetValue: r.targetValue,
    targetLow: r.targetLow,
    targetHigh: r.targetHigh,
    tolerance: r.tolerance,
    baselineValue: r.baselineValue,
    numeratorLabel: r.numeratorLabel,
    denominatorLabel: r.denominatorLabel,
    factor: r.factor,
    allowOver100: r.allowOver100,
    minValue: r.minValue,
    maxValue: r.maxValue,
    groupName: r.groupName,
    scoreFull: r.scoreFull,
    scoreRedFlag: r.scoreRedFlag,
    parentIndicatorId: r.parentIndicatorId,
    childrenRule: r.childrenRule as Indicator['childrenRule'],
    linkedIndicatorId: r.linkedIndicatorId,
    rollupRule: r.rollupRule as Indicator['rollupRule'],
    frequency: r.frequency as Indicator['frequency'],
    evidenceRequired: r.evidenceRequired,
    responsibleUnitId: r.responsibleUnitId,
    coordinatingUnitIds: r.coordinatingUnitIds,
    weight: r.weight,
    sortOrder: r.sortOrder,
    sourceText: r.sourceText,
    note: r.note,
    assignedUnitIds: assigned,
    version: r.version,
  };
}

export function presentCampaign(
  r: CampaignRowWithUnit,
  extra: {
    indicators: Indicator[];
    parentCampaignTitle: string | null;
    subCampaigns: Campaign['subCampaigns'];
    units: Campaign['units'];
  },
): Campaign {
  return {
    ...presentSummary(r),
    place: r.place,
    parentCampaignTitle: extra.parentCampaignTitle,
    legalBases: r.legalBases,
    purpose: r.purpose,
    requirements: r.requirements,
    content: r.content,
    generalGoal: r.generalGoal,
    tasks: r.tasks.map((t) => ({ ...t, citations: t.citations as Campaign['tasks'][number]['citations'] })),
    rewardsText: r.rewardsText,
    organisationText: r.organisationText,
    recipients: r.recipients,
    signer: r.signer,
    launchedAt: toIso(r.launchedAt),
    closedAt: toIso(r.closedAt),
    indicators: extra.indicators,
    subCampaigns: extra.subCampaigns,
    units: extra.units,
  };
}

/** Field-level differences between two plain objects, for the version history of a launched campaign. */
export function diffFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  prefix = '',
): { field: string; before: unknown; after: unknown }[] {
  const out: { field: string; before: unknown; after: unknown }[] = [];
  for (const k of Object.keys(after)) {
    if (k === 'version' || k === 'updatedAt' || after[k] === undefined) continue;
    if (JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null))
      out.push({ field: `${prefix}${k}`, before: before[k] ?? null, after: after[k] ?? null });
  }
  return out;
}
