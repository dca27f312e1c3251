import { Select, Space, Table, Tag, Tooltip } from 'antd';
import type { DossierCategory, DossierDocumentView } from '../../../shared/contract/channels/dossier';
import { dossierCategories } from '../../../shared/contract/channels/dossier';
import { useT } from '../../i18n';
import { ReasonsPopover } from './ReasonsPopover';

const confidenceColor = (c: number) => (c >= 0.75 ? 'green' : c >= 0.5 ? 'orange' : 'red');

interface Props {
  documents: DossierDocumentView[];
  loading: boolean;
  editable: boolean;
  /** English category names are longer than the Chinese ones. */
  categoryWidth: number;
  onCorrect: (id: string, category: DossierCategory) => void;
}

/** The catalogue: each document's 正卷 category (chosen by the user or suggested with a confidence), pages and reasons. */
export function DossierTable({ documents, loading, editable, categoryWidth, onCorrect }: Props) {
  const t = useT();
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      loading={loading}
      dataSource={documents}
      data-testid="dossier-table"
      onRow={(record) => ({ 'data-testid': 'dossier-row', 'data-file': record.fileName }) as never}
      columns={[
        { title: t('dossier.col.order'), width: 56, render: (_, __, i) => i + 1 },
        {
          title: t('dossier.col.category'),
          width: categoryWidth + 50,
          render: (_, d) => (
            <Space size={4}>
              <Select<DossierCategory>
                size="small"
                style={{ width: categoryWidth }}
                value={d.category ?? undefined}
                placeholder={t('dossier.uncatalogued')}
                virtual={false}
                listHeight={400}
                disabled={!editable}
                options={dossierCategories.map((c) => ({ value: c, label: t(`dossier.category.${c}`) }))}
                onChange={(c) => onCorrect(d.id, c)}
                data-testid="dossier-category"
                aria-label={t('dossier.categoryOf', { file: d.fileName })}
              />
              {d.correctedBy ? (
                <Tooltip
                  title={`${t('dossier.correctedBy', { user: d.correctedBy })}${d.suggestedCategory ? t('dossier.suggested', { category: t(`dossier.category.${d.suggestedCategory}`) }) : ''}`}
                >
                  <Tag color="blue" data-testid="dossier-corrected">
                    {t('dossier.corrected')}
                  </Tag>
                </Tooltip>
              ) : null}
            </Space>
          ),
        },
        {
          title: t('dossier.col.confidence'),
          width: 80,
          render: (_, d) =>
            d.confidence === null || d.correctedBy ? (
              '—'
            ) : (
              <Tag color={confidenceColor(d.confidence)} data-testid="dossier-confidence">
                {Math.round(d.confidence * 100)}%
              </Tag>
            ),
        },
        {
          title: t('dossier.col.fileName'),
          dataIndex: 'fileName',
          render: (name: string) => <span data-testid="dossier-file-name">{name}</span>,
        },
        {
          title: t('dossier.col.pages'),
          width: 110,
          render: (_, d) => (
            <span>
              {d.pages}
              {d.ocrPages ? <Tag style={{ marginLeft: 4 }}>OCR {d.ocrPages}</Tag> : null}
            </span>
          ),
        },
        {
          title: t('dossier.col.reasons'),
          width: 220,
          render: (_, d) => (d.category === null ? '—' : <ReasonsPopover reasons={d.reasons} excerpt={d.excerpt} />),
        },
      ]}
    />
  );
}
