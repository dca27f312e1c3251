import { Input, Select } from 'antd';
import { partyKinds, partyRoles } from '../../../shared/contract/channels/cases';
import { useT } from '../../i18n';
import type { FieldRenderer } from './case-form-field';
import { emptyParty, looksLikeEntity, type PartyDraft } from './case-form-model';
import { EditableRowsCard } from './EditableRowsCard';

/** A name like 某某有限公司 typed for a party still marked 自然人 is almost surely a 法人. */
function withKindGuess(party: PartyDraft, patch: Partial<PartyDraft>): PartyDraft {
  const next = { ...party, ...patch };
  if (patch.name !== undefined && party.kind === 'person' && !party.idNumber && looksLikeEntity(patch.name)) next.kind = 'legal_person';
  return next;
}

/** 当事人 of the case form: one row a party, labels on the first row only. */
export function CasePartiesCard({
  parties,
  field,
  onChange,
}: {
  parties: PartyDraft[];
  field: FieldRenderer;
  onChange: (parties: PartyDraft[]) => void;
}) {
  const t = useT();
  return (
    <EditableRowsCard
      title={t('cases.section.parties')}
      style={{ marginBottom: 16 }}
      testId="case-party"
      listPath="parties"
      rows={parties}
      field={field}
      addLabel={t('cases.party.add')}
      emptyText={t('cases.party.none')}
      newRow={() => emptyParty('第三人')}
      merge={withKindGuess}
      onChange={onChange}
      renderRow={(p, i, { cell, set }) => (
        <>
          {cell(
            3,
            'role',
            t('cases.party.role'),
            <Select
              value={p.role}
              onChange={(role: PartyDraft['role']) => set({ role })}
              options={partyRoles.map((r) => ({ value: r, label: r }))}
            />,
          )}
          {cell(
            4,
            'name',
            t('cases.party.name'),
            <Input value={p.name} onChange={(e) => set({ name: e.target.value })} data-testid={`case-party-${i}-name`} />,
          )}
          {cell(
            3,
            'kind',
            t('cases.party.kind'),
            <Select
              value={p.kind}
              onChange={(kind: PartyDraft['kind']) => set({ kind })}
              options={partyKinds.map((k) => ({ value: k, label: t(`cases.partyKind.${k}`) }))}
            />,
          )}
          {cell(
            4,
            'idNumber',
            t('cases.party.idNumber'),
            <Input value={p.idNumber} onChange={(e) => set({ idNumber: e.target.value })} data-testid={`case-party-${i}-idNumber`} />,
          )}
          {cell(3, 'phone', t('cases.party.phone'), <Input value={p.phone} onChange={(e) => set({ phone: e.target.value })} />)}
          {cell(4, 'address', t('cases.party.address'), <Input value={p.address} onChange={(e) => set({ address: e.target.value })} />)}
          {cell(2, 'agent', t('cases.party.agent'), <Input value={p.agent} onChange={(e) => set({ agent: e.target.value })} />)}
        </>
      )}
    />
  );
}
