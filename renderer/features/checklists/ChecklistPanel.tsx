import { Alert, Button, Empty, Popconfirm, Radio, Select, Space, Spin, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import type { ResponseOf } from '../../../shared/contract';
import type { EvidenceRef, GuidanceItem, MarkStatus } from '../../../shared/contract/channels/checklists';
import {
  checklistsDismiss,
  checklistsForCase,
  checklistsList,
  checklistsMark,
  markStatuses,
} from '../../../shared/contract/channels/checklists';
import { invoke } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useInvoke } from '../../api/useInvoke';
import { AiNotice } from '../../components/AiNotice';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n';

type Guidance = ResponseOf<typeof checklistsForCase>;

const suggestionColors = { found: 'green', listed: 'orange', none: 'default' } as const;

/** The matched word in its passage, so the judge sees at once why the item was suggested. */
function EvidenceLine({ e }: { e: EvidenceRef }) {
  const parts = e.keyword ? e.snippet.split(e.keyword) : [e.snippet];
  return (
    <div data-testid="evidence-ref" style={{ fontSize: 12 }}>
      <Typography.Text strong>{e.fileName}</Typography.Text> <Tag style={{ marginInlineEnd: 4 }}>{e.category}</Tag>
      <Typography.Text type="secondary">
        {parts.map((p, i) => (
          <span key={i}>
            {p}
            {i < parts.length - 1 ? <mark>{e.keyword}</mark> : null}
          </span>
        ))}
      </Typography.Text>
    </div>
  );
}

function BasisCell({ item }: { item: GuidanceItem }) {
  const t = useT();
  const title = item.basisTexts.length ? (
    <div style={{ maxHeight: 320, overflow: 'auto' }}>
      {item.basisTexts.map((b, i) => (
        <p key={i} style={{ margin: '0 0 8px' }}>
          <b>{b.citation}</b>
          <br />
          {b.text ?? b.problem ?? t('checklists.basisMissing')}
        </p>
      ))}
    </div>
  ) : (
    t('checklists.basisNone')
  );
  return (
    <Tooltip title={title} styles={{ root: { maxWidth: 520 } }}>
      <Typography.Text style={{ fontSize: 12, cursor: 'help' }} underline>
        {item.legalBasis}
      </Typography.Text>
    </Tooltip>
  );
}

