import { CloudUploadOutlined, FileProtectOutlined, SafetyCertificateOutlined, TagsOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AiOutput } from '../../../shared/contract';
import type { DossierCategory, DossierDocumentView } from '../../../shared/contract/channels/dossier';
import {
  dossierArchive,
  dossierCatalogue,
  dossierCategories,
  dossierCorrect,
  dossierImport,
  dossierList,
  dossierVerifyArchive,
} from '../../../shared/contract/channels/dossier';
import { invoke, onProgress } from '../../api/client';
import { ApiCallError, errorMessage } from '../../api/errors';
import { useAction } from '../../api/useAction';
import { useInvoke } from '../../api/useInvoke';
import { useI18n } from '../../i18n';
import type { FileProgress } from './ImportProgressList';
import { ImportProgressList } from './ImportProgressList';
import { ReasonsPopover } from './ReasonsPopover';
import { uploadFile } from './upload-files';

const confidenceColor = (c: number) => (c >= 0.75 ? 'green' : c >= 0.5 ? 'orange' : 'red');

interface ArchiveState {
  path: string;
  files: number;
  uncatalogued: string[];
}

/**
 * 电子卷宗 of one case: import by drag and drop or the file picker (Ctrl+O), a progress bar per
 * file, the catalogue with confidence and reasons (仅供参考), correction by choosing the category,
 * and the archive package with its verification.
 */
