import { describe, expect, it } from 'vitest';
import type { TranscriptOp } from '../../../shared/contract/channels/transcripts';
import { applyOpToContent, inverseOp, type TranscriptContent } from '../../../shared/domain/transcript-editing';
import { abbreviationAt, expandAbbreviation, insertAt } from '../../../renderer/features/transcripts/abbreviations';
import { editorCommand } from '../../../renderer/features/transcripts/editor-keys';
import { editorRows } from '../../../renderer/features/transcripts/editor-rows';
import { findMatches, nextMatch, replaceAllTexts } from '../../../renderer/features/transcripts/find-replace';
import { UndoStack, typingGroupMs } from '../../../renderer/features/transcripts/undo-stack';

const content: TranscriptContent = {
  header: {
    court: '某法院',
    caseNumber: '(2026)京0105民初1号',
    causeOfAction: '民间借贷',
    startedAt: '',
    place: '',
    panel: [{ role: '审判长', name: '王明' }],
    clerk: '孙书',
    attendees: [{ role: '原告', name: '张三' }],
  },
  sections: [
    {
      id: 's1',
      title: '法庭调查',
      turns: [
        { id: 'a', role: '审判长', name: '王明', text: '原告陈述借款经过。', at: 't0' },
        { id: 'b', role: '原告', name: '张三', text: '借款给被告，被告未还借款。', at: 't1' },
      ],
    },
    { id: 's2', title: '法庭辩论', turns: [{ id: 'c', role: '原告', name: '张三', text: '请求判令返还借款。', at: 't2' }] },
  ],
};

const key = (k: Partial<Parameters<typeof editorCommand>[0]>) =>
  editorCommand({ key: '', code: '', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...k });

describe('undo as ops', () => {
  const ops: TranscriptOp[] = [
    { type: 'updateTurnText', turnId: 'b', text: '改过的文字' },
    { type: 'setSpeaker', turnId: 'b', role: '审判长', name: '王明' },
    { type: 'deleteTurn', turnId: 'b' },
    { type: 'deleteTurn', turnId: 'a' },
    { type: 'insertTurn', turnId: 'n', sectionId: 's2', afterTurnId: 'c', role: '原告', name: '张三', text: '新', at: 't3' },
    { type: 'renameSection', sectionId: 's2', title: '辩论' },
    { type: 'updateHeader', header: { place: '第一法庭', clerk: '钱书' } },
  ];
  it.each(ops.map((op) => [op.type, op] as const))('%s followed by its inverse gives the text back exactly', (_type, op) => {
    const inverse = inverseOp(content, op);
    expect(inverse).not.toBeNull();
    const after = applyOpToContent(content, op);
    expect(after).not.toEqual(content);
    expect(applyOpToContent(after, inverse!)).toEqual(content);
  });

  it('merges typing in one turn into one step, but not across turns, pauses or a forced group', () => {
    const stack = new UndoStack();
    const type = (turnId: string, text: string, now: number, group?: 'new') =>
      stack.record({ type: 'updateTurnText', turnId, text }, { type: 'updateTurnText', turnId, text: `before ${text}` }, now, group);
    type('a', '1', 0);
    type('a', '12', 500);
    type('b', 'x', 600);
    type('b', 'xy', 600 + typingGroupMs + 1);
    type('b', 'xyz', 600 + typingGroupMs + 2, 'new');
    const steps = [stack.undo(), stack.undo(), stack.undo(), stack.undo()];
    expect(steps.map((s) => s?.redo[0])).toEqual([
      { type: 'updateTurnText', turnId: 'b', text: 'xyz' },
      { type: 'updateTurnText', turnId: 'b', text: 'xy' },
      { type: 'updateTurnText', turnId: 'b', text: 'x' },
      { type: 'updateTurnText', turnId: 'a', text: '12' },
    ]);
    // The first typing of the merged step is what undo goes back to.
    expect(steps[3]?.undo).toEqual([{ type: 'updateTurnText', turnId: 'a', text: 'before 1' }]);
    expect(stack.undo()).toBeNull();
    expect(stack.redo()?.redo[0]).toEqual({ type: 'updateTurnText', turnId: 'a', text: '12' });
    stack.record({ type: 'deleteTurn', turnId: 'a' }, { type: 'deleteTurn', turnId: 'a' }, 9e9);
    expect(stack.canRedo).toBe(false);
  });

  it('undoes a replace-all as one step, in reverse order', () => {
    const stack = new UndoStack();
    const pairs = ['a', 'b'].map((turnId) => ({
      forward: { type: 'updateTurnText', turnId, text: 'new' } as TranscriptOp,
      inverse: { type: 'updateTurnText', turnId, text: 'old' } as TranscriptOp,
    }));
    stack.recordMany(pairs, 0);
    expect(stack.undo()?.undo.map((o) => ('turnId' in o ? o.turnId : ''))).toEqual(['b', 'a']);
  });
});

