import { fail, isChannelName, type Result } from '../../shared/contract';
import type { CallerContext } from '../api/caller';
import type { JudgeDeskApp } from '../app';
import { isTrustedSender } from '../security/sender';

/** What main.ts extracts from an IpcMainInvokeEvent; kept plain so the bridge is unit-tested. */
export interface IpcSender {
  /** The sending frame's URL; null when the frame is already gone. */
  frameUrl: string | null;
  isMainFrame: boolean;
}

export type InvokeHandler = (sender: IpcSender, channel: unknown, payload: unknown) => Promise<Result<unknown>>;

/**
 * The main-side half of the bridge: refuses foreign frames and names outside the contract
 * before anything reaches the api layer, which then validates the payload with zod.
 */
export function createInvokeHandler(app: Pick<JudgeDeskApp, 'invoke'>, caller: CallerContext): InvokeHandler {
  return async (sender, channel, payload) => {
    if (!isTrustedSender(sender.frameUrl, sender.isMainFrame)) {
      return fail('FORBIDDEN', '请求来源不受信任，已拒绝。');
    }
    if (!isChannelName(channel)) {
      return fail('UNKNOWN_CHANNEL', `未知的接口：${String(channel).slice(0, 80)}`);
    }
    try {
      return await app.invoke(channel, payload, caller);
    } catch (error) {
      console.error(`[judgedesk] ${channel} failed`, error);
      return fail('INTERNAL', '内部错误，操作未完成。请重试；如仍失败，请联系信息中心。');
    }
  };
}
