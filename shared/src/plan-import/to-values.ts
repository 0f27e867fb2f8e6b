/**
 * Plain values from a reviewed draft, in the shape the campaign and indicator create-schemas take, for the
 * "create campaign from draft" step. The issuing unit is not in the text: the caller supplies it.
 */
import type { CampaignCreate, Citation } from '../campaigns/schema.ts';
import type { IndicatorCreate } from '../indicators/schema.ts';
import type { DraftCampaign, DraftIndicator } from './schema.ts';

/** Campaign fields of the draft (absent parts left to the create-schema's defaults). */
export function campaignValues(
  c: DraftCampaign,
): Partial<Omit<CampaignCreate, 'issuingUnitId' | 'parentCampaignId'>> {
  const out: Partial<Omit<CampaignCreate, 'issuingUnitId' | 'parentCampaignId'>> = {
    legalBases: c.legalBases.map((f) => f.value),
    tasks: c.tasks.map((t) => ({
      code: t.code.value,
      text: t.text.value,
      citations: t.citations.map((x) => x.value as Citation),
    })),
    recipients: c.recipients.map((f) => f.value),
  };
  if (c.documentNumber) out.documentNumber = c.documentNumber.value;
  if (c.documentSymbol) out.documentSymbol = c.documentSymbol.value;
  if (c.place) out.place = c.place.value;
  if (c.issuedOn) out.issuedOn = c.issuedOn.value;
  if (c.title) out.title = c.title.value;
  if (c.purpose) out.purpose = c.purpose.value;
  if (c.requirements) out.requirements = c.requirements.value;
  if (c.content) out.content = c.content.value;
  if (c.generalGoal) out.generalGoal = c.generalGoal.value;
  if (c.startsOn) out.startsOn = c.startsOn.value;
  if (c.endsOn) out.endsOn = c.endsOn.value;
  if (c.reportDeadline) out.reportDeadline = c.reportDeadline.value;
  if (c.rewardsText) out.rewardsText = c.rewardsText.value;
  if (c.organisationText) out.organisationText = c.organisationText.value;
  if (c.signer)
    out.signer = {
      authority: c.signer.authority.value,
      title: c.signer.title.value,
      name: c.signer.name.value,
    };
  return out;
}

/** Indicator fields of a draft indicator, with its parent named by code. */
export type IndicatorValues = Pick<
  IndicatorCreate,
  | 'code'
  | 'name'
  | 'unitOfMeasure'
  | 'kind'
  | 'direction'
  | 'targetValue'
  | 'targetLow'
  | 'targetHigh'
  | 'tolerance'
  | 'baselineValue'
  | 'numeratorLabel'
  | 'denominatorLabel'
  | 'factor'
  | 'allowOver100'
  | 'childrenRule'
  | 'sourceText'
  | 'note'
  | 'sortOrder'
> & { parentCode: string | null };

/** Indicator values in plan order (sortOrder follows the list). */
export function indicatorValues(list: readonly DraftIndicator[]): IndicatorValues[] {
  return list.map((d, k) => ({
    code: d.code,
    parentCode: d.parentCode,
    name: d.name.value,
    unitOfMeasure: d.unitOfMeasure.value,
    kind: d.kind.value,
    direction: d.direction.value,
    targetValue: d.targetValue.value,
    targetLow: d.targetLow.value,
    targetHigh: d.targetHigh.value,
    tolerance: d.tolerance.value,
    baselineValue: d.baselineValue.value,
    numeratorLabel: d.numeratorLabel.value,
    denominatorLabel: d.denominatorLabel.value,
    factor: d.factor.value,
    allowOver100: d.allowOver100.value,
    childrenRule: d.childrenRule.value,
    sourceText: d.sourceText.value,
    note: d.note,
    sortOrder: k,
  }));
}
