/**
 * A string that remembers, for each character, where it sits in the normalised source text. Lines broken in
 * mid-sentence are joined into one `Mapped` paragraph; slicing and trimming keep the map, so any piece of a
 * paragraph can be turned back into a span of the original document.
 */
import type { SourceSpan } from './schema.ts';
import type { SourceText } from './source.ts';

export class Mapped {
  readonly text: string;
  /** at[i] = index in the normalised source text of character i. */
  readonly at: readonly number[];

  constructor(text: string, at: readonly number[]) {
    this.text = text;
    this.at = at;
  }

  /** The source range [start, end) as a Mapped with the identity map. */
  static of(src: SourceText, start: number, end: number): Mapped {
    const at: number[] = [];
    for (let i = start; i < end; i++) at.push(i);
    return new Mapped(src.text.slice(start, end), at);
  }

  /** Joins pieces with `sep`; separator characters map to the last character of the piece before them. */
  static join(parts: readonly Mapped[], sep = ' '): Mapped {
    let text = '';
    const at: number[] = [];
    parts.forEach((p, k) => {
      if (k > 0 && sep) {
        const anchor = at.length ? (at[at.length - 1] as number) : (p.at[0] ?? 0);
        text += sep;
        for (let i = 0; i < sep.length; i++) at.push(anchor);
      }
      text += p.text;
      // A loop, not push(...): a paragraph can be longer than the engine's argument limit.
      for (const i of p.at) at.push(i);
    });
    return new Mapped(text, at);
  }

  get length(): number {
    return this.text.length;
  }

  slice(start: number, end = this.text.length): Mapped {
    const a = Math.max(0, start);
    const b = Math.min(this.text.length, end);
    return new Mapped(this.text.slice(a, b), this.at.slice(a, b));
  }

  /** Without leading and trailing whitespace (and, when given, the characters in `chars`). */
  trim(chars = ''): Mapped {
    const strip = (c: string) => /\s/.test(c) || chars.includes(c);
    let a = 0;
    let b = this.text.length;
    while (a < b && strip(this.text[a] as string)) a++;
    while (b > a && strip(this.text[b - 1] as string)) b--;
    return this.slice(a, b);
  }

  /** The original-text span of [start, end) of this string. */
  span(src: SourceText, start = 0, end = this.text.length): SourceSpan {
    if (this.at.length === 0) return { line: 1, start: 0, end: 0 };
    const a = Math.max(0, Math.min(start, this.at.length - 1));
    const b = Math.max(a + 1, Math.min(end, this.at.length));
    return src.span(this.at[a] as number, (this.at[b - 1] as number) + 1);
  }
}
