/** Where a nomination stands on the road Soạn → Gửi → Thẩm định → Hội đồng → Công khai → Quyết định. */
import type { NominationStatus } from '@thidua/shared';

export const STEP_KEYS = ['draft', 'submit', 'check', 'council', 'disclosure', 'decision'] as const;
export type StepKey = (typeof STEP_KEYS)[number];

export interface StepState {
  /** Index of the current step in STEP_KEYS. */
  current: number;
  /** The current step stopped the nomination (returned, not approved) or it was withdrawn. */
  status: 'process' | 'error' | 'finish' | 'wait';
}

/**
 * The step a status belongs to. "Approved" waits in the disclosure step (the public comment period comes
 * before the Chairman signs); "returned" goes back to the unit's hands at the check step.
 */
export function stepOf(s: NominationStatus, wasSent: boolean): StepState {
  switch (s) {
    case 'draft':
      return { current: 0, status: 'process' };
    case 'submitted':
      return { current: 2, status: 'process' };
    case 'returned':
      return { current: 2, status: 'error' };
    case 'checked':
      return { current: 3, status: 'wait' };
    case 'in_council':
      return { current: 3, status: 'process' };
    case 'not_approved':
      return { current: 3, status: 'error' };
    case 'approved':
      return { current: 4, status: 'process' };
    case 'decided':
    case 'proposed':
      return { current: 5, status: 'finish' };
    case 'withdrawn':
      return { current: wasSent ? 1 : 0, status: 'error' };
  }
}
