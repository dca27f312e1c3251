import type { Result } from '../../../shared/contract';

export type Uploaded = { fileName: string; uploadId: string } | { fileName: string; error: string };

/**
 * Streams one file to the web host's upload endpoint (files are too large for the JSON API).
 * The Electron host has no such endpoint; its preload would hand over file paths instead.
 */
export async function uploadFile(file: File): Promise<Uploaded> {
  let response: Response;
  try {
    response = await fetch('api/upload', {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(file.name) },
      body: file,
    });
  } catch {
    return { fileName: file.name, error: `「${file.name}」上传失败：无法连接本机服务` };
  }
  try {
    const reply = (await response.json()) as Result<{ uploadId: string }>;
    return reply.ok ? { fileName: file.name, uploadId: reply.value.uploadId } : { fileName: file.name, error: reply.error.message };
  } catch {
    return { fileName: file.name, error: `「${file.name}」上传失败（HTTP ${response.status}）` };
  }
}
