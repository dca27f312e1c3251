import { Card, Input, Space, Tag, Typography } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { forwardRef } from 'react';
import type { DraftSection, SectionOrigin } from '../../../shared/contract/channels/drafting';
import { useT } from '../../i18n';
import { gapCount, originKeys } from './draft-edits';

interface Props {
  section: DraftSection;
  text: string;
  origin: SectionOrigin;
  dirty: boolean;
  onChange: (text: string) => void;
  onFocus: () => void;
}

const originColors: Record<SectionOrigin, string> = { record: 'blue', template: 'default', suggested: 'gold', judge: 'green' };

/** One section of the draft: its title, where its text came from, gaps left, and the text itself. */
export const SectionEditor = forwardRef<TextAreaRef, Props>(function SectionEditor(
  { section, text, origin, dirty, onChange, onFocus },
  ref,
) {
  const t = useT();
  const gaps = gapCount(text);
  return (
    <Card
      size="small"
      id={`draft-section-${section.key}`}
      data-testid={`draft-section-${section.key}`}
      title={
        <Space>
          <Typography.Text strong>{section.title}</Typography.Text>
          {section.required ? null : <Typography.Text type="secondary">{t('drafting.optional')}</Typography.Text>}
          <Tag color={originColors[origin]} data-testid="draft-section-origin">
            {t(originKeys[origin])}
          </Tag>
          {origin === 'suggested' ? (
            <Tag color="gold" data-testid="ai-notice">
              {t('drafting.suggestedTag')}
            </Tag>
          ) : null}
          {gaps ? <Tag color="orange">{t('drafting.gaps', { count: gaps })}</Tag> : null}
          {dirty ? <Tag color="red">{t('drafting.sectionUnsaved')}</Tag> : null}
        </Space>
      }
    >
      <Input.TextArea
        ref={ref}
        value={text}
        autoSize={{ minRows: 2, maxRows: 24 }}
        onChange={(e) => onChange(e.target.value)}
        onFocus={onFocus}
        placeholder={section.hint || t('drafting.writeSection', { title: section.title })}
        aria-label={section.title}
        data-testid="draft-section-text"
        style={{ fontFamily: '"FangSong", "仿宋", "STFangsong", serif', fontSize: 16, lineHeight: 1.75 }}
      />
      {section.hint ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {section.hint}
        </Typography.Text>
      ) : null}
    </Card>
  );
});
