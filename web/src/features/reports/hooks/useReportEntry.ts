import type { Report } from '@thidua/shared';
import { App } from 'antd';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api.ts';
import { errorMessage } from '../../../lib/form-errors.ts';
import {
  afterSave,
  cellKey,
  type Edits,
  type EntryField,
  pendingValues,
  type RowEntry,
  saveErrorCells,
} from '../lib/entry.ts';
import { useReportMutations } from './useReports.ts';

/**
 * The typing on a report and its saving: only changed rows are sent; a value the server refuses is shown on its
 * cell; when someone else saved first, the typing stays and the user reloads to apply it on the new version.
 */
export function useReportEntry(report: Report) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const mutations = useReportMutations(report.id);
  const [edits, setEdits] = useState<Edits>({});
  const [cellErrors, setCellErrors] = useState<Record<string, string>>({});
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const editsRef = useRef(edits);
  editsRef.current = edits;

  const pending = useMemo(() => pendingValues(report.rows, edits), [report.rows, edits]);

  const setField = useCallback(<F extends EntryField>(indicatorId: number, field: F, value: RowEntry[F]) => {
    setEdits((prev) => ({ ...prev, [indicatorId]: { ...prev[indicatorId], [field]: value } }));
    setCellErrors((prev) => {
      const key = cellKey(indicatorId, field);
      if (!(key in prev)) return prev;
      const { [key]: _, ...rest } = prev;
      return rest;
    });
  }, []);

  // Saves run one after another: a second Ctrl+S while the first is on its way waits for it and builds on the
  // version it answered, instead of racing it into a "saved by someone else" conflict.
  const latest = useRef(report);
  latest.current = report;
  const chain = useRef<Promise<Report | null>>(Promise.resolve(null));

  const saveOnce = useCallback(
    async (prev: Report | null, opts: { quiet?: boolean }): Promise<Report | null> => {
      const base = prev && prev.version > latest.current.version ? prev : latest.current;
      const values = pendingValues(base.rows, editsRef.current);
      if (values.length === 0) return base;
      setOtherErrors([]);
      try {
        const saved = await mutations.save.mutateAsync({ version: base.version, values });
        setEdits((e) => afterSave(e, values));
        setCellErrors({});
        setConflict(false);
        if (!opts.quiet) void message.success(t('reports.saved', { count: values.length }));
        return saved;
      } catch (e) {
        if (isApiError(e, 'CONFLICT_STALE')) setConflict(true);
        else if (isApiError(e) && e.details.length > 0 && e.status === 400) {
          const { cells, other } = saveErrorCells(e.details, values);
          setCellErrors(cells);
          setOtherErrors(other);
          void message.error(t('reports.saveInvalid', { count: Object.keys(cells).length || 1 }));
        } else void message.error(errorMessage(e));
        return null;
      }
    },
    [mutations.save, message, t],
  );

  /** Saves the changed rows; resolves with the saved report, or null when the save failed. */
  const save = useCallback(
    (opts: { quiet?: boolean } = {}): Promise<Report | null> => {
      const run = chain.current.then((prev) => saveOnce(prev, opts));
      chain.current = run.catch(() => null);
      return run;
    },
    [saveOnce],
  );

  /** Loads the newest version; the typing stays on top of it, ready to be saved again. */
  const reloadKeepingEdits = useCallback(async () => {
    await mutations.reload();
    setConflict(false);
    void message.info(t('reports.conflictReapplied'));
  }, [mutations, message, t]);

  const discard = useCallback(() => {
    setEdits({});
    setCellErrors({});
    setOtherErrors([]);
    setConflict(false);
  }, []);

  /** Drops the typing on these rows (e.g. after an Excel import replaced them). */
  const forgetRows = useCallback((indicatorIds: number[]) => {
    setEdits((prev) => {
      const next = { ...prev };
      for (const id of indicatorIds) delete next[id];
      return next;
    });
  }, []);

  return {
    edits,
    pending,
    dirty: pending.length > 0,
    cellErrors,
    otherErrors,
    conflict,
    saving: mutations.save.isPending,
    setField,
    save,
    reloadKeepingEdits,
    discard,
    forgetRows,
  };
}

export type ReportEntry = ReturnType<typeof useReportEntry>;
