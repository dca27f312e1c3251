// 设置: the AI assistance switches (global and per feature).
export { AiSwitchService } from './ai-switches';
export type { SwitchChange } from './ai-switches';
