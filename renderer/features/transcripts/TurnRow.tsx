import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Input, Tag, Tooltip, Typography } from 'antd';
import type { KeyboardEvent } from 'react';
import { memo } from 'react';
import type { Amendment, Turn } from '../../../shared/contract/channels/transcripts';
import { inaudibleCount } from '../../../shared/domain/transcript-editing';
import { useT } from '../../i18n';
import { clockTime } from './editor-keys';

const speakerColors = ['blue', 'green', 'orange', 'purple', 'cyan', 'magenta', 'gold', 'geekblue', 'volcano'];

export interface TurnRowProps {
  turn: Turn;
  /** 1-based position among the speakers present (Ctrl+n), or null for someone not listed. */
  speakerNumber: number | null;
  active: boolean;
  locked: boolean;
  amendments: readonly Amendment[] | undefined;
  onText: (turnId: string, text: string) => void;
  onKey: (turnId: string, event: KeyboardEvent<HTMLTextAreaElement>) => void;
  onFocus: (turnId: string) => void;
  onDelete: (turnId: string) => void;
  onAmend: (turnId: string) => void;
  register: (turnId: string, element: HTMLTextAreaElement | null) => void;
}

/** One 发言: speaker tag, automatic time, the text, 听不清 count and, after the lock, its corrections. */
export const TurnRow = memo(function TurnRow(props: TurnRowProps) {
  const t = useT();
  const { turn, speakerNumber, active, locked, amendments } = props;
  const inaudible = inaudibleCount(turn.text);
  const color = speakerNumber ? speakerColors[(speakerNumber - 1) % speakerColors.length] : 'default';
  return (
    <div
      data-testid="transcript-turn"
      data-turn-id={turn.id}
      data-role={turn.role}
      style={{
        display: 'grid',
        gridTemplateColumns: '168px 1fr 32px',
        gap: 8,
        padding: '6px 8px',
        borderLeft: `3px solid ${active ? '#1677ff' : 'transparent'}`,
        background: active ? '#f0f7ff' : undefined,
      }}
    >
      <div style={{ paddingTop: 4 }}>
        <Tag
          color={color}
          data-testid="transcript-turn-speaker"
          style={{ marginInlineEnd: 4, maxWidth: 160, overflow: 'hidden', textOverflow: 'ellipsis' }}
        >
          {speakerNumber ? <sup style={{ marginRight: 2 }}>{speakerNumber}</sup> : null}
          {turn.role}
          {turn.name ? ` ${turn.name}` : ''}
        </Tag>
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {clockTime(turn.at)}
          </Typography.Text>
          {inaudible ? (
            <Tag color="warning" style={{ marginLeft: 6, fontSize: 11 }}>
              {t('transcripts.inaudible', { count: inaudible })}
            </Tag>
          ) : null}
        </div>
      </div>
      <div>
        <Input.TextArea
          data-testid="transcript-turn-text"
          ref={(r) => props.register(turn.id, r?.resizableTextArea?.textArea ?? null)}
          value={turn.text}
          readOnly={locked}
          variant={active && !locked ? 'outlined' : 'borderless'}
          autoSize={{ minRows: 1 }}
          placeholder={locked ? '' : t('transcripts.turnPlaceholder')}
          onChange={(e) => props.onText(turn.id, e.target.value)}
          onKeyDown={(e) => props.onKey(turn.id, e)}
          onFocus={() => props.onFocus(turn.id)}
          style={{ fontSize: 15, lineHeight: 1.7 }}
        />
        {amendments?.map((a) => (
          <Typography.Paragraph
            key={a.id}
            type="warning"
            style={{ margin: '2px 11px', fontSize: 13 }}
            data-testid="transcript-turn-amendment"
          >
            {t('transcripts.amendedNote')}：{a.after}
          </Typography.Paragraph>
        ))}
      </div>
      <div style={{ paddingTop: 2 }}>
        {locked ? (
          <Tooltip title={t('transcripts.amend')}>
            <Button
              size="small"
              type="text"
              icon={<EditOutlined />}
              onClick={() => props.onAmend(turn.id)}
              data-testid="transcript-amend"
              aria-label={t('transcripts.amend')}
            />
          </Tooltip>
        ) : active ? (
          <Tooltip title={t('transcripts.deleteTurn')}>
            <Button
              size="small"
              type="text"
              icon={<DeleteOutlined />}
              onClick={() => props.onDelete(turn.id)}
              aria-label={t('transcripts.deleteTurn')}
            />
          </Tooltip>
        ) : null}
      </div>
    </div>
  );
});
