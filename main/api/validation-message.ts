import type { z } from 'zod';

/** Turns zod issues into one Chinese sentence naming each bad field. */
export function validationMessage(channelTitle: string, error: z.ZodError): string {
  const parts = error.issues.slice(0, 5).map((issue) => {
    const field = issue.path.length ? issue.path.join('.') : '请求';
    return `${field}：${issue.message}`;
  });
  const more = error.issues.length > 5 ? ` 等 ${error.issues.length} 处` : '';
  return `「${channelTitle}」的参数不正确 — ${parts.join('；')}${more}`;
}
