import { auditExportCsv, auditList, auditRecordDecision, auditStats, auditVerify } from '../../shared/contract/channels/audit';
import { route } from './route';

export const auditRoutes = [
  route(auditList, ({ limit, offset, ...filter }, { services }) => services.audit.list(filter, limit, offset)),
  route(auditVerify, (_request, { services }) => services.audit.verify()),
  route(auditExportCsv, (request, { services }) => services.audit.exportCsv(request)),
  route(auditStats, (request, { services }) => services.audit.stats(request)),
  route(auditRecordDecision, (request, { actor, services }) =>
    services.audit.recordDecision(request.outputSeq, request.decision, request.note, actor),
  ),
];