describe('find and replace across turns', () => {
  it('finds every occurrence in document order', () => {
    expect(findMatches(content, '借款')).toEqual([
      { turnId: 'a', start: 4, end: 6 },
      { turnId: 'b', start: 0, end: 2 },
      { turnId: 'b', start: 10, end: 12 },
      { turnId: 'c', start: 6, end: 8 },
    ]);
    expect(findMatches(content, '')).toEqual([]);
  });

  it('steps forward and back from the caret and wraps round', () => {
    const matches = findMatches(content, '借款');
    const order = ['a', 'b', 'c'];
    expect(nextMatch(matches, order, null, 1)).toBe(0);
    expect(nextMatch(matches, order, { turnId: 'b', offset: 2 }, 1)).toBe(2);
    expect(nextMatch(matches, order, { turnId: 'c', offset: 8 }, 1)).toBe(0);
    expect(nextMatch(matches, order, { turnId: 'b', offset: 10 }, -1)).toBe(1);
    expect(nextMatch(matches, order, { turnId: 'a', offset: 0 }, -1)).toBe(3);
  });

  it('replaces in every turn that has the text and leaves the others alone', () => {
    expect(replaceAllTexts(content, '借款', '借贷款项')).toEqual([
      { turnId: 'a', text: '原告陈述借贷款项经过。' },
      { turnId: 'b', text: '借贷款项给被告，被告未还借贷款项。' },
      { turnId: 'c', text: '请求判令返还借贷款项。' },
    ]);
  });
});

describe('quick phrases', () => {
  const phrases = [
    { abbreviation: 'bg', text: '被告' },
    { abbreviation: 'bgr', text: '被告人' },
    { abbreviation: 'yg', text: '原告' },
  ];
  it('expands the longest abbreviation ending at the caret, only at a word start', () => {
    expect(abbreviationAt('问bgr', 4, phrases)?.text).toBe('被告人');
    expect(abbreviationAt('问bg', 3, phrases)?.text).toBe('被告');
    expect(abbreviationAt('abg', 3, phrases)).toBeNull();
    expect(abbreviationAt('yg说', 2, phrases)?.text).toBe('原告');
    expect(abbreviationAt('原告', 2, phrases)).toBeNull();
    expect(expandAbbreviation('问bg：', 3, phrases[0]!)).toEqual({ text: '问被告：', caret: 3 });
    expect(insertAt('原告意见', { start: 2, end: 4 }, '陈述')).toEqual({ text: '原告陈述', caret: 4 });
  });

  it('maps the keys: Ctrl+Z/Y, Ctrl+Shift+Z, Ctrl+F/H, F3, Ctrl+Shift+digit, Space', () => {
    expect(key({ key: 'z', ctrlKey: true })).toEqual({ kind: 'undo' });
    expect(key({ key: 'Z', ctrlKey: true, shiftKey: true })).toEqual({ kind: 'redo' });
    expect(key({ key: 'y', ctrlKey: true })).toEqual({ kind: 'redo' });
    expect(key({ key: 'f', ctrlKey: true })).toEqual({ kind: 'find', replace: false });
    expect(key({ key: 'h', ctrlKey: true })).toEqual({ kind: 'find', replace: true });
    expect(key({ key: 'F3', shiftKey: true })).toEqual({ kind: 'findNext', step: -1 });
    expect(key({ key: '!', code: 'Digit1', ctrlKey: true, shiftKey: true })).toEqual({ kind: 'phrase', index: 0 });
    expect(key({ key: '1', code: 'Digit1', ctrlKey: true })).toEqual({ kind: 'speaker', index: 0 });
    expect(key({ key: ' ' })).toEqual({ kind: 'expand' });
    expect(key({ key: 'z' })).toBeNull();
  });
});

describe('virtualised rows', () => {
  it('lists section titles, turns and add links in order and indexes them', () => {
    const { rows, indexOf } = editorRows(content.sections, false);
    expect(rows.map((r) => r.key)).toEqual(['s-s1', 't-a', 't-b', 'a-s1', 's-s2', 't-c', 'a-s2']);
    expect(indexOf.get('c')).toBe(5);
    expect(indexOf.get('section:s2')).toBe(4);
    expect(editorRows(content.sections, true).rows.some((r) => r.kind === 'add')).toBe(false);
  });
});
