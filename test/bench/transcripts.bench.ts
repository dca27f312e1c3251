// 庭审笔录 on a 300-page transcript: how long a keystroke takes to be durable. Each keystroke is
// what the editor sends — one updateTurnText op with the turn's whole text — through the real
// dispatcher, TranscriptService and SQLite (WAL, synchronous=FULL), and again as an HTTP POST to
// the real web host on 127.0.0.1. The editor batches ops for up to 1 s; this measures the
// round trip of one op, the part that is not a deliberate wait.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localCaller } from '../../main/api/caller';
import { openApp } from '../../main/app';
import { startWebHost } from '../../main/host/web';
import type { Transcript, TranscriptOp } from '../../shared/contract/channels/transcripts';
import type { Bench } from './bench';
import { timed } from './bench';

/** A printed page of 庭审笔录 (A4, 仿宋 三号, 28 pt lines): about 22 lines of 28 characters. */
const charsPerPage = 22 * 28;
const targetPages = 300;
const keystrokes = 400;

const questions = [
  '原告，请陈述你的诉讼请求及事实和理由。',
  '被告对原告的陈述有何意见？',
  '对方提交的证据是否看过？对真实性、合法性、关联性有何意见？',
  '借款是何时、以何种方式交付的？',
];
const answers = [
  '我方请求判令被告偿还借款本金及按照合同约定的利率计算的逾期利息，事实和理由以起诉状为准，另补充说明借款交付经过。',
  '对原告陈述的借款事实有异议，款项并未实际交付，转账记录系双方其他经济往来，请求法庭依法驳回原告的诉讼请求。',
  '看过了。对转账凭证的真实性没有异议，但对其证明目的有异议，该笔款项是归还此前的货款，不是借款。',
];

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function post(port: number, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/invoke',
        headers: { 'content-type': 'application/json', host: `127.0.0.1:${port}` },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const bench: Bench = {
  name: 'transcripts — keystroke to persisted on a 300-page 庭审笔录',
  async run({ log }) {
    const dir = mkdtempSync(join(tmpdir(), 'judgedesk-bench-transcripts-'));
    const dataDir = join(dir, 'data');
    mkdirSync(dataDir);
    const app = openApp({ dataDir, host: 'web', modelsDir: join(dir, 'models') });
    const caller = localCaller('web');
    const invoke = async <T>(channel: string, payload: unknown): Promise<T> => {
      const result = await app.invoke(channel, payload, caller);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value as T;
    };
    try {
      const header = {
        court: '北京市朝阳区人民法院',
        caseNumber: '(2026)京0105民初1234号',
        causeOfAction: '民间借贷',
        startedAt: '2026-11-26 09:30',
        place: '第三法庭',
        panel: [{ role: '审判长', name: '王明' }],
        clerk: '孙书',
        attendees: [
          { role: '原告', name: '张三' },
          { role: '被告', name: '李四' },
        ],
      };
      const doc = await invoke<Transcript>('transcripts.create', { caseId: 'bench', procedure: 'civil-first-ordinary', header });
      const section = doc.sections.find((s) => s.title === '法庭调查')!;
      log('building a 300-page transcript …');
      let chars = doc.sections.reduce((n, s) => n + s.turns.reduce((m, t) => m + t.text.length, 0), 0);
      let after = section.turns.at(-1)!.id;
      let seq = 0;
      const turnIds: string[] = [];
      while (chars < targetPages * charsPerPage) {
        const ops = [];
        for (let i = 0; i < 500 && chars < targetPages * charsPerPage; i++) {
          const n = turnIds.length;
          const asking = n % 2 === 0;
          const text = `${asking ? questions[n % questions.length] : answers[n % answers.length]}（第${n + 1}段）`;
          const turnId = `b${n}`;
          ops.push({
            clientSeq: ++seq,
            op: {
              type: 'insertTurn',
              turnId,
              sectionId: section.id,
              afterTurnId: after,
              role: asking ? '审判长' : n % 4 === 1 ? '原告' : '被告',
              name: '',
              text,
              at: '2026-11-26T01:30:00Z',
            },
          });
          after = turnId;
          turnIds.push(turnId);
          chars += text.length;
        }
        await invoke('transcripts.applyOps', { transcriptId: doc.id, clientId: 'setup', ops });
      }
      const pages = Math.round(chars / charsPerPage);
      const open = await timed(() => invoke<Transcript>('transcripts.get', { transcriptId: doc.id }));

      // Typing: a few characters at a time into turns spread over the document, as a clerk corrects and adds.
      const typing = (label: string) => {
        const texts = new Map<string, string>();
        return (k: number): TranscriptOp => {
          const turnId = turnIds[Math.floor((((k * 7919) % 997) / 997) * turnIds.length)]!;
          const text = (texts.get(turnId) ?? label) + '借';
          texts.set(turnId, text);
          return { type: 'updateTurnText', turnId, text };
        };
      };
      log(`typing ${keystrokes} keystrokes through the service …`);
      const serviceMs: number[] = [];
      const nextService = typing('补充：');
      for (let k = 0; k < keystrokes; k++) {
        const op = nextService(k);
        const { ms } = await timed(() =>
          invoke('transcripts.applyOps', { transcriptId: doc.id, clientId: 'svc', ops: [{ clientSeq: k + 1, op }] }),
        );
        serviceMs.push(ms);
      }

      log(`typing ${keystrokes} keystrokes through the web host …`);
      const host = await startWebHost({ app, staticDir: dir, port: 0 });
      const webMs: number[] = [];
      try {
        const nextWeb = typing('更正：');
        for (let k = 0; k < keystrokes; k++) {
          const body = JSON.stringify({
            channel: 'transcripts.applyOps',
            payload: { transcriptId: doc.id, clientId: 'web', ops: [{ clientSeq: k + 1, op: nextWeb(k) }] },
          });
          const { ms, value } = await timed(() => post(host.port, body));
          if (!value.includes('"ok":true')) throw new Error(`web host refused a keystroke: ${value.slice(0, 200)}`);
          webMs.push(ms);
        }
      } finally {
        await host.close();
      }
      return {
        figures: [
          { label: 'transcript size', value: pages, unit: 'pages' },
          { label: 'turns', value: turnIds.length + doc.sections.reduce((n, s) => n + s.turns.length, 0), unit: 'turns' },
          { label: 'open (transcripts.get)', value: open.ms, unit: 'ms' },
          { label: 'keystroke→persisted via service p50', value: percentile(serviceMs, 50), unit: 'ms' },
          { label: 'keystroke→persisted via service p95', value: percentile(serviceMs, 95), unit: 'ms' },
          { label: 'keystroke→persisted via web host p50', value: percentile(webMs, 50), unit: 'ms' },
          { label: 'keystroke→persisted via web host p95', value: percentile(webMs, 95), unit: 'ms' },
        ],
        notes: [
          `${chars.toLocaleString('en')} characters ≈ ${pages} pages at ${charsPerPage} characters a page; ${keystrokes} keystrokes each way, one op per request (the editor batches up to 1 s, so this is the worst case per op)`,
          'every 100th op also writes a whole-transcript snapshot (version history), which is what the p95 shows',
        ],
      };
    } finally {
      app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default bench;
