import { Popover, Tag, Typography } from 'antd';
import type { CatalogueReason } from '../../../shared/contract/channels/dossier';

const cueLabels: Record<CatalogueReason['cue'], string> = {
  title: '标题',
  keyword: '关键词',
  layout: '版式',
  fileName: '文件名',
};

/** Why the catalogue chose a category: each matched cue with the words it matched. */
export function ReasonsPopover({ reasons, excerpt }: { reasons: CatalogueReason[]; excerpt: string }) {
  const content = (
    <div style={{ maxWidth: 380 }} data-testid="dossier-reasons">
      {reasons.length === 0 ? <Typography.Text type="secondary">没有匹配到任何类别的特征，归入「其他」</Typography.Text> : null}
      {reasons.map((r, i) => (
        <div key={i}>
          <Tag>{cueLabels[r.cue]}</Tag>
          <Typography.Text mark>{r.matched}</Typography.Text>
          <Typography.Text type="secondary"> （权重 {r.weight}）</Typography.Text>
        </div>
      ))}
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
        {excerpt}
      </Typography.Paragraph>
    </div>
  );
  const summary = reasons.slice(0, 2).map((r) => r.matched).join('、');
  return (
    <Popover content={content} title="归目理由（仅供参考）">
      <Typography.Link data-testid="dossier-reason-link">{summary || '无明显特征'}</Typography.Link>
    </Popover>
  );
}
