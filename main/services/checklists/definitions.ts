import { createHash } from 'node:crypto';
import type { ChecklistDefinition } from '../../../shared/contract/channels/checklists';
import { checklistDefinitionSchema } from '../../../shared/contract/channels/checklists';
import { Refusal } from '../../../shared/contract/refusal';
import { canonicalJson } from '../../../shared/domain/canonical-json';
import { checklistFiles } from './definitions-files';

/**
 * A bundled checklist file that does not fit the schema is the installation's fault, not the
 * user's: INTERNAL, with the file and its first problem named so IT can fix it.
 */
function fileRefusal(file: string, problem: string): Refusal {
  return new Refusal('INTERNAL', `证据指引文件 resources/checklists/${file}.json 有误：${problem}`);
}

/** Parses one file's content; refuses naming the file, the path and the problem. */
export function parseChecklist(file: string, content: unknown): ChecklistDefinition {
  const parsed = checklistDefinitionSchema.safeParse(content);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw fileRefusal(file, `${issue.path.join('.') || '（根）'}：${issue.message}`);
  }
  if (parsed.data.id !== file) throw fileRefusal(file, `id「${parsed.data.id}」应与文件名一致`);
  return parsed.data;
}

let cache: ChecklistDefinition[] | null = null;

export function checklistDefinitions(): ChecklistDefinition[] {
  cache ??= Object.entries(checklistFiles).map(([file, content]) => parseChecklist(file, content));
  return cache;
}

/** 盗窃罪 and 盗窃 name the same charge; full-width and spaces do not matter. */
export function normaliseCause(cause: string): string {
  return cause
    .replace(/\s+/g, '')
    .replace(/罪$/, '')
    .replace(/[［］[\]]/g, '');
}

/**
 * The checklist for a case's 案由 / 罪名: exact (after normalising) first, else one whose cause the
 * case's cause contains (劳动争议 for 劳动合同纠纷 is NOT assumed: a different cause gets none).
 */
export function checklistForCause(cause: string): ChecklistDefinition | null {
  const wanted = normaliseCause(cause);
  const all = checklistDefinitions();
  return all.find((c) => normaliseCause(c.cause) === wanted) ?? all.find((c) => wanted.includes(normaliseCause(c.cause))) ?? null;
}

/** The model identity every guidance output is audited with: the definitions and rules, hashed. */
export function checklistModel(rulesVersion: string): { modelId: string; modelVersion: string; modelSha256: string } {
  const defs = checklistDefinitions();
  return {
    modelId: 'evidence-checklists',
    modelVersion: rulesVersion,
    modelSha256: createHash('sha256').update(canonicalJson({ rulesVersion, defs })).digest('hex'),
  };
}
