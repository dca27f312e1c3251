import { dossier, type Result } from '../../../shared/contract';
import { findBridge } from '../../api/bridge';
import { invoke } from '../../api/client';
import { errorMessage } from '../../api/errors';
import type { Translate } from '../../i18n';

export type Uploaded = { fileName: string; uploadId: string } | { fileName: string; error: string };

/**
 * Stages one file for dossier.import: over IPC as base64 in the desktop app (no HTTP there), else
 * streamed to the web host's upload endpoint (files are too large for its JSON API).
 */
export async function uploadFile(file: File, t: Translate): Promise<Uploaded> {
  if (findBridge()) return stageOverIpc(file);
  let response: Response;
  try {
    response = await fetch('api/upload', {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(file.name) },
      body: file,
    });
  } catch {
    return { fileName: file.name, error: t('dossier.upload.unreachable', { file: file.name }) };
  }
  try {
    const reply = (await response.json()) as Result<{ uploadId: string }>;
    return reply.ok ? { fileName: file.name, uploadId: reply.value.uploadId } : { fileName: file.name, error: reply.error.message };
  } catch {
    return { fileName: file.name, error: t('dossier.upload.httpFailed', { file: file.name, status: response.status }) };
  }
}

async function stageOverIpc(file: File): Promise<Uploaded> {
  try {
    const { uploadId } = await invoke(dossier.dossierStage, {
      fileName: file.name,
      base64: toBase64(new Uint8Array(await file.arrayBuffer())),
    });
    return { fileName: file.name, uploadId };
  } catch (error) {
    return { fileName: file.name, error: errorMessage(error) };
  }
}

/** btoa over 32 KiB slices: one String.fromCharCode call per slice stays under argument limits. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
