import { z } from 'zod';
import { defineChannel } from '../channel';
import { allRoles } from '../roles';
import type { Role } from '../roles';
import { parseCaseNumber } from '../../domain/case-number';
import { procedures } from '../../domain/case-procedures';
import { residentIdProblem } from '../../domain/resident-id';

/** Who may change a case: the judge and the clerk. An administrator only reads. */
const editors: readonly Role[] = ['judge', 'clerk'];

/** 诉讼地位: kept in Chinese in data and UI (DESIGN rule 7). */
export const partyRoles = [
  '原告',
  '被告',
  '第三人',
  '上诉人',
  '被上诉人',
  '原审原告',
  '原审被告',
  '原审第三人',
  '再审申请人',
  '被申请人',
  '申请人',
  '申请执行人',
  '被执行人',
  '案外人',
  '公诉机关',
  '被告人',
  '被害人',
  '附带民事诉讼原告人',
  '自诉人',
] as const;
export type PartyRole = (typeof partyRoles)[number];

/** 自然人 / 法人 / 非法人组织 (民法典 第二、三、四章). */
export const partyKinds = ['person', 'legal_person', 'organization'] as const;
export type PartyKind = (typeof partyKinds)[number];
export const partyKindLabels: Record<PartyKind, string> = {
  person: '自然人',
  legal_person: '法人',
  organization: '非法人组织',
};

/** 审理中 → 已结案 → 已归档; 已移除 is how a case entered by mistake leaves the list. */
export const caseStatuses = ['open', 'closed', 'archived', 'removed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];
export const caseStatusLabels: Record<CaseStatus, string> = {
  open: '审理中',
  closed: '已结案',
  archived: '已归档',
  removed: '已移除',
};

export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
const optionalDate = isoDateSchema.nullable().default(null);
const text = (max: number, label: string) => z.string().trim().max(max, `${label}不能超过${max}个字`).default('');
const names = (label: string) =>
  z
    .array(z.string().trim().min(1, `${label}姓名不能为空`).max(50))
    .max(20)
    .default([]);

/** 案号: validated part by part, stored in the normalised full-width form. */
export const caseNumberSchema = z.string().transform((value, ctx) => {
  const parsed = parseCaseNumber(value);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: parsed.message });
    return z.NEVER;
  }
  return parsed.normalized;
});

export const partySchema = z
  .object({
    role: z.enum(partyRoles, { message: '请选择诉讼地位' }),
    name: z.string().trim().min(1, '请填写当事人姓名或名称').max(100, '当事人名称不能超过100个字'),
    kind: z.enum(partyKinds, { message: '请选择当事人类型（自然人、法人或非法人组织）' }),
    idNumber: text(30, '证件号码'),
    address: text(200, '地址'),
    phone: z
      .string()
      .trim()
      .regex(/^$|^[0-9+\-() ]{5,20}$/, '电话号码只能包含数字、空格和 + - ( )，5至20位')
      .default(''),
    agent: text(100, '诉讼代理人'),
  })
  .superRefine((party, ctx) => {
    // Only a person's 公民身份号码 has a checksum; a company's 统一社会信用代码 is left as typed.
    if (party.kind === 'person' && party.idNumber !== '') {
      const problem = residentIdProblem(party.idNumber);
      if (problem) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: problem });
    }
  });
export type Party = z.output<typeof partySchema>;

export const claimSchema = z.object({
  text: z.string().trim().min(1, '请填写诉讼请求内容').max(2000, '诉讼请求不能超过2000字'),
  /** 金额 in 元, at most two decimals; null for a claim without an amount. */
  amount: z
    .number({ message: '金额应为数字' })
    .nonnegative('金额不能为负数')
    .max(1e12, '金额过大，请核对')
    .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, '金额最多保留两位小数（到分）')
    .nullable()
    .default(null),
});
export type Claim = z.output<typeof claimSchema>;

