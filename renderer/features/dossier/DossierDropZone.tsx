import { CloudUploadOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n';

/** Where files are dropped, or picked with a click, Enter or Ctrl+O. */
export function DossierDropZone({ onFiles }: { onFiles: (files: File[]) => void }) {
  const t = useT();
  const [dragging, setDragging] = useState(false);
  const picker = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'o') {
        e.preventDefault();
        picker.current?.click();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div
      role="button"
      tabIndex={0}
      aria-label={t('dossier.drop.label')}
      data-testid="dossier-dropzone"
      onClick={() => picker.current?.click()}
      onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && picker.current?.click()}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        onFiles([...e.dataTransfer.files]);
      }}
      style={{
        border: `1px dashed ${dragging ? '#1677ff' : '#d9d9d9'}`,
        background: dragging ? '#e6f4ff' : '#fafafa',
        borderRadius: 8,
        padding: 16,
        textAlign: 'center',
        cursor: 'pointer',
        marginBottom: 12,
      }}
    >
      <CloudUploadOutlined style={{ fontSize: 28, color: '#1677ff' }} />
      <div>{t('dossier.drop.hint')}</div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('dossier.drop.formats')}
      </Typography.Text>
      <input
        ref={picker}
        type="file"
        multiple
        hidden
        data-testid="dossier-file-input"
        accept=".docx,.pdf,.png,.jpg,.jpeg,.tif,.tiff,.bmp,.webp,.txt"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          onFiles(files);
        }}
      />
    </div>
  );
}
