/** The nomination form's values and their conversion to the API's create and update bodies. */
import type { Nomination, NominationCreate, NominationUpdate, Rating } from '@thidua/shared';

export interface NominationFormValues {
  proposerUnitId?: number;
  subject: 'collective' | 'individual';
  nomineeUnitId?: number;
  personId?: number;
  awardTypeId?: number;
  achievement?: string;
  indicatorIds?: number[];
  exampleId?: number | null;
  directWorker?: boolean;
  smallCollective?: boolean;
  rating?: Rating | null;
  members?: number | null;
  titledMembers?: number | null;
}

/** The fields both create and update carry. */
function common(v: NominationFormValues) {
  const collective = v.subject === 'collective';
  return {
    awardTypeId: v.awardTypeId ?? 0,
    achievement: v.achievement ?? '',
    indicatorIds: v.indicatorIds ?? [],
    exampleId: v.exampleId ?? null,
    directWorker: !collective && Boolean(v.directWorker),
    smallCollective: collective && Boolean(v.smallCollective),
    rating: collective ? (v.rating ?? null) : null,
    members: collective ? (v.members ?? null) : null,
    titledMembers: collective ? (v.titledMembers ?? null) : null,
  };
}

export function toCreate(v: NominationFormValues, campaignId: number): NominationCreate {
  return {
    ...common(v),
    campaignId,
    proposerUnitId: v.proposerUnitId ?? 0,
    subject: v.subject,
    nomineeUnitId: v.subject === 'collective' ? (v.nomineeUnitId ?? null) : null,
    personId: v.subject === 'individual' ? (v.personId ?? null) : null,
  };
}

export function toUpdate(v: NominationFormValues, version: number): NominationUpdate {
  return { ...common(v), version };
}

/** The form filled from an existing nomination (editing a draft or a returned dossier). */
export function fromNomination(n: Nomination): NominationFormValues {
  return {
    proposerUnitId: n.proposerUnitId,
    subject: n.subject,
    nomineeUnitId: n.nomineeUnitId ?? undefined,
    personId: n.personId ?? undefined,
    awardTypeId: n.award.id,
    achievement: n.achievement,
    indicatorIds: n.indicatorIds,
    exampleId: n.exampleId,
    directWorker: n.directWorker,
    smallCollective: n.smallCollective,
    rating: n.rating,
    members: n.members,
    titledMembers: n.titledMembers,
  };
}
