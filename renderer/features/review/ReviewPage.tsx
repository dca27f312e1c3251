import { AuditOutlined, FileProtectOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Input, Row, Select, Space, Typography, Upload } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isAiFeatureEnabled } from '../../../shared/contract';
import { draftingGet, draftingList } from '../../../shared/contract/channels/drafting';
import type { ReviewFamily, ReviewFinding } from '../../../shared/contract/channels/review';
import { reviewApplyFix, reviewImport, reviewRedact, reviewRun } from '../../../shared/contract/channels/review';
import type { ResponseOf } from '../../../shared/contract';
import { invoke } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useInvoke } from '../../api/useInvoke';
import { useAppState } from '../../app/AppStateProvider';
import { AiDisabledNotice } from '../../components/AiDisabledNotice';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { FindingList } from './FindingList';
import { PublicationCopyModal } from './PublicationCopyModal';
import { ReviewDocument } from './ReviewDocument';
import { afterFix, draftText, fileToBase64 } from './review-view-model';

type Review = ResponseOf<typeof reviewRun>;
const dateSourceLabels: Record<Review['dateSource'], string> = { request: '所填日期', document: '文书落款', 'latest-in-text': '文中最晚日期（无落款）', today: '今天（文中无日期）' };

/**
 * 文书审查: a draft, an imported DOCX/TXT or pasted text, reviewed in six families; findings marked
 * in the document, each with its reason and a one-click fix; a redacted copy for publication.
 * Ctrl+Enter reviews, F8 / Shift+F8 step through findings, Alt+P makes the publication copy.
 */
