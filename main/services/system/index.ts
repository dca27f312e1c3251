// 系统信息: version, knowledge pack and the signed-in user, for the status bar and the CLI.
export { SystemService } from './system-service';
export type { Host } from './system-service';
