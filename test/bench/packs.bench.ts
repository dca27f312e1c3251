// Whole statute folder: pack build, verify, import (the route every workstation takes), and the
// direct markdown import for comparison.
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServices } from '../../main/app';
import { importStatutes, statuteFolder } from '../../main/services/laws';
import { buildPack, generateSigningKey, loadTrustedKeys, readPrivateKey, verifyPackFile } from '../../main/services/packs';
import { openDatabase } from '../../main/store/database';
import { knowledgeMigrations } from '../../main/store/migrations/knowledge';
import { openStores } from '../../main/store/stores';
import type { Bench } from './bench';
import { median, timed } from './bench';

const bench: Bench = {
  name: 'knowledge packs — whole LawRefBook statute folder',
  async run({ log }) {
    const folder = statuteFolder();
    if (!existsSync(join(folder, 'db_law.jsonl')))
      return { figures: [], skipped: `no statute folder at ${folder} (set JUDGEDESK_SHARED_DATA)` };
    const dir = mkdtempSync(join(tmpdir(), 'judgedesk-bench-'));
    try {
      const dataDir = join(dir, 'data');
      mkdirSync(dataDir);
      const key = generateSigningKey(join(dataDir, 'dev-key'));
      const file = join(dir, 'bench.jdpack');
      log('building the pack …');
      const build = await timed(() =>
        buildPack({
          statutes: folder,
          privateKeyPem: readPrivateKey(key.privateKeyPath),
          packVersion: 'bench',
          out: file,
          builder: 'bench',
        }),
      );
      const trusted = loadTrustedKeys(dataDir, {}).keys;
      const verifies: number[] = [];
      for (let i = 0; i < 5; i += 1) verifies.push((await timed(() => verifyPackFile(file, trusted))).ms);

      log('importing the pack …');
      const stores = openStores(dataDir);
      const { packs } = buildServices({ stores, dataDir, modelsDir: join(dir, 'models') });
      const imported = await timed(() => packs.import(file, { userId: 'bench', displayName: 'bench', roles: ['admin'], role: 'admin' }));
      const articles = stores.knowledge.prepare('SELECT count(*) FROM articles').pluck().get() as number;
      stores.close();

      log('direct markdown import for comparison …');
      const db = openDatabase({ file: join(dir, 'direct.db'), migrations: knowledgeMigrations });
      const direct = await timed(() => importStatutes(db, folder));
      db.close();

      return {
        figures: [
          { label: 'pack import (verify + one transaction)', value: imported.ms, unit: 'ms' },
          { label: 'articles imported', value: articles, unit: 'articles' },
          { label: 'laws imported (incl. repealed stubs)', value: imported.value.counts.laws, unit: 'laws' },
          { label: 'pack verify (median of 5)', value: median(verifies), unit: 'ms' },
          { label: 'pack build (parse + gzip + sign)', value: build.ms, unit: 'ms' },
          { label: 'pack size', value: Math.round((statSync(file).size / 2 ** 20) * 100) / 100, unit: 'MiB' },
          { label: 'direct markdown import (for comparison)', value: direct.ms, unit: 'ms' },
        ],
        notes: [`${build.value.manifest.counts.laws} catalogue laws, ${build.value.manifest.counts.versions} versions in the pack`],
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default bench;
