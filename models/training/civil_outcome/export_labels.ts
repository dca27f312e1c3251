/**
 * Writes the civil outcome model's training rows (JSON Lines, see rows.ts). The rows hold case
 * text, so they go to a temporary file, never into the repository.
 *
 * Usage: npx tsx models/training/civil_outcome/export_labels.ts <out.jsonl> [--smoke]
 */
import { writeFileSync } from 'node:fs';
import { civilRows } from './rows';

const [outPath, flag] = process.argv.slice(2);
if (!outPath) throw new Error('usage: export_labels.ts <out.jsonl> [--smoke]');
const { rows, perCause } = civilRows({ smoke: flag === '--smoke' });
writeFileSync(outPath, rows.map((r) => JSON.stringify(r)).join('\n') + '\n', 'utf8');
console.log(JSON.stringify({ rows: rows.length, perCause }));
