import { Alert, App, Button, Card, Descriptions, Input, Progress, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { packs } from '../../../shared/contract';
import type { PackDiffView, PackImportResult, PackVerifyResult } from '../../../shared/contract/channels/packs';
import { invoke, onProgress } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { useAction } from '../../api/useAction';
import { useInvoke } from '../../api/useInvoke';
import { useAppState } from '../../app/AppStateProvider';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n';

function newJobId(): string {
  return `pack-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

function DiffView({ diff }: { diff: PackDiffView }) {
  const t = useT();
  const names = (list: { title: string; note?: string | undefined }[]) =>
    list.length === 0
      ? '—'
      : `${list
          .slice(0, 8)
          .map((l) => (l.note ? `${l.title}（${l.note}）` : l.title))
          .join('、')}${list.length > 8 ? ` … ${t('packs.more', { n: list.length })}` : ''}`;
  return (
    <Descriptions size="small" column={1} bordered data-testid="pack-diff" styles={{ label: { width: 170, whiteSpace: 'nowrap' } }}>
      <Descriptions.Item label={t('packs.lawsAdded', { n: diff.lawsAdded.length })}>{names(diff.lawsAdded)}</Descriptions.Item>
      <Descriptions.Item label={t('packs.lawsAmended', { n: diff.lawsAmended.length })}>{names(diff.lawsAmended)}</Descriptions.Item>
      <Descriptions.Item label={t('packs.lawsRepealed', { n: diff.lawsRepealed.length })}>{names(diff.lawsRepealed)}</Descriptions.Item>
      <Descriptions.Item label={t('packs.lawsRemoved', { n: diff.lawsRemoved.length })}>{names(diff.lawsRemoved)}</Descriptions.Item>
      <Descriptions.Item label={t('packs.articles')}>
        {t('packs.articlesChange', { added: diff.articlesAdded, removed: diff.articlesRemoved })}
      </Descriptions.Item>
      <Descriptions.Item label={t('packs.cases')}>{t('packs.casesCarried', { n: diff.casesInPack })}</Descriptions.Item>
    </Descriptions>
  );
}

/** 设置 → 知识库: installed pack, verify / preview / import by path with a progress bar, rollback. */
export function KnowledgePackCard() {
  const t = useT();
  const { message } = App.useApp();
  const { reloadAll } = useAppState();
  const status = useInvoke(packs.packsStatus, {});
  const [path, setPath] = useState('');
  const action = useAction<'verify' | 'preview' | 'import' | 'rollback'>();
  const busy = action.runningTag;
  const [verified, setVerified] = useState<PackVerifyResult | null>(null);
  const [result, setResult] = useState<PackImportResult | null>(null);
  const [job, setJob] = useState<{ id: string; done: number; total: number; label: string } | null>(null);

  useEffect(
    () =>
      onProgress((event) =>
        setJob((current) =>
          current && current.id === event.jobId ? { ...current, done: event.done, total: event.total, label: event.label } : current,
        ),
      ),
    [],
  );

  const run = async (kind: 'verify' | 'preview' | 'import' | 'rollback') => {
    if (kind === 'verify') {
      const checked = await action.run(() => invoke(packs.packsVerify, { path }), kind);
      if (checked) setVerified(checked);
      return;
    }
    setResult(null);
    const id = newJobId();
    setJob({ id, done: 0, total: 1, label: '' });
    const value = await action.run(
      () =>
        kind === 'rollback'
          ? invoke(packs.packsRollback, { jobId: id })
          : invoke(packs.packsImport, { path, dryRun: kind === 'preview', jobId: id }),
      kind,
    );
    setJob(null);
    if (!value) return;
    setResult(value);
    if (!value.dryRun) {
      message.success(t('packs.imported', { version: value.packVersion }));
      status.reload();
      reloadAll();
    }
  };

  const installed = status.data?.installed ?? null;
  return (
    <Card title={t('packs.section')} data-testid="knowledge-packs">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {status.error && !status.data ? <ApiErrorAlert error={status.error} onRetry={status.reload} /> : null}
        {status.data ? (
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('packs.version')}>
              {installed ? (
                <Space>
                  <Typography.Text strong>{installed.packVersion}</Typography.Text>
                  {installed.devKey ? <Tag color="orange">{t('packs.devKey')}</Tag> : <Tag>{installed.keyLabel}</Tag>}
                </Space>
              ) : (
                <Typography.Text type="warning">{t('packs.none')}</Typography.Text>
              )}
            </Descriptions.Item>
            {installed ? (
              <>
                <Descriptions.Item label={t('packs.installedAt')}>{new Date(installed.installedAt).toLocaleString()}</Descriptions.Item>
                <Descriptions.Item label={t('packs.keyId')}>
                  <Typography.Text code copyable>
                    {installed.keyId}
                  </Typography.Text>
                </Descriptions.Item>
              </>
            ) : null}
            <Descriptions.Item label={t('packs.counts')}>
              {t('packs.countsValue', { laws: status.data.counts.laws, articles: status.data.counts.articles })}
            </Descriptions.Item>
            <Descriptions.Item label={t('packs.previous')}>{status.data.previous?.packVersion ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('packs.trustedKeys')}>
              {status.data.trustedKeys.length === 0
                ? t('packs.noTrustedKeys', { dir: status.data.trustedKeysDir })
                : status.data.trustedKeys.map((k) => k.label).join('、')}
            </Descriptions.Item>
          </Descriptions>
        ) : null}
        {status.data && !installed ? <Alert type="info" showIcon title={t('packs.offer')} /> : null}
        <Space.Compact style={{ width: '100%' }}>
          <Input
            aria-label={t('packs.path')}
            placeholder={t('packs.pathPlaceholder')}
            value={path}
            onChange={(e) => {
              setPath(e.target.value);
              setVerified(null);
            }}
          />
          <Button disabled={!path.trim() || busy !== null} loading={busy === 'verify'} onClick={() => void run('verify')}>
            {t('packs.verify')}
          </Button>
          <Button disabled={!path.trim() || busy !== null} loading={busy === 'preview'} onClick={() => void run('preview')}>
            {t('packs.preview')}
          </Button>
          <Button type="primary" disabled={!path.trim() || busy !== null} loading={busy === 'import'} onClick={() => void run('import')}>
            {t('packs.import')}
          </Button>
        </Space.Compact>
        {status.data?.previous ? (
          <Button disabled={busy !== null} loading={busy === 'rollback'} onClick={() => void run('rollback')}>
            {t('packs.rollback', { version: status.data.previous.packVersion })}
          </Button>
        ) : null}
        {job ? (
          <div>
            <Typography.Text type="secondary">{job.label}</Typography.Text>
            <Progress percent={Math.floor((job.done / Math.max(1, job.total)) * 100)} status="active" />
          </div>
        ) : null}
        {verified ? (
          verified.valid ? (
            <Alert
              type="success"
              showIcon
              title={t('packs.valid', { version: verified.manifest?.packVersion ?? '', key: verified.keyLabel ?? '' })}
              description={
                verified.manifest
                  ? t('packs.countsValue', { laws: verified.manifest.counts.laws, articles: verified.manifest.counts.articles })
                  : null
              }
            />
          ) : (
            <Alert type="error" showIcon title={verified.reason} />
          )
        ) : null}
        {action.error ? <Alert type="error" showIcon title={errorMessage(action.error)} /> : null}
        {result ? (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Typography.Text strong>
              {result.dryRun ? t('packs.previewOf', { version: result.packVersion }) : t('packs.imported', { version: result.packVersion })}
            </Typography.Text>
            <DiffView diff={result.diff} />
          </Space>
        ) : null}
      </Space>
    </Card>
  );
}
