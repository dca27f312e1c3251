import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localCaller } from '../../../../main/api/caller';
import { openApp } from '../../../../main/app';
import { runCli } from '../../../../main/host/cli';
import { cliCaller } from '../../../../main/host/cli-app';
import { modelsDir } from '../../../../main/host/paths';
import type { AiFeature, ChannelDef, Result } from '../../../../shared/contract';
import { allRoles, channelNames, channels } from '../../../../shared/contract';
import type { CliAuditEntry } from '../../../helpers/cli-data-dir';
import { cliAuditEntries, useTempDataDir } from '../../../helpers/cli-data-dir';
import type { TempApp } from '../../../helpers/temp-app';
import { openTempApp } from '../../../helpers/temp-app';

// Every contract channel is answered by the one dispatcher, in one order: role (before the payload
// is even looked at), request schema, AI switch, handler, audit of AI output. The CLI is no side
// door: `judgedesk call` gets the very replies app.invoke gets, and the CLI's own AI commands
// reach their channels and leave an audit entry naming the CLI's caller.

const theft = '被告人李某于2018年5月在某超市盗窃手机一部，价值人民币3000元。案发后李某主动投案，如实供述。';

/** One request per AI channel that its schema accepts, so a refusal can only come from the switch. */
const validRequests: Record<string, unknown> = {
  'laws.push': { facts: '借款到期后被告未归还，原告诉请返还借款本金及利息。' },
  'judgment.assist': { facts: theft },
  'review.run': { text: '某某县人民法院\n刑事判决书\n（2023）京0105刑初1号' },
  'dossier.catalogue': { caseId: 'case-1' },
  'checklists.forCase': { caseId: 'case-1' },
  'backfill.propose': { caseId: 'case-1' },
  'triage.assess': { caseId: 'case-1' },
  'serviceAddress.recommend': { caseId: 'case-1' },
  'drafting.suggestCitations': { id: 'draft-1', citations: ['《中华人民共和国民法典》第六百六十七条'] },
  'similarCases.search': { query: theft },
  'models.ner': { text: '原告张某诉被告李某民间借贷纠纷。' },
  'models.embed': { text: theft },
  'models.predictCriminal': { fact: theft },
  'judgment.amount': { facts: theft, charge: '盗窃' },
  'civilOutcome.estimate': {
    cause: '民间借贷纠纷',
    claims: [{ text: '判令被告偿还借款本金10000元' }],
    facts: '被告向原告借款10000元未还。',
  },
};

const aiFeatureOf = (name: string) => (channels as Record<string, ChannelDef>)[name]?.aiFeature as AiFeature;

const all = channelNames.map((name) => [name, channels[name] as ChannelDef] as const);
const aiChannels = all.filter(([, channel]) => channel.aiFeature !== undefined);

/** Runs `judgedesk <argv> --data-dir <dataDir>` as a shell would; `stdout` is what it printed. */
async function judgedesk(dataDir: string, argv: readonly string[], stdin = ''): Promise<{ code: number; stdout: string }> {
  const out: string[] = [];
  const code = await runCli(
    [...argv, '--data-dir', dataDir],
    (t) => out.push(t),
    () => undefined,
    Readable.from(stdin),
  );
  return { code, stdout: out.join('\n') };
}

/** `judgedesk` where it prints one reply (`call`). */
async function cli(dataDir: string, argv: string[], stdin = ''): Promise<{ code: number; reply: Result<unknown> }> {
  const { code, stdout } = await judgedesk(dataDir, argv, stdin);
  return { code, reply: JSON.parse(stdout) as Result<unknown> };
}

describe('every contract channel through the one dispatch path (roles, schema, AI switch, audit), the CLI included', () => {
  let tmp: TempApp;
  const invoke = (name: string, payload: unknown, caller = localCaller('web')) => tmp.app.invoke(name, payload, caller);
  const auditTotal = async () => ((await invoke('audit.list', { limit: 1 })) as { ok: true; value: { total: number } }).value.total;
  const setSwitch = async (scope: AiFeature, enabled: boolean) =>
    expect(await invoke('settings.ai.set', { scope, enabled })).toMatchObject({ ok: true });

  beforeAll(() => {
    tmp = openTempApp('web');
  });
  afterAll(() => tmp.cleanup());

  it('the walk covers every channel, and every AI channel has a request its schema accepts', () => {
    expect(all.length).toBeGreaterThan(80);
    expect(Object.keys(validRequests).sort()).toEqual(aiChannels.map(([name]) => name).sort());
    for (const [name, channel] of aiChannels) expect(channel.request.safeParse(validRequests[name]).success, name).toBe(true);
  });

  it.each(all)(
    '%s: a caller holding none of its roles is FORBIDDEN before the payload is parsed, and nothing is audited',
    async (name, channel) => {
      const roles = allRoles.filter((role) => !channel.roles.includes(role));
      const before = await auditTotal();
      const reply = await invoke(name, null, { ...localCaller('web'), roles });
      expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining(channel.title) } });
      expect(await auditTotal()).toBe(before);
    },
  );

  it.each(all)('%s: an invalid payload is VALIDATION, and `judgedesk call` gets the same reply', async (name, channel) => {
    expect(channel.request.safeParse(null).success).toBe(false);
    const reply = await invoke(name, null);
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining(channel.title) } });
    const viaCli = await cli(tmp.dataDir, ['call', name, 'null']);
    expect(viaCli).toEqual({ code: 1, reply });
  });

  it.each(aiChannels)(
    '%s: with its switch off a valid request is AI_DISABLED, an invalid one still VALIDATION, nothing audited; `judgedesk call` alike',
    async (name, channel) => {
      const feature = channel.aiFeature as AiFeature;
      await setSwitch(feature, false);
      try {
        const before = await auditTotal();
        const reply = await invoke(name, validRequests[name]);
        expect(reply).toMatchObject({ ok: false, error: { code: 'AI_DISABLED' } });
        expect(await invoke(name, null)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
        const viaCli = await cli(tmp.dataDir, ['call', name, JSON.stringify(validRequests[name])]);
        expect(viaCli).toEqual({ code: 1, reply });
        expect(await auditTotal()).toBe(before);
      } finally {
        await setSwitch(feature, true);
      }
    },
  );
});

