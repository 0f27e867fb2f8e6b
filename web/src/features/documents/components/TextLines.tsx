/** Lines of a text block, each its own indented paragraph (the renderers do the same). */
export function TextLines({ text, italic }: { text: string; italic?: boolean }) {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return (
    <>
      {lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines of one text, never reordered
        <p key={i} className="doc-para" style={italic ? { fontStyle: 'italic' } : undefined}>
          {line}
        </p>
      ))}
    </>
  );
}
