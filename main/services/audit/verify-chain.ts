import type { AuditVerifyResult } from '../../../shared/contract/channels/audit';
import type { AuditRow } from './audit-row';
import { rowToEntry } from './audit-row';
import { entryHash, genesisHash } from './hash-chain';

/** What verification reads: the stored rows in order and the recorded head (an AuditLog). */
export interface AuditChain {
  rawRows(): Iterable<AuditRow>;
  head(): { seq: number; hash: string } | null;
}

/**
 * Walks the chain from the first entry and names the first one that does not hold: a gap in the
 * sequence (deleted), a link that does not match its predecessor (deleted, inserted or reordered),
 * content that does not match its hash (edited), or a tail shorter than the recorded head.
 */
export function verifyChain(log: AuditChain): AuditVerifyResult {
  let expectedSeq = 1;
  let prevHash = genesisHash;
  let checked = 0;
  const broken = (seq: number, reason: string): AuditVerifyResult => ({
    intact: false,
    checked,
    firstBroken: { seq, reason },
  });

  for (const row of log.rawRows()) {
    if (row.seq !== expectedSeq) {
      return broken(expectedSeq, `第 ${expectedSeq} 条记录缺失（序号从 ${expectedSeq - 1} 跳到 ${row.seq}）`);
    }
    if (row.prev_hash !== prevHash) {
      return broken(row.seq, `第 ${row.seq} 条记录与前一条的哈希链接不符（记录被删除、插入或调换了顺序）`);
    }
    let recomputed: string;
    try {
      const { hash: _stored, ...fields } = rowToEntry(row);
      recomputed = entryHash(fields);
    } catch {
      return broken(row.seq, `第 ${row.seq} 条记录内容无法解析（记录被修改）`);
    }
    if (recomputed !== row.hash) {
      return broken(row.seq, `第 ${row.seq} 条记录内容与其哈希不符（记录被修改）`);
    }
    checked += 1;
    prevHash = row.hash;
    expectedSeq += 1;
  }

  const head = log.head();
  const lastSeq = expectedSeq - 1;
  if (head && (head.seq !== lastSeq || head.hash !== prevHash)) {
    if (head.seq > lastSeq) {
      return broken(lastSeq + 1, `末尾记录缺失：链头为第 ${head.seq} 条，实际只到第 ${lastSeq} 条`);
    }
    // Name a row that exists: the last one when it no longer matches the head (edited and
    // re-hashed), else the first row added past the head.
    return broken(
      head.seq === lastSeq ? lastSeq : head.seq + 1,
      head.seq === lastSeq
        ? `第 ${lastSeq} 条记录与链头记录不符（记录被修改）`
        : `链头记录（第 ${head.seq} 条）之后多出记录（第 ${head.seq + 1} 条起被插入）`,
    );
  }
  if (!head && lastSeq > 0) return broken(1, '链头记录缺失');
  return { intact: true, checked, firstBroken: null };
}
