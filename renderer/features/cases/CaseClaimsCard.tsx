import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Input, Row, Typography } from 'antd';
import { useT } from '../../i18n';
import type { FieldRenderer } from './case-form-field';
import type { CaseDraft } from './case-form-model';

type ClaimDraft = CaseDraft['claims'][number];

/** 诉讼请求 of the case form: text and amount per claim, with the total claimed. */
export function CaseClaimsCard({
  claims,
  field,
  onChange,
}: {
  claims: ClaimDraft[];
  field: FieldRenderer;
  onChange: (claims: ClaimDraft[]) => void;
}) {
  const t = useT();
  const setClaim = (i: number, patch: Partial<ClaimDraft>) => onChange(claims.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  const total = claims.reduce((sum, c) => sum + (Number(c.amount) || 0), 0);
  return (
    <Card
      title={t('cases.section.claims')}
      size="small"
      extra={
        <Button
          size="small"
          icon={<PlusOutlined />}
          onClick={() => onChange([...claims, { text: '', amount: '' }])}
          data-testid="case-claim-add"
        >
          {t('cases.claim.add')}
        </Button>
      }
    >
      {claims.length === 0 ? <Typography.Text type="secondary">{t('cases.claim.none')}</Typography.Text> : null}
      {claims.map((c, i) => (
        <Row gutter={8} key={i} data-testid="case-claim" align="top">
          <Col span={17}>
            {field(
              `claims.${i}.text`,
              i === 0 ? t('cases.claim.text') : '',
              <Input.TextArea
                autoSize
                value={c.text}
                onChange={(e) => setClaim(i, { text: e.target.value })}
                data-testid={`case-claim-${i}-text`}
              />,
            )}
          </Col>
          <Col span={6}>
            {field(
              `claims.${i}.amount`,
              i === 0 ? t('cases.claim.amount') : '',
              <Input
                inputMode="decimal"
                value={c.amount}
                onChange={(e) => setClaim(i, { amount: e.target.value })}
                data-testid={`case-claim-${i}-amount`}
              />,
            )}
          </Col>
          <Col span={1} style={{ paddingTop: i === 0 ? 30 : 0 }}>
            <Button
              type="text"
              danger
              aria-label={t('cases.delete')}
              icon={<DeleteOutlined />}
              onClick={() => onChange(claims.filter((_, j) => j !== i))}
            />
          </Col>
        </Row>
      ))}
      {total > 0 ? (
        <Typography.Text type="secondary">
          {t('cases.claim.total', { amount: total.toLocaleString('zh-CN', { minimumFractionDigits: 2 }) })}
        </Typography.Text>
      ) : null}
    </Card>
  );
}
