import { Button, Progress, Space } from 'antd';
import { useEffect, useState } from 'react';
import { similarCases } from '../../../shared/contract';
import { invoke, onProgress } from '../../api/client';
import { useAction } from '../../api/useAction';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n';

const jobId = 'similar-case-vectors';

/**
 * 建立向量索引: embeds the case corpus once so search can use dense retrieval (first run does it
 * too; this is for a corpus imported later or a new encoder). Shows its progress; reloads the
 * status line when done.
 */
export function BuildIndexButton({ onBuilt }: { onBuilt: () => void }) {
  const t = useT();
  const { running, error, run } = useAction();
  const [percent, setPercent] = useState<number | null>(null);

  useEffect(
    () =>
      onProgress((event) => {
        if (event.jobId === jobId) setPercent(Math.floor((event.done / Math.max(1, event.total)) * 100));
      }),
    [],
  );

  const build = async () => {
    setPercent(0);
    const value = await run(() => invoke(similarCases.similarCasesBuildIndex, { jobId }));
    setPercent(null);
    if (value) onBuilt();
  };

  return (
    <Space>
      <Button size="small" loading={running} onClick={() => void build()} data-testid="similar-build-index">
        {t('similarCases.buildIndex')}
      </Button>
      {running && percent !== null ? <Progress percent={percent} size="small" style={{ width: 120, margin: 0 }} /> : null}
      {error ? <ApiErrorAlert error={error} /> : null}
    </Space>
  );
}
