import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { statuteFolder } from '../../../../../main/services/laws/data-folder';

/** The LawRefBook folder of the team data (never copied into the repo), or null when absent. */
export const lawrefbook = statuteFolder();
export const hasStatuteData = existsSync(join(lawrefbook, 'db_law.jsonl'));
if (!hasStatuteData) {
  console.warn(`跳过法规数据测试：找不到 ${lawrefbook}（可用 JUDGEDESK_SHARED_DATA 指定团队数据目录）`);
}
