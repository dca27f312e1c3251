import { readFileSync } from 'node:fs';
import { importStatutes, statuteFolder, sharedDataFolder } from '../../../main/services/laws';
import { CaseWriter, existingCorpusFiles } from '../../../main/services/similar-cases';
import { openStores } from '../../../main/store/stores';

/**
 * The statutes and a real case sample (the first `lines` of each corpus file, CJRC passages
 * left out) written into dataDir's knowledge.db as a pack import would leave them.
 */
export function importCaseSample(dataDir: string, lines = 200): void {
  const stores = openStores(dataDir);
  try {
    importStatutes(stores.knowledge, statuteFolder());
    const writer = new CaseWriter(stores.knowledge);
    stores.knowledge.transaction(() => {
      for (const file of existingCorpusFiles(sharedDataFolder()).filter((f) => !f.includes('cjrc'))) {
        readFileSync(file, 'utf8')
          .split('\n')
          .filter(Boolean)
          .slice(0, lines)
          .forEach((line, i) => writer.addLine(line, `第 ${i + 1} 行`));
      }
    })();
  } finally {
    stores.close();
  }
}
