import { z } from 'zod';
import type { TranscriptHeader, TranscriptProcedure, TranscriptTemplateInfo } from '../../../shared/contract/channels/transcripts';
import { transcriptProcedures } from '../../../shared/contract/channels/transcripts';
import { noticeKinds } from '../../../shared/contract/channels/transcripts-settings';
import { speakersOf } from '../../../shared/domain/transcript-editing';
import civilFirstOrdinary from '../../../resources/transcript-templates/civil-first-ordinary.json';
import civilSimplified from '../../../resources/transcript-templates/civil-simplified.json';
import criminalFirstPublic from '../../../resources/transcript-templates/criminal-first-public.json';

/** A procedure's starting transcript (resources/transcript-templates/*.json, see its README). */
export const transcriptTemplateSchema = z.object({
  id: z.enum(transcriptProcedures),
  name: z.string().min(1),
  title: z.string().min(1),
  panelRoles: z.array(z.string().min(1)).min(1),
  attendeeRoles: z.array(z.string().min(1)),
  /** Who is asked about each 争议焦点, in order (原告, 被告 … or 被告人, 辩护人). */
  focusRoles: z.array(z.string().min(1)).min(1),
  sections: z
    .array(
      z.object({
        title: z.string().min(1),
        turns: z.array(
          z.object({
            role: z.string().min(1),
            text: z.string(),
            /** The text is a standard notice the court can reword in 设置 (transcripts.notices.*). */
            notice: z.enum(noticeKinds).optional(),
            /** The 争议焦点 are listed after this text and questioned right after this turn. */
            focusAnchor: z.boolean().optional(),
          }),
        ),
      }),
    )
    .min(1),
});
export type TranscriptTemplate = z.infer<typeof transcriptTemplateSchema>;

// Bundled into the main code (the JSON stays the editable source), so the Electron build, the web
// host and tests read the same text without a resources path.
const bundled: unknown[] = [civilFirstOrdinary, civilSimplified, criminalFirstPublic];

function load(): Map<TranscriptProcedure, TranscriptTemplate> {
  const byId = new Map<TranscriptProcedure, TranscriptTemplate>();
  for (const raw of bundled) {
    const parsed = transcriptTemplateSchema.safeParse(raw);
    if (!parsed.success) throw new Error(`庭审笔录模板格式错误：${parsed.error.issues[0]?.message ?? ''}`);
    byId.set(parsed.data.id, parsed.data);
  }
  for (const id of transcriptProcedures) if (!byId.has(id)) throw new Error(`缺少庭审笔录模板：${id}`);
  return byId;
}

const templates = load();

export function transcriptTemplate(id: TranscriptProcedure): TranscriptTemplate {
  return templates.get(id) as TranscriptTemplate;
}

export function templateInfos(): TranscriptTemplateInfo[] {
  return transcriptProcedures.map((id) => {
    const t = transcriptTemplate(id);
    return { id, name: t.name, panelRoles: t.panelRoles, attendeeRoles: t.attendeeRoles, sections: t.sections.map((s) => s.title) };
  });
}

export const missingPlaceholder = '（未填写）';

/** The name a template turn's role gets from the header ('' when nobody has that role). */
export function nameForRole(header: TranscriptHeader, role: string): string {
  return speakersOf(header).find((p) => p.role === role)?.name ?? '';
}

/** Fills {法院} {案号} {案由} {地点} {开庭时间} {书记员} {合议庭} and {<身份>} from the header. */
export function fillPlaceholders(text: string, header: TranscriptHeader): string {
  const fixed: Record<string, string> = {
    法院: header.court,
    案号: header.caseNumber,
    案由: header.causeOfAction,
    地点: header.place,
    开庭时间: header.startedAt,
    书记员: header.clerk,
    合议庭: header.panel
      .filter((p) => p.name.trim())
      .map((p) => `${p.role}${p.name}`)
      .join('、'),
  };
  return text.replace(/\{([^{}\s]{1,20})\}/g, (whole, key: string) => {
    const value = Object.prototype.hasOwnProperty.call(fixed, key)
      ? fixed[key]
      : speakersOf(header)
          .filter((p) => p.role === key && p.name.trim())
          .map((p) => p.name)
          .join('、');
    return value?.trim() ? value : missingPlaceholder;
  });
}

export function procedureName(id: TranscriptProcedure): string {
  return transcriptTemplate(id).name;
}
