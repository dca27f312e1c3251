import { ArrowLeftOutlined, DownloadOutlined, HistoryOutlined, SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, Anchor, Button, Col, Row, Space, Tag, Typography, message } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  draftingExport,
  draftingGet,
  draftingRestore,
  draftingSave,
  draftingUndo,
  type Draft,
} from '../../../shared/contract/channels/drafting';
import { invoke } from '../../api/client';
import { ApiCallError } from '../../api/errors';
import { useAction } from '../../api/useAction';
import { useInvoke } from '../../api/useInvoke';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useUnsavedGuard } from '../../components/useUnsavedGuard';
import { useT } from '../../i18n';
import { CitationSuggestions } from './CitationSuggestions';
import { downloadDocx } from '../../components/download';
import { gapCount, pendingSections, sectionOrigin, sectionText, type LocalEdits } from './draft-edits';
import { HistoryDrawer } from './HistoryDrawer';
import { SectionEditor } from './SectionEditor';

/**
 * The structured editor: one card per section in document order, an outline to jump between them,
 * Ctrl+S to save (a new version), Alt+↑/↓ (or Ctrl+↑/↓) to move between sections, Ctrl+E to
 * export the DOCX. Edits stay local until saved; a failed save keeps them and says why.
 */
export function DraftEditor({ draftId, onClose }: { draftId: string; onClose: () => void }) {
  const t = useT();
  const loaded = useInvoke(draftingGet, { id: draftId }, draftId);
  // The draft as last answered by a save/undo/restore; the loaded one until then.
  const [latest, setDraft] = useState<Draft | null>(null);
  const draft = latest ?? loaded.data;
  const [edits, setEdits] = useState<LocalEdits>({});
  const [active, setActive] = useState(0);
  const [historyOpen, setHistoryOpen] = useState(false);
  const refs = useRef<Array<TextAreaRef | null>>([]);
  const action = useAction();
  const [toast, toastHolder] = message.useMessage();

  const pending = draft ? pendingSections(draft, edits) : [];
  const dirty = pending.length > 0;
  const { confirmLeave } = useUnsavedGuard(dirty, 'draft');

  const adopt = useCallback((next: Draft) => {
    setDraft(next);
    setEdits({});
  }, []);

  const save = useCallback(async (): Promise<boolean> => {
    if (!draft) return false;
    const sections = pendingSections(draft, edits);
    if (sections.length === 0) return true;
    const saved = await action.run(() => invoke(draftingSave, { id: draft.id, expectedVersion: draft.version, sections }));
    if (!saved) return false;
    adopt(saved);
    void toast.success(t('drafting.saved', { version: saved.version }));
    return true;
  }, [draft, edits, action, adopt, toast, t]);

  // Someone saved in between (another window): take their version as the base and keep this
  // window's unsaved sections on top, so the next Ctrl+S saves both without losing either.
  const rebase = async () => {
    const latestDraft = await action.run(() => invoke(draftingGet, { id: draftId }));
    if (latestDraft) setDraft(latestDraft);
  };

  const undo = async () => {
    if (!draft) return;
    const next = await action.run(() => invoke(draftingUndo, { id: draft.id, expectedVersion: draft.version }));
    if (next) adopt(next);
  };

  const restore = async (version: number) => {
    if (!draft) return;
    const next = await action.run(() => invoke(draftingRestore, { id: draft.id, expectedVersion: draft.version, version }));
    if (next) {
      adopt(next);
      setHistoryOpen(false);
    }
  };

  const exportDocx = useCallback(async () => {
    if (!(await save()) || !draft) return;
    const file = await action.run(() => invoke(draftingExport, { id: draft.id }));
    if (!file) return;
    downloadDocx(file.fileName, file.base64);
    const notes = [
      file.unfilled ? t('drafting.exportUnfilled', { count: file.unfilled }) : '',
      file.suggestedSections.length ? t('drafting.exportSuggested', { sections: file.suggestedSections.join('、') }) : '',
    ]
      .filter(Boolean)
      .join(t('drafting.notesSeparator'));
    void (notes
      ? toast.warning(t('drafting.exportedWithNotes', { file: file.fileName, notes }))
      : toast.success(t('drafting.exported', { file: file.fileName })));
  }, [save, draft, action, toast, t]);

  const focusSection = useCallback(
    (index: number) => {
      const count = draft?.sections.length ?? 0;
      const next = Math.max(0, Math.min(count - 1, index));
      setActive(next);
      refs.current[next]?.focus({ cursor: 'end' });
      document.getElementById(`draft-section-${draft?.sections[next]?.key ?? ''}`)?.scrollIntoView({ block: 'nearest' });
    },
    [draft],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const ctrl = e.ctrlKey || e.metaKey;
      if (ctrl && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void save();
      } else if (ctrl && e.key.toLowerCase() === 'e') {
        e.preventDefault();
        void exportDocx();
      } else if ((e.altKey || ctrl) && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
        e.preventDefault();
        focusSection(active + (e.key === 'ArrowDown' ? 1 : -1));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save, exportDocx, focusSection, active]);

  if (!draft)
    return loaded.error ? (
      <ApiErrorAlert error={loaded.error} onRetry={loaded.reload} />
    ) : (
      <Typography.Text>{t('drafting.opening')}</Typography.Text>
    );

  const gaps = draft.sections.reduce((n, s) => n + gapCount(sectionText(draft, edits, s.key)), 0);
  const setText = (key: string, text: string, origin: 'judge' | 'suggested' = 'judge') =>
    setEdits((e) => ({ ...e, [key]: { text, origin } }));
  const titleOf = (key: string) => draft.sections.find((s) => s.key === key)?.title ?? key;

  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="draft-editor" data-version={draft.version}>
      {toastHolder}
      <PageHeader
        title={`${draft.typeName} · ${draft.caseNumber}`}
        extra={
          <Space wrap>
            <Tag color={dirty ? 'red' : 'green'} data-testid="draft-save-state">
              {dirty ? t('drafting.unsaved', { count: pending.length }) : t('drafting.savedState', { version: draft.version })}
            </Tag>
            <Tag color={gaps ? 'orange' : 'green'} data-testid="draft-gaps">
              {gaps ? t('drafting.gaps', { count: gaps }) : t('drafting.noGaps')}
            </Tag>
            <Button
              icon={<SaveOutlined />}
              type="primary"
              onClick={() => void save()}
              loading={action.running}
              disabled={!dirty}
              data-testid="draft-save"
            >
              {t('drafting.save')}
            </Button>
            <Button icon={<UndoOutlined />} onClick={undo} disabled={dirty || draft.undoable === 0} data-testid="draft-undo">
              {t('drafting.undo')}
            </Button>
            <Button icon={<HistoryOutlined />} onClick={() => setHistoryOpen(true)} data-testid="draft-history-open">
              {t('drafting.history')}
            </Button>
            <Button icon={<DownloadOutlined />} onClick={() => void exportDocx()} data-testid="draft-export">
              {t('drafting.export')}
            </Button>
            <Button icon={<ArrowLeftOutlined />} onClick={() => confirmLeave(onClose)} data-testid="draft-back">
              {t('drafting.back')}
            </Button>
          </Space>
        }
      />
      {action.error ? <ApiErrorAlert error={action.error} /> : null}
      {action.error instanceof ApiCallError && action.error.code === 'CONFLICT' ? (
        <Button onClick={() => void rebase()} data-testid="draft-rebase">
          {t('drafting.rebase')}
        </Button>
      ) : null}
      {draft.sections.some((s) => sectionOrigin(draft, edits, s.key) === 'suggested') ? (
        <Alert type="warning" showIcon title={t('drafting.suggestedNotice')} />
      ) : null}
      <Row gutter={16}>
        <Col flex="200px" data-testid="draft-outline">
          <Anchor
            affix={false}
            getContainer={() => document.querySelector<HTMLElement>('[data-testid="page-drafting"]') ?? window}
            items={draft.sections.map((s, i) => ({
              key: s.key,
              href: `#draft-section-${s.key}`,
              title: `${i === active ? '▸ ' : ''}${s.title}`,
            }))}
            onClick={(e, link) => {
              e.preventDefault();
              focusSection(draft.sections.findIndex((s) => `#draft-section-${s.key}` === link.href));
            }}
          />
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 12 }}>
            {t('drafting.keys')}
            <br />
            {t('drafting.keys2')}
          </Typography.Paragraph>
        </Col>
        <Col flex="auto">
          <Space orientation="vertical" style={{ width: '100%' }}>
            {draft.sections.map((s, i) => (
              <SectionEditor
                key={s.key}
                ref={(el) => {
                  refs.current[i] = el;
                }}
                section={s}
                text={sectionText(draft, edits, s.key)}
                origin={sectionOrigin(draft, edits, s.key)}
                dirty={pending.some((p) => p.key === s.key)}
                onChange={(text) => setText(s.key, text)}
                onFocus={() => setActive(i)}
              />
            ))}
          </Space>
        </Col>
        <Col flex="360px">
          <CitationSuggestions
            draftId={draft.id}
            beforeSuggest={save}
            sectionTitle={titleOf}
            onApply={(key, text) => setText(key, text, 'suggested')}
          />
        </Col>
      </Row>
      <HistoryDrawer
        draftId={draft.id}
        version={draft.version}
        open={historyOpen}
        onClose={() => setHistoryOpen(false)}
        onRestore={restore}
      />
    </Space>
  );
}
