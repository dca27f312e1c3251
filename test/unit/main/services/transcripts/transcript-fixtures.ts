import type { TranscriptHeader } from '../../../../../shared/contract/channels/transcripts';

export const civilHeader: TranscriptHeader = {
  court: '北京市朝阳区人民法院',
  caseNumber: '(2026)京0105民初1234号',
  causeOfAction: '民间借贷',
  startedAt: '2026-11-26 09:30',
  place: '第三法庭',
  panel: [
    { role: '审判长', name: '王明' },
    { role: '审判员', name: '赵丽' },
    { role: '人民陪审员', name: '钱进' },
  ],
  clerk: '孙书',
  attendees: [
    { role: '原告', name: '张三' },
    { role: '被告', name: '李四' },
  ],
};
