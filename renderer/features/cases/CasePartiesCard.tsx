import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Input, Row, Select, Typography } from 'antd';
import { partyKinds, partyRoles } from '../../../shared/contract/channels/cases';
import { useT } from '../../i18n';
import type { FieldRenderer } from './case-form-field';
import { emptyParty, looksLikeEntity, type PartyDraft } from './case-form-model';

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
  const setParty = (i: number, patch: Partial<PartyDraft>) => onChange(parties.map((p, j) => (j === i ? withKindGuess(p, patch) : p)));
  return (
    <Card
      title={t('cases.section.parties')}
      size="small"
      style={{ marginBottom: 16 }}
      extra={
        <Button
          size="small"
          icon={<PlusOutlined />}
          onClick={() => onChange([...parties, emptyParty('第三人')])}
          data-testid="case-party-add"
        >
          {t('cases.party.add')}
        </Button>
      }
    >
      {parties.length === 0 ? <Typography.Text type="secondary">{t('cases.party.none')}</Typography.Text> : null}
      {parties.map((p, i) => (
        <Row gutter={8} key={i} data-testid="case-party" align="top">
          <Col span={3}>
            {field(
              `parties.${i}.role`,
              i === 0 ? t('cases.party.role') : '',
              <Select
                value={p.role}
                onChange={(role: PartyDraft['role']) => setParty(i, { role })}
                options={partyRoles.map((r) => ({ value: r, label: r }))}
              />,
            )}
          </Col>
          <Col span={4}>
            {field(
              `parties.${i}.name`,
              i === 0 ? t('cases.party.name') : '',
              <Input value={p.name} onChange={(e) => setParty(i, { name: e.target.value })} data-testid={`case-party-${i}-name`} />,
            )}
          </Col>
          <Col span={3}>
            {field(
              `parties.${i}.kind`,
              i === 0 ? t('cases.party.kind') : '',
              <Select
                value={p.kind}
                onChange={(kind: PartyDraft['kind']) => setParty(i, { kind })}
                options={partyKinds.map((k) => ({ value: k, label: t(`cases.partyKind.${k}`) }))}
              />,
            )}
          </Col>
          <Col span={4}>
            {field(
              `parties.${i}.idNumber`,
              i === 0 ? t('cases.party.idNumber') : '',
              <Input
                value={p.idNumber}
                onChange={(e) => setParty(i, { idNumber: e.target.value })}
                data-testid={`case-party-${i}-idNumber`}
              />,
            )}
          </Col>
          <Col span={3}>
            {field(
              `parties.${i}.phone`,
              i === 0 ? t('cases.party.phone') : '',
              <Input value={p.phone} onChange={(e) => setParty(i, { phone: e.target.value })} />,
            )}
          </Col>
          <Col span={4}>
            {field(
              `parties.${i}.address`,
              i === 0 ? t('cases.party.address') : '',
              <Input value={p.address} onChange={(e) => setParty(i, { address: e.target.value })} />,
            )}
          </Col>
          <Col span={2}>
            {field(
              `parties.${i}.agent`,
              i === 0 ? t('cases.party.agent') : '',
              <Input value={p.agent} onChange={(e) => setParty(i, { agent: e.target.value })} />,
            )}
          </Col>
          <Col span={1} style={{ paddingTop: i === 0 ? 30 : 0 }}>
            <Button
              type="text"
              danger
              aria-label={t('cases.delete')}
              icon={<DeleteOutlined />}
              onClick={() => onChange(parties.filter((_, j) => j !== i))}
            />
          </Col>
        </Row>
      ))}
    </Card>
  );
}
