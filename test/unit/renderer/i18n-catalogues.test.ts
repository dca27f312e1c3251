import { describe, expect, it } from 'vitest';
import { dateFieldLabels, dateFields } from '../../../shared/contract/channels/backfill';
import { caseStatuses, caseStatusLabels, partyKindLabels, partyKinds } from '../../../shared/contract/channels/cases';
import { markStatuses, markStatusLabels, suggestionLabels, suggestionLevels } from '../../../shared/contract/channels/checklists';
import { dossierCategories } from '../../../shared/contract/channels/dossier';
import { reviewFamilies, reviewFamilyLabels, reviewSeverities, reviewSeverityLabels } from '../../../shared/contract/channels/review';
import { termKindLabels, termKinds } from '../../../shared/contract/channels/judgment';
import { courtLevelValues, similarModeLabels, similarModes } from '../../../shared/contract/channels/similar-cases';
import { procedureInfo, procedures } from '../../../shared/domain/case-procedures';
import { backfillEnUS } from '../../../renderer/i18n/backfill.en-US';
import { backfillZhCN } from '../../../renderer/i18n/backfill.zh-CN';
import { caseAssistEnUS } from '../../../renderer/i18n/case-assist.en-US';
import { caseAssistZhCN } from '../../../renderer/i18n/case-assist.zh-CN';
import { civilOutlookEnUS } from '../../../renderer/i18n/civil-outlook.en-US';
import { civilOutlookZhCN } from '../../../renderer/i18n/civil-outlook.zh-CN';
import { casesEnUS } from '../../../renderer/i18n/cases.en-US';
import { casesZhCN } from '../../../renderer/i18n/cases.zh-CN';
import { checklistsEnUS } from '../../../renderer/i18n/checklists.en-US';
import { checklistsZhCN } from '../../../renderer/i18n/checklists.zh-CN';
import { dossierEnUS } from '../../../renderer/i18n/dossier.en-US';
import { draftingEnUS } from '../../../renderer/i18n/drafting.en-US';
import { draftingZhCN } from '../../../renderer/i18n/drafting.zh-CN';
import { dossierZhCN } from '../../../renderer/i18n/dossier.zh-CN';
import { enUS } from '../../../renderer/i18n/en-US';
import { modelsEnUS } from '../../../renderer/i18n/models.en-US';
import { modelsZhCN } from '../../../renderer/i18n/models.zh-CN';
import { judgmentEnUS } from '../../../renderer/i18n/judgment.en-US';
import { judgmentZhCN } from '../../../renderer/i18n/judgment.zh-CN';
import { reviewEnUS } from '../../../renderer/i18n/review.en-US';
import { reviewZhCN } from '../../../renderer/i18n/review.zh-CN';
import { serviceAddressEnUS } from '../../../renderer/i18n/service-address.en-US';
import { serviceAddressZhCN } from '../../../renderer/i18n/service-address.zh-CN';
import { similarCasesEnUS } from '../../../renderer/i18n/similar-cases.en-US';
import { similarCasesZhCN } from '../../../renderer/i18n/similar-cases.zh-CN';
import { transcriptsEnUS } from '../../../renderer/i18n/transcripts.en-US';
import { transcriptsZhCN } from '../../../renderer/i18n/transcripts.zh-CN';
import { translate } from '../../../renderer/i18n/translate';
import { triageEnUS } from '../../../renderer/i18n/triage.en-US';
import { triageZhCN } from '../../../renderer/i18n/triage.zh-CN';
import { zhCN } from '../../../renderer/i18n/zh-CN';

/** Every per-page catalogue pair: the feature prefix its keys share, the Chinese and the English. */
const pairs: Array<[prefix: string, zh: Record<string, string>, en: Record<string, string>]> = [
  ['cases.', casesZhCN, casesEnUS],
  ['transcripts.', transcriptsZhCN, transcriptsEnUS],
  ['judgment.', judgmentZhCN, judgmentEnUS],
  ['similarCases.', similarCasesZhCN, similarCasesEnUS],
  ['dossier.', dossierZhCN, dossierEnUS],
  ['checklists.', checklistsZhCN, checklistsEnUS],
  ['triage.', triageZhCN, triageEnUS],
  ['serviceAddress.', serviceAddressZhCN, serviceAddressEnUS],
  ['drafting.', draftingZhCN, draftingEnUS],
  ['review.', reviewZhCN, reviewEnUS],
  ['caseAssist.', caseAssistZhCN, caseAssistEnUS],
  ['civilOutlook.', civilOutlookZhCN, civilOutlookEnUS],
  ['models.', modelsZhCN, modelsEnUS],
  ['backfill.', backfillZhCN, backfillEnUS],
];

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const hasChinese = (s: string) => /[\u4e00-\u9fff]/.test(s);

