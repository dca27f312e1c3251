import type { ParsedStatute } from './types';

/**
 * Parsed statutes, ready to write: what `readStatuteFolder` makes from LawRefBook markdown and what
 * a knowledge pack's `statutes` part carries as JSONL (one law per line), so an import from a pack
 * needs no markdown parsing.
 */
export type ParsedFile = Pick<ParsedStatute, 'title' | 'subtitle' | 'history' | 'preamble' | 'articles' | 'problems'>;

export interface StatuteFileRecord {
  /** Path relative to the statute folder, `/`-separated. */
  file: string;
  /** Null when the file could not be read; `error` says why. */
  parsed: ParsedFile | null;
  error?: string;
}

export interface StatuteVersionRecord {
  publish: string | null;
  validFrom: string | null;
  /** The catalogue's `expired` flag on any of the version's rows. */
  expired: boolean;
  catalogueIds: string[];
  /** One file, or the parts of a split code (民法典 总则 … 附则) in order. */
  files: StatuteFileRecord[];
}

export interface StatuteLawRecord {
  shortTitle: string;
  level: string;
  category: string | null;
  versions: StatuteVersionRecord[];
}
