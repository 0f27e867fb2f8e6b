import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Schedule, ScheduleGenerate, ScheduleSave } from '@thidua/shared';
import { generateSchedule, getSchedule, saveSchedule } from '../api.ts';

const SCHEDULES_KEY = ['schedules'] as const;
export const scheduleKey = (indicatorId: number, unitId: number | null) =>
  [...SCHEDULES_KEY, indicatorId, unitId ?? 0] as const;

/** The schedule of an indicator for a unit (or as a whole), with actual values and statuses per period. */
export function useSchedule(indicatorId: number, unitId: number | null) {
  return useQuery({
    queryKey: scheduleKey(indicatorId, unitId),
    queryFn: ({ signal }) => getSchedule(indicatorId, unitId, signal),
    placeholderData: keepPreviousData,
  });
}

/** Previewing a generated schedule, and saving; a save refreshes the indicator's schedules and the reports. */
export function useScheduleMutations(indicatorId: number, unitId: number | null) {
  const qc = useQueryClient();
  return {
    generate: useMutation({
      mutationFn: (body: Omit<ScheduleGenerate, 'unitId'>) =>
        generateSchedule(indicatorId, { ...body, unitId }),
    }),
    save: useMutation({
      mutationFn: (body: Omit<ScheduleSave, 'unitId'>) => saveSchedule(indicatorId, { ...body, unitId }),
      onSuccess: (s: Schedule) => {
        qc.setQueryData(scheduleKey(indicatorId, unitId), s);
        // The whole indicator's line and the units' report rows show planned values from this schedule.
        void qc.invalidateQueries({
          queryKey: [...SCHEDULES_KEY, indicatorId],
          predicate: (q) => q.queryKey[2] !== (unitId ?? 0),
        });
        void qc.invalidateQueries({ queryKey: ['reports'] });
      },
    }),
  };
}
