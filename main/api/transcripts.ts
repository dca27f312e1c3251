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
} from '../../shared/contract/channels/transcripts-settings';
import type { ChannelDef } from '../../shared/contract/channel';
import type { Actor, TranscriptService } from '../services/transcripts';
import { TranscriptError } from '../services/transcripts';
import { ApiFailure } from './api-failure';
import type { CallerContext } from './caller';
import { primaryRole } from './primary-role';
import type { HandlerContext } from './route';
import { route } from './route';

function service(services: HandlerContext['services']): TranscriptService {
  if (!services.transcripts) throw new ApiFailure('INTERNAL', '庭审笔录服务未启用');
  return services.transcripts;
}

function actor(caller: CallerContext, channel: ChannelDef): Actor {
  return { user: caller.user, role: primaryRole(caller, channel.roles) };
}

/** Passes the service's NOT_FOUND / CONFLICT on with its Chinese message. */
function refusals<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof TranscriptError) throw new ApiFailure(error.code, error.message);
    throw error;
  }
}

export const transcriptRoutes = [
  route(transcriptsTemplates, (_request, { services }) => ({ templates: service(services).templates() })),
  route(transcriptsCreate, (request, { caller, services }) =>
    refusals(() => service(services).create(request, actor(caller, transcriptsCreate))),
  ),
  route(transcriptsGet, (request, { services }) => refusals(() => service(services).get(request.transcriptId))),
  route(transcriptsList, (request, { services }) => ({ transcripts: service(services).list(request.caseId) })),
  route(transcriptsApplyOps, (request, { caller, services }) =>
    refusals(() => service(services).applyOps(request.transcriptId, request.clientId, request.ops, actor(caller, transcriptsApplyOps))),
  ),
  route(transcriptsHistory, (request, { services }) =>
    refusals(() => service(services).history(request.transcriptId, request.opLimit)),
  ),
  route(transcriptsRestore, (request, { caller, services }) =>
    refusals(() => service(services).restore(request.transcriptId, request.version, actor(caller, transcriptsRestore))),
  ),
  route(transcriptsLock, (request, { caller, services }) =>
    refusals(() =>
      service(services).lock(request.transcriptId, request.expectedVersion, request.participants, actor(caller, transcriptsLock)),
    ),
  ),
  route(transcriptsAmend, (request, { caller, services }) =>
    refusals(() =>
      service(services).amend(request.transcriptId, request.turnId, request.after, request.reason, actor(caller, transcriptsAmend)),
    ),
  ),
  route(transcriptsExportDocx, async (request, { caller, services }) => {
    try {
      return await service(services).exportDocx(request.transcriptId, actor(caller, transcriptsExportDocx));
    } catch (error) {
      if (error instanceof TranscriptError) throw new ApiFailure(error.code, error.message);
      throw error;
    }
  }),
  route(transcriptsPhrasesGet, (_request, { caller, services }) => service(services).settings.phrases(caller.user)),
  route(transcriptsPhrasesSet, (request, { caller, services }) =>
    service(services).settings.setPhrases(request.phrases, actor(caller, transcriptsPhrasesSet)),
  ),
  route(transcriptsNoticesGet, (_request, { services }) => ({ notices: service(services).settings.notices() })),
  route(transcriptsNoticesSet, (request, { caller, services }) => ({
    notices: service(services).settings.setNotice(request.procedure, request.kind, request.text, actor(caller, transcriptsNoticesSet)),
  })),
];
