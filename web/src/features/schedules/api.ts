/** Progress-schedule calls (/api/indicators/:id/schedule…): read, preview a generated one, save. */
import type { Schedule, ScheduleGenerate, ScheduleSave } from '@thidua/shared';
import { api } from '../../lib/api.ts';

/** The schedule of one unit, or of the indicator as a whole (`unitId` null, actual values rolled up). */
export const getSchedule = (indicatorId: number, unitId: number | null, signal?: AbortSignal) =>
  api.get<Schedule>(`/indicators/${indicatorId}/schedule`, { unitId: unitId ?? undefined }, signal);

/** A generated schedule to look at; the server stores nothing. */
export const generateSchedule = (indicatorId: number, body: ScheduleGenerate) =>
  api.post<Schedule>(`/indicators/${indicatorId}/schedule/generate`, body);

/** Stores the schedule (version 0 creates it); 409 CONFLICT_STALE when someone saved in between. */
export const saveSchedule = (indicatorId: number, body: ScheduleSave) =>
  api.put<Schedule>(`/indicators/${indicatorId}/schedule`, body);
