import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Refusal } from '../../../shared/contract/refusal';
import { sherpaHotwordsFile } from './hotwords';
import { checkSpeechModelDir } from './model-dir';
import type { RecognizerOptions, SpeechEngine, StreamingRecognizer } from './speech-plugin';

// The parts of sherpa-onnx-node's API the plug-in uses (the package is optional: not installed
// with JudgeDesk, added by court IT together with the model).
interface SherpaStream {
  acceptWaveform(input: { samples: Float32Array; sampleRate: number }): void;
}
interface SherpaOnlineRecognizer {
  createStream(): SherpaStream;
  isReady(stream: SherpaStream): boolean;
  decode(stream: SherpaStream): void;
  isEndpoint(stream: SherpaStream): boolean;
  reset(stream: SherpaStream): void;
  getResult(stream: SherpaStream): { text: string };
}
interface SherpaModule {
  OnlineRecognizer: new (config: unknown) => SherpaOnlineRecognizer;
}

const packageName = 'sherpa-onnx-node';

function loadSherpa(): SherpaModule {
  try {
    return createRequire(import.meta.url)(packageName) as SherpaModule;
  } catch {
    throw new Refusal('NOT_FOUND', `未安装语音识别组件 ${packageName}：请由法院信息技术部门随语音模型一并安装`);
  }
}

/** The sherpa-onnx streaming transducer engine over a court-supplied model directory. */
export const sherpaEngine: SpeechEngine = {
  name: 'sherpa-onnx',
  async create(options: RecognizerOptions): Promise<StreamingRecognizer> {
    const model = checkSpeechModelDir(options.modelDir);
    if (model.state !== 'ready') throw new Refusal('NOT_FOUND', model.message);
    const sherpa = loadSherpa();
    const hotwordsFile = join(tmpdir(), `judgedesk-hotwords-${process.pid}.txt`);
    writeFileSync(hotwordsFile, sherpaHotwordsFile(options.hotwords));
    const recognizer = new sherpa.OnlineRecognizer({
      featConfig: { sampleRate: 16000, featureDim: 80 },
      modelConfig: { transducer: model.files, tokens: model.files.tokens, numThreads: 1, provider: 'cpu', modelingUnit: 'cjkchar' },
      // Hot words need beam search; endpoint rules end an utterance at a pause.
      decodingMethod: 'modified_beam_search',
      hotwordsFile,
      hotwordsScore: 2.0,
      enableEndpoint: true,
      rule1MinTrailingSilence: 2.4,
      rule2MinTrailingSilence: 1.0,
      rule3MinUtteranceLength: 20,
    });
    const stream = recognizer.createStream();
    const decode = () => {
      while (recognizer.isReady(stream)) recognizer.decode(stream);
    };
    return {
      acceptWaveform(samples, sampleRate) {
        stream.acceptWaveform({ samples, sampleRate });
        decode();
      },
      partial: () => recognizer.getResult(stream).text,
      isEndpoint: () => recognizer.isEndpoint(stream),
      finish() {
        decode();
        const text = recognizer.getResult(stream).text;
        recognizer.reset(stream);
        return text;
      },
    };
  },
};
