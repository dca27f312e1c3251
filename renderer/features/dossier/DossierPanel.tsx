import { FileProtectOutlined, SafetyCertificateOutlined, TagsOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Space, Typography } from 'antd';
import { useCallback, useState } from 'react';
import type { AiOutput } from '../../../shared/contract';
import type { DossierCategory, DossierDocumentView } from '../../../shared/contract/channels/dossier';
import {
  dossierArchive,
  dossierCatalogue,
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
import { DossierDropZone } from './DossierDropZone';
import { DossierTable } from './DossierTable';
import { uploadFile } from './upload-files';

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
  const action = useAction();

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
          <Button
            icon={<TagsOutlined />}
            disabled={!editable || documents.length === 0 || action.running}
            onClick={() => void action.run(catalogue)}
            data-testid="dossier-catalogue"
          >
            {t('dossier.catalogue')}
          </Button>
          <Button
            icon={<FileProtectOutlined />}
            disabled={!editable || documents.length === 0 || action.running}
            onClick={() => void exportArchive()}
            data-testid="dossier-archive"
          >
            {t('dossier.archive')}
          </Button>
        </Space>
      }
    >
      {editable ? <DossierDropZone onFiles={(files) => void importFiles(files)} /> : null}
      <ImportProgressList items={progress} />
      {action.error ? (
        <Alert type="error" showIcon title={errorMessage(action.error)} style={{ marginBottom: 12 }} data-testid="dossier-error" />
      ) : null}
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
      <DossierTable
        documents={documents}
        loading={list.loading && !list.data}
        editable={editable}
        categoryWidth={categoryWidth}
        onCorrect={(id, category) => void correct(id, category)}
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
              {archive.uncatalogued.length ? (
                <div>{t('dossier.archivedUncatalogued', { list: archive.uncatalogued.join('、') })}</div>
              ) : null}
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
        <Button
          icon={<SafetyCertificateOutlined />}
          disabled={!verifyPath.trim() || action.running}
          onClick={() => void verify()}
          data-testid="dossier-verify"
        >
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
          description={
            verdict.ok ? null : (
              <ul style={{ margin: 0 }}>
                {verdict.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            )
          }
        />
      ) : null}
    </Card>
  );
}
