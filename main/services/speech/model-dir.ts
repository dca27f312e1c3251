import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export type SpeechModelState =
  | { state: 'not-installed'; message: string }
  | { state: 'invalid'; modelDir: string; message: string }
  | { state: 'ready'; modelDir: string; files: { tokens: string; encoder: string; decoder: string; joiner: string } };

export const notInstalledMessage = '未安装语音模型：请由管理员在“设置 → 语音输入”中填写法院提供的语音模型目录';

const pick = (files: string[], part: string) =>
  // int8 files are smaller and as accurate for dictation; prefer them when both are there.
  files.filter((f) => f.endsWith('.onnx') && f.includes(part)).sort((a, b) => Number(b.includes('int8')) - Number(a.includes('int8')))[0];

/**
 * Checks a court-supplied sherpa-onnx streaming transducer directory: tokens.txt and an encoder,
 * decoder and joiner .onnx file. Names what is missing, in Chinese, with the directory.
 */
export function checkSpeechModelDir(modelDir: string | null | undefined): SpeechModelState {
  if (!modelDir || !modelDir.trim()) return { state: 'not-installed', message: notInstalledMessage };
  if (!existsSync(modelDir) || !statSync(modelDir).isDirectory()) {
    return { state: 'invalid', modelDir, message: `语音模型目录 ${modelDir} 不存在或不是文件夹` };
  }
  const files = readdirSync(modelDir);
  const encoder = pick(files, 'encoder');
  const decoder = pick(files, 'decoder');
  const joiner = pick(files, 'joiner');
  const missing = [
    files.includes('tokens.txt') ? null : 'tokens.txt',
    encoder ? null : 'encoder*.onnx',
    decoder ? null : 'decoder*.onnx',
    joiner ? null : 'joiner*.onnx',
  ].filter((m): m is string => m !== null);
  if (missing.length || !encoder || !decoder || !joiner) {
    return {
      state: 'invalid',
      modelDir,
      message: `语音模型目录 ${modelDir} 缺少 ${missing.join('、')}（需要 sherpa-onnx 流式 transducer 模型）`,
    };
  }
  return {
    state: 'ready',
    modelDir,
    files: {
      tokens: join(modelDir, 'tokens.txt'),
      encoder: join(modelDir, encoder),
      decoder: join(modelDir, decoder),
      joiner: join(modelDir, joiner),
    },
  };
}
