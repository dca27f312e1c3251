// Dossier import throughput (npm run bench dossier) on what a court scans: full A4 pages at 300 dpi
// (2480×3508) of dense judgment text (test/fixtures/dossier/a4-page.ts: real judgments from the
// data folder's cases/judge_test, ≈ 1,000 characters a page). Text-layer PDFs and scanned PDFs (one
// JPEG a page, as a scanner writes them) are imported separately through the app's own
// dossier.import channel — staged uploads, the DossierService, pdfjs, the OCR model's process in
// main/inference — on a real workspace. The demo's 1240×440 scan strip is read in the same run as
// a baseline, so the A4 figure can be set beside the old one under the same load.
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { localCaller } from '../../main/api/caller';
import { openApp } from '../../main/app';
import { modelsDir } from '../../main/host/paths';
import { stageUpload } from '../../main/services/dossier';
import { charAccuracy, countEdits } from '../eval/support/char-accuracy';
import { a4, judgmentPageLines, renderA4Page, requireCjkFont, scannedJpeg } from '../fixtures/dossier/a4-page';
import { writePdf } from '../fixtures/dossier/pdf-writer';
import type { Bench } from './bench';
import { timed } from './bench';

const root = join(import.meta.dirname, '../..');
const dataDir = process.env.JUDGEDESK_DATA_DIR ?? join(root, '..', 'shared', 'data');
const demo = join(root, 'resources/demo/documents');
/** Text-layer pages: three PDFs of 40. */
const textPages = 120;
/** Scanned A4 pages: two PDFs of 2 (`npm run bench dossier` prints the seconds each takes). */
const scanPages = 4;
/** The text layer's 14 pt lines at 22 pt leading fit 35 to an A4 page (pdf-writer.ts). */
const textLinesPerPage = 35;

type Outcome = { fileName: string; status: string; documentId: string | null; pages: number; ocrPages: number };

