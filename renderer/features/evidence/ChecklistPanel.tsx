import { Alert, Button, Empty, Popconfirm, Radio, Select, Space, Spin, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import type { ResponseOf } from '../../../shared/contract';
import type { EvidenceRef, GuidanceItem, MarkStatus } from '../../../shared/contract/channels/checklists';
import { checklistsDismiss, checklistsForCase, checklistsList, checklistsMark, markStatusLabels, suggestionLabels } from '../../../shared/contract/channels/checklists';
import { invoke } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useInvoke } from '../../api/useInvoke';
import { AiNotice } from '../../components/AiNotice';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';

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
  const title = item.basisTexts.length ? (
    <div style={{ maxHeight: 320, overflow: 'auto' }}>
      {item.basisTexts.map((b, i) => (
        <p key={i} style={{ margin: '0 0 8px' }}>
          <b>{b.citation}</b>
          <br />
          {b.text ?? b.problem ?? '本库未收录该条文'}
        </p>
      ))}
    </div>
  ) : (
    '知识库中暂无条文原文'
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
  const [checklistId, setChecklistId] = useState<string | undefined>(undefined);
  const list = useInvoke(checklistsList, {});
  const guidance = useInvoke(checklistsForCase, { caseId, ...(checklistId ? { checklistId } : {}) }, `${caseId}|${checklistId ?? ''}`);
  const { error, run } = useAction();
  const [busyItem, setBusyItem] = useState<string | null>(null);
  const data: Guidance | null = guidance.data;

  const act = async (itemId: string, work: () => Promise<unknown>) => {
    setBusyItem(itemId);
    await run(work);
    setBusyItem(null);
    guidance.reload();
  };
  const mark = (item: GuidanceItem, status: MarkStatus | null) =>
    act(item.id, () => invoke(checklistsMark, { caseId, checklistId: data!.checklist!.id, itemId: item.id, status, note: '' }));
  const dismiss = (item: GuidanceItem) =>
    act(item.id, () => invoke(checklistsDismiss, { caseId, checklistId: data!.checklist!.id, itemId: item.id, reason: '法官已知悉' }));

  if (guidance.error && !data) return <ApiErrorAlert error={guidance.error} onRetry={guidance.reload} />;
  if (!data) return <Spin data-testid="checklist-loading" />;

  return (
    <div data-testid="checklist-panel">
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Text>清单：</Typography.Text>
        <Select
          style={{ width: 260 }}
          value={data.checklist?.id}
          placeholder="选择证据指引清单"
          onChange={(v: string) => setChecklistId(v)}
          options={(list.data ?? []).map((c) => ({ value: c.id, label: `${c.cause}（${c.kind === 'civil' ? '民事' : '刑事'}，${c.items}项）` }))}
          data-testid="checklist-select"
        />
        <Typography.Text type="secondary">{data.reason}；卷宗材料 {data.documents} 份</Typography.Text>
        <AiNotice model={data.ai.modelId} modelVersion={data.ai.modelVersion} modelSha256={data.ai.modelSha256} confidence={data.ai.confidence} />
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
            title={data.flaggedCount ? `${data.flaggedCount} 项必需证据尚未在卷宗中发现或被标记为缺失` : '必需证据均已在卷宗中发现或已标记'}
            description={`${data.checklist.notice} 提示依据卷宗材料的类别和关键词生成，是否已举证、能否采信，由法官判断。`}
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
                title: '待证事实（要件）',
                width: '24%',
                render: (_, item) => (
                  <Space direction="vertical" size={2}>
                    <span>
                      {item.required ? <Tag color="red">必需</Tag> : <Tag>可选</Tag>}
                      {item.fact}
                    </span>
                    <BasisCell item={item} />
                  </Space>
                ),
              },
              { title: '常见证据', width: '18%', render: (_, item) => <span style={{ fontSize: 12 }}>{item.typicalEvidence.join('；')}</span> },
              {
                title: '卷宗提示（参考）',
                render: (_, item) => (
                  <Space direction="vertical" size={2} style={{ width: '100%' }}>
                    <Tag color={suggestionColors[item.suggestion]} data-testid="suggestion">
                      {suggestionLabels[item.suggestion]}
                    </Tag>
                    {item.evidence.map((e) => (
                      <EvidenceLine key={`${e.documentId}-${e.start}`} e={e} />
                    ))}
                  </Space>
                ),
              },
              {
                title: '法官判断',
                width: 250,
                render: (_, item) => (
                  <Space direction="vertical" size={4}>
                    <Radio.Group
                      size="small"
                      optionType="button"
                      value={item.mark?.status ?? null}
                      disabled={busyItem === item.id}
                      onChange={(e) => void mark(item, e.target.value as MarkStatus)}
                      options={(['satisfied', 'missing', 'not_applicable'] as const).map((s) => ({ value: s, label: markStatusLabels[s] }))}
                      data-testid="mark"
                    />
                    {item.mark ? (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {item.mark.by} · {item.mark.at.slice(0, 16).replace('T', ' ')}{' '}
                        <Button type="link" size="small" onClick={() => void mark(item, null)}>
                          取消标记
                        </Button>
                      </Typography.Text>
                    ) : null}
                    {item.flagged ? (
                      <Popconfirm title="忽略此缺失提示？" description="忽略会记入审计日志。" okText="忽略" cancelText="取消" onConfirm={() => void dismiss(item)}>
                        <Button size="small" type="dashed" data-testid="dismiss">
                          忽略提示
                        </Button>
                      </Popconfirm>
                    ) : item.dismissed ? (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        提示已忽略
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
