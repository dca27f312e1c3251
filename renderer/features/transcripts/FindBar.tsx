import { CloseOutlined, DownOutlined, UpOutlined } from '@ant-design/icons';
import { Button, Input, Space, Typography } from 'antd';
import type { InputRef } from 'antd';
import type { KeyboardEvent, RefObject } from 'react';
import { useT } from '../../i18n';

export interface FindBarProps {
  replaceMode: boolean;
  query: string;
  replacement: string;
  /** 0-based index of the match the caret is on, or -1. */
  current: number;
  count: number;
  findRef: RefObject<InputRef | null>;
  onQuery: (query: string) => void;
  onReplacement: (replacement: string) => void;
  onStep: (step: 1 | -1) => void;
  onReplace: () => void;
  onReplaceAll: () => void;
  onClose: () => void;
}

/**
 * 查找 / 替换 over every turn. Enter / Shift+Enter (or F3) go to the next / previous match and put
 * it selected in its turn; Esc closes. Replacing is an ordinary edit: journaled and undoable.
 */
export function FindBar({ findRef, ...props }: FindBarProps) {
  const t = useT();
  const keys = (event: KeyboardEvent<HTMLInputElement>, enter: () => void) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      props.onClose();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      enter();
    } else if (event.key === 'F3') {
      event.preventDefault();
      props.onStep(event.shiftKey ? -1 : 1);
    }
  };
  return (
    <Space wrap size={6} style={{ marginTop: 8 }} data-testid="transcript-find">
      <Input
        ref={findRef}
        size="small"
        style={{ width: 220 }}
        value={props.query}
        placeholder={t('transcripts.find.placeholder')}
        onChange={(e) => props.onQuery(e.target.value)}
        onKeyDown={(e) => keys(e, () => props.onStep(e.shiftKey ? -1 : 1))}
        data-testid="transcript-find-input"
        aria-label={t('transcripts.find.placeholder')}
      />
      <Typography.Text type="secondary" data-testid="transcript-find-count" style={{ minWidth: 80, display: 'inline-block' }}>
        {props.query ? t('transcripts.find.count', { current: props.current >= 0 ? props.current + 1 : 0, count: props.count }) : ''}
      </Typography.Text>
      <Button size="small" icon={<UpOutlined />} onClick={() => props.onStep(-1)} aria-label={t('transcripts.find.previous')} />
      <Button size="small" icon={<DownOutlined />} onClick={() => props.onStep(1)} aria-label={t('transcripts.find.next')} />
      {props.replaceMode ? (
        <>
          <Input
            size="small"
            style={{ width: 200 }}
            value={props.replacement}
            placeholder={t('transcripts.find.replacement')}
            onChange={(e) => props.onReplacement(e.target.value)}
            onKeyDown={(e) => keys(e, props.onReplace)}
            data-testid="transcript-replace-input"
            aria-label={t('transcripts.find.replacement')}
          />
          <Button size="small" onClick={props.onReplace} disabled={!props.count} data-testid="transcript-replace-one">
            {t('transcripts.find.replace')}
          </Button>
          <Button size="small" onClick={props.onReplaceAll} disabled={!props.count} data-testid="transcript-replace-all">
            {t('transcripts.find.replaceAll')}
          </Button>
        </>
      ) : null}
      <Button size="small" type="text" icon={<CloseOutlined />} onClick={props.onClose} aria-label={t('transcripts.find.close')} />
    </Space>
  );
}
