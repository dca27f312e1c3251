import { RobotOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useT } from '../i18n';

export interface AiNoticeProps {
  /** Model name or id shown to the user, e.g. "law-push-bert". */
  model: string;
  modelVersion?: string;
  modelSha256?: string;
  /** 0…1 */
  confidence?: number;
}

/**
 * The label every AI suggestion carries: 仅供参考 · 由模型 X 生成. The tooltip names the exact
 * model file (version + sha256) so a judge can trace the output.
 */
export function AiNotice({ model, modelVersion, modelSha256, confidence }: AiNoticeProps) {
  const t = useT();
  const modelText = modelVersion ? `${model} ${modelVersion}` : model;
  const parts = [t('ai.notice'), t('ai.generatedBy', { model: modelText })];
  if (confidence !== undefined) {
    parts.push(t('ai.confidence', { value: `${Math.round(confidence * 100)}%` }));
  }
  const tag = (
    <Tag icon={<RobotOutlined />} color="gold" data-testid="ai-notice">
      {parts.join(' · ')}
    </Tag>
  );
  return modelSha256 ? <Tooltip title={`SHA-256 ${modelSha256}`}>{tag}</Tooltip> : tag;
}
