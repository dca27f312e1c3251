/** The web host serves one workstation: it listens on loopback or not at all (DESIGN rule 5). */
const loopback = new Set(['127.0.0.1', '::1', 'localhost']);

export function assertLoopbackAddress(address: string): void {
  if (!loopback.has(address)) {
    throw new Error(`拒绝在 ${address} 上监听：JudgeDesk 网页服务只允许绑定本机回环地址 127.0.0.1`);
  }
}

/**
 * Only requests addressed to this host by a loopback name are served; this blocks DNS-rebinding
 * pages that point their own domain at 127.0.0.1 to reach the API.
 */
export function isLoopbackHostHeader(hostHeader: string | undefined, port: number): boolean {
  if (!hostHeader) return false;
  return [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`].includes(hostHeader.toLowerCase());
}
