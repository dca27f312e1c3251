import { PlusOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import type { KeyboardEvent, ReactNode } from 'react';
import type { Amendment } from '../../../shared/contract/channels/transcripts';
import type { Speaker } from '../../../shared/domain/transcript-editing';
import { useT } from '../../i18n';
import type { EditorRow } from './editor-rows';
import { TurnRow } from './TurnRow';
import type { TurnFocus } from './useTurnFocus';

export interface TurnListProps {
  rows: readonly EditorRow[];
  virtualizer: TurnFocus['virtualizer'];
  scrollerRef: TurnFocus['scrollerRef'];
  activeTurnId: string | null;
  onFocusTurn: (turnId: string) => void;
  register: TurnFocus['register'];
  speakers: readonly Speaker[];
  locked: boolean;
  amendmentsByTurn: ReadonlyMap<string, Amendment[]>;
  /** Shown above the turns, scrolling with them (the header card, the speaker keys). */
  top: ReactNode;
  onText: (turnId: string, text: string) => void;
  onKey: (turnId: string, event: KeyboardEvent<HTMLTextAreaElement>) => void;
  onDelete: (turnId: string) => void;
  onAmend: (turnId: string) => void;
  onAddTurn: (sectionId: string, afterTurnId: string | null, speaker: Speaker) => void;
}

/** 1-based Ctrl+n of the turn's speaker, or null for someone not among the first nine. */
function speakerNumber(speakers: readonly Speaker[], turn: Speaker): number | null {
  const index = speakers.findIndex((s) => s.role === turn.role && s.name === turn.name);
  return index >= 0 && index < 9 ? index + 1 : null;
}

/** The sections and turns, virtualised: only the rows in sight are rendered. */
export function TurnList({ rows, virtualizer, scrollerRef, activeTurnId, speakers, locked, amendmentsByTurn, top, ...on }: TurnListProps) {
  const t = useT();
  return (
    <div
      ref={scrollerRef}
      data-testid="transcript-scroller"
      style={{ height: locked ? 'calc(100vh - 250px)' : 'calc(100vh - 200px)', overflow: 'auto', contain: 'strict' }}
    >
      {top}
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }} data-testid="transcript-rows">
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              data-section-title={row.kind === 'turn' ? row.sectionTitle : row.section.title}
              style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start}px)` }}
            >
              {row.kind === 'section' ? (
                <Typography.Title
                  level={5}
                  id={`transcript-section-${row.section.id}`}
                  data-testid="transcript-section"
                  style={{ margin: '12px 0 4px', borderBottom: '1px solid #f0f0f0', paddingBottom: 4 }}
                >
                  {row.section.title}
                </Typography.Title>
              ) : row.kind === 'add' ? (
                <Button
                  type="link"
                  size="small"
                  icon={<PlusOutlined />}
                  onClick={() =>
                    on.onAddTurn(row.section.id, row.section.turns.at(-1)?.id ?? null, speakers[0] ?? { role: '审判长', name: '' })
                  }
                  data-testid="transcript-add-turn"
                >
                  {t('transcripts.addTurn')}
                </Button>
              ) : (
                <TurnRow
                  turn={row.turn}
                  speakerNumber={speakerNumber(speakers, row.turn)}
                  active={row.turn.id === activeTurnId}
                  locked={locked}
                  amendments={amendmentsByTurn.get(row.turn.id)}
                  onText={on.onText}
                  onKey={on.onKey}
                  onFocus={on.onFocusTurn}
                  onDelete={on.onDelete}
                  onAmend={on.onAmend}
                  register={on.register}
                />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
