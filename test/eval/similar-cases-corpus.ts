// The evaluation and bench corpus: every case file of the team data folder plus every statute,
// built into a signed pack, verified and imported by the pack service (as packs.import does), in
// .tmp/similar-cases/. Reused while the data, the pack code and the corpus code are unchanged.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { sharedDataFolder, statuteFolder } from '../../main/services/laws';
import {
  buildPack,
  devKeyFolder,
  generateSigningKey,
  importVerifiedPack,
  loadTrustedKeys,
  privateKeyFile,
  readPrivateKey,
  verifyPackFile,
} from '../../main/services/packs';
import type { ImportPackResult } from '../../main/services/packs';
import { existingCorpusFiles } from '../../main/services/similar-cases/corpus-files';
import { knowledgeFileName } from '../../main/store/stores';

const root = process.cwd();
/** The similar-cases files that decide what the store holds (search code does not). */
const storeWriters = [
  'case-record.ts',
  'case-writer.ts',
  'cited-articles.ts',
  'corpus-files.ts',
  'court-info.ts',
  'judgment-sections.ts',
  'outcome-parser.ts',
  'source-formats.ts',
];

/** Changes when the data or the code that turns it into the store changes. */
function corpusVersion(files: readonly string[]): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(join(sharedDataFolder(), 'MANIFEST.sha256')));
  for (const dir of ['main/services/packs', 'main/store/migrations/knowledge']) {
    for (const f of readdirSync(join(root, dir)).sort()) hash.update(readFileSync(join(root, dir, f)));
  }
  for (const f of storeWriters) hash.update(readFileSync(join(root, 'main/services/similar-cases', f)));
  hash.update(files.join('\n'));
  return `eval-${hash.digest('hex').slice(0, 12)}`;
}

export interface EvalCorpus {
  dataDir: string;
  knowledgeFile: string;
  /** The import report when this call built it; null when reused. */
  built: ImportPackResult | null;
}

export async function evalCorpus(folder = join(root, '.tmp', 'similar-cases')): Promise<EvalCorpus> {
  const files = existingCorpusFiles(sharedDataFolder());
  const version = corpusVersion(files);
  const knowledgeFile = join(folder, knowledgeFileName);
  if (existsSync(knowledgeFile)) {
    const db = new Database(knowledgeFile, { readonly: true });
    const have = db.prepare("SELECT value FROM knowledge_meta WHERE key = 'packVersion'").pluck().get();
    db.close();
    if (have === version) return { dataDir: folder, knowledgeFile, built: null };
  }
  rmSync(folder, { recursive: true, force: true });
  const keyDir = join(folder, devKeyFolder);
  generateSigningKey(keyDir);
  const pack = join(folder, 'corpus.jdpack');
  buildPack({
    statutes: statuteFolder(),
    cases: files,
    privateKeyPem: readPrivateKey(join(keyDir, privateKeyFile)),
    packVersion: version,
    out: pack,
    builder: 'eval',
  });
  // The pack service's own verify + import (what packs.import runs), without the rest of the app.
  const verified = verifyPackFile(pack, loadTrustedKeys(folder, {}).keys);
  const built = await importVerifiedPack({ knowledgeFile, pack: verified });
  rmSync(pack);
  return { dataDir: folder, knowledgeFile, built };
}