export function DossierPanel({ caseId, editable }: { caseId: string; editable: boolean }) {
  const { t, locale } = useI18n();
  // English category names are longer than the Chinese ones; the Chinese layout stays as it was.
  const categoryWidth = locale === 'zh-CN' ? 140 : 230;
  const list = useInvoke(dossierList, { caseId }, caseId);
  const [progress, setProgress] = useState<FileProgress[]>([]);
  const [ai, setAi] = useState<AiOutput | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [archive, setArchive] = useState<ArchiveState | null>(null);
  const [verifyPath, setVerifyPath] = useState('');
  const [verdict, setVerdict] = useState<{ ok: boolean; checked: number; problems: string[] } | null>(null);
  const [dragging, setDragging] = useState(false);
  const action = useAction();
  const picker = useRef<HTMLInputElement>(null);

  const catalogue = useCallback(async () => {
    try {
      const result = await invoke(dossierCatalogue, { caseId });
      setAi(result.ai);
      setNotice(null);
    } catch (error) {
      if (error instanceof ApiCallError && error.code === 'AI_DISABLED') setNotice(t('dossier.aiOff', { message: error.message }));
      else throw error;
    }
    list.reload();
  }, [caseId, list, t]);

  const importFiles = useCallback(
    (files: File[]) =>
      action.run(async () => {
        if (files.length === 0) return;
        const jobId = `dossier-${Date.now()}`;
        const update = (i: number, patch: Partial<FileProgress>) =>
          setProgress((items) => items.map((item, k) => (k === i ? { ...item, ...patch } : item)));
        setProgress(files.map((f) => ({ fileName: f.name, stage: 'uploading', percent: 0, detail: '' })));
        const staged: Array<{ index: number; uploadId: string; fileName: string }> = [];
        for (const [i, file] of files.entries()) {
          const uploaded = await uploadFile(file, t);
          if ('error' in uploaded) update(i, { stage: 'failed', percent: 100, detail: uploaded.error });
          else {
            staged.push({ index: i, uploadId: uploaded.uploadId, fileName: file.name });
            update(i, { stage: 'reading', percent: 10, detail: t('dossier.waitingToRead') });
          }
        }
        if (staged.length === 0) return;
        const unsubscribe = onProgress((event) => {
          const k = Number(event.jobId.startsWith(`${jobId}:`) ? event.jobId.slice(jobId.length + 1) : NaN);
          const target = staged[k];
          if (!target || event.finished) return;
          update(target.index, { percent: 10 + (90 * event.done) / Math.max(1, event.total), detail: event.label });
        });
        try {
          const { outcomes } = await invoke(dossierImport, {
            caseId,
            jobId,
            files: staged.map(({ uploadId, fileName }) => ({ uploadId, fileName })),
          });
          outcomes.forEach((o, k) => {
            const i = staged[k]?.index ?? -1;
            const detail =
              o.status === 'imported'
                ? `${t('dossier.pages', { pages: o.pages })}${o.ocrPages ? t('dossier.ocrPages', { count: o.ocrPages }) : ''}`
                : (o.message ?? '');
            update(i, { stage: o.status, percent: 100, detail });
          });
        } finally {
          unsubscribe();
        }
        await catalogue();
      }),
    [action, caseId, catalogue, t],
  );

  useEffect(() => {
    if (!editable) return;
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'o') {
        e.preventDefault();
        picker.current?.click();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editable]);

  const correct = (id: string, category: DossierCategory) =>
    action.run(async () => {
      await invoke(dossierCorrect, { id, category });
      list.reload();
    });

  const exportArchive = () =>
    action.run(async () => {
      const result = await invoke(dossierArchive, { caseId });
      setArchive({ path: result.path, files: result.files.length, uncatalogued: result.uncatalogued });
      setVerifyPath(result.path);
      setVerdict(null);
    });

  const verify = () => action.run(async () => setVerdict(await invoke(dossierVerifyArchive, { path: verifyPath })));

  const documents: DossierDocumentView[] = list.data?.documents ?? [];
  return (
    <Card
      size="small"
      title={
        <Space>
          {t('dossier.title')}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('dossier.count', { count: documents.length })}
          </Typography.Text>
        </Space>
      }
      style={{ marginTop: 16 }}
      data-testid="dossier-panel"
      extra={
        <Space>
          <Button icon={<TagsOutlined />} disabled={!editable || documents.length === 0 || action.running} onClick={() => void action.run(catalogue)} data-testid="dossier-catalogue">
            {t('dossier.catalogue')}
          </Button>
          <Button icon={<FileProtectOutlined />} disabled={!editable || documents.length === 0 || action.running} onClick={() => void exportArchive()} data-testid="dossier-archive">
            {t('dossier.archive')}
          </Button>
        </Space>
      }
    >
      {editable ? (
        <div
          role="button"
          tabIndex={0}
          aria-label={t('dossier.drop.label')}
          data-testid="dossier-dropzone"
          onClick={() => picker.current?.click()}
          onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && picker.current?.click()}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            void importFiles([...e.dataTransfer.files]);
          }}
          style={{
            border: `1px dashed ${dragging ? '#1677ff' : '#d9d9d9'}`,
            background: dragging ? '#e6f4ff' : '#fafafa',
            borderRadius: 8,
            padding: 16,
            textAlign: 'center',
            cursor: 'pointer',
            marginBottom: 12,
          }}
        >
          <CloudUploadOutlined style={{ fontSize: 28, color: '#1677ff' }} />
          <div>{t('dossier.drop.hint')}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('dossier.drop.formats')}
          </Typography.Text>
          <input
            ref={picker}
            type="file"
            multiple
            hidden
            data-testid="dossier-file-input"
            accept=".docx,.pdf,.png,.jpg,.jpeg,.tif,.tiff,.bmp,.webp,.txt"
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              e.target.value = '';
              void importFiles(files);
            }}
          />
        </div>
      ) : null}
      <ImportProgressList items={progress} />
      {action.error ? <Alert type="error" showIcon title={errorMessage(action.error)} style={{ marginBottom: 12 }} data-testid="dossier-error" /> : null}
      {list.error ? <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 12 }} /> : null}
      {notice ? <Alert type="info" showIcon title={notice} style={{ marginBottom: 12 }} data-testid="dossier-ai-off" /> : null}
      {ai ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="dossier-ai-notice"
          title={t('dossier.aiNotice', { notice: t('ai.notice'), model: ai.modelId, version: ai.modelVersion, seq: ai.auditSeq })}
        />
      ) : null}
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        loading={list.loading && !list.data}
        dataSource={documents}
        data-testid="dossier-table"
        onRow={(record) => ({ 'data-testid': 'dossier-row', 'data-file': record.fileName }) as never}
        columns={[
          { title: t('dossier.col.order'), width: 56, render: (_, __, i) => i + 1 },
          {
            title: t('dossier.col.category'),
            width: categoryWidth + 50,
            render: (_, d) => (
              <Space size={4}>
                <Select<DossierCategory>
                  size="small"
                  style={{ width: categoryWidth }}
                  value={d.category ?? undefined}
                  placeholder={t('dossier.uncatalogued')}
                  virtual={false}
                  listHeight={400}
                  disabled={!editable}
                  options={dossierCategories.map((c) => ({ value: c, label: t(`dossier.category.${c}`) }))}
                  onChange={(c) => void correct(d.id, c)}
                  data-testid="dossier-category"
                  aria-label={t('dossier.categoryOf', { file: d.fileName })}
                />
                {d.correctedBy ? (
                  <Tooltip
                    title={`${t('dossier.correctedBy', { user: d.correctedBy })}${d.suggestedCategory ? t('dossier.suggested', { category: t(`dossier.category.${d.suggestedCategory}`) }) : ''}`}
                  >
                    <Tag color="blue" data-testid="dossier-corrected">
                      {t('dossier.corrected')}
                    </Tag>
                  </Tooltip>
                ) : null}
              </Space>
            ),
          },
          {
            title: t('dossier.col.confidence'),
            width: 80,
            render: (_, d) =>
              d.confidence === null || d.correctedBy ? '—' : (
                <Tag color={confidenceColor(d.confidence)} data-testid="dossier-confidence">
                  {Math.round(d.confidence * 100)}%
                </Tag>
              ),
          },
          { title: t('dossier.col.fileName'), dataIndex: 'fileName', render: (name: string) => <span data-testid="dossier-file-name">{name}</span> },
          {
            title: t('dossier.col.pages'),
            width: 110,
            render: (_, d) => (
              <span>
                {d.pages}
                {d.ocrPages ? <Tag style={{ marginLeft: 4 }}>OCR {d.ocrPages}</Tag> : null}
              </span>
            ),
          },
          { title: t('dossier.col.reasons'), width: 220, render: (_, d) => (d.category === null ? '—' : <ReasonsPopover reasons={d.reasons} excerpt={d.excerpt} />) },
        ]}
      />
      {archive ? (
        <Alert
          style={{ marginTop: 12 }}
          type={archive.uncatalogued.length ? 'warning' : 'success'}
          showIcon
          data-testid="dossier-archive-result"
          title={t('dossier.archived', { count: archive.files })}
          description={
            <div>
              <Typography.Text copyable code>
                {archive.path}
              </Typography.Text>
              {archive.uncatalogued.length ? <div>{t('dossier.archivedUncatalogued', { list: archive.uncatalogued.join('、') })}</div> : null}
            </div>
          }
        />
      ) : null}
      <Space.Compact style={{ width: '100%', marginTop: 12 }}>
        <Input
          placeholder={t('dossier.verifyPath')}
          value={verifyPath}
          onChange={(e) => setVerifyPath(e.target.value)}
          data-testid="dossier-verify-path"
          aria-label={t('dossier.verifyPath')}
        />
        <Button icon={<SafetyCertificateOutlined />} disabled={!verifyPath.trim() || action.running} onClick={() => void verify()} data-testid="dossier-verify">
          {t('dossier.verify')}
        </Button>
      </Space.Compact>
      {verdict ? (
        <Alert
          style={{ marginTop: 12 }}
          type={verdict.ok ? 'success' : 'error'}
          showIcon
          data-testid="dossier-verify-result"
          title={verdict.ok ? t('dossier.verifyOk', { count: verdict.checked }) : t('dossier.verifyFailed')}
          description={verdict.ok ? null : <ul style={{ margin: 0 }}>{verdict.problems.map((p) => <li key={p}>{p}</li>)}</ul>}
        />
      ) : null}
    </Card>
  );
}
