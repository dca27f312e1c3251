import {
  transcriptsAmend,
  transcriptsApplyOps,
  transcriptsCreate,
  transcriptsExportDocx,
  transcriptsGet,
  transcriptsHistory,
  transcriptsList,
  transcriptsLock,
  transcriptsRestore,
  transcriptsTemplates,
} from '../../shared/contract/channels/transcripts';
import {
  transcriptsNoticesGet,
  transcriptsNoticesSet,
  transcriptsPhrasesGet,
  transcriptsPhrasesSet,
  transcriptsSpeechConfigure,
  transcriptsSpeechStatus,
} from '../../shared/contract/channels/transcripts-settings';
import { route } from './route';

export const transcriptRoutes = [
  route(transcriptsTemplates, (_request, { services }) => ({ templates: services.transcripts.templates() })),
  route(transcriptsCreate, (request, { actor, services }) => services.transcripts.create(request, actor)),
  route(transcriptsGet, (request, { services }) => services.transcripts.get(request.transcriptId)),
  route(transcriptsList, (request, { services }) => ({ transcripts: services.transcripts.list(request.caseId) })),
  route(transcriptsApplyOps, (request, { actor, services }) =>
    services.transcripts.applyOps(request.transcriptId, request.clientId, request.ops, actor),
  ),
  route(transcriptsHistory, (request, { services }) => services.transcripts.history(request.transcriptId, request.opLimit)),
  route(transcriptsRestore, (request, { actor, services }) => services.transcripts.restore(request.transcriptId, request.version, actor)),
  route(transcriptsLock, (request, { actor, services }) =>
    services.transcripts.lock(request.transcriptId, request.expectedVersion, request.participants, actor),
  ),
  route(transcriptsAmend, (request, { actor, services }) =>
    services.transcripts.amend(request.transcriptId, request.turnId, request.after, request.reason, actor),
  ),
  route(transcriptsExportDocx, (request, { actor, services }) => services.transcripts.exportDocx(request.transcriptId, actor)),
  route(transcriptsSpeechStatus, (request, { services }) => services.speech.status(request.transcriptId)),
  route(transcriptsSpeechConfigure, (request, { actor, services }) => services.speech.configure(request.modelDir, actor)),
  route(transcriptsPhrasesGet, (_request, { actor, services }) => services.transcriptSettings.phrases(actor)),
  route(transcriptsPhrasesSet, (request, { actor, services }) => services.transcriptSettings.setPhrases(request.phrases, actor)),
  route(transcriptsNoticesGet, (_request, { services }) => ({ notices: services.transcriptSettings.notices() })),
  route(transcriptsNoticesSet, (request, { actor, services }) => ({
    notices: services.transcriptSettings.setNotice(request.procedure, request.kind, request.text, actor),
  })),
];
