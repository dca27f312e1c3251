import { describe, expect, it } from 'vitest';
import { aiFeatureLabels, aiFeatures, audit, roleLabels, roles } from '../../../shared/contract';
import { enUS } from '../../../renderer/i18n/en-US';
import { parseLocale, translate } from '../../../renderer/i18n/translate';
import { zhCN, type MessageKey } from '../../../renderer/i18n/zh-CN';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('have the same keys, none empty, with the same placeholders', () => {
    expect(Object.keys(enUS).sort()).toEqual(Object.keys(zhCN).sort());
    for (const key of Object.keys(zhCN) as MessageKey[]) {
      expect(zhCN[key].trim(), key).not.toBe('');
      expect(enUS[key].trim(), key).not.toBe('');
      expect(placeholders(enUS[key]), key).toEqual(placeholders(zhCN[key]));
    }
  });

  it('use the contract wording for features, audit kinds and roles in Chinese', () => {
    for (const f of aiFeatures) expect(zhCN[`feature.${f}`]).toBe(aiFeatureLabels[f]);
    for (const k of audit.auditKinds) expect(zhCN[`kind.${k}`]).toBe(audit.auditKindLabels[k]);
    for (const r of roles) expect(zhCN[`role.${r}`]).toBe(roleLabels[r]);
  });

  it('carry the fixed product wording', () => {
    expect(zhCN['case.none']).toBe('未选择案件');
    expect(zhCN['ai.disabledTitle']).toBe('AI辅助已关闭');
    expect(zhCN['ai.notice']).toBe('仅供参考');
    expect(zhCN['error.unreachable']).toBe('无法连接本机服务');
    expect(zhCN['models.none']).toBe('尚未安装模型');
  });
});

describe('translate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate(zhCN, 'audit.broken', { seq: 3, reason: '哈希不符' })).toBe('第3条记录被篡改：哈希不符');
    expect(translate(zhCN, 'audit.broken', { seq: 3 })).toBe('第3条记录被篡改：{reason}');
    expect(translate(enUS, 'nav.audit')).toBe('Audit');
  });

  it('does not read placeholder values from the prototype', () => {
    expect(translate(zhCN, 'ai.generatedBy', {})).toBe('由模型 {model} 生成');
  });

  it('defaults to zh-CN for missing or unknown stored locales', () => {
    expect(parseLocale(null)).toBe('zh-CN');
    expect(parseLocale('fr-FR')).toBe('zh-CN');
    expect(parseLocale('en-US')).toBe('en-US');
  });
});
