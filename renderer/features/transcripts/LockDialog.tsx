import { Alert, Checkbox, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { Participant } from '../../../shared/contract/channels/transcripts';
import { speakerLabel } from '../../../shared/domain/transcript-editing';
import { errorMessage } from '../../api/errors';
import { useAction } from '../../api/useAction';
import { useT } from '../../i18n';

/** 签名锁定: tick who read and signed, then lock; the lock is refused if edits are still unsaved. */
export function LockDialog(props: {
  open: boolean;
  people: Participant[];
  onLock: (signed: Participant[]) => Promise<void>;
  onClose: () => void;
}) {
  const t = useT();
  const [checked, setChecked] = useState<number[]>(() => props.people.map((_, i) => i));
  const { running, error, run } = useAction();
  const lock = async () => {
    const done = await run(async () => {
      await props.onLock(checked.map((i) => props.people[i]!));
      return true;
    });
    if (done) props.onClose();
  };
  return (
    <Modal
      open={props.open}
      title={t('transcripts.lockTitle')}
      okText={t('transcripts.lockConfirm')}
      okButtonProps={{ danger: true, disabled: !checked.length, loading: running, 'data-testid': 'transcript-lock-confirm' }}
      onOk={() => void lock()}
      onCancel={props.onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('transcripts.lockBody')}</Typography.Paragraph>
      <Checkbox.Group
        data-testid="transcript-lock-people"
        value={checked}
        onChange={(v) => setChecked(v as number[])}
        style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
        options={props.people.map((p, i) => ({ value: i, label: speakerLabel(p) }))}
      />
      {error ? <Alert type="error" showIcon style={{ marginTop: 12 }} title={errorMessage(error)} /> : null}
    </Modal>
  );
}
