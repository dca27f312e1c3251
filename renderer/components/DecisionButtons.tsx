import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { audit } from '../../shared/contract';
import { invoke } from '../api/client';
import { errorMessage } from '../api/errors';
import { useAction } from '../api/useAction';
import { useT } from '../i18n';

export interface DecisionButtonsProps {
  /** The audited AI output the judge accepts or rejects. */
  outputSeq: number;
  /** Recorded as the decision's note, so the audit trail says what was decided on. */
  summary: string;
  /** The buttons are `${testIdPrefix}-accept` and `${testIdPrefix}-reject` (the e2e tests find them so). */
  testIdPrefix: string;
}

/** The judge's accept / reject of an AI output, recorded once in the audit trail. */
export function DecisionButtons({ outputSeq, summary, testIdPrefix }: DecisionButtonsProps) {
  const t = useT();
  const { message } = App.useApp();
  const [decided, setDecided] = useState<'accepted' | 'rejected' | null>(null);
  const recording = useAction({ onError: (error) => message.error(errorMessage(error)) });
  const decide = async (decision: 'accepted' | 'rejected') => {
    const recorded = await recording.run(() => invoke(audit.auditRecordDecision, { outputSeq, decision, note: summary }));
    if (!recorded) return;
    setDecided(decision);
    message.success(t('judgment.recorded', { decision: t(decision === 'accepted' ? 'judgment.accept' : 'judgment.reject') }));
  };
  return (
    <Space>
      <Button
        icon={<CheckOutlined />}
        disabled={decided !== null}
        type={decided === 'accepted' ? 'primary' : 'default'}
        onClick={() => void decide('accepted')}
        data-testid={`${testIdPrefix}-accept`}
      >
        {t('judgment.accept')}
      </Button>
      <Button
        icon={<CloseOutlined />}
        disabled={decided !== null}
        danger={decided === 'rejected'}
        onClick={() => void decide('rejected')}
        data-testid={`${testIdPrefix}-reject`}
      >
        {t('judgment.reject')}
      </Button>
    </Space>
  );
}
