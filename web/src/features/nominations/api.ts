/** Rewards calls of the nominations screens: award catalogue, people, nominations, advanced examples, statistics. */
import type {
  AdvancedExample,
  AwardType,
  ExampleCreate,
  ExampleUpdate,
  Nomination,
  NominationCreate,
  NominationUpdate,
  Person,
  PersonCreate,
  RewardStats,
} from '@thidua/shared';
import { api, type UploadProgress, uploadFile } from '../../lib/api.ts';

/** The workflow steps a user takes on one nomination (the council, the decision and the proposal come elsewhere). */
export type NominationStep = 'submit' | 'withdraw' | 'return' | 'accept_dossier' | 'reject';

export const listAwardTypes = (signal?: AbortSignal) =>
  api.get<{ items: AwardType[] }>('/award-types', undefined, signal).then((r) => r.items);

export const listPersons = (unitId: number, signal?: AbortSignal) =>
  api.get<{ items: Person[] }>(`/org-units/${unitId}/persons`, undefined, signal).then((r) => r.items);

export const createPerson = (input: PersonCreate) => api.post<Person>('/persons', input);

export const listNominations = (campaignId: number, signal?: AbortSignal) =>
  api
    .get<{ items: Nomination[] }>(`/campaigns/${campaignId}/nominations`, undefined, signal)
    .then((r) => r.items);

export const getNomination = (id: number, signal?: AbortSignal) =>
  api.get<Nomination>(`/nominations/${id}`, undefined, signal);

export const createNomination = (input: NominationCreate) => api.post<Nomination>('/nominations', input);

export const updateNomination = (id: number, input: NominationUpdate) =>
  api.put<Nomination>(`/nominations/${id}`, input);

export const transitionNomination = (
  id: number,
  step: NominationStep,
  body: { version: number; reason?: string; checklist?: Record<string, boolean> },
) =>
  api.post<Nomination>(`/nominations/${id}/${step}`, {
    version: body.version,
    reason: body.reason?.trim() || undefined,
    checklist: body.checklist,
  });

/** The Giấy khen of a decided nomination (the browser downloads it with the session cookie). */
export const certificateUrl = (id: number) => `/api/nominations/${id}/certificate.pdf`;

export const listExamples = (f: { campaignId?: number; unitId?: number }, signal?: AbortSignal) =>
  api
    .get<{ items: AdvancedExample[] }>('/examples', { campaignId: f.campaignId, unitId: f.unitId }, signal)
    .then((r) => r.items);

export const createExample = (input: ExampleCreate) => api.post<AdvancedExample>('/examples', input);

export const updateExample = (id: number, input: ExampleUpdate) =>
  api.put<AdvancedExample>(`/examples/${id}`, input);

export const getRewardStats = (campaignId: number, signal?: AbortSignal) =>
  api.get<RewardStats>(`/campaigns/${campaignId}/reward-stats`, undefined, signal);

/** Attaches one file to the dossier (while it can be edited); answers the nomination with its files. */
export const uploadNominationFile = (id: number, file: File, onProgress?: UploadProgress) =>
  uploadFile<Nomination>(`/nominations/${id}/files`, file, { field: 'file', onProgress });

export const deleteNominationFile = (fileId: number) => api.delete<void>(`/nomination-files/${fileId}`);

/** A dossier file (the browser downloads it with the session cookie). */
export const nominationFileUrl = (fileId: number) => `/api/nomination-files/${fileId}`;
