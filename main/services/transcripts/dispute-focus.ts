import type { TranscriptHeader } from '../../../shared/contract/channels/transcripts';
import { intToChinese } from '../../../shared/domain/chinese-numerals';
import type { TranscriptTemplate } from './templates';

type TemplateTurn = TranscriptTemplate['sections'][number]['turns'][number];

const investigationTitle = '法庭调查';

/** 一、…；二、…。 — the focuses as the presiding judge reads them out. */
export function focusList(focuses: readonly string[]): string {
  return focuses.map((f, i) => `${intToChinese(i + 1)}、${f.replace(/[。；;，,\s]+$/u, '')}`).join('；') + '。';
}

/**
 * The focuses read back out of a transcript's turns: the text after 争议焦点为： split at each
 * 一、二、… item, so a transcript edited after creation gives the focuses as they now stand.
 */
export function readDisputeFocuses(turnTexts: readonly string[]): string[] {
  return turnTexts
    .map((text) => /争议焦点为：(.+)$/u.exec(text)?.[1] ?? '')
    .flatMap((list) => list.split(/[；;。]/u))
    .map((item) => item.replace(/^[一二三四五六七八九十]+、/u, '').trim())
    .filter(Boolean);
}

/**
 * 争议焦点 → the template's 法庭调查 with the focuses read out and, for each, a question to every
 * focus role followed by an empty turn for the answer. The presiding role asks (审判长, or the
 * sole 审判员 of 简易程序). Without focuses the template is returned unchanged.
 */
export function withDisputeFocuses(template: TranscriptTemplate, focuses: readonly string[], header: TranscriptHeader): TranscriptTemplate {
  const cleaned = focuses.map((f) => f.trim()).filter(Boolean);
  if (!cleaned.length) return template;
  const asker = header.panel[0]?.role ?? template.panelRoles[0]!;
  const questions: TemplateTurn[] = cleaned.flatMap((focus, i) =>
    template.focusRoles.flatMap((role, r) => [
      {
        role: asker,
        text: r === 0 ? `关于争议焦点${intToChinese(i + 1)}“${focus}”，${role}有何陈述？请一并说明证据。` : `${role}对此有何意见？`,
      },
      { role, text: '' },
    ]),
  );
  let placed = false;
  const sections = template.sections.map((section) => {
    const anchor = section.turns.findIndex((t) => t.focusAnchor);
    if (anchor >= 0 && !placed) {
      placed = true;
      const turns = [...section.turns];
      turns[anchor] = { ...turns[anchor]!, text: turns[anchor]!.text + focusList(cleaned) };
      turns.splice(anchor + 1, 0, ...questions);
      return { ...section, turns };
    }
    return section;
  });
  if (placed) return { ...template, sections };
  // A template without an anchor (刑事一审公诉): read the focuses out at the end of 法庭调查.
  return {
    ...template,
    sections: template.sections.map((section) =>
      section.title === investigationTitle
        ? { ...section, turns: [...section.turns, { role: asker, text: `本案的争议焦点为：${focusList(cleaned)}` }, ...questions] }
        : section,
    ),
  };
}
