import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCatalogue } from './catalogue';
import { planLaws } from './law-plan';
import type { LawPlan } from './law-plan';
import { parseStatute } from './parse-statute';
import type { ParsedFile, StatuteFileRecord, StatuteLawRecord } from './statute-records';
import type { ImportProblem } from './types';

export interface StatuteSource {
  /** Catalogue problems and unlisted files, known before any statute is read. */
  problems: ImportProblem[];
  /** Statute files the laws hold in all: the progress total. */
  files: number;
  /** Lazily read and parsed, one law at a time. */
  laws: Iterable<StatuteLawRecord>;
}

function readFile(folder: string, file: string): StatuteFileRecord {
  let source: string;
  try {
    source = readFileSync(join(folder, file), 'utf8');
  } catch (error) {
    return { file, parsed: null, error: `无法读取文件：${(error as Error).message}` };
  }
  const { title, subtitle, history, preamble, articles, problems } = parseStatute(file, source);
  const parsed: ParsedFile = { title, subtitle, history, preamble, articles, problems };
  return { file, parsed };
}

function* lawRecords(folder: string, plans: readonly LawPlan[]): Generator<StatuteLawRecord> {
  for (const plan of plans) {
    yield {
      shortTitle: plan.shortTitle,
      level: plan.level,
      category: plan.category,
      versions: plan.versions.map((version) => ({
        publish: version.publish,
        validFrom: version.validFrom,
        expired: version.expired,
        catalogueIds: version.entries.map((e) => e.row.id),
        files: version.files.map((file) => readFile(folder, file)),
      })),
    };
  }
}

/** Reads a LawRefBook folder (catalogue + markdown) into parsed law records. */
export function readStatuteFolder(folder: string): StatuteSource {
  const catalogue = readCatalogue(folder);
  const problems: ImportProblem[] = [
    ...catalogue.problems,
    ...catalogue.unlisted.map((file) => ({
      file,
      line: 0,
      message: '未列入 db_law.jsonl 目录（多为其他分类下的重复文件），未导入',
    })),
  ];
  const plans = planLaws(catalogue.entries);
  const files = plans.reduce((n, law) => n + law.versions.reduce((m, v) => m + v.files.length, 0), 0);
  return { problems, files, laws: lawRecords(folder, plans) };
}