/** 合议庭 / 独任庭: 审判长 (or the sole judge), 审判员, 人民陪审员, 书记员. */
export const panelSchema = z.object({
  presidingJudge: text(50, '审判长'),
  judges: names('审判员'),
  assessors: names('人民陪审员'),
  clerk: text(50, '书记员'),
});
export type Panel = z.output<typeof panelSchema>;

/** What a user enters for a case (create and update). */
export const caseInputSchema = z
  .object({
    caseNumber: caseNumberSchema,
    causeOfAction: z.string().trim().min(1, '请选择或填写案由').max(100, '案由不能超过100个字'),
    procedure: z.enum(procedures, { message: '请选择审理程序' }),
    court: z.string().trim().min(1, '请填写承办法院').max(100, '法院名称不能超过100个字'),
    status: z.enum(['open', 'closed'], { message: '状态只能是审理中或已结案' }).default('open'),
    filedOn: optionalDate,
    hearingOn: optionalDate,
    /** 审限 in days; null takes the procedure's default. */
    timeLimitDays: z.number().int('审限应为整数天').min(1, '审限至少1天').max(3650, '审限不能超过3650天').nullable().default(null),
    closedOn: optionalDate,
    panel: panelSchema.default({ presidingJudge: '', judges: [], assessors: [], clerk: '' }),
    parties: z.array(partySchema).max(200, '当事人不能超过200个').default([]),
    claims: z.array(claimSchema).max(100, '诉讼请求不能超过100项').default([]),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.hearingOn && c.filedOn && c.hearingOn < c.filedOn) {
      ctx.addIssue({ code: 'custom', path: ['hearingOn'], message: '开庭日期不能早于立案日期' });
    }
    if (c.closedOn && c.filedOn && c.closedOn < c.filedOn) {
      ctx.addIssue({ code: 'custom', path: ['closedOn'], message: '结案日期不能早于立案日期' });
    }
    if (c.status === 'closed' && !c.closedOn) {
      ctx.addIssue({ code: 'custom', path: ['closedOn'], message: '已结案的案件请填写结案日期' });
    }
    if (c.status === 'open' && c.closedOn) {
      ctx.addIssue({ code: 'custom', path: ['status'], message: '填写了结案日期，请把状态改为已结案' });
    }
  });
export type CaseInput = z.output<typeof caseInputSchema>;
export type CaseInputDraft = z.input<typeof caseInputSchema>;

const timeLimitFields = {
  /** 审限届满日 and days left against the server's today; null without 立案日期 or 审限, or once closed. */
  deadline: isoDateSchema.nullable(),
  daysLeft: z.number().int().nullable(),
};

export const caseSchema = z.object({
  id: z.string(),
  caseNumber: z.string(),
  causeOfAction: z.string(),
  procedure: z.enum(procedures),
  court: z.string(),
  status: z.enum(caseStatuses),
  filedOn: isoDateSchema.nullable(),
  hearingOn: isoDateSchema.nullable(),
  timeLimitDays: z.number().int().nullable(),
  closedOn: isoDateSchema.nullable(),
  panel: z.object({
    presidingJudge: z.string(),
    judges: z.array(z.string()),
    assessors: z.array(z.string()),
    clerk: z.string(),
  }),
  parties: z.array(
    z.object({
      role: z.enum(partyRoles),
      name: z.string(),
      kind: z.enum(partyKinds),
      idNumber: z.string(),
      address: z.string(),
      phone: z.string(),
      agent: z.string(),
    }),
  ),
  claims: z.array(z.object({ text: z.string(), amount: z.number().nullable() })),
  version: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  ...timeLimitFields,
  /** How many edits can still be undone. */
  undoable: z.number().int(),
});
export type Case = z.output<typeof caseSchema>;

