// The models' own outputs (实体识别, 法律文本向量, 刑事裁判预测), one per call, for the CLI and scripts.
export { ModelOutputService } from './model-output-service';
