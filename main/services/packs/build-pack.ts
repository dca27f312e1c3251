import { createPrivateKey } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { join } from 'node:path';
import { Refusal } from '../../../shared/contract/refusal';
import { readStatuteFolder } from '../laws';
import { encodeCases } from './cases-part';
import { packVersionPattern } from './format';
import type { PackManifest } from './format';
import { encodeStatutes } from './statutes-part';
import type { PartData } from './write-pack';
import { writePack } from './write-pack';

export interface BuildPackOptions {
  /** LawRefBook folder (db_law.jsonl, db_category.jsonl, markdown). */
  statutes: string;
  /** Case JSONL files; their lines are carried raw (see cases-part.ts). */
  cases?: readonly string[];
  /** ed25519 private key, PEM (from `judgedesk pack keygen`). */
  privateKeyPem: string;
  packVersion: string;
  out: string;
  builder?: string;
  now?: Date;
}

export interface BuildPackResult {
  file: string;
  manifest: PackManifest;
  ms: number;
}

function defaultBuilder(appVersion: string): string {
  let user = 'unknown';
  try {
    user = userInfo().username;
  } catch {
    // no passwd entry (containers)
  }
  return `${user}@${hostname()} judgedesk ${appVersion}`;
}

/** `judgedesk pack build`: parse the statute folder once, carry the records, sign the manifest. */
export function buildPack(options: BuildPackOptions, appVersion = ''): BuildPackResult {
  const started = performance.now();
  if (!packVersionPattern.test(options.packVersion)) {
    throw new Refusal('VALIDATION', `知识包版本号“${options.packVersion}”无效：只能包含字母、数字、点、横线、下划线（如 2026.11.26-1）`);
  }
  if (!existsSync(join(options.statutes, 'db_law.jsonl'))) {
    throw new Refusal('NOT_FOUND', `法规数据目录无效（缺少 db_law.jsonl）：${options.statutes}`);
  }
  let privateKey;
  try {
    privateKey = createPrivateKey(options.privateKeyPem);
  } catch {
    throw new Refusal('VALIDATION', '签名私钥无法读取：应为 judgedesk pack keygen 生成的 PEM 私钥');
  }
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Refusal('VALIDATION', '签名私钥不是 ed25519 密钥');

  const statutes = encodeStatutes(readStatuteFolder(options.statutes));
  const parts: PartData[] = [{ name: 'statutes', bytes: statutes.bytes, count: statutes.counts.laws }];
  let cases = 0;
  if (options.cases && options.cases.length > 0) {
    const encoded = encodeCases(options.cases);
    parts.push({ name: 'cases', bytes: encoded.bytes, count: encoded.count });
    cases = encoded.count;
  }
  const manifest = writePack(
    options.out,
    {
      packVersion: options.packVersion,
      created: (options.now ?? new Date()).toISOString(),
      builder: options.builder ?? defaultBuilder(appVersion),
      counts: { ...statutes.counts, cases },
      parts,
    },
    privateKey,
  );
  return { file: options.out, manifest, ms: Math.round(performance.now() - started) };
}

export function readPrivateKey(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new Refusal('NOT_FOUND', `无法读取签名私钥 ${path}：${(error as Error).message}`);
  }
}