export const caseSummarySchema = z.object({
  id: z.string(),
  caseNumber: z.string(),
  causeOfAction: z.string(),
  procedure: z.enum(procedures),
  court: z.string(),
  status: z.enum(caseStatuses),
  filedOn: isoDateSchema.nullable(),
  hearingOn: isoDateSchema.nullable(),
  /** e.g. 王某某 诉 李某某 — the parties by side, for the list. */
  partiesLine: z.string(),
  presidingJudge: z.string(),
  version: z.number().int(),
  updatedAt: z.string(),
  ...timeLimitFields,
});
export type CaseSummary = z.output<typeof caseSummarySchema>;

export const caseListRequestSchema = z
  .object({
    /** Matches 案号, a party's name or 案由 (substring). */
    query: z.string().trim().max(100, '搜索词不能超过100个字').default(''),
    procedure: z.enum(procedures).optional(),
    /** Without a status, every case but removed ones. */
    status: z.enum(caseStatuses).optional(),
    filedFrom: isoDateSchema.optional(),
    filedTo: isoDateSchema.optional(),
    limit: z.number().int().min(1).max(500).default(50),
    offset: z.number().int().min(0).default(0),
  })
  .strict();
export type CaseListRequest = z.input<typeof caseListRequestSchema>;
export type CaseListQuery = z.output<typeof caseListRequestSchema>;

export const casesList = defineChannel({
  name: 'cases.list',
  title: '查询案件',
  request: caseListRequestSchema,
  response: z.object({ items: z.array(caseSummarySchema), total: z.number().int() }),
  roles: allRoles,
});

export const casesGet = defineChannel({
  name: 'cases.get',
  title: '读取案件',
  /** By id, or by 案号 (any parentheses) for the CLI and links from documents. */
  request: z
    .object({ id: z.string().min(1).max(100).optional(), caseNumber: caseNumberSchema.optional() })
    .strict()
    .refine((r) => (r.id === undefined) !== (r.caseNumber === undefined), '请给出案件编号 id 或案号之一'),
  response: caseSchema,
  roles: allRoles,
});

export const casesCreate = defineChannel({
  name: 'cases.create',
  title: '新建案件',
  request: caseInputSchema,
  response: caseSchema,
  roles: editors,
});

const versioned = {
  id: z.string().min(1).max(100),
  /** The version the user was looking at: a newer one in the store answers CONFLICT. */
  expectedVersion: z.number().int().min(1),
};

export const casesUpdate = defineChannel({
  name: 'cases.update',
  title: '修改案件',
  request: z.object({ ...versioned, case: caseInputSchema }).strict(),
  response: caseSchema,
  roles: editors,
});

export const casesUndo = defineChannel({
  name: 'cases.undo',
  title: '撤销上一次修改',
  request: z.object(versioned).strict(),
  response: caseSchema,
  roles: editors,
});

/** 归档 / 移除 (and back to 审理中): never a deletion, and only with the user's confirmation. */
export const casesSetStatus = defineChannel({
  name: 'cases.setStatus',
  title: '归档或移除案件',
  request: z
    .object({
      ...versioned,
      status: z.enum(['archived', 'removed', 'open'], { message: '只能归档、移除或恢复为审理中' }),
      confirm: z.literal(true, { message: '请先确认此操作' }),
    })
    .strict(),
  response: caseSchema,
  roles: editors,
});

export const causeCatalogueSchema = z.object({
  kind: z.enum(['civil', 'criminal']),
  title: z.string(),
  source: z.string(),
  /** 'data-folder': read from the team data folder at run time; 'maintained': resources/causes-of-action/. */
  origin: z.enum(['data-folder', 'maintained']),
  maintainedAt: z.string(),
  parts: z.array(
    z.object({
      part: z.string(),
      groups: z.array(
        z.object({
          group: z.string(),
          causes: z.array(z.object({ name: z.string(), basis: z.string().optional() })),
        }),
      ),
    }),
  ),
});
export type CauseCatalogue = z.output<typeof causeCatalogueSchema>;

export const casesCauses = defineChannel({
  name: 'cases.causes',
  title: '读取案由目录',
  request: z.object({}).strict(),
  response: z.object({ civil: causeCatalogueSchema, criminal: causeCatalogueSchema }),
  roles: allRoles,
});
