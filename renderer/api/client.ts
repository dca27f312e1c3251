import type { ChannelDef, ProgressEvent, RequestOf, ResponseOf } from '../../shared/contract';
import { ApiCallError } from './errors';
import { currentTransport, isResult, type Transport } from './transport';

export { ApiCallError } from './errors';

/** Calls one contract channel; resolves with its value or throws an ApiCallError. */
export async function invoke<C extends ChannelDef>(
  channel: C,
  payload: RequestOf<C>,
  transport: Transport = currentTransport(),
): Promise<ResponseOf<C>> {
  let reply: unknown;
  try {
    reply = await transport.invoke(channel.name, payload);
  } catch (error) {
    if (error instanceof ApiCallError) throw error;
    throw new ApiCallError('UNREACHABLE', '无法连接本机服务', channel.name);
  }
  if (!isResult(reply)) {
    throw new ApiCallError('BAD_RESPONSE', '本机服务返回了无法识别的应答', channel.name);
  }
  if (!reply.ok) throw new ApiCallError(reply.error.code, reply.error.message, channel.name);
  return reply.value as ResponseOf<C>;
}

/** Subscribes to progress of long jobs; returns the unsubscribe function. */
export function onProgress(callback: (event: ProgressEvent) => void, transport: Transport = currentTransport()): () => void {
  return transport.onProgress(callback);
}
