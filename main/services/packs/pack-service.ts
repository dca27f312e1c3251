import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PackImportResult } from '../../../shared/contract/channels/packs';
import type { ProgressEvent } from '../../../shared/contract/progress';
import { Refusal } from '../../../shared/contract/refusal';
import type { Actor } from '../../../shared/contract/roles';
import type { Db } from '../../store/database';
import type { AuditLog } from '../audit';
import { importVerifiedPack, packMetaKeys } from './import-pack';
import type { ImportPackResult } from './import-pack';
import type { PackManifest } from './format';
import { loadTrustedKeys, trustedKeysDir } from './keys';
import type { TrustedKeys } from './keys';
import { peekManifest, readPackFile, verifyPackBytes } from './verify-pack';
import type { VerifiedPack } from './verify-pack';

export const packsFolder = 'packs';
export const currentPackFile = 'current.jdpack';
export const previousPackFile = 'previous.jdpack';

export interface PackServiceOptions {
  dataDir: string;
  /** The app's knowledge.db connection (status reads); imports open their own. */
  knowledge: Db;
  knowledgeFile: string;
  audit: AuditLog;
  emitProgress?: (event: ProgressEvent) => void;
  env?: NodeJS.ProcessEnv;
  now?: () => Date;
}

export interface PackStatus {
  installed: {
    packVersion: string;
    keyId: string;
    keyLabel: string;
    devKey: boolean;
    installedAt: string;
    created: string | null;
    cases: number;
  } | null;
  counts: { laws: number; versions: number; articles: number };
  previous: { packVersion: string; created: string } | null;
  trustedKeys: { keyId: string; label: string; devKey: boolean; file: string }[];
  trustedKeysDir: string;
  keyProblems: string[];
}

export interface VerifyOutcome {
  valid: boolean;
  reason: string | null;
  file: string;
  manifest: PackManifest | null;
  keyLabel: string | null;
  devKey: boolean;
}

export interface ImportOutcome extends ImportPackResult {
  file: string;
  keyId: string;
  keyLabel: string;
  devKey: boolean;
}

/** Verify, import, keep and roll back knowledge packs for one data folder. */
export class PackService {
  private busy = false;

  constructor(private readonly options: PackServiceOptions) {}

  get packsDir(): string {
    return join(this.options.dataDir, packsFolder);
  }

  trusted(): TrustedKeys {
    return loadTrustedKeys(this.options.dataDir, this.options.env);
  }

