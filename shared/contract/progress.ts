/** Progress of long work (pack import, dossier OCR …), pushed main → renderer. */
export interface ProgressEvent {
  /** Identifies the job the renderer started. */
  jobId: string;
  label: string;
  done: number;
  total: number;
  /** Set once, on the last event of a job. */
  finished?: boolean;
  error?: string;
}

/** The only IPC channel names the preload uses; contract channel names travel as arguments. */
export const ipcInvokeChannel = 'judgedesk:invoke';
export const ipcProgressChannel = 'judgedesk:progress';
