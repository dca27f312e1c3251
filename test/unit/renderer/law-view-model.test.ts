import { describe, expect, it } from 'vitest';
import {
  excerptAround,
  highlightSegments,
  hitAsOf,
  isFocusSearchShortcut,
  validityColors,
} from '../../../renderer/features/laws/law-view-model';

describe('highlightSegments', () => {
  it('cuts text into plain and marked runs', () => {
    expect(
      highlightSegments('借款合同是借款人向贷款人借款', [
        { start: 0, end: 2 },
        { start: 5, end: 7 },
      ]),
    ).toEqual([
      { text: '借款', marked: true },
      { text: '合同是', marked: false },
      { text: '借款', marked: true },
      { text: '人向贷款人借款', marked: false },
    ]);
  });

  it('merges overlapping spans, sorts them and clips them to the text', () => {
    expect(
      highlightSegments('abcdef', [
        { start: 3, end: 9 },
        { start: 1, end: 3 },
        { start: 2, end: 4 },
        { start: -2, end: 0 },
      ]),
    ).toEqual([
      { text: 'a', marked: false },
      { text: 'bcdef', marked: true },
    ]);
    expect(highlightSegments('', [{ start: 0, end: 1 }])).toEqual([]);
    expect(highlightSegments('abc', [])).toEqual([{ text: 'abc', marked: false }]);
  });
});

describe('excerptAround', () => {
  it('keeps the context around each span, … between, spans moved to match', () => {
    const text = '一二三四五六七八九十甲乙丙丁戊己庚辛壬癸';
    const { text: out, spans } = excerptAround(
      text,
      [
        { start: 2, end: 4 },
        { start: 16, end: 18 },
      ],
      1,
    );
    expect(out).toBe('…二三四五…己庚辛壬…');
    expect(spans.map((s) => out.slice(s.start, s.end))).toEqual(['三四', '庚辛']);
  });

  it('joins windows that touch and gives nothing for no spans', () => {
    const { text, spans } = excerptAround(
      'abcdefgh',
      [
        { start: 1, end: 2 },
        { start: 4, end: 5 },
      ],
      2,
    );
    expect(text).toBe('abcdefg…');
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['b', 'e']);
    expect(excerptAround('abc', [])).toEqual({ text: '', spans: [] });
  });
});

describe('law page helpers', () => {
  it('validity badge colours: 有效 green, 已废止 red, 尚未生效 orange, 已修改 grey', () => {
    expect(validityColors).toEqual({ 有效: 'green', 已废止: 'red', 尚未生效: 'orange', 已修改: 'default' });
  });

  it('Ctrl+K and ⌘K focus the search box; other chords do not', () => {
    const k = (over: Partial<{ key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }>) => ({
      key: 'k',
      ctrlKey: false,
      metaKey: false,
      altKey: false,
      shiftKey: false,
      ...over,
    });
    expect(isFocusSearchShortcut(k({ ctrlKey: true }))).toBe(true);
    expect(isFocusSearchShortcut(k({ metaKey: true, key: 'K' }))).toBe(true);
    expect(isFocusSearchShortcut(k({}))).toBe(false);
    expect(isFocusSearchShortcut(k({ ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isFocusSearchShortcut(k({ ctrlKey: true, key: 'j' }))).toBe(false);
  });

  it('a superseded hit opens on its own version date; others on the search date', () => {
    expect(hitAsOf({ status: '已修改', versionDate: '2022-01-01' }, '2024-01-01')).toBe('2022-01-01');
    expect(hitAsOf({ status: '有效', versionDate: '2022-01-01' }, '2024-01-01')).toBe('2024-01-01');
    expect(hitAsOf({ status: '有效', versionDate: null }, undefined)).toBeUndefined();
  });
});