export function ReviewPage() {
  const { aiSwitches, currentCase } = useAppState();
  const enabled = aiSwitches ? isAiFeatureEnabled(aiSwitches, 'documentReview') : true;
  const [text, setText] = useState('');
  const [source, setSource] = useState('粘贴的文本');
  const [date, setDate] = useState('');
  const [review, setReview] = useState<{ text: string; value: Review; findings: ReviewFinding[] } | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [family, setFamily] = useState<ReviewFamily | 'all'>('all');
  const [applying, setApplying] = useState<string | null>(null);
  const [publication, setPublication] = useState<ResponseOf<typeof reviewRedact> | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const action = useAction();
  const drafts = useInvoke(draftingList, currentCase ? { caseId: currentCase.caseId } : {}, currentCase?.caseId ?? '');

  const run = useCallback(async () => {
    if (text.trim() === '') return;
    const value = await action.run(() =>
      invoke(reviewRun, { text, source, ...(date ? { date } : {}), ...(currentCase ? { caseId: currentCase.caseId } : {}) }),
    );
    if (value) {
      setReview({ text, value, findings: value.findings });
      setSelected(value.findings[0]?.id ?? null);
      setNotice(null);
    }
  }, [action, text, source, date, currentCase]);

  const importFile = async (file: File) => {
    const value = await action.run(async () => invoke(reviewImport, { fileName: file.name, base64: await fileToBase64(file) }));
    if (value) {
      setText(value.text);
      setSource(value.fileName);
      setReview(null);
      setNotice(`已导入“${value.fileName}”（${value.characters} 字）${value.warnings.length ? `，${value.warnings.length} 条格式提示` : ''}`);
    }
    return false;
  };

  const openDraft = async (id: string) => {
    const draft = await action.run(() => invoke(draftingGet, { id }));
    if (draft) {
      setText(draftText(draft.sections));
      setSource(`${draft.typeName}草稿 ${draft.caseNumber}`);
      setReview(null);
      setNotice(`已载入${draft.typeName}草稿（第 ${draft.version} 版）`);
    }
  };

  const apply = async (finding: ReviewFinding) => {
    if (!review) return;
    setApplying(finding.id);
    const value = await action.run(() => invoke(reviewApplyFix, { text: review.text, outputSeq: review.value.ai.auditSeq, finding }));
    setApplying(null);
    if (value) {
      setText(value.text);
      setReview({ ...review, text: value.text, findings: afterFix(review.findings, finding, value.delta) });
      setNotice(`已采纳：“${finding.excerpt}”→“${finding.fix}”（审计 #${value.auditSeq}）`);
    }
  };

  const redact = useCallback(async () => {
    const base = review?.text ?? text;
    if (base.trim() === '') return;
    const value = await action.run(() => invoke(reviewRedact, { text: base, ...(review ? { outputSeq: review.value.ai.auditSeq } : {}), ...(currentCase ? { caseId: currentCase.caseId } : {}) }));
    if (value) setPublication(value);
  }, [action, review, text, currentCase]);

  const keys = useRef({ run, redact, review, selected });
  useEffect(() => {
    keys.current = { run, redact, review, selected };
  }, [run, redact, review, selected]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const k = keys.current;
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        void k.run();
      } else if (e.altKey && e.code === 'KeyP') {
        e.preventDefault();
        void k.redact();
      } else if (e.key === 'F8' && k.review && k.review.findings.length > 0) {
        e.preventDefault();
        const list = k.review.findings;
        const at = list.findIndex((f) => f.id === k.selected);
        const next = list[(at + (e.shiftKey ? -1 : 1) + list.length) % list.length]!;
        setSelected(next.id);
        document.getElementById(`mark-${next.id}`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const select = (id: string) => {
    setSelected(id);
    document.getElementById(`mark-${id}`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };

  if (!enabled) {
    return (
      <div>
        <PageHeader title="文书审查" />
        <AiDisabledNotice feature="documentReview" />
      </div>
    );
  }

  return (
    <div data-testid="review-page">
      <PageHeader title="文书审查" />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card size="small">
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Space wrap>
              <Upload accept=".docx,.txt" showUploadList={false} beforeUpload={(file) => importFile(file)}>
                <Button icon={<UploadOutlined />} data-testid="review-upload">
                  导入文书（DOCX / TXT）
                </Button>
              </Upload>
              <Select
                data-testid="review-draft"
                placeholder={currentCase ? `审查本案（${currentCase.caseNumber}）的草稿` : '审查起草中的文书'}
                style={{ minWidth: 260 }}
                loading={drafts.loading}
                options={(drafts.data?.items ?? []).map((d) => ({ value: d.id, label: `${d.typeName} ${d.caseNumber}（第 ${d.version} 版）` }))}
                onChange={(id: string) => void openDraft(id)}
                notFoundContent="暂无草稿"
              />
              <Input type="date" value={date} onChange={(e) => setDate(e.target.value)} style={{ width: 170 }} data-testid="review-date" title="裁判日期：核对法条效力所依据的日期；不填则取文书落款" />
              <Button type="primary" icon={<AuditOutlined />} loading={action.running} onClick={() => void run()} data-testid="review-run" disabled={text.trim() === ''}>
                开始审查（Ctrl+Enter）
              </Button>
              <Button icon={<FileProtectOutlined />} onClick={() => void redact()} data-testid="review-redact" disabled={text.trim() === ''}>
                生成公开版本（Alt+P）
              </Button>
            </Space>
            <Input.TextArea
              data-testid="review-text"
              value={text}
              onChange={(e) => {
                setText(e.target.value);
                setSource((s) => (s.startsWith('粘贴') ? s : `${s}（已修改）`));
              }}
              autoSize={{ minRows: review ? 3 : 10, maxRows: review ? 6 : 24 }}
              placeholder="粘贴裁判文书全文，或导入 DOCX / TXT 文件，或选择起草中的文书"
              maxLength={500_000}
            />
          </Space>
        </Card>
        {notice ? <Alert type="success" showIcon title={notice} data-testid="review-notice" closable onClose={() => setNotice(null)} /> : null}
        {action.error ? <ApiErrorAlert error={action.error} /> : null}
        {review ? (
          <>
            <Alert
              type="info"
              showIcon
              data-testid="review-summary"
              title={
                <span>
                  <Typography.Text strong>仅供参考</Typography.Text>：{review.value.documentType === 'other' ? '未识别文书类型' : review.value.documentType}，共 {review.findings.length} 条审查意见（错误{' '}
                  {review.findings.filter((f) => f.severity === 'error').length} 条）。核对法条效力的日期 {review.value.date}（{dateSourceLabels[review.value.dateSource]}）。规则集{' '}
                  {review.value.ai.modelId} v{review.value.ai.modelVersion}，审计 #{review.value.ai.auditSeq}。F8 / Shift+F8 逐条查看。
                </span>
              }
            />
            <Row gutter={16}>
              <Col span={14}>
                <Card size="small" title={source} styles={{ body: { maxHeight: '70vh', overflow: 'auto' } }}>
                  <ReviewDocument text={review.text} findings={review.findings} selected={selected} onSelect={select} />
                </Card>
              </Col>
              <Col span={10}>
                <Card size="small" title="审查意见" styles={{ body: { maxHeight: '70vh', overflow: 'auto' } }}>
                  <FindingList findings={review.findings} family={family} onFamily={setFamily} selected={selected} onSelect={select} onApply={(f) => void apply(f)} applying={applying} />
                </Card>
              </Col>
            </Row>
          </>
        ) : null}
      </Space>
      <PublicationCopyModal value={publication} onClose={() => setPublication(null)} fileName={source} />
    </div>
  );
}
