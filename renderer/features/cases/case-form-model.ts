import type { Case, CaseInputDraft, CauseCatalogue, Party } from '../../../shared/contract/channels/cases';
import { caseInputSchema } from '../../../shared/contract/channels/cases';
import { caseTypeOf, parseCaseNumber } from '../../../shared/domain/case-number';
import type { Procedure } from '../../../shared/domain/case-procedures';

export interface PartyDraft {
  role: Party['role'];
  name: string;
  kind: Party['kind'];
  idNumber: string;
  address: string;
  phone: string;
  agent: string;
}

/** The form's state: strings where the user types, so half-typed values survive re-renders. */
export interface CaseDraft {
  caseNumber: string;
  causeOfAction: string;
  procedure: Procedure | undefined;
  court: string;
  status: 'open' | 'closed';
  filedOn: string;
  hearingOn: string;
  timeLimitDays: string;
  closedOn: string;
  presidingJudge: string;
  judges: string;
  assessors: string;
  clerk: string;
  parties: PartyDraft[];
  claims: Array<{ text: string; amount: string }>;
}

export const emptyParty = (role: Party['role'] = '原告'): PartyDraft => ({
  role,
  name: '',
  kind: 'person',
  idNumber: '',
  address: '',
  phone: '',
  agent: '',
});

export function emptyDraft(): CaseDraft {
  return {
    caseNumber: '',
    causeOfAction: '',
    procedure: undefined,
    court: '',
    status: 'open',
    filedOn: '',
    hearingOn: '',
    timeLimitDays: '',
    closedOn: '',
    presidingJudge: '',
    judges: '',
    assessors: '',
    clerk: '',
    parties: [emptyParty('原告'), emptyParty('被告')],
    claims: [],
  };
}

export function draftFromCase(c: Case): CaseDraft {
  return {
    caseNumber: c.caseNumber,
    causeOfAction: c.causeOfAction,
    procedure: c.procedure,
    court: c.court,
    status: c.status === 'closed' ? 'closed' : 'open',
    filedOn: c.filedOn ?? '',
    hearingOn: c.hearingOn ?? '',
    timeLimitDays: c.timeLimitDays === null ? '' : String(c.timeLimitDays),
    closedOn: c.closedOn ?? '',
    presidingJudge: c.panel.presidingJudge,
    judges: c.panel.judges.join('、'),
    assessors: c.panel.assessors.join('、'),
    clerk: c.panel.clerk,
    parties: c.parties.map((p) => ({ ...p })),
    claims: c.claims.map((cl) => ({ text: cl.text, amount: cl.amount === null ? '' : String(cl.amount) })),
  };
}

const splitNames = (text: string) =>
  text
    .split(/[、,，;；\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);

const dateOrNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** The draft as the channel's request; numbers that do not parse stay strings so zod names them. */
export function draftToInput(d: CaseDraft): CaseInputDraft {
  const days = d.timeLimitDays.trim();
  return {
    caseNumber: d.caseNumber,
    causeOfAction: d.causeOfAction,
    procedure: d.procedure as Procedure,
    court: d.court,
    status: d.status,
    filedOn: dateOrNull(d.filedOn),
    hearingOn: dateOrNull(d.hearingOn),
    timeLimitDays: days === '' ? null : Number.isFinite(Number(days)) ? Number(days) : (days as unknown as number),
    closedOn: dateOrNull(d.closedOn),
    panel: {
      presidingJudge: d.presidingJudge,
      judges: splitNames(d.judges),
      assessors: splitNames(d.assessors),
      clerk: d.clerk,
    },
    parties: d.parties,
    claims: d.claims.map((c) => {
      const amount = c.amount.trim().replace(/[,，]/g, '');
      return {
        text: c.text,
        amount: amount === '' ? null : Number.isFinite(Number(amount)) ? Number(amount) : (amount as unknown as number),
      };
    }),
  };
}

/** Field path ('parties.0.name') → Chinese message, from the same schema the main side checks. */
export function validateDraft(d: CaseDraft): { errors: Record<string, string>; input: ReturnType<typeof caseInputSchema.parse> | null } {
  const result = caseInputSchema.safeParse(draftToInput(d));
  if (result.success) return { errors: {}, input: result.data };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.join('.') || 'form';
    errors[path] ??= issue.message;
  }
  return { errors, input: null };
}

/** The catalogue that fits the case type: 罪名 for 刑 cases, else 民事案由. */
export function catalogueFor(
  caseNumber: string,
  procedure: Procedure | undefined,
  catalogues: { civil: CauseCatalogue; criminal: CauseCatalogue } | null,
): CauseCatalogue | null {
  if (!catalogues) return null;
  const parsed = parseCaseNumber(caseNumber);
  const category = parsed.ok ? caseTypeOf(parsed.value.typeCode)?.category : undefined;
  const criminal = category === 'criminal' || (category === undefined && procedure?.startsWith('criminal'));
  return criminal ? catalogues.criminal : catalogues.civil;
}

export function causeNames(catalogue: CauseCatalogue | null): string[] {
  return catalogue ? catalogue.parts.flatMap((p) => p.groups.flatMap((g) => g.causes.map((c) => c.name))) : [];
}

/** Order-insensitive equality of two drafts, for the unsaved-changes guard. */
export const sameDraft = (a: CaseDraft, b: CaseDraft) => JSON.stringify(a) === JSON.stringify(b);

/** Names of companies, banks and public bodies: 公司, 银行, 检察院, 委员会 … */
export function looksLikeEntity(name: string): boolean {
  return /(公司|银行|集团|合作社|事务所|委员会|检察院|法院|政府|局|厂|中心|协会|学校|医院|支行|分行)$/.test(name.trim());
}
