import { Menu, Typography } from 'antd';
import type { Section } from '../../../shared/contract/channels/transcripts';
import { useT } from '../../i18n';

/** The sections with their turn counts; the one holding the caret is marked, a click goes there. */
export function TranscriptOutline({
  sections,
  activeTurnId,
  onOpen,
}: {
  sections: readonly Section[];
  activeTurnId: string | null;
  onOpen: (section: Section) => void;
}) {
  const t = useT();
  return (
    <>
      <Typography.Text strong>{t('transcripts.outline')}</Typography.Text>
      <Menu
        data-testid="transcript-outline"
        mode="inline"
        style={{ borderInlineEnd: 'none', maxHeight: 'calc(100vh - 220px)', overflow: 'auto' }}
        selectedKeys={[sections.find((s) => s.turns.some((u) => u.id === activeTurnId))?.id ?? '']}
        items={sections.map((s) => ({ key: s.id, label: `${s.title}（${s.turns.length}）` }))}
        onClick={({ key }) => {
          const section = sections.find((s) => s.id === key);
          if (section) onOpen(section);
        }}
      />
    </>
  );
}