describe('the CLI commands that produce AI output reach their channels and are audited as the CLI caller', () => {
  const tmp = useTempDataDir();

  /** Each command, the channel it calls, its argv (stdin for predict) and the request the channel gets. */
  const commands = [
    {
      channel: 'models.ner',
      argv: ['ner', '原告张某诉被告李某某民间借贷纠纷，借款人民币5万元。'],
      stdin: '',
      request: { text: '原告张某诉被告李某某民间借贷纠纷，借款人民币5万元。' },
    },
    { channel: 'models.embed', argv: ['embed', theft], stdin: '', request: { text: theft } },
    { channel: 'models.predictCriminal', argv: ['predict'], stdin: JSON.stringify({ fact: theft }), request: { fact: theft } },
    { channel: 'judgment.amount', argv: ['amount'], stdin: JSON.stringify({ fact: theft }), request: { facts: theft } },
    {
      channel: 'similarCases.search',
      argv: ['search', 'cases', theft, '--method', 'lexical'],
      stdin: '',
      request: { query: theft, method: 'lexical' },
    },
  ] as const;

  /** The one AI output of a command's stdout: a JSON line (ner, embed, predict) or the reply (search cases). */
  function aiOutputOf(text: string): { auditSeq: number; modelId: string } {
    const parsed = JSON.parse(text) as { auditSeq?: number; model?: { id: string }; value?: { ai: { auditSeq: number; modelId: string } } };
    if (parsed.value) return parsed.value.ai;
    return { auditSeq: parsed.auditSeq as number, modelId: (parsed.model as { id: string }).id };
  }

  it("each command writes one ai_output entry under its channel's feature, the CLI caller as actor, whose seq it prints", async () => {
    for (const command of commands) {
      const { code, stdout } = await judgedesk(tmp.dataDir, command.argv, command.stdin);
      expect(code, command.channel).toBe(0);
      const printed = aiOutputOf(stdout);
      const entries: CliAuditEntry[] = (await cliAuditEntries(tmp.dataDir)).filter((e) => e.kind === 'ai_output');
      const entry = entries.find((e) => e.seq === printed.auditSeq) as CliAuditEntry;
      expect(entry, command.channel).toMatchObject({
        feature: aiFeatureOf(command.channel),
        actor: cliCaller.user,
        role: cliCaller.roles[0],
      });
      expect(entry.payload.modelId).toBe(printed.modelId);
    }
    expect((await cliAuditEntries(tmp.dataDir)).filter((e) => e.kind === 'ai_output')).toHaveLength(commands.length);
  }, 60_000);

  it('with each switch off, each command prints the refusal app.invoke gives on its channel, and audits nothing', async () => {
    for (const command of commands) {
      const feature = aiFeatureOf(command.channel);
      expect(await runCli(['ai', 'set', feature, 'off', '--data-dir', tmp.dataDir], () => undefined)).toBe(0);
    }
    const app = openApp({ dataDir: tmp.dataDir, host: 'cli', modelsDir });
    try {
      for (const command of commands) {
        const expected = await app.invoke(command.channel, command.request, cliCaller);
        expect(expected, command.channel).toMatchObject({ ok: false, error: { code: 'AI_DISABLED' } });
        const { code, stdout } = await judgedesk(tmp.dataDir, command.argv, command.stdin);
        expect(code, command.channel).toBe(1);
        expect(JSON.parse(stdout), command.channel).toEqual(expected);
      }
    } finally {
      app.close();
    }
    expect((await cliAuditEntries(tmp.dataDir)).filter((e) => e.kind === 'ai_output')).toEqual([]);
  });
});
