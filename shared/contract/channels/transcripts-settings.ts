import { z } from 'zod';
import { defineChannel } from '../channel';
import type { Role } from '../roles';
import { transcriptProcedures } from './transcripts';

const clerkRoles: readonly Role[] = ['clerk', 'judge'];

/**
 * 常用语 / 缩写: typed as `abbreviation` then Space, it becomes `text`. ASCII only, because the
 * clerk types it with the input method switched to English; lower case so Shift is never needed.
 */
export const quickPhraseSchema = z
  .object({
    abbreviation: z
      .string()
      .trim()
      .regex(/^[a-z][a-z0-9]{0,11}$/, '缩写须以小写字母开头，只含小写字母和数字，至多12位'),
    text: z.string().trim().min(1, '请填写常用语内容').max(500, '常用语不能超过500个字'),
  })
  .strict();
export type QuickPhrase = z.infer<typeof quickPhraseSchema>;

export const quickPhraseListSchema = z
  .array(quickPhraseSchema)
  .max(200, '常用语至多200条')
  .superRefine((list, ctx) => {
    const seen = new Map<string, number>();
    list.forEach((p, i) => {
      const first = seen.get(p.abbreviation);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: [i, 'abbreviation'], message: `缩写“${p.abbreviation}”与第${first + 1}条重复` });
      } else seen.set(p.abbreviation, i);
    });
  });

const phrasesReply = z.object({
  phrases: z.array(quickPhraseSchema),
  /** True while the clerk has not saved a list of their own (the bundled starter list). */
  isDefault: z.boolean(),
});

/** The signed-in clerk's own list; every clerk keeps theirs in the workspace. */
export const transcriptsPhrasesGet = defineChannel({
  name: 'transcripts.phrases.get',
  title: '读取笔录常用语',
  request: z.object({}).strict(),
  response: phrasesReply,
  roles: clerkRoles,
});

export const transcriptsPhrasesSet = defineChannel({
  name: 'transcripts.phrases.set',
  title: '保存笔录常用语',
  request: z.object({ phrases: quickPhraseListSchema }).strict(),
  response: phrasesReply,
  roles: clerkRoles,
});

/** The standard texts a template inserts: 法庭纪律 and 诉讼权利义务, per procedure. */
export const noticeKinds = ['discipline', 'rights'] as const;
export type NoticeKind = (typeof noticeKinds)[number];
export const noticeKindLabels: Record<NoticeKind, string> = { discipline: '法庭纪律', rights: '诉讼权利义务告知' };

export const noticeSchema = z.object({
  procedure: z.enum(transcriptProcedures),
  kind: z.enum(noticeKinds),
  text: z.string(),
  defaultText: z.string(),
  /** Set when the court changed the text; who and when, for the settings page. */
  edited: z.object({ at: z.string(), by: z.string() }).nullable(),
});
export type Notice = z.infer<typeof noticeSchema>;

export const transcriptsNoticesGet = defineChannel({
  name: 'transcripts.notices.get',
  title: '读取庭审告知文本',
  request: z.object({}).strict(),
  response: z.object({ notices: z.array(noticeSchema) }),
  roles: ['clerk', 'judge', 'admin'],
});

/** 管理员 edits the court's wording; an empty text goes back to the bundled default. */
export const transcriptsNoticesSet = defineChannel({
  name: 'transcripts.notices.set',
  title: '修改庭审告知文本',
  request: z
    .object({
      procedure: z.enum(transcriptProcedures),
      kind: z.enum(noticeKinds),
      text: z.string().trim().max(5000, '告知文本不能超过5000个字'),
    })
    .strict(),
  response: z.object({ notices: z.array(noticeSchema) }),
  roles: ['admin'],
});

/** 语音输入: whether a court-supplied speech model is configured, and the case's hot words. */
export const speechStatusSchema = z.object({
  state: z.enum(['not-installed', 'invalid', 'ready']),
  /** 未安装语音模型 … / what is wrong with the directory / empty when ready. */
  message: z.string(),
  modelDir: z.string(),
  engine: z.string(),
  /** Names, places and terms the recogniser is told to favour for this transcript. */
  hotwords: z.array(z.string()),
});
export type SpeechStatus = z.infer<typeof speechStatusSchema>;

export const transcriptsSpeechStatus = defineChannel({
  name: 'transcripts.speech.status',
  title: '查看语音输入状态',
  request: z.object({ transcriptId: z.string().max(64).optional() }).strict(),
  response: speechStatusSchema,
  roles: ['clerk', 'judge', 'admin'],
});

/** 管理员 sets the model directory; an empty one switches speech input off. */
export const transcriptsSpeechConfigure = defineChannel({
  name: 'transcripts.speech.configure',
  title: '设置语音模型目录',
  request: z.object({ modelDir: z.string().trim().max(1000, '目录路径过长') }).strict(),
  response: speechStatusSchema,
  roles: ['admin'],
});
