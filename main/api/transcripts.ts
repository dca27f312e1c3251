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
  type SpeechStatus,
} from '../../shared/contract/channels/transcripts-settings';
import { caseHotwords, checkSpeechModelDir, sherpaEngine } from '../services/speech';
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

/** The configured model's state and, for a transcript, the hot words from its header and 争议焦点. */
function speechStatus(transcripts: TranscriptService, transcriptId: string | undefined): SpeechStatus {
  const modelDir = transcripts.settings.speechModelDir();
  const model = checkSpeechModelDir(modelDir);
  let hotwords: string[] = [];
  if (transcriptId) {
    const doc = transcripts.get(transcriptId);
    const focuses = doc.sections.flatMap((s) => s.turns).map((t) => /争议焦点为：(.+)$/u.exec(t.text)?.[1] ?? '').filter(Boolean);
    hotwords = caseHotwords(doc.header, focuses.flatMap((f) => f.split(/[；;。]/u).map((x) => x.replace(/^[一二三四五六七八九十]+、/u, ''))));
  }
  return { state: model.state, message: model.state === 'ready' ? '' : model.message, modelDir, engine: sherpaEngine.name, hotwords };
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
  route(transcriptsSpeechStatus, (request, { services }) => refusals(() => speechStatus(service(services), request.transcriptId))),
  route(transcriptsSpeechConfigure, (request, { caller, services }) => {
    const model = checkSpeechModelDir(request.modelDir);
    // A wrong directory is refused with what is missing, and the old setting stays.
    if (model.state === 'invalid') throw new ApiFailure('NOT_FOUND', model.message);
    service(services).settings.setSpeechModelDir(request.modelDir, actor(caller, transcriptsSpeechConfigure));
    return speechStatus(service(services), undefined);
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
