import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallerContext } from '../../../../../main/api/caller';
import { localCaller } from '../../../../../main/api/caller';
import {
  sherpaEngine,
  sherpaHotwordsFile,
  SpeechSession,
  speechTextForTurn,
  type StreamingRecognizer,
} from '../../../../../main/services/speech';
import type { Transcript } from '../../../../../shared/contract/channels/transcripts';
import type { SpeechStatus } from '../../../../../shared/contract/channels/transcripts-settings';
import type { TempApp } from '../../../../helpers/temp-app';
import { openTempApp } from '../../../../helpers/temp-app';
import { civilHeader } from './transcript-fixtures';

const web = localCaller('web');
const clerk: CallerContext = { user: '书记员甲', roles: ['clerk'], host: 'web' };

async function call<T>(t: TempApp, channel: string, payload: unknown, caller: CallerContext = web): Promise<T> {
  const result = await t.app.invoke(channel, payload, caller);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

/**
 * RECORDED-TEXT STAND-IN — NOT SPEECH RECOGNITION. It replays a fixed, typed-in sentence a few
 * characters per audio chunk, with a pause after each utterance, so the plug-in's streaming path
 * (partials, endpoints, final text into the current turn) can be tested without a speech model,
 * which cannot be obtained on these machines. The audio it is given is ignored.
 */
function recordedTextStandIn(utterances: readonly string[], charsPerChunk = 3): StreamingRecognizer {
  let index = 0;
  let shown = 0;
  return {
    acceptWaveform() {
      const current = utterances[index] ?? '';
      shown = Math.min(current.length + 1, shown + charsPerChunk); // +1: one chunk of silence ends it
    },
    partial: () => (utterances[index] ?? '').slice(0, shown),
    isEndpoint: () => index < utterances.length && shown > utterances[index]!.length,
    finish() {
      const text = (utterances[index] ?? '').slice(0, shown);
      index += 1;
      shown = 0;
      return text;
    },
  };
}

describe('speech input plug-in (no model here: 未安装语音模型; streaming path tested with a recorded-text stand-in)', () => {
  let t: TempApp;
  beforeEach(() => {
    t = openTempApp();
  });
  afterEach(() => t.cleanup());

  it('says 未安装语音模型 until a model directory is configured', async () => {
    const status = await call<SpeechStatus>(t, 'transcripts.speech.status', {});
    expect(status.state).toBe('not-installed');
    expect(status.message).toMatch(/^未安装语音模型/);
  });

  it('refuses a directory without the model files, naming it and what is missing; keeps the old setting', async () => {
    const missing = await t.app.invoke('transcripts.speech.configure', { modelDir: join(t.dir, 'nowhere') }, web);
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.message).toBe(`语音模型目录 ${join(t.dir, 'nowhere')} 不存在或不是文件夹`);
    const partial = join(t.dir, 'partial-model');
    mkdirSync(partial);
    writeFileSync(join(partial, 'tokens.txt'), '');
    writeFileSync(join(partial, 'encoder-epoch-99.onnx'), '');
    const incomplete = await t.app.invoke('transcripts.speech.configure', { modelDir: partial }, web);
    expect(incomplete.ok).toBe(false);
    if (!incomplete.ok) expect(incomplete.error.message).toContain('缺少 decoder*.onnx、joiner*.onnx');
    expect((await call<SpeechStatus>(t, 'transcripts.speech.status', {})).state).toBe('not-installed');
  });

  it('lets only the administrator set a complete directory, audited; the engine then asks for its component', async () => {
    const dir = join(t.dir, 'court-model');
    mkdirSync(dir);
    for (const f of [
      'tokens.txt',
      'encoder-epoch-99.int8.onnx',
      'encoder-epoch-99.onnx',
      'decoder-epoch-99.onnx',
      'joiner-epoch-99.int8.onnx',
    ])
      writeFileSync(join(dir, f), '');
    expect((await t.app.invoke('transcripts.speech.configure', { modelDir: dir }, clerk)).ok).toBe(false);
    const ready = await call<SpeechStatus>(t, 'transcripts.speech.configure', { modelDir: dir });
    expect(ready).toMatchObject({ state: 'ready', modelDir: dir, engine: 'sherpa-onnx', message: '' });
    const audit = await call<{ entries: Array<{ summary: string }> }>(t, 'audit.list', { limit: 1 });
    expect(audit.entries[0]!.summary).toBe(`设置语音模型目录：${dir}`);
    let installed = true;
    try {
      createRequire(import.meta.url).resolve('sherpa-onnx-node');
    } catch {
      installed = false;
    }
    if (!installed)
      await expect(sherpaEngine.create({ modelDir: dir, hotwords: [] })).rejects.toThrow('未安装语音识别组件 sherpa-onnx-node');
  });

  it('takes hot words from the case: names, place, 案由, 争议焦点, then court terms', async () => {
    const doc = await call<Transcript>(t, 'transcripts.create', {
      caseId: 'c1',
      procedure: 'civil-first-ordinary',
      header: civilHeader,
      disputeFocuses: ['借款是否实际交付'],
    });
    const { hotwords } = await call<SpeechStatus>(t, 'transcripts.speech.status', { transcriptId: doc.id });
    expect(hotwords.slice(0, 11)).toEqual([
      '王明',
      '赵丽',
      '钱进',
      '张三',
      '李四',
      '孙书',
      civilHeader.court,
      '第三法庭',
      '民间借贷',
      '借款是否实际交付',
      '审判长',
    ]);
    expect(sherpaHotwordsFile(['张三', '民间 借贷'])).toBe('张 三 :2.0\n民 间 借 贷 :2.0\n');
  });

  it('streams recognised text into the current turn as journaled ops (recorded-text stand-in, not recognition)', async () => {
    const doc = await call<Transcript>(t, 'transcripts.create', { caseId: 'c1', procedure: 'civil-first-ordinary', header: civilHeader });
    const section = doc.sections.find((s) => s.title === '法庭调查')!;
    const turnId = section.turns[1]!.id; // 原告's empty answer
    const session = new SpeechSession(recordedTextStandIn(['借款已于去年三月交付', '有银行转账记录为证。']));
    const silence = new Float32Array(1600);
    let text = '';
    let seq = 0;
    const partials: string[] = [];
    for (let chunk = 0; chunk < 20; chunk++) {
      for (const event of session.feed(silence, 16000)) {
        if (event.kind === 'partial') partials.push(event.text);
        else {
          text = speechTextForTurn(text, event.text);
          await call(t, 'transcripts.applyOps', {
            transcriptId: doc.id,
            clientId: 'speech',
            ops: [{ clientSeq: ++seq, op: { type: 'updateTurnText', turnId, text } }],
          });
        }
      }
    }
    expect(partials.slice(0, 3)).toEqual(['借款已', '借款已于去年', '借款已于去年三月交']);
    const stored = await call<Transcript>(t, 'transcripts.get', { transcriptId: doc.id });
    expect(stored.sections.find((s) => s.id === section.id)!.turns[1]!.text).toBe('借款已于去年三月交付。有银行转账记录为证。');
    expect(seq).toBe(2);
    expect(session.stop()).toEqual([]);
  });
});
