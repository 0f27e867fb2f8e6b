import { Typography } from 'antd';
import { Fragment, memo, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Highlight } from '../lib/model.ts';

interface Props {
  text: string;
  marks: Highlight[];
  selectedKey: string | null;
  /** Where to scroll when the selected field has no highlight of its own (its span start). */
  selectedOffset: number | null;
  onSelect: (key: string) => void;
}

interface Segment {
  start: number;
  text: string;
  mark?: Highlight;
}

/** Cuts the text at the highlights and at line ends, so any offset can be scrolled to. */
function segments(text: string, marks: Highlight[]): Segment[] {
  const out: Segment[] = [];
  const plain = (from: number, to: number) => {
    let s = from;
    while (s < to) {
      const nl = text.indexOf('\n', s);
      const e = nl === -1 || nl >= to ? to : nl + 1;
      out.push({ start: s, text: text.slice(s, e) });
      s = e;
    }
  };
  let at = 0;
  for (const m of marks) {
    plain(at, m.start);
    out.push({ start: m.start, text: text.slice(m.start, m.end), mark: m });
    at = m.end;
  }
  plain(at, text.length);
  return out;
}

/** The document as read, with recognised values highlighted (flagged ones in orange); click one to edit it. */
export const SourcePane = memo(function SourcePane({
  text,
  marks,
  selectedKey,
  selectedOffset,
  onSelect,
}: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const pick = (target: EventTarget) => {
    const key =
      target instanceof HTMLElement ? target.closest<HTMLElement>('[data-key]')?.dataset.key : undefined;
    if (key) onSelect(key);
  };
  const segs = useMemo(() => segments(text, marks), [text, marks]);

  useEffect(() => {
    const root = ref.current;
    if (!root || selectedKey === null) return;
    let el: Element | null = root.querySelector(`[data-key="${CSS.escape(selectedKey)}"]`);
    if (!el && selectedOffset !== null) {
      const starts = [...root.querySelectorAll<HTMLElement>('[data-start]')];
      el = starts.filter((s) => Number(s.dataset.start) <= selectedOffset).pop() ?? null;
    }
    if (!el) return;
    // Scroll only the text pane, not the page.
    const top = (el as HTMLElement).offsetTop - root.clientHeight / 3;
    root.scrollTo({ top: Math.max(0, top), behavior: 'smooth' });
  }, [selectedKey, selectedOffset]);

  return (
    <div
      ref={ref}
      className="pi-source"
      role="document"
      aria-label={t('planImport.sourceLabel')}
      style={{ position: 'relative' }}
      // One handler for all highlights: a click (or Enter on a focused highlight) selects its field.
      onClick={(e) => pick(e.target)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') pick(e.target);
      }}
    >
      {segs.map((s) =>
        s.mark ? (
          <mark
            key={s.start}
            data-start={s.start}
            data-key={s.mark.key}
            className={[
              'pi-mark',
              s.mark.flagged ? 'pi-mark-flagged' : '',
              s.mark.key === selectedKey ? 'pi-mark-selected' : '',
            ].join(' ')}
            title={s.mark.flagged ? t('planImport.flaggedMark') : t('planImport.recognisedMark')}
          >
            {s.text}
          </mark>
        ) : (
          <Fragment key={s.start}>
            <span data-start={s.start}>{s.text}</span>
          </Fragment>
        ),
      )}
      {text.length === 0 && <Typography.Text type="secondary">{t('planImport.noText')}</Typography.Text>}
    </div>
  );
});
