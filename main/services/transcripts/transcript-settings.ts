import type { TranscriptProcedure } from '../../../shared/contract/channels/transcripts';
import { transcriptProcedures } from '../../../shared/contract/channels/transcripts';
import type { Notice, NoticeKind, QuickPhrase } from '../../../shared/contract/channels/transcripts-settings';
import { noticeKindLabels, noticeKinds, quickPhraseListSchema } from '../../../shared/contract/channels/transcripts-settings';
import type { Actor } from '../../../shared/contract/roles';
import starterPhrases from '../../../resources/transcript-templates/quick-phrases.json';
import type { Db } from '../../store/database';
import { inTransaction } from '../../store/database';
import type { AuditLog } from '../audit';
import { procedureName, transcriptTemplate } from './templates';

// Both live in the workspace's settings table (key → JSON), so no schema change is needed.
// 常用语 are each person's own, under the name they act as.
const phrasesKey = (actor: Actor) => `transcripts.phrases:${actor.displayName}`;
const noticesKey = 'transcripts.notices';
const speechModelKey = 'speech.modelDir';

interface StoredNotice {
  text: string;
  at: string;
  by: string;
}
type StoredNotices = Partial<Record<string, StoredNotice>>;

const starter = quickPhraseListSchema.parse(starterPhrases.phrases);

/** The bundled text of a notice: the template turn marked with that notice kind. */
export function defaultNoticeText(procedure: TranscriptProcedure, kind: NoticeKind): string {
  for (const section of transcriptTemplate(procedure).sections) {
    const turn = section.turns.find((t) => t.notice === kind);
    if (turn) return turn.text;
  }
  return '';
}

/**
 * Per-clerk 常用语 and the court's notice wording. Every change is written with its audit entry in
 * one transaction (kind settings), like the AI switches.
 */
export class TranscriptSettings {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The acting clerk's 常用语, or the starter list until they save their own. */
  phrases(actor: Actor): { phrases: QuickPhrase[]; isDefault: boolean } {
    const raw = this.read(phrasesKey(actor));
    if (raw === undefined) return { phrases: starter, isDefault: true };
    const parsed = quickPhraseListSchema.safeParse(raw);
    // A damaged row must not cost the clerk the editor: fall back to the starter list, visibly.
    return parsed.success ? { phrases: parsed.data, isDefault: false } : { phrases: starter, isDefault: true };
  }

  setPhrases(phrases: QuickPhrase[], actor: Actor): { phrases: QuickPhrase[]; isDefault: boolean } {
    inTransaction(this.db, () => {
      const before = this.phrases(actor).phrases.length;
      this.write(phrasesKey(actor), phrases);
      this.audit.append({
        actor,
        kind: 'settings',
        feature: 'transcript',
        caseId: null,
        summary: `修改笔录常用语（${before} 条 → ${phrases.length} 条）`,
        payload: { setting: phrasesKey(actor), count: phrases.length },
      });
    });
    return this.phrases(actor);
  }

  notices(): Notice[] {
    const stored = (this.read(noticesKey) ?? {}) as StoredNotices;
    return transcriptProcedures.flatMap((procedure) =>
      noticeKinds.map((kind) => {
        const own = stored[`${procedure}:${kind}`];
        const defaultText = defaultNoticeText(procedure, kind);
        return { procedure, kind, text: own?.text ?? defaultText, defaultText, edited: own ? { at: own.at, by: own.by } : null };
      }),
    );
  }

  noticeText(procedure: TranscriptProcedure, kind: NoticeKind): string {
    return this.notices().find((n) => n.procedure === procedure && n.kind === kind)?.text ?? '';
  }

  /** An empty text restores the bundled wording. */
  setNotice(procedure: TranscriptProcedure, kind: NoticeKind, text: string, actor: Actor): Notice[] {
    inTransaction(this.db, () => {
      const stored = { ...((this.read(noticesKey) ?? {}) as StoredNotices) };
      const key = `${procedure}:${kind}`;
      const before = stored[key]?.text ?? defaultNoticeText(procedure, kind);
      if (text.trim()) stored[key] = { text, at: this.now().toISOString(), by: actor.displayName };
      else delete stored[key];
      this.write(noticesKey, stored);
      this.audit.append({
        actor,
        kind: 'settings',
        feature: 'transcript',
        caseId: null,
        summary: `${text.trim() ? '修改' : '恢复默认'}${procedureName(procedure)}${noticeKindLabels[kind]}文本`,
        payload: { setting: noticesKey, procedure, kind, before, after: text.trim() ? text : defaultNoticeText(procedure, kind) },
      });
    });
    return this.notices();
  }

  /** The court-supplied speech model directory ('' when none is configured). */
  speechModelDir(): string {
    const value = this.read(speechModelKey);
    return typeof value === 'string' ? value : '';
  }

  setSpeechModelDir(modelDir: string, actor: Actor): void {
    inTransaction(this.db, () => {
      const before = this.speechModelDir();
      this.write(speechModelKey, modelDir);
      this.audit.append({
        actor,
        kind: 'settings',
        feature: 'transcript',
        caseId: null,
        summary: modelDir ? `设置语音模型目录：${modelDir}` : '关闭语音输入（清除语音模型目录）',
        payload: { setting: speechModelKey, before, after: modelDir },
      });
    });
  }

  private read(key: string): unknown {
    const value = this.db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
    if (value === undefined) return undefined;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return undefined;
    }
  }

  private write(key: string, value: unknown): void {
    this.db
      .prepare(
        `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      )
      .run(key, JSON.stringify(value), this.now().toISOString());
  }
}
