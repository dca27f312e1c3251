import { z } from 'zod';
import { defineChannel } from '../channel';
import type { Role } from '../roles';

/** 庭审笔录 channels: only the people in the hearing room write or sign a transcript. */
const transcriptRoles: readonly Role[] = ['clerk', 'judge'];

/** 审理程序: which template a transcript starts from. */
export const transcriptProcedures = ['civil-first-ordinary', 'civil-simplified', 'criminal-first-public'] as const;
export type TranscriptProcedure = (typeof transcriptProcedures)[number];
export const procedureLabels: Record<TranscriptProcedure, string> = {
  'civil-first-ordinary': '民事一审普通程序',
  'civil-simplified': '民事简易程序',
  'criminal-first-public': '刑事一审公诉',
};

/** Ids the editor makes up itself (turns, sections, its own client id): short and URL-safe. */
export const transcriptIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '编号只能含字母、数字、下划线和连字符（至多64位）');

export const maxTurnChars = 20_000;

/** One person in the room: 身份 (审判长, 原告, 辩护人 …) and name. */
export const participantSchema = z.object({
  role: z.string().trim().min(1, '请填写身份').max(30),
  name: z.string().max(60),
});
export type Participant = z.infer<typeof participantSchema>;

/** 笔录首部: court, case number, 案由, time, place, 合议庭/审判员, 书记员, 到庭人员. */
export const transcriptHeaderSchema = z.object({
  court: z.string().max(100),
  caseNumber: z.string().max(100),
  /** 案由 */
  causeOfAction: z.string().max(100),
  /** When the hearing opened, as the clerk writes it (e.g. 2026-11-26 09:30). */
  startedAt: z.string().max(40),
  place: z.string().max(100),
  /** 审判组织: 审判长, 审判员, 人民陪审员 (or the single 审判员 of 简易程序). */
  panel: z.array(participantSchema).max(10),
  clerk: z.string().max(60),
  /** 到庭人员: parties, agents, prosecutors, defenders, witnesses … */
  attendees: z.array(participantSchema).max(40),
});
export type TranscriptHeader = z.infer<typeof transcriptHeaderSchema>;

/** 发言: one speaker's words; `at` is when the turn was started (automatic timestamp). */
export const turnSchema = z.object({
  id: transcriptIdSchema,
  role: z.string(),
  name: z.string(),
  text: z.string(),
  at: z.string(),
});
export type Turn = z.infer<typeof turnSchema>;

/** 庭审环节: 核对当事人身份, 宣布法庭纪律 … 宣判/休庭, each with its turns in order. */
export const sectionSchema = z.object({
  id: transcriptIdSchema,
  title: z.string(),
  turns: z.array(turnSchema),
});
export type Section = z.infer<typeof sectionSchema>;

const speakerFields = { role: z.string().trim().min(1, '请选择发言人').max(30), name: z.string().max(60) };

/** The small edits the editor sends; each is applied in one transaction and journaled. */
export const transcriptOpSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('insertTurn'),
      turnId: transcriptIdSchema,
      sectionId: transcriptIdSchema,
      /** null: first turn of the section. */
      afterTurnId: transcriptIdSchema.nullable(),
      ...speakerFields,
      text: z.string().max(maxTurnChars),
      at: z.string().max(40),
    })
    .strict(),
  z.object({ type: z.literal('updateTurnText'), turnId: transcriptIdSchema, text: z.string().max(maxTurnChars) }).strict(),
  z.object({ type: z.literal('setSpeaker'), turnId: transcriptIdSchema, ...speakerFields }).strict(),
  z.object({ type: z.literal('deleteTurn'), turnId: transcriptIdSchema }).strict(),
  z
    .object({
      type: z.literal('insertSection'),
      sectionId: transcriptIdSchema,
      afterSectionId: transcriptIdSchema.nullable(),
      title: z.string().trim().min(1).max(60),
    })
    .strict(),
  z.object({ type: z.literal('renameSection'), sectionId: transcriptIdSchema, title: z.string().trim().min(1).max(60) }).strict(),
  z.object({ type: z.literal('updateHeader'), header: transcriptHeaderSchema.partial().strict() }).strict(),
]);
export type TranscriptOp = z.infer<typeof transcriptOpSchema>;
/** Every kind in the journal: the editor's ops plus 恢复版本, which only the service writes. */
export type JournalOpType = TranscriptOp['type'] | 'restore';

