/**
 * Heatmap fills by progress status, each with a mark so the colour is never the only cue (and grey print still
 * reads). The fills reuse the evaluation heatmap's steps (text contrast ≥ 4.5 : 1); the red flag is dark red.
 */
import type { ProgressStatus } from '@thidua/shared';
import { NO_DATA, RED_FLAG } from '../../evaluation/lib/colors.ts';

export interface StatusLook {
  bg: string;
  fg: string;
  mark: string;
}

export const STATUS_LOOKS: Record<ProgressStatus, StatusLook> = {
  achieved: { bg: '#6fbf73', fg: '#0b2e0d', mark: '✓' },
  on_track: { bg: '#c8e6bd', fg: '#1d4a12', mark: '↗' },
  at_risk: { bg: '#fbe3a6', fg: '#4d3800', mark: '!' },
  off_track: { bg: '#f6c9c4', fg: '#5c0f0f', mark: '✗' },
  no_data: { ...NO_DATA, mark: '—' },
};

export const RED_FLAG_LOOK: StatusLook = { ...RED_FLAG, mark: '✗' };

/** The look of one cell. */
export const cellLook = (status: ProgressStatus, redFlag: boolean): StatusLook =>
  redFlag ? RED_FLAG_LOOK : STATUS_LOOKS[status];
