import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ChannelDef, RequestOf, ResponseOf, Result } from '../../../shared/contract';
import type { CaseInputDraft } from '../../../shared/contract/channels/cases';
import { casesCreate } from '../../../shared/contract/channels/cases';
import { auditList } from '../../../shared/contract/channels/audit';
import type { ImportOutcome } from '../../../shared/contract/channels/dossier';
import { dossierCatalogue, dossierImport } from '../../../shared/contract/channels/dossier';
import { invokeRequest, rawRequest } from '../../helpers/http';
import type { WebHostProcess } from './web-host-process';

/**
 * Seeds a test's data through the web host's HTTP API, the same api the page calls: fast, and
 * each test its own records, so no test leans on what an earlier one did in the UI.
 */
function portOf(host: WebHostProcess): number {
  return Number(new URL(host.url).port);
}

function unwrap<T>(body: string, what: string): T {
  const reply = JSON.parse(body) as Result<T>;
  if (!reply.ok) throw new Error(`${what}：${reply.error.message}`);
  return reply.value;
}

/** One call; a refusal throws its Chinese message. */
export async function invokeApi<C extends ChannelDef>(host: WebHostProcess, channel: C, payload: RequestOf<C>): Promise<ResponseOf<C>> {
  const response = await invokeRequest(portOf(host), channel.name, payload);
  return unwrap<ResponseOf<C>>(response.body, channel.name);
}

/** The case as 立案 leaves it; answers its id and the 案号 as stored (full-width parentheses). */
export async function createCase(
  host: WebHostProcess,
  input: CaseInputDraft,
): Promise<{ id: string; caseNumber: string; version: number }> {
  const created = await invokeApi(host, casesCreate, input);
  return { id: created.id, caseNumber: created.caseNumber, version: created.version };
}

/** Streams each file to the upload endpoint as the page does, then imports them into the case's dossier. */
export async function importDossier(host: WebHostProcess, caseId: string, paths: string[]): Promise<ImportOutcome[]> {
  const files: Array<{ uploadId: string; fileName: string }> = [];
  for (const path of paths) {
    const fileName = basename(path);
    const response = await rawRequest(portOf(host), {
      method: 'POST',
      path: '/api/upload',
      headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(fileName) },
      body: readFileSync(path),
    });
    files.push({ uploadId: unwrap<{ uploadId: string }>(response.body, `上传 ${fileName}`).uploadId, fileName });
  }
  const { outcomes } = await invokeApi(host, dossierImport, { caseId, files });
  const failed = outcomes.filter((o) => o.status !== 'imported');
  if (failed.length) throw new Error(`卷宗导入失败：${failed.map((o) => o.message).join('；')}`);
  return outcomes;
}

/** 自动归目 of every document not yet catalogued. */
export async function catalogueDossier(host: WebHostProcess, caseId: string): Promise<void> {
  await invokeApi(host, dossierCatalogue, { caseId });
}

/** The newest audit entry's seq (0 on an empty log): entries a test's own steps write come after it. */
export async function lastAuditSeq(host: WebHostProcess): Promise<number> {
  const { entries } = await invokeApi(host, auditList, { limit: 1 });
  return entries[0]?.seq ?? 0;
}