export const amendmentSchema = z.object({
  id: z.number().int(),
  turnId: z.string(),
  before: z.string(),
  after: z.string(),
  reason: z.string(),
  actor: z.string(),
  role: z.string(),
  at: z.string(),
  auditSeq: z.number().int(),
});
export type Amendment = z.infer<typeof amendmentSchema>;

export const transcriptStatuses = ['draft', 'locked'] as const;

export const transcriptSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  procedure: z.enum(transcriptProcedures),
  title: z.string(),
  header: transcriptHeaderSchema,
  sections: z.array(sectionSchema),
  status: z.enum(transcriptStatuses),
  /** Ops applied so far (the journal's last seq). */
  version: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  /** 签名确认: who reviewed and signed, when it was locked and by whom. */
  lock: z.object({ at: z.string(), by: z.string(), participants: z.array(participantSchema) }).nullable(),
  /** 更正记录 after the lock, oldest first; the signed text itself never changes. */
  amendments: z.array(amendmentSchema),
});
export type Transcript = z.infer<typeof transcriptSchema>;

export const transcriptSummarySchema = z.object({
  id: z.string(),
  caseId: z.string(),
  procedure: z.enum(transcriptProcedures),
  title: z.string(),
  caseNumber: z.string(),
  status: z.enum(transcriptStatuses),
  version: z.number().int(),
  turnCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TranscriptSummary = z.infer<typeof transcriptSummarySchema>;

export const transcriptTemplateInfoSchema = z.object({
  id: z.enum(transcriptProcedures),
  name: z.string(),
  /** 审判组织 roles the header form offers first (审判长, 审判员, 人民陪审员 …). */
  panelRoles: z.array(z.string()),
  /** 到庭人员 roles the header form offers first (原告, 被告 … or 公诉人, 被告人, 辩护人). */
  attendeeRoles: z.array(z.string()),
  sections: z.array(z.string()),
});
export type TranscriptTemplateInfo = z.infer<typeof transcriptTemplateInfoSchema>;

const byId = z.object({ transcriptId: transcriptIdSchema }).strict();
const caseIdSchema = z.string().trim().min(1, '请填写案件').max(100);

export const transcriptsTemplates = defineChannel({
  name: 'transcripts.templates',
  title: '列出庭审笔录模板',
  request: z.object({}).strict(),
  response: z.object({ templates: z.array(transcriptTemplateInfoSchema) }),
  roles: transcriptRoles,
});

export const transcriptsCreate = defineChannel({
  name: 'transcripts.create',
  title: '新建庭审笔录',
  request: z
    .object({
      caseId: caseIdSchema,
      procedure: z.enum(transcriptProcedures),
      header: transcriptHeaderSchema.strict(),
      /** 争议焦点: read out in 法庭调查, each followed by prepared questions. */
      disputeFocuses: z.array(z.string().trim().min(1, '争议焦点不能为空').max(200, '每个争议焦点不超过200字')).max(20).default([]),
    })
    .strict(),
  response: transcriptSchema,
  roles: transcriptRoles,
});

export const transcriptsGet = defineChannel({
  name: 'transcripts.get',
  title: '打开庭审笔录',
  request: byId,
  response: transcriptSchema,
  roles: transcriptRoles,
});

export const transcriptsList = defineChannel({
  name: 'transcripts.list',
  title: '列出案件的庭审笔录',
  request: z.object({ caseId: caseIdSchema }).strict(),
  response: z.object({ transcripts: z.array(transcriptSummarySchema) }),
  roles: transcriptRoles,
});

/**
 * 保存编辑: ops in the order typed, each numbered by the editor (clientSeq, from 1). A batch is
 * stored whole or not at all; an op already stored under (transcriptId, clientId, clientSeq) is
 * skipped, so resending after a crash or a lost answer never applies it twice.
 */
export const transcriptsApplyOps = defineChannel({
  name: 'transcripts.applyOps',
  title: '保存庭审笔录',
  request: z
    .object({
      transcriptId: transcriptIdSchema,
      clientId: transcriptIdSchema,
      ops: z
        .array(z.object({ clientSeq: z.number().int().min(1), op: transcriptOpSchema }).strict())
        .min(1)
        .max(500),
    })
    .strict(),
  response: z.object({
    version: z.number().int(),
    /** The highest clientSeq of the batch: every op up to it is durable. */
    ackedClientSeq: z.number().int(),
    applied: z.number().int(),
    duplicates: z.number().int(),
  }),
  roles: transcriptRoles,
});

export const snapshotReasons = ['create', 'auto', 'lock', 'before-restore'] as const;
export const snapshotReasonLabels: Record<(typeof snapshotReasons)[number], string> = {
  create: '新建',
  auto: '自动保存',
  lock: '锁定',
  'before-restore': '恢复前',
};

export const transcriptsHistory = defineChannel({
  name: 'transcripts.history',
  title: '查看笔录版本',
  request: z.object({ transcriptId: transcriptIdSchema, opLimit: z.number().int().min(0).max(1000).default(100) }).strict(),
  response: z.object({
    version: z.number().int(),
    versions: z.array(
      z.object({
        version: z.number().int(),
        reason: z.enum(snapshotReasons),
        at: z.string(),
        actor: z.string(),
        turnCount: z.number().int(),
        charCount: z.number().int(),
      }),
    ),
    /** The newest ops, newest first. */
    ops: z.array(
      z.object({
        seq: z.number().int(),
        type: z.string(),
        at: z.string(),
        actor: z.string(),
        clientId: z.string(),
        clientSeq: z.number().int(),
        summary: z.string(),
      }),
    ),
  }),
  roles: transcriptRoles,
});

/** 恢复到某一版本: itself an op in the journal; every version stays in the history. */
export const transcriptsRestore = defineChannel({
  name: 'transcripts.restore',
  title: '恢复笔录版本',
  request: z.object({ transcriptId: transcriptIdSchema, version: z.number().int().min(0) }).strict(),
  response: transcriptSchema,
  roles: transcriptRoles,
});

/**
 * 签名锁定: the participants who reviewed and signed; `expectedVersion` is the version they read,
 * so a transcript changed meanwhile is not locked unseen.
 */
export const transcriptsLock = defineChannel({
  name: 'transcripts.lock',
  title: '锁定庭审笔录',
  request: z
    .object({
      transcriptId: transcriptIdSchema,
      expectedVersion: z.number().int().min(0),
      participants: z.array(participantSchema).min(1, '请至少确认一位签名人').max(50),
    })
    .strict(),
  response: transcriptSchema,
  roles: transcriptRoles,
});

/** 更正: a recorded correction of one turn of a locked transcript, with its reason. */
export const transcriptsAmend = defineChannel({
  name: 'transcripts.amend',
  title: '更正庭审笔录',
  request: z
    .object({
      transcriptId: transcriptIdSchema,
      turnId: transcriptIdSchema,
      after: z.string().max(maxTurnChars),
      reason: z.string().trim().min(1, '请填写更正理由').max(500),
    })
    .strict(),
  response: transcriptSchema,
  roles: transcriptRoles,
});

/** 导出 DOCX in court layout: signature lines for every participant and 第 X 页 共 Y 页 on each page. */
export const transcriptsExportDocx = defineChannel({
  name: 'transcripts.exportDocx',
  title: '导出庭审笔录',
  request: byId,
  response: z.object({ fileName: z.string(), base64: z.string(), bytes: z.number().int() }),
  roles: transcriptRoles,
});
