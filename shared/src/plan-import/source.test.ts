import { describe, expect, it } from 'vitest';
import { Mapped } from './mapped.ts';
import { buildParagraphs } from './paragraphs.ts';
import { parsePlan } from './parse-plan.ts';
import { SourceText } from './source.ts';

describe('SourceText', () => {
  it('normalises NFD to NFC and maps spans back to the original characters', () => {
    const original = 'Tỷ lệ hộ nghèo: 1,5%'.normalize('NFD');
    const src = new SourceText(original);
    expect(src.text).toBe('Tỷ lệ hộ nghèo: 1,5%');
    const at = src.text.indexOf('nghèo');
    const span = src.span(at, at + 'nghèo'.length);
    expect(original.slice(span.start, span.end).normalize('NFC')).toBe('nghèo');
  });

  it('drops a BOM and reads Windows line ends, keeping original offsets and line numbers', () => {
    const original = '\uFEFFdòng một\r\ndòng hai\rdòng ba\n';
    const src = new SourceText(original);
    expect(src.lines.map((l) => l.text)).toEqual(['dòng một', 'dòng hai', 'dòng ba', '']);
    const at = src.text.indexOf('ba');
    expect(src.span(at, at + 2)).toEqual({
      line: 3,
      start: original.indexOf('ba'),
      end: original.indexOf('ba') + 2,
    });
  });

  it('turns non-breaking spaces and tabs into spaces and drops zero-width characters', () => {
    const src = new SourceText('80\u00A0%\tđạt\u200B');
    expect(src.text).toBe('80 % đạt');
  });
});

describe('paragraphs', () => {
  const paras = (text: string, layout: 'lines' | 'paragraphs' = 'lines') => {
    const src = new SourceText(text);
    return buildParagraphs(src, 1, src.lines.length + 1, layout).map((p) => [
      p.marker?.label ?? '',
      p.text.text,
    ]);
  };

  it('rejoins lines broken in mid-sentence, blank lines or not', () => {
    expect(
      paras(
        '- Thu ngân sách nhà nước trên địa bàn đạt 36.692 triệu đồng, trong đó chỉ\n\ntiêu 04 nguồn thu\n- Tỷ lệ: 5%',
      ),
    ).toEqual([
      ['-', 'Thu ngân sách nhà nước trên địa bàn đạt 36.692 triệu đồng, trong đó chỉ tiêu 04 nguồn thu'],
      ['-', 'Tỷ lệ: 5%'],
    ]);
  });

  it('reads a dash before a small letter after an unfinished line as a wrap, not a bullet', () => {
    const text =
      'các tổ chức chính trị - xã hội, các tổ chức xã hội, xã hội, các tổ chức xã hội khác nhau\n- nghề nghiệp trong phát động.';
    expect(paras(text)).toHaveLength(1);
  });

  it('starts a paragraph after a short line and at headings; joins an all-caps heading over two lines', () => {
    const text = [
      'II. NỘI DUNG, MỤC TIÊU, CHỈ TIÊU, NHIỆM VỤ, GIẢI PHÁP TỔ CHỨC CỦA ĐỢT THI ĐUA NĂM NAY TỔ',
      'CHỨC ĐỢT THI ĐUA',
      '2. Mục tiêu tổng quát',
      'Tăng tốc, bứt phá nhằm hoàn thành vượt mức cao nhất các chỉ tiêu phát triển kinh tế-xã hội năm',
      '2025 đã đề ra.',
    ].join('\n');
    expect(paras(text).map((p) => p[0])).toEqual(['II', '2', '']);
  });

  it('keeps Word paragraphs whole in the paragraphs layout', () => {
    expect(paras('Kế hoạch này áp dụng cho toàn phường\nCác đơn vị thực hiện', 'paragraphs')).toHaveLength(2);
  });
});

describe('Mapped', () => {
  it('keeps the map through join, slice and trim', () => {
    const src = new SourceText('ab\n  cd  ');
    const m = Mapped.join([Mapped.of(src, 0, 2), Mapped.of(src, 3, 9).trim()]);
    expect(m.text).toBe('ab cd');
    expect(m.span(src, 3, 5)).toEqual({ line: 2, start: 5, end: 7 });
  });
});

describe('spans in the draft', () => {
  it('point into the original NFD text', () => {
    const plan = 'KẾ HOẠCH\nThi đua năm 2025\nI. CHỈ TIÊU\n- Tỷ lệ hộ nghèo giảm còn 1,5%;\n'.normalize(
      'NFD',
    );
    const d = parsePlan(plan);
    const ind = d.indicators[0];
    expect(ind?.name.value).toBe('Tỷ lệ hộ nghèo');
    const s = ind?.targetValue.span;
    expect(plan.slice(s?.start, s?.end)).toBe('1,5');
    expect(s?.line).toBe(4);
    const n = ind?.name.span;
    expect(plan.slice(n?.start, n?.end).normalize('NFC')).toBe('Tỷ lệ hộ nghèo');
  });
});
