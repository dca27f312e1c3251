// Dossier import throughput (npm run bench dossier): text-layer pages (PDF, DOCX, TXT) and OCR pages
// (scanned PDF pages and PNG photos) separately, through DossierService on a real workspace with
// the real OCR process. Fixtures are generated here from the committed demo documents.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { caseInputSchema } from '../../shared/contract/channels/cases';
import { AuditLog } from '../../main/services/audit/audit-log';
import { CaseService } from '../../main/services/cases';
import { DossierService, OcrProcess } from '../../main/services/dossier';
import { openStores } from '../../main/store/stores';
import { writePdf } from '../fixtures/dossier/pdf-writer';
import type { Bench } from './bench';
import { timed } from './bench';

const demo = join(import.meta.dirname, '../../resources/demo');
const textPages = 120;
const scanPages = 6;

const bench: Bench = {
  name: 'dossier import — text pages and OCR pages per second',
  async run({ log }) {
    const dir = mkdtempSync(join(tmpdir(), 'judgedesk-bench-dossier-'));
    const ocr = new OcrProcess();
    const stores = openStores(join(dir, 'data'));
    try {
      const audit = new AuditLog(stores.workspace);
      const service = new DossierService(stores.workspace, audit, { ocr });
      const caseId = new CaseService(stores.workspace, audit).create(
        caseInputSchema.parse({ caseNumber: '（2026）京0105民初9999号', causeOfAction: '民间借贷纠纷', procedure: 'civil-simple', court: '某法院' }),
        { userId: 'bench', displayName: 'bench', roles: ['judge'], role: 'judge' },
      ).id;
      const actor = { userId: 'bench', displayName: 'bench', roles: ['clerk' as const], role: 'clerk' as const };
      const files = join(dir, 'files');
      mkdirSync(files);

      // Text: three 40-page PDFs of the demo texts (each file distinct so none is a duplicate).
      const sources = readdirSync(join(demo, 'sources')).map((f) => readFileSync(join(demo, 'sources', f), 'utf8').split('\n'));
      const textFiles = [0, 1, 2].map((n) => {
        const pages = Array.from({ length: textPages / 3 }, (_, i) => ({ lines: [`第 ${n}-${i} 页`, ...sources[(n + i) % sources.length]!.slice(0, 30)] }));
        const path = join(files, `text-${n}.pdf`);
        writeFileSync(path, writePdf(pages));
        return { fileName: `text-${n}.pdf`, path };
      });
      log(`importing ${textPages} text-layer pages …`);
      const text = await timed(() => service.importFiles(caseId, textFiles, actor));
      const textOk = text.value.reduce((s, o) => s + o.pages, 0);

      // OCR: the demo scan as a JPEG page, a few times per PDF, plus the PNG itself.
      const png = readFileSync(join(demo, 'documents', '06-借条（扫描件）.png'));
      const { width = 0, height = 0 } = await sharp(png).metadata();
      log('starting the OCR process (model load) …');
      const warm = await timed(() => ocr.read(png));
      const scanFiles = [0, 1].map((n) => {
        const pages = Array.from({ length: scanPages / 2 }, () => ({ jpeg: Buffer.alloc(0), width, height }));
        return { n, pages };
      });
      const built = await Promise.all(
        scanFiles.map(async ({ n, pages }) => {
          const jpeg = await sharp(png).flatten({ background: '#fff' }).jpeg({ quality: 70 + n }).toBuffer();
          const path = join(files, `scan-${n}.pdf`);
          writeFileSync(path, writePdf(pages.map((p) => ({ ...p, jpeg }))));
          return { fileName: `scan-${n}.pdf`, path };
        }),
      );
      log(`importing ${scanPages} scanned pages …`);
      const scans = await timed(() => service.importFiles(caseId, built, actor));
      const ocrOk = scans.value.reduce((s, o) => s + o.ocrPages, 0);
      const perSecond = (pages: number, ms: number) => Math.round((pages / (ms / 1000)) * 100) / 100;
      return {
        figures: [
          { label: 'text-layer pages/s (PDF)', value: perSecond(textOk, text.ms), unit: 'pages/s' },
          { label: 'OCR pages/s (scanned PDF)', value: perSecond(ocrOk, scans.ms), unit: 'pages/s' },
          { label: 'OCR start-up + first page', value: warm.ms, unit: 'ms' },
        ],
        notes: [
          `${textOk}/${textPages} text pages in ${text.ms} ms; ${ocrOk}/${scanPages} OCR pages (${width}×${height}) in ${scans.ms} ms`,
          'OCR runs in its own process (PaddleOCR v4 via onnxruntime-node), one page at a time',
        ],
      };
    } finally {
      ocr.close();
      stores.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default bench;