describe.each(pairs)('the %s catalogue pair', (prefix, zh, en) => {
  it('has the same keys in both languages, all under its own prefix', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const key of Object.keys(zh)) expect(key.startsWith(prefix), key).toBe(true);
  });

  it('keeps the placeholders and leaves no English string untranslated', () => {
    for (const key of Object.keys(zh)) {
      expect(placeholders(en[key]!), key).toEqual(placeholders(zh[key]!));
      expect(en[key]!.trim(), key).not.toBe('');
      // A Chinese string copied over unchanged is a forgotten translation ('—' and the like are fine).
      if (hasChinese(zh[key]!)) expect(en[key], key).not.toBe(zh[key]);
    }
  });

  it('is spread into the full dictionaries unchanged', () => {
    for (const key of Object.keys(zh)) {
      expect(zhCN[key as keyof typeof zhCN], key).toBe(zh[key]);
      expect(enUS[key as keyof typeof enUS], key).toBe(en[key]);
    }
  });
});

describe('案件 catalogue', () => {
  it('names statuses, party kinds and procedures with the contract wording, in English too', () => {
    for (const status of caseStatuses) expect(casesZhCN[`cases.status.${status}`]).toBe(caseStatusLabels[status]);
    for (const kind of partyKinds) expect(casesZhCN[`cases.partyKind.${kind}`]).toBe(partyKindLabels[kind]);
    for (const procedure of procedures) {
      expect(casesZhCN[`cases.procedure.${procedure}`]).toBe(procedureInfo[procedure].label);
      expect(casesEnUS[`cases.procedure.${procedure}`]).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('names the dates 信息回填 reads with the contract wording', () => {
    for (const field of dateFields) expect(backfillZhCN[`backfill.field.${field}`]).toBe(dateFieldLabels[field]);
  });
});

describe('偏离预警 catalogue', () => {
  it('names the penalties with the contract wording', () => {
    for (const kind of termKinds) expect(judgmentZhCN[`judgment.penalty.${kind}`]).toBe(termKindLabels[kind]);
  });
});

describe('类案推送 catalogue', () => {
  it('names the search modes with the contract wording and covers every mode and court level', () => {
    for (const mode of similarModes) expect(similarCasesZhCN[`similarCases.mode.${mode}`]).toBe(similarModeLabels[mode]);
    for (const level of courtLevelValues) expect(similarCasesEnUS[`similarCases.courtLevel.${level}`]).toBeTruthy();
  });

  it('keeps the Chinese wording the end-to-end tests look for', () => {
    expect(translate(zhCN, 'similarCases.feedback.recorded', { decision: zhCN['similarCases.feedback.irrelevant'] })).toBe(
      '已记录：不相关（审计日志）',
    );
    expect(zhCN['similarCases.reason']).toBe('推送理由：');
    expect(translate(enUS, 'similarCases.feedback.recorded', { decision: enUS['similarCases.feedback.relevant'] })).toBe(
      'Recorded: Relevant (audit log)',
    );
  });
});

describe('电子卷宗 catalogue', () => {
  it('labels every 正卷 category, in Chinese with the category itself', () => {
    for (const category of dossierCategories) {
      expect(dossierZhCN[`dossier.category.${category}`]).toBe(category);
      expect(dossierEnUS[`dossier.category.${category}`]).toBeTruthy();
    }
  });

  it('keeps the Chinese wording the end-to-end tests look for', () => {
    expect(translate(zhCN, 'dossier.count', { count: 0 })).toBe('0 份材料');
    expect(translate(zhCN, 'dossier.ocrPages', { count: 1 })).toBe('，其中 1 页经文字识别（OCR）');
    expect(translate(zhCN, 'dossier.verifyOk', { count: 6 })).toContain('6 个文件的 sha256 均与清单一致');
  });
});

describe('证据指引 catalogue', () => {
  it("names suggestions and the judge's marks with the contract wording", () => {
    for (const level of suggestionLevels) expect(checklistsZhCN[`checklists.suggestion.${level}`]).toBe(suggestionLabels[level]);
    for (const status of markStatuses) expect(checklistsZhCN[`checklists.mark.${status}`]).toBe(markStatusLabels[status]);
  });
});

describe('文书审查 catalogue', () => {
  it('names finding families and severities with the contract wording', () => {
    for (const family of reviewFamilies) expect(reviewZhCN[`review.family.${family}`]).toBe(reviewFamilyLabels[family]);
    for (const severity of reviewSeverities) expect(reviewZhCN[`review.severity.${severity}`]).toBe(reviewSeverityLabels[severity]);
  });

  it('keeps the Chinese wording the end-to-end tests look for', () => {
    expect(translate(zhCN, 'review.applied', { from: '截止', to: '截至', seq: 7 })).toBe('已采纳：“截止”→“截至”（审计 #7）');
    expect(translate(zhCN, 'review.imported', { file: '民事判决书.docx', count: 300 })).toBe('已导入“民事判决书.docx”（300 字）');
  });
});
