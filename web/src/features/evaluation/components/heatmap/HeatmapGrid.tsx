import type { HeatCell, Heatmap } from '@thidua/shared';
import { Tooltip } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { cellColors } from '../../lib/colors.ts';
import { fmtCompletion, fmtScore, useEvalLabels } from '../../lib/format.ts';
import { cellIndex, cellKey } from '../../lib/heatmap.ts';
import '../../../../app/components/heat-grid.css';
import '../evaluation.css';

/**
 * Units (rows) × indicators (columns), each cell coloured by its score and showing it ("8,5"); the header row and
 * the unit column stay in view while scrolling. A cell is a button: clicking it opens its details. Cells of
 * indicators the unit was not given are hatched and inert.
 */
export function HeatmapGrid({
  data,
  selected,
  onOpen,
}: {
  data: Heatmap;
  selected: HeatCell | null;
  onOpen: (cell: HeatCell) => void;
}) {
  const { t } = useTranslation();
  const labels = useEvalLabels();
  const cells = useMemo(() => cellIndex(data), [data]);

  const describe = (c: HeatCell, unitName: string, code: string) => {
    const where = `${code} · ${unitName}`;
    if (c.score === null) return `${where}: ${labels.noData(c.noData)}`;
    const parts = [t('evaluation.scoreOf', { score: fmtScore(c.score) })];
    if (c.completion !== null) parts.push(t('evaluation.completionOf', { pct: fmtCompletion(c.completion) }));
    if (c.redFlag) parts.push(t('evaluation.redFlag'));
    return `${where}: ${parts.join(', ')}`;
  };

  return (
    <section className="heat-grid-scroll" aria-label={t('evaluation.heatmap')}>
      <table className="heat-grid heatmap">
        <thead>
          <tr>
            <th className="heat-grid-corner" scope="col">
              {t('evaluation.unitCol')}
            </th>
            {data.indicators.map((i) => (
              <th key={i.id} scope="col" data-indicator-id={i.id}>
                <Tooltip title={`${i.code} · ${i.name}${i.unitOfMeasure ? ` (${i.unitOfMeasure})` : ''}`}>
                  <span className="heat-grid-code">{i.code}</span>
                </Tooltip>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.units.map((u) => (
            <tr key={u.id}>
              <th scope="row" title={`${u.name} (${u.code})`}>
                <span className="heat-grid-name">{u.name}</span>
              </th>
              {data.indicators.map((i) => {
                const c = cells.get(cellKey(u.id, i.id));
                if (!c || c.noData === 'not_assigned')
                  return (
                    <td key={i.id}>
                      <span
                        className="heat-grid-na"
                        title={`${i.code} · ${u.name}: ${labels.noData('not_assigned')}`}
                      />
                    </td>
                  );
                const col = cellColors(c.score, c.redFlag);
                const isSel = selected?.unitId === u.id && selected.indicatorId === i.id;
                const text = describe(c, u.name, i.code);
                return (
                  <td key={i.id}>
                    <button
                      type="button"
                      className={`heat-grid-cell heatmap-cell${isSel ? ' heatmap-cell-selected' : ''}`}
                      style={{ background: col.bg, color: col.fg }}
                      title={text}
                      aria-label={text}
                      data-unit-id={u.id}
                      data-indicator-id={i.id}
                      data-score={c.score ?? ''}
                      onClick={() => onOpen(c)}
                    >
                      {c.score === null ? '—' : fmtScore(c.score, 1)}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
