import { ArrowLeftOutlined, EditOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Modal, Space, Table, Tag, Typography, message } from 'antd';
import type { Case } from '../../../shared/contract/channels/cases';
import { casesSetStatus, casesUndo, type PartyKind } from '../../../shared/contract/channels/cases';
import { invoke } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { useAction } from '../../api/useAction';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n';
import { DossierPanel } from '../dossier/DossierPanel';
import { CaseAssistPanel } from './CaseAssistPanel';
import { isCriminal } from './case-facts';
import { CivilOutlookCard } from './CivilOutlookCard';
import { statusColors } from './CaseListView';
import { TimeLimitTag } from './TimeLimitTag';

const dash = (s: string | null | undefined) => (s ? s : '—');

/** 案件详情 with edit, undo of the last edit, 归档 / 移除 (confirmed) and 恢复. */
export function CaseDetail({
  value,
  onChange,
  onEdit,
  onBack,
}: {
  value: Case;
  onChange: (c: Case) => void;
  onEdit: () => void;
  onBack: () => void;
}) {
  const t = useT();
  const { running, error, run } = useAction();
  const change = async (work: () => Promise<Case>, done?: string) => {
    const next = await run(work);
    if (!next) return;
    onChange(next);
    if (done) void message.success(done);
  };
  const confirmStatus = (status: 'archived' | 'removed' | 'open') => {
    const text = {
      archived: t('cases.archiveConfirm', { caseNumber: value.caseNumber }),
      removed: t('cases.removeConfirm', { caseNumber: value.caseNumber }),
      open: t('cases.restoreConfirm', { caseNumber: value.caseNumber }),
    }[status];
    Modal.confirm({
      title: text,
      okText: t('cases.confirm'),
      cancelText: t('cases.cancel'),
      okButtonProps: { danger: status === 'removed', 'data-testid': 'case-status-confirm' } as never,
      onOk: () => change(() => invoke(casesSetStatus, { id: value.id, expectedVersion: value.version, status, confirm: true })),
    });
  };
  const editable = value.status === 'open' || value.status === 'closed';
  const total = value.claims.reduce((s, c) => s + (c.amount ?? 0), 0);

  return (
    <div data-testid="case-detail" data-version={value.version}>
      <PageHeader
        title={value.caseNumber}
        extra={
          <Space wrap>
            <Button icon={<ArrowLeftOutlined />} onClick={onBack} data-testid="case-back">
              {t('cases.back')}
            </Button>
            {editable ? (
              <Button type="primary" icon={<EditOutlined />} onClick={onEdit} data-testid="case-edit">
                {t('cases.edit')}
              </Button>
            ) : null}
            <Button
              icon={<UndoOutlined />}
              disabled={value.undoable === 0 || running}
              onClick={() => void change(() => invoke(casesUndo, { id: value.id, expectedVersion: value.version }), t('cases.undone'))}
              data-testid="case-undo"
            >
              {t('cases.undo')}
            </Button>
            {editable ? (
              <>
                <Button onClick={() => confirmStatus('archived')} data-testid="case-archive">
                  {t('cases.archive')}
                </Button>
                <Button danger onClick={() => confirmStatus('removed')} data-testid="case-remove">
                  {t('cases.remove')}
                </Button>
              </>
            ) : (
              <Button onClick={() => confirmStatus('open')} data-testid="case-restore">
                {t('cases.restore')}
              </Button>
            )}
          </Space>
        }
      />
      {error ? (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errorMessage(error)} data-testid="case-detail-error" />
      ) : null}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions column={3} size="small">
          <Descriptions.Item label={t('cases.field.cause')}>
            <span data-testid="case-detail-cause">{value.causeOfAction}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('cases.field.procedure')}>{t(`cases.procedure.${value.procedure}`)}</Descriptions.Item>
          <Descriptions.Item label={t('cases.field.status')}>
            <Tag color={statusColors[value.status]}>{t(`cases.status.${value.status}`)}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('cases.field.court')}>{value.court}</Descriptions.Item>
          <Descriptions.Item label={t('cases.field.filedOn')}>{dash(value.filedOn)}</Descriptions.Item>
          <Descriptions.Item label={t('cases.field.hearingOn')}>{dash(value.hearingOn)}</Descriptions.Item>
          <Descriptions.Item label={t('cases.col.timeLimit')}>
            <Space>
              {value.timeLimitDays ? t('cases.days', { days: value.timeLimitDays }) : '—'}
              <TimeLimitTag daysLeft={value.daysLeft} deadline={value.deadline} />
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('cases.field.closedOn')}>{dash(value.closedOn)}</Descriptions.Item>
          <Descriptions.Item label={t('cases.detail.presidingJudge')}>{dash(value.panel.presidingJudge)}</Descriptions.Item>
          <Descriptions.Item label={t('cases.field.judges')}>{dash(value.panel.judges.join('、'))}</Descriptions.Item>
          <Descriptions.Item label={t('cases.field.assessors')}>{dash(value.panel.assessors.join('、'))}</Descriptions.Item>
          <Descriptions.Item label={t('cases.field.clerk')}>{dash(value.panel.clerk)}</Descriptions.Item>
        </Descriptions>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('cases.version', { version: value.version, user: value.updatedBy, at: value.updatedAt.slice(0, 16).replace('T', ' ') })}
        </Typography.Text>
      </Card>
      <Card size="small" title={t('cases.section.parties')} style={{ marginBottom: 16 }}>
        <Table
          size="small"
          pagination={false}
          rowKey={(_, i) => String(i)}
          dataSource={value.parties}
          data-testid="case-detail-parties"
          columns={[
            { title: t('cases.party.role'), dataIndex: 'role', width: 110 },
            { title: t('cases.party.name'), dataIndex: 'name' },
            { title: t('cases.party.kind'), dataIndex: 'kind', width: 100, render: (k: PartyKind) => t(`cases.partyKind.${k}`) },
            { title: t('cases.party.idNumber'), dataIndex: 'idNumber', render: dash },
            { title: t('cases.party.phone'), dataIndex: 'phone', render: dash },
            { title: t('cases.party.address'), dataIndex: 'address', render: dash },
            { title: t('cases.party.agent'), dataIndex: 'agent', render: dash },
          ]}
        />
      </Card>
      <Card size="small" title={t('cases.section.claims')}>
        {value.claims.length === 0 ? <Typography.Text type="secondary">{t('cases.claim.none')}</Typography.Text> : null}
        <ol style={{ margin: 0, paddingLeft: 20 }}>
          {value.claims.map((c, i) => (
            <li key={i}>
              {c.text}
              {c.amount !== null ? (
                <Typography.Text type="secondary">
                  {t('cases.claim.amountValue', { amount: c.amount.toLocaleString('zh-CN', { minimumFractionDigits: 2 }) })}
                </Typography.Text>
              ) : null}
            </li>
          ))}
        </ol>
        {total > 0 ? (
          <Typography.Text strong>
            {t('cases.claim.total', { amount: total.toLocaleString('zh-CN', { minimumFractionDigits: 2 }) })}
          </Typography.Text>
        ) : null}
      </Card>
      <DossierPanel caseId={value.id} editable={editable} />
      <CaseAssistPanel value={value} />
      {isCriminal(value) ? null : <CivilOutlookCard value={value} />}
    </div>
  );
}