const bench: Bench = {
  name: 'dossier import — A4 300 dpi pages: text layer and OCR, pages per second',
  async run({ log }) {
    if (!existsSync(join(dataDir, 'cases', 'judge_test', 'test.json')))
      return { figures: [], skipped: `数据目录 ${dataDir} 中没有 cases/judge_test` };
    requireCjkFont();
    const dir = mkdtempSync(join(tmpdir(), 'judgedesk-bench-dossier-'));
    const app = openApp({ dataDir: join(dir, 'data'), host: 'cli', modelsDir });
    const caller = localCaller('cli');
    const call = async <T>(channel: string, payload: unknown): Promise<T> => {
      const reply = await app.invoke(channel, payload, caller);
      if (!reply.ok) throw new Error(`${channel}: ${reply.error.message}`);
      return reply.value as T;
    };
    try {
      const { id: caseId } = await call<{ id: string }>('cases.create', {
        caseNumber: '（2026）京0105刑初9999号',
        causeOfAction: '盗窃罪',
        procedure: 'criminal-ordinary',
        court: '某法院',
      });
      const files = join(dir, 'files');
      mkdirSync(files);
      /** Stages the files as the hosts do, then times dossier.import alone. */
      const importFiles = async (paths: string[]) => {
        const staged: Array<{ uploadId: string; fileName: string }> = [];
        for (const path of paths) {
          const fileName = path.slice(files.length + 1);
          const upload = await stageUpload(join(dir, 'data'), fileName, createReadStream(path));
          if (!upload.ok) throw new Error(`${fileName} 暂存失败`);
          staged.push({ uploadId: upload.uploadId, fileName });
        }
        const run = await timed(() => call<{ outcomes: Outcome[] }>('dossier.import', { caseId, files: staged }));
        const failed = run.value.outcomes.filter((o) => o.status !== 'imported');
        if (failed.length) throw new Error(`导入失败：${failed.map((o) => o.fileName).join('、')}`);
        return { ms: run.ms, outcomes: run.value.outcomes };
      };

      // Text layer: the same judgment text, 35 lines a page, three files of 40 pages.
      const judgmentLines = judgmentPageLines(dataDir, Math.ceil((textPages * textLinesPerPage) / 38) + 1).flat();
      const textFiles = [0, 1, 2].map((n) => {
        const pages = Array.from({ length: textPages / 3 }, (_, i) => {
          const start = ((n * textPages) / 3 + i) * textLinesPerPage;
          return { lines: judgmentLines.slice(start, start + textLinesPerPage) };
        });
        const path = join(files, `text-${n}.pdf`);
        writeFileSync(path, writePdf(pages));
        return path;
      });
      log(`importing ${textPages} A4 text-layer pages …`);
      const text = await importFiles(textFiles);
      const textOk = text.outcomes.reduce((s, o) => s + o.pages, 0);

      // Start-up and the strip baseline: the demo's 1240×440 scan (what this bench timed before A4
      // pages), first as the PNG, then two pages of it as JPEG in a scanned PDF.
      const strip = readFileSync(join(demo, '06-借条（扫描件）.png'));
      log('starting the OCR process (model load) with the demo strip …');
      const warmPath = join(files, 'strip.png');
      writeFileSync(warmPath, strip);
      const warm = await importFiles([warmPath]);
      const { width = 0, height = 0 } = await sharp(strip).metadata();
      const stripJpeg = await sharp(strip).flatten({ background: '#fff' }).toColourspace('srgb').jpeg({ quality: 70 }).toBuffer();
      const stripPdf = join(files, 'strip.pdf');
      writeFileSync(stripPdf, writePdf([0, 1].map(() => ({ jpeg: stripJpeg, width, height }))));
      const stripRun = await importFiles([stripPdf]);

      // OCR: A4 pages drawn at 300 dpi, scanned (0.4° skew, softened, JPEG q75), two pages a PDF.
      log(`drawing ${scanPages} A4 pages at 300 dpi …`);
      const scanned = judgmentPageLines(dataDir, scanPages);
      const jpegs = await Promise.all(scanned.map(async (lines) => scannedJpeg(await renderA4Page(lines))));
      const scanFiles = [0, 1].map((n) => {
        const path = join(files, `scan-${n}.pdf`);
        writeFileSync(path, writePdf(jpegs.slice(n * 2, n * 2 + 2).map((jpeg) => ({ jpeg, width: a4.width, height: a4.height }))));
        return path;
      });
      log(`importing ${scanPages} scanned A4 pages …`);
      const scans = await importFiles(scanFiles);
      const ocrOk = scans.outcomes.reduce((s, o) => s + o.ocrPages, 0);

      // What the import stored for those pages, against the text they were drawn from.
      const stored = await Promise.all(
        scans.outcomes.map((o) => call<{ pages: Array<{ text: string }> }>('dossier.text', { id: o.documentId })),
      );
      const counts = stored.flatMap((doc) => doc.pages).map((page, i) => countEdits((scanned[i] ?? []).join('\n'), page.text));
      const chars = counts.reduce((s, c) => s + c.chars, 0);

      // Three significant digits: an A4 OCR page takes tens of seconds on a loaded 2-core machine.
      const perSecond = (pages: number, ms: number) => Number((pages / (ms / 1000)).toPrecision(3));
      return {
        figures: [
          { label: 'text-layer pages/s (A4 PDF)', value: perSecond(textOk, text.ms), unit: 'pages/s' },
          { label: 'OCR pages/s (A4 300 dpi scanned PDF)', value: perSecond(ocrOk, scans.ms), unit: 'pages/s' },
          { label: 'OCR seconds per A4 page', value: Math.round(scans.ms / Math.max(ocrOk, 1) / 100) / 10, unit: 's' },
          { label: 'OCR start-up + first strip', value: Math.round(warm.ms), unit: 'ms' },
          { label: 'baseline: OCR pages/s (1240×440 demo strip)', value: perSecond(2, stripRun.ms), unit: 'pages/s' },
        ],
        notes: [
          `${textOk}/${textPages} text pages in ${Math.round(text.ms)} ms; ${ocrOk}/${scanPages} OCR pages (${a4.width}×${a4.height}, ${chars} characters) in ${Math.round(scans.ms)} ms`,
          `character accuracy of the imported A4 scans against their drawn text: ${charAccuracy(counts).toFixed(4)} (npm run eval ocr for the card's figures)`,
          'OCR runs in its own process (PaddleOCR PP-OCRv4 via onnxruntime-node, models/ocr), one page at a time; the detector reads a page at 1414×2000',
        ],
      };
    } finally {
      app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default bench;
