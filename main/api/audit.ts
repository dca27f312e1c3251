import {
  auditExportCsv,
  auditList,
  auditRecordDecision,
  auditStats,
  auditVerify,
  decisionLabels,
} from '../../shared/contract/channels/audit';
import { queryAuditStats } from '../services/audit/audit-stats';
import { auditCsv, auditCsvFileName } from '../services/audit/export-csv';
import { verifyChain } from '../services/audit/verify-chain';
import { ApiFailure } from './api-failure';
import { primaryRole } from './primary-role';
import { route } from './route';

export const auditRoutes = [
  route(auditList, (request, { services }) => {
    const { limit, offset, ...filter } = request;
    return services.audit.list(filter, limit, offset);
  }),
  route(auditVerify, (_request, { services }) => verifyChain(services.audit)),
  route(auditExportCsv, (request, { services }) => {
    const { csv, rows } = auditCsv(services.audit.iterate(request));
    return { fileName: auditCsvFileName(new Date()), csv, rows };
  }),
  route(auditStats, (request, { services }) => queryAuditStats(services.stores.workspace, request)),
  route(auditRecordDecision, (request, { caller, services }) => {
    const output = services.audit.get(request.outputSeq);
    if (!output || output.kind !== 'ai_output') {
      throw new ApiFailure('NOT_FOUND', `审计日志中没有第 ${request.outputSeq} 条AI输出`);
    }
    return services.audit.append({
      actor: caller.user,
      role: primaryRole(caller, auditRecordDecision.roles),
      kind: 'decision',
      feature: output.feature,
      caseId: output.caseId,
      summary: `${decisionLabels[request.decision]}：${output.summary}`,
      payload: { outputSeq: output.seq, decision: request.decision, note: request.note ?? '' },
    });
  }),
];
