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
import { useT } from '../../i18n';
import { FindingList } from './FindingList';
import { PublicationCopyModal } from './PublicationCopyModal';
import { ReviewDocument } from './ReviewDocument';
import { afterFix, draftText, fileToBase64 } from './review-view-model';
import { DateField } from '../../components/DateField';

type Review = ResponseOf<typeof reviewRun>;
/** The source of typed or pasted text as the audit trail names it (文书审查（粘贴的文本）). */
const pastedSource = '粘贴的文本';

/**
 * 文书审查: a draft, an imported DOCX/TXT or pasted text, reviewed in six families; findings marked
 * in the document, each with its reason and a one-click fix; a redacted copy for publication.
 * Ctrl+Enter reviews, F8 / Shift+F8 step through findings, Alt+P makes the publication copy.
 */
export function ReviewPage() {
  const { aiSwitches, currentCase } = useAppState();
  const t = useT();
  const enabled = aiSwitches ? isAiFeatureEnabled(aiSwitches, 'documentReview') : true;
  const [text, setText] = useState('');
  // The source names the text in the audit trail (文书审查（…）), so it stays Chinese whatever the UI language.
  const [source, setSource] = useState(pastedSource);
  const [date, setDate] = useState('');
  const [review, setReview] = useState<{ text: string; value: Review; findings: ReviewFinding[] } | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [family, setFamily] = useState<ReviewFamily | 'all'>('all');
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
      setNotice(
        `${t('review.imported', { file: value.fileName, count: value.characters })}${value.warnings.length ? t('review.importWarnings', { count: value.warnings.length }) : ''}`,
      );
    }
    return false;
  };

  const openDraft = async (id: string) => {
    const draft = await action.run(() => invoke(draftingGet, { id }));
    if (draft) {
      setText(draftText(draft.sections));
      setSource(`${draft.typeName}草稿 ${draft.caseNumber}`);
      setReview(null);
      setNotice(t('review.draftLoaded', { type: draft.typeName, version: draft.version }));
    }
  };

  const apply = async (finding: ReviewFinding) => {
    if (!review) return;
    const value = await action.run(
      () => invoke(reviewApplyFix, { text: review.text, outputSeq: review.value.ai.auditSeq, finding }),
      finding.id,
    );
    if (value) {
      setText(value.text);
      setReview({ ...review, text: value.text, findings: afterFix(review.findings, finding, value.delta) });
      setNotice(t('review.applied', { from: finding.excerpt, to: finding.fix ?? '', seq: value.auditSeq }));
    }
  };

  const redact = useCallback(async () => {
    const base = review?.text ?? text;
    if (base.trim() === '') return;
    const value = await action.run(() =>
      invoke(reviewRedact, {
        text: base,
        ...(review ? { outputSeq: review.value.ai.auditSeq } : {}),
        ...(currentCase ? { caseId: currentCase.caseId } : {}),
      }),
    );
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
        <PageHeader title={t('review.title')} />
        <AiDisabledNotice feature="documentReview" />
      </div>
    );
  }

  return (
    <div data-testid="review-page">
      <PageHeader title={t('review.title')} />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card size="small">
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Space wrap>
              <Upload accept=".docx,.txt" showUploadList={false} beforeUpload={(file) => importFile(file)}>
                <Button icon={<UploadOutlined />} data-testid="review-upload">
                  {t('review.upload')}
                </Button>
              </Upload>
              <Select
                data-testid="review-draft"
                placeholder={currentCase ? t('review.draftForCase', { caseNumber: currentCase.caseNumber }) : t('review.draftAny')}
                style={{ minWidth: 260 }}
                loading={drafts.loading}
                options={(drafts.data?.items ?? []).map((d) => ({
                  value: d.id,
                  label: t('review.draftOption', { type: d.typeName, caseNumber: d.caseNumber, version: d.version }),
                }))}
                onChange={(id: string) => void openDraft(id)}
                notFoundContent={t('review.noDrafts')}
              />
              <DateField value={date} onChange={setDate} style={{ width: 170 }} data-testid="review-date" title={t('review.dateTitle')} />
              <Button
                type="primary"
                icon={<AuditOutlined />}
                loading={action.running}
                onClick={() => void run()}
                data-testid="review-run"
                disabled={text.trim() === ''}
              >
                {t('review.run')}
              </Button>
              <Button
                icon={<FileProtectOutlined />}
                onClick={() => void redact()}
                data-testid="review-redact"
                disabled={text.trim() === ''}
              >
                {t('review.redact')}
              </Button>
            </Space>
            <Input.TextArea
              data-testid="review-text"
              value={text}
              onChange={(e) => {
                setText(e.target.value);
                setSource((s) => (s === pastedSource ? s : `${s}（已修改）`));
              }}
              autoSize={{ minRows: review ? 3 : 10, maxRows: review ? 6 : 24 }}
              placeholder={t('review.textPlaceholder')}
              maxLength={500_000}
            />
          </Space>
        </Card>
        {notice ? (
          <Alert type="success" showIcon title={notice} data-testid="review-notice" closable onClose={() => setNotice(null)} />
        ) : null}
        {action.error ? <ApiErrorAlert error={action.error} /> : null}
        {review ? (
          <>
            <Alert
              type="info"
              showIcon
              data-testid="review-summary"
              title={
                <span>
                  <Typography.Text strong>{t('review.summaryLabel')}</Typography.Text>
                  {t('review.summary', {
                    type: review.value.documentType === 'other' ? t('review.typeUnknown') : review.value.documentType,
                    count: review.findings.length,
                    errors: review.findings.filter((f) => f.severity === 'error').length,
                    date: review.value.date,
                    dateSource: t(`review.dateSource.${review.value.dateSource}`),
                    model: review.value.ai.modelId,
                    version: review.value.ai.modelVersion,
                    seq: review.value.ai.auditSeq,
                  })}
                </span>
              }
            />
            <Row gutter={16}>
              <Col span={14}>
                <Card
                  size="small"
                  title={source === pastedSource ? t('review.pastedText') : source}
                  styles={{ body: { maxHeight: '70vh', overflow: 'auto' } }}
                >
                  <ReviewDocument text={review.text} findings={review.findings} selected={selected} onSelect={select} />
                </Card>
              </Col>
              <Col span={10}>
                <Card size="small" title={t('review.findings')} styles={{ body: { maxHeight: '70vh', overflow: 'auto' } }}>
                  <FindingList
                    findings={review.findings}
                    family={family}
                    onFamily={setFamily}
                    selected={selected}
                    onSelect={select}
                    onApply={(f) => void apply(f)}
                    applying={action.runningTag}
                  />
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
