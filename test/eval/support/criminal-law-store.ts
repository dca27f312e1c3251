// A knowledge store holding only the 刑法 (from the team data folder, in a temp dir): enough for
// articleText on every charge's 罪状 without importing the whole statute collection.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importStatutes, LawService } from '../../../main/services/laws';
import { openStores } from '../../../main/store/stores';
import { subsetFolder } from '../../unit/main/services/laws/statute-data';

export function openCriminalLawStore(): { laws: LawService; close: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'judgedesk-criminal-law-'));
  const stores = openStores(join(dir, 'data'));
  importStatutes(
    stores.knowledge,
    subsetFolder(dir, (row) => row.name === '刑法'),
  );
  return {
    laws: new LawService(stores.knowledge),
    close: () => {
      stores.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
