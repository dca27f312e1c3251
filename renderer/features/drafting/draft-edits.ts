import type { Draft, SectionOrigin } from '../../../shared/contract/channels/drafting';
import type { MessageKey } from '../../i18n';

/** What the editor holds beside the saved draft: the text of each section it changed. */
export interface LocalEdit {
  text: string;
  /** 'suggested' while the text is a 仅供参考 suggestion taken as it is. */
  origin: 'judge' | 'suggested';
}

export type LocalEdits = Readonly<Record<string, LocalEdit>>;

/** The edits that differ from the saved draft, in the shape drafting.save takes. */
export function pendingSections(draft: Draft, edits: LocalEdits): Array<{ key: string; text: string; origin: 'judge' | 'suggested' }> {
  return draft.sections
    .filter((s) => edits[s.key] !== undefined && edits[s.key]!.text !== s.text)
    .map((s) => ({ key: s.key, text: edits[s.key]!.text, origin: edits[s.key]!.origin }));
}

export function sectionText(draft: Draft, edits: LocalEdits, key: string): string {
  return edits[key]?.text ?? draft.sections.find((s) => s.key === key)?.text ?? '';
}

export function sectionOrigin(draft: Draft, edits: LocalEdits, key: string): SectionOrigin {
  return edits[key]?.origin ?? draft.sections.find((s) => s.key === key)?.origin ?? 'template';
}

/** 〔…〕 gaps the judge still has to write (same rule as the service). */
export function gapCount(text: string): number {
  return text.match(/〔[^〔〕\n]{0,40}〕/g)?.length ?? 0;
}

/** Catalogue key of where a section's text came from (案件信息 / 模板 / 机器建议 / 法官撰写). */
export const originKeys: Record<SectionOrigin, MessageKey> = {
  record: 'drafting.origin.record',
  template: 'drafting.origin.template',
  suggested: 'drafting.origin.suggested',
  judge: 'drafting.origin.judge',
};
