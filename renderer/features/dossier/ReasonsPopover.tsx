import { Popover, Tag, Typography } from 'antd';
import type { CatalogueReason } from '../../../shared/contract/channels/dossier';
import { useT } from '../../i18n';

/** Why the catalogue chose a category: each matched cue with the words it matched. */
export function ReasonsPopover({ reasons, excerpt }: { reasons: CatalogueReason[]; excerpt: string }) {
  const t = useT();
  const content = (
    <div style={{ maxWidth: 380 }} data-testid="dossier-reasons">
      {reasons.length === 0 ? <Typography.Text type="secondary">{t('dossier.reasons.none')}</Typography.Text> : null}
      {reasons.map((r, i) => (
        <div key={i}>
          <Tag>{t(`dossier.cue.${r.cue}`)}</Tag>
          <Typography.Text mark>{r.matched}</Typography.Text>
          <Typography.Text type="secondary">{t('dossier.reasons.weight', { weight: r.weight })}</Typography.Text>
        </div>
      ))}
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
        {excerpt}
      </Typography.Paragraph>
    </div>
  );
  const summary = reasons
    .slice(0, 2)
    .map((r) => r.matched)
    .join('、');
  return (
    <Popover content={content} title={t('dossier.reasons.title')}>
      <Typography.Link data-testid="dossier-reason-link">{summary || t('dossier.reasons.noCue')}</Typography.Link>
    </Popover>
  );
}