/** 证据指引 for one case: each 要件 with what the dossier suggests; the judge marks; prompts can be dismissed. */
export function ChecklistPanel({ caseId }: { caseId: string }) {
  const t = useT();
  const [checklistId, setChecklistId] = useState<string | undefined>(undefined);
  const list = useInvoke(checklistsList, {});
  const guidance = useInvoke(checklistsForCase, { caseId, ...(checklistId ? { checklistId } : {}) }, `${caseId}|${checklistId ?? ''}`);
  const { error, run, runningTag: busyItem } = useAction();
  const data: Guidance | null = guidance.data;

  const act = async (itemId: string, work: () => Promise<unknown>) => {
    await run(work, itemId);
    guidance.reload();
  };
  const mark = (item: GuidanceItem, status: MarkStatus | null) =>
    act(item.id, () => invoke(checklistsMark, { caseId, checklistId: data!.checklist!.id, itemId: item.id, status, note: '' }));
  const dismiss = (item: GuidanceItem) =>
    act(item.id, () =>
      invoke(checklistsDismiss, {
        caseId,
        checklistId: data!.checklist!.id,
        itemId: item.id,
        reason: '法官已知悉' /* stored in the audit trail in Chinese, whatever the UI language */,
      }),
    );

  if (guidance.error && !data) return <ApiErrorAlert error={guidance.error} onRetry={guidance.reload} />;
  if (!data) return <Spin data-testid="checklist-loading" />;

  return (
    <div data-testid="checklist-panel">
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Text>{t('checklists.checklist')}</Typography.Text>
        <Select
          style={{ width: 260 }}
          value={data.checklist?.id}
          placeholder={t('checklists.checklistPlaceholder')}
          onChange={(v: string) => setChecklistId(v)}
          options={(list.data ?? []).map((c) => ({
            value: c.id,
            label: t('checklists.checklistOption', {
              cause: c.cause,
              kind: t(c.kind === 'civil' ? 'checklists.kind.civil' : 'checklists.kind.criminal'),
              count: c.items,
            }),
          }))}
          data-testid="checklist-select"
        />
        <Typography.Text type="secondary">{t('checklists.chosen', { reason: data.reason, count: data.documents })}</Typography.Text>
        <AiNotice
          model={data.ai.modelId}
          modelVersion={data.ai.modelVersion}
          modelSha256={data.ai.modelSha256}
          confidence={data.ai.confidence}
        />
      </Space>
      {error ? <ApiErrorAlert error={error} /> : null}
      {!data.checklist ? (
        <Empty description={data.reason} />
      ) : (
        <>
          <Alert
            type={data.flaggedCount ? 'warning' : 'success'}
            showIcon
            style={{ marginBottom: 12 }}
            data-testid="checklist-flagged"
            title={data.flaggedCount ? t('checklists.flagged', { count: data.flaggedCount }) : t('checklists.allFound')}
            description={t('checklists.flaggedNote', { notice: data.checklist.notice })}
          />
          <Table<GuidanceItem>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={data.items}
            rowClassName={(item) => (item.flagged ? 'checklist-flagged-row' : '')}
            onRow={(item) => ({ 'data-testid': `checklist-item-${item.id}`, 'data-flagged': String(item.flagged) }) as never}
            columns={[
              {
                title: t('checklists.col.fact'),
                width: '24%',
                render: (_, item) => (
                  <Space direction="vertical" size={2}>
                    <span>
                      {item.required ? <Tag color="red">{t('checklists.required')}</Tag> : <Tag>{t('checklists.optional')}</Tag>}
                      {item.fact}
                    </span>
                    <BasisCell item={item} />
                  </Space>
                ),
              },
              {
                title: t('checklists.col.typical'),
                width: '18%',
                render: (_, item) => <span style={{ fontSize: 12 }}>{item.typicalEvidence.join('；')}</span>,
              },
              {
                title: t('checklists.col.suggestion'),
                render: (_, item) => (
                  <Space direction="vertical" size={2} style={{ width: '100%' }}>
                    <Tag color={suggestionColors[item.suggestion]} data-testid="suggestion">
                      {t(`checklists.suggestion.${item.suggestion}`)}
                    </Tag>
                    {item.evidence.map((e) => (
                      <EvidenceLine key={`${e.documentId}-${e.start}`} e={e} />
                    ))}
                  </Space>
                ),
              },
              {
                title: t('checklists.col.mark'),
                width: 250,
                render: (_, item) => (
                  <Space direction="vertical" size={4}>
                    <Radio.Group
                      size="small"
                      optionType="button"
                      value={item.mark?.status ?? null}
                      disabled={busyItem === item.id}
                      onChange={(e) => void mark(item, e.target.value as MarkStatus)}
                      options={markStatuses.map((s) => ({ value: s, label: t(`checklists.mark.${s}`) }))}
                      data-testid="mark"
                    />
                    {item.mark ? (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {item.mark.by} · {item.mark.at.slice(0, 16).replace('T', ' ')}{' '}
                        <Button type="link" size="small" onClick={() => void mark(item, null)}>
                          {t('checklists.unmark')}
                        </Button>
                      </Typography.Text>
                    ) : null}
                    {item.flagged ? (
                      <Popconfirm
                        title={t('checklists.dismissTitle')}
                        description={t('checklists.dismissBody')}
                        okText={t('checklists.dismissOk')}
                        cancelText={t('checklists.cancel')}
                        onConfirm={() => void dismiss(item)}
                      >
                        <Button size="small" type="dashed" data-testid="dismiss">
                          {t('checklists.dismiss')}
                        </Button>
                      </Popconfirm>
                    ) : item.dismissed ? (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('checklists.dismissed')}
                      </Typography.Text>
                    ) : null}
                  </Space>
                ),
              },
            ]}
          />
        </>
      )}
    </div>
  );
}