  private meta(key: string): string | null {
    const row = this.options.knowledge.prepare('SELECT value FROM knowledge_meta WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value ?? null;
  }

  status(): PackStatus {
    const trusted = this.trusted();
    const count = (table: string) => (this.options.knowledge.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number) ?? 0;
    const version = this.meta(packMetaKeys.version);
    const keyId = this.meta(packMetaKeys.keyId) ?? '';
    const key = trusted.keys.find((k) => k.keyId === keyId);
    const previousPath = join(this.packsDir, previousPackFile);
    const previous = existsSync(previousPath) ? peekManifest(readFileSync(previousPath)) : null;
    return {
      installed:
        version === null
          ? null
          : {
              packVersion: version,
              keyId,
              keyLabel: key?.label ?? '（密钥已不在受信任列表中）',
              devKey: key?.dev ?? false,
              installedAt: this.meta(packMetaKeys.installedAt) ?? '',
              created: this.meta(packMetaKeys.created),
              cases: Number(this.meta(packMetaKeys.cases) ?? 0),
            },
      counts: { laws: count('laws'), versions: count('law_versions'), articles: count('articles') },
      previous: previous ? { packVersion: previous.packVersion, created: previous.created } : null,
      trustedKeys: trusted.keys.map((k) => ({ keyId: k.keyId, label: k.label, devKey: k.dev, file: k.file })),
      trustedKeysDir: trustedKeysDir(this.options.dataDir, this.options.env),
      keyProblems: trusted.problems,
    };
  }

  /** Signature, key, structure and part hashes; never throws for a bad pack. */
  verify(file: string): VerifyOutcome {
    try {
      const pack = this.verifyFile(file);
      return { valid: true, reason: null, file, manifest: pack.manifest, keyLabel: pack.key.label, devKey: pack.key.dev };
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      return { valid: false, reason: error.message, file, manifest: null, keyLabel: null, devKey: false };
    }
  }

  private verifyFile(file: string): VerifiedPack {
    return verifyPackBytes(file, readPackFile(file), this.trusted().keys);
  }

  /**
   * Verifies, then imports in one transaction. A rejected pack is refused (and audited) and
   * leaves the store and the kept packs untouched. The imported pack becomes packs/current.jdpack;
   * the one it replaces becomes packs/previous.jdpack.
   */
  async import(file: string, actor: Actor, options: { dryRun?: boolean; jobId?: string } = {}): Promise<PackImportResult> {
    return this.run(options.jobId, async (jobId) => {
      const pack = this.verifyAudited(file, actor);
      return view(await this.install(pack, actor, jobId, options.dryRun ?? false, 'import'));
    });
  }

  /** Re-imports packs/previous.jdpack (verified again), then swaps current and previous. */
  async rollback(actor: Actor, options: { jobId?: string } = {}): Promise<PackImportResult> {
    return this.run(options.jobId, async (jobId) => {
      const previous = join(this.packsDir, previousPackFile);
      if (!existsSync(previous)) throw new Refusal('NOT_FOUND', '没有可回退的上一个知识包（数据目录 packs/ 中没有 previous.jdpack）');
      const pack = this.verifyAudited(previous, actor);
      return view(await this.install(pack, actor, jobId, false, 'rollback'));
    });
  }

  /**
   * Verifies a pack; a refused content (VALIDATION) is audited before the refusal goes on. A pack
   * that is not there at all (NOT_FOUND) was never offered, so there is nothing to record.
   */
  private verifyAudited(file: string, actor: Actor): VerifiedPack {
    try {
      return this.verifyFile(file);
    } catch (error) {
      if (error instanceof Refusal && error.code === 'VALIDATION') this.auditRejection(actor, file, error.message);
      throw error;
    }
  }

  private async run<T>(jobId: string | undefined, work: (jobId: string) => Promise<T>): Promise<T> {
    if (this.busy) throw new Refusal('CONFLICT', '另一个知识包正在导入，请等它完成后再试');
    this.busy = true;
    try {
      return await work(jobId ?? randomUUID());
    } finally {
      this.busy = false;
    }
  }

  private async install(
    pack: VerifiedPack,
    actor: Actor,
    jobId: string,
    dryRun: boolean,
    kind: 'import' | 'rollback',
  ): Promise<ImportOutcome> {
    const verb = kind === 'rollback' ? '回退到知识包' : dryRun ? '预览知识包' : '导入知识包';
    const label = `${verb} ${pack.manifest.packVersion}`;
    const emit = (event: Omit<ProgressEvent, 'jobId' | 'label'>) => this.options.emitProgress?.({ jobId, label, ...event });
    mkdirSync(this.packsDir, { recursive: true });
    const incoming = join(this.packsDir, `.incoming-${jobId}.jdpack`);
    // Keep exactly the bytes that were verified, written before the commit.
    if (!dryRun && kind === 'import') writeFileSync(incoming, pack.bytes);
    let result: ImportPackResult;
    try {
      emit({ done: 0, total: 1 });
      result = await importVerifiedPack({
        knowledgeFile: this.options.knowledgeFile,
        pack,
        dryRun,
        onProgress: (p) => emit({ done: p.done, total: p.total }),
        ...(this.options.now ? { now: this.options.now } : {}),
      });
    } catch (error) {
      rmSync(incoming, { force: true });
      emit({ done: 0, total: 1, finished: true, error: error instanceof Error ? error.message : String(error) });
      throw error;
    }
    if (!dryRun) this.keepPackFiles(kind, incoming);
    emit({ done: 1, total: 1, finished: true });
    const outcome: ImportOutcome = { ...result, file: pack.file, keyId: pack.key.keyId, keyLabel: pack.key.label, devKey: pack.key.dev };
    if (!dryRun) this.auditInstall(actor, kind, pack, outcome);
    return outcome;
  }

  private keepPackFiles(kind: 'import' | 'rollback', incoming: string): void {
    const current = join(this.packsDir, currentPackFile);
    const previous = join(this.packsDir, previousPackFile);
    if (kind === 'import') {
      if (existsSync(current)) renameSync(current, previous);
      renameSync(incoming, current);
    } else {
      const swap = join(this.packsDir, '.swap.jdpack');
      if (existsSync(current)) renameSync(current, swap);
      renameSync(previous, current);
      if (existsSync(swap)) renameSync(swap, previous);
    }
  }

  private auditInstall(actor: Actor, kind: 'import' | 'rollback', pack: VerifiedPack, outcome: ImportOutcome): void {
    const { diff, counts } = outcome;
    this.options.audit.append({
      actor,
      kind: 'system',
      feature: 'knowledge',
      caseId: null,
      summary: `${kind === 'rollback' ? '回退到知识包' : '导入知识包'} ${pack.manifest.packVersion}：法规 ${counts.laws} 部、条文 ${counts.articles} 条（新增法规 ${diff.lawsAdded.length}、修订 ${diff.lawsAmended.length}、废止 ${diff.lawsRepealed.length}）${pack.key.dev ? '，开发用密钥' : ''}`,
      payload: {
        action: kind,
        file: pack.file,
        packVersion: pack.manifest.packVersion,
        packSha256: pack.sha256,
        keyId: pack.key.keyId,
        devKey: pack.key.dev,
        counts,
        lawsAdded: diff.lawsAdded.length,
        lawsAmended: diff.lawsAmended.length,
        lawsRepealed: diff.lawsRepealed.length,
        lawsRemoved: diff.lawsRemoved.length,
        articlesAdded: diff.articlesAdded,
        articlesRemoved: diff.articlesRemoved,
        casesInPack: diff.casesInPack,
      },
    });
  }

  private auditRejection(actor: Actor, file: string, reason: string): void {
    this.options.audit.append({
      actor,
      kind: 'system',
      feature: 'knowledge',
      caseId: null,
      summary: `拒绝导入：${reason}`,
      payload: { action: 'rejected', file, reason },
    });
  }
}

/** The answer packs.import and packs.rollback give: the build problems counted, not listed. */
function view(outcome: ImportOutcome): PackImportResult {
  return { ...outcome, problems: outcome.problems.length };
}
