import type { DocBlock, DocCell } from '@thidua/shared';
import { NarrativeBlock, type NarrativeEditing } from './NarrativeBlock.tsx';
import { TextLines } from './TextLines.tsx';

type TableBlock = Extract<DocBlock, { kind: 'table' }>;

const cellText = (c: DocCell | undefined) => (c === undefined ? '' : typeof c === 'string' ? c : c.text);
const alignClass = (a: 'left' | 'center' | 'right' | undefined) =>
  a === 'left' ? 'doc-left' : a === 'right' ? 'doc-right' : undefined;

/** A data table: borders all round, numbers to the right as the block says, widths in proportion. */
function DocTable({ block }: { block: TableBlock }) {
  const total = block.widths?.reduce((a, b) => a + b, 0) ?? 0;
  return (
    <div className="doc-table-wrap">
      {block.title && <div className="doc-table-title">{block.title}</div>}
      <table className="doc-table" aria-label={block.title ?? block.header.join(', ')}>
        {total > 0 && (
          <colgroup>
            {block.widths?.map((w, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns of one table
              <col key={i} style={{ width: `${((w / total) * 100).toFixed(2)}%` }} />
            ))}
          </colgroup>
        )}
        <thead>
          <tr>
            {block.header.map((h, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns of one table
              <th key={i} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.map((row, r) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows of one snapshot, never reordered
            <tr key={r}>
              {row.map((c, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns of one table
                <td key={i} className={alignClass(block.align?.[i])}>
                  {cellText(c)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The body of a document: headings, paragraphs, tables from the data, and the narrative parts. */
export function DocBlocks({ blocks, editing }: { blocks: DocBlock[]; editing: NarrativeEditing }) {
  return (
    <>
      {blocks.map((b, i) => {
        switch (b.kind) {
          case 'heading':
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: blocks of one document, never reordered
              <p key={i} className="doc-heading">
                {b.text}
              </p>
            );
          case 'paragraph':
            // biome-ignore lint/suspicious/noArrayIndexKey: blocks of one document, never reordered
            return <TextLines key={i} text={b.text} italic={b.italic} />;
          case 'narrative':
            return <NarrativeBlock key={`n-${b.key}`} block={b} editing={editing} />;
          case 'table':
            // biome-ignore lint/suspicious/noArrayIndexKey: blocks of one document, never reordered
            return <DocTable key={i} block={b} />;
          default:
            return null;
        }
      })}
    </>
  );
}
