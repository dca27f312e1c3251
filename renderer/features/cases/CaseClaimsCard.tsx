import { Input, Typography } from 'antd';
import { useT } from '../../i18n';
import type { FieldRenderer } from './case-form-field';
import type { CaseDraft } from './case-form-model';
import { EditableRowsCard } from './EditableRowsCard';

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
  const total = claims.reduce((sum, c) => sum + (Number(c.amount) || 0), 0);
  return (
    <EditableRowsCard
      title={t('cases.section.claims')}
      testId="case-claim"
      listPath="claims"
      rows={claims}
      field={field}
      addLabel={t('cases.claim.add')}
      emptyText={t('cases.claim.none')}
      newRow={() => ({ text: '', amount: '' })}
      onChange={onChange}
      renderRow={(c, i, { cell, set }) => (
        <>
          {cell(
            17,
            'text',
            t('cases.claim.text'),
            <Input.TextArea autoSize value={c.text} onChange={(e) => set({ text: e.target.value })} data-testid={`case-claim-${i}-text`} />,
          )}
          {cell(
            6,
            'amount',
            t('cases.claim.amount'),
            <Input
              inputMode="decimal"
              value={c.amount}
              onChange={(e) => set({ amount: e.target.value })}
              data-testid={`case-claim-${i}-amount`}
            />,
          )}
        </>
      )}
    >
      {total > 0 ? (
        <Typography.Text type="secondary">
          {t('cases.claim.total', { amount: total.toLocaleString('zh-CN', { minimumFractionDigits: 2 }) })}
        </Typography.Text>
      ) : null}
    </EditableRowsCard>
  );
}
