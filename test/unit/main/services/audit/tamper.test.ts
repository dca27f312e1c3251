import Database from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localCaller } from '../../../../../main/api/caller';
import { entryHash, rowToEntry } from '../../../../../main/services/audit';
import type { AuditRow } from '../../../../../main/services/audit';
import { runCli } from '../../../../../main/host/cli';
import { openApp } from '../../../../../main/app';
import { workspaceFileName } from '../../../../../main/store/stores';
import { aiFeatures } from '../../../../../shared/contract/ai-features';
import type { AuditVerifyResult } from '../../../../../shared/contract/channels/audit';
import type { TempApp } from '../../../../helpers/temp-app';
import { openTempApp } from '../../../../helpers/temp-app';

const n = 10;

/**
 * The attacker: a raw SQLite tool on workspace.db, JudgeDesk closed. The triggers are the first
 * thing to go; only the hash chain and the head row are left to notice.
 */
function attack(dataDir: string, work: (db: Database.Database) => void): void {
  const db = new Database(join(dataDir, workspaceFileName));
  try {
    db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
    work(db);
  } finally {
    db.close();
  }
}

async function verifyAsync(dataDir: string, modelsDir: string): Promise<AuditVerifyResult> {
  const app = openApp({ dataDir, host: 'web', modelsDir });
  try {
    const result = await app.invoke('audit.verify', {}, localCaller('web'));
    if (!result.ok) throw new Error(result.error.message);
    return result.value as AuditVerifyResult;
  } finally {
    app.close();
  }
}

describe('tamper detection on a real workspace.db', () => {
  let t: TempApp;

  beforeEach(async () => {
    t = openTempApp();
    // Ten settings changes through the real API: ten chained audit entries.
    for (let i = 0; i < n; i += 1) {
      const scope = i % 3 === 0 ? 'global' : aiFeatures[i % aiFeatures.length]!;
      const result = await t.app.invoke('settings.ai.set', { scope, enabled: i % 2 === 1 }, localCaller('web'));
      expect(result.ok).toBe(true);
    }
    t.app.close();
  });
  afterEach(() => t.cleanup());

  const check = () => verifyAsync(t.dataDir, t.modelsDir);

  it('an untouched chain verifies intact with every entry checked', async () => {
    expect(await check()).toEqual({ intact: true, checked: n, firstBroken: null });
  });

  it('dropping the triggers alone changes nothing', async () => {
    attack(t.dataDir, () => {});
    expect(await check()).toEqual({ intact: true, checked: n, firstBroken: null });
  });

  it('(a) an edited summary names that row as modified', async () => {
    attack(t.dataDir, (db) => db.prepare("UPDATE audit_log SET summary = '法条推送：开启' WHERE seq = 4").run());
    const result = await check();
    expect(result.intact).toBe(false);
    expect(result.checked).toBe(3);
    expect(result.firstBroken?.seq).toBe(4);
    expect(result.firstBroken?.reason).toMatch(/修改/);
  });

  it('(a) an edited payload names that row as modified', async () => {
    attack(t.dataDir, (db) => {
      const payload = JSON.parse(db.prepare('SELECT payload FROM audit_log WHERE seq = 6').pluck().get() as string);
      payload.after = !payload.after;
      db.prepare('UPDATE audit_log SET payload = ? WHERE seq = 6').run(JSON.stringify(payload));
    });
    const result = await check();
    expect(result).toMatchObject({ intact: false, checked: 5, firstBroken: { seq: 6 } });
    expect(result.firstBroken?.reason).toMatch(/修改/);
  });

  it('(a) a payload that is no longer JSON names that row as modified', async () => {
    attack(t.dataDir, (db) => db.prepare("UPDATE audit_log SET payload = '{broken' WHERE seq = 2").run());
    const result = await check();
    expect(result).toMatchObject({ intact: false, firstBroken: { seq: 2 } });
    expect(result.firstBroken?.reason).toMatch(/修改/);
  });

  it('(a) an edited actor or timestamp on the first row names row 1', async () => {
    attack(t.dataDir, (db) => db.prepare("UPDATE audit_log SET actor = '别人', at = '2020-01-01T00:00:00.000Z' WHERE seq = 1").run());
    expect(await check()).toMatchObject({ intact: false, checked: 0, firstBroken: { seq: 1 } });
  });

  it('(b) a deleted middle row is named as missing', async () => {
    attack(t.dataDir, (db) => db.prepare('DELETE FROM audit_log WHERE seq = 5').run());
    const result = await check();
    expect(result).toMatchObject({ intact: false, checked: 4, firstBroken: { seq: 5 } });
    expect(result.firstBroken?.reason).toMatch(/缺失/);
  });

  it('(b) a deleted first row is named as missing', async () => {
    attack(t.dataDir, (db) => db.prepare('DELETE FROM audit_log WHERE seq = 1').run());
    expect(await check()).toMatchObject({ intact: false, checked: 0, firstBroken: { seq: 1 } });
  });

  it('(b) a deleted middle row with later seqs renumbered is caught by the broken link', async () => {
    attack(t.dataDir, (db) => {
      db.prepare('DELETE FROM audit_log WHERE seq = 5').run();
      for (let s = 6; s <= n; s += 1) db.prepare('UPDATE audit_log SET seq = ? WHERE seq = ?').run(s - 1, s);
      db.prepare('UPDATE audit_head SET seq = ? WHERE id = 1').run(n - 1);
    });
    expect(await check()).toMatchObject({ intact: false, checked: 4, firstBroken: { seq: 5 } });
  });

  it('(c) a deleted last row is caught by the head', async () => {
    attack(t.dataDir, (db) => db.prepare('DELETE FROM audit_log WHERE seq = ?').run(n));
    const result = await check();
    expect(result).toMatchObject({ intact: false, checked: n - 1, firstBroken: { seq: n } });
    expect(result.firstBroken?.reason).toMatch(/末尾记录缺失/);
  });

  it('(c) the last three rows deleted, head left: the first missing one is named', async () => {
    attack(t.dataDir, (db) => db.prepare('DELETE FROM audit_log WHERE seq > ?').run(n - 3));
    expect(await check()).toMatchObject({ intact: false, checked: n - 3, firstBroken: { seq: n - 2 } });
  });

  it('(c) the last row and the head row both deleted: the missing head is reported', async () => {
    attack(t.dataDir, (db) => {
      db.prepare('DELETE FROM audit_log WHERE seq = ?').run(n);
      db.prepare('DELETE FROM audit_head').run();
    });
    const result = await check();
    expect(result.intact).toBe(false);
    expect(result.firstBroken?.reason).toMatch(/链头/);
  });

  it('(d) two rows with swapped seq values: the first of them is named', async () => {
    attack(t.dataDir, (db) => {
      db.prepare('UPDATE audit_log SET seq = -1 WHERE seq = 3').run();
      db.prepare('UPDATE audit_log SET seq = 3 WHERE seq = 7').run();
      db.prepare('UPDATE audit_log SET seq = 7 WHERE seq = -1').run();
    });
    const result = await check();
    expect(result).toMatchObject({ intact: false, checked: 2, firstBroken: { seq: 3 } });
    expect(result.firstBroken?.reason).toMatch(/哈希链接/);
  });

  it('(d) two adjacent rows swapped: the first of them is named', async () => {
    attack(t.dataDir, (db) => {
      db.prepare('UPDATE audit_log SET seq = -1 WHERE seq = 8').run();
      db.prepare('UPDATE audit_log SET seq = 8 WHERE seq = 9').run();
      db.prepare('UPDATE audit_log SET seq = 9 WHERE seq = -1').run();
    });
    expect(await check()).toMatchObject({ intact: false, checked: 7, firstBroken: { seq: 8 } });
  });

  /** Rewrites a row's summary and stores a hash recomputed exactly as JudgeDesk computes it. */
  function editAndRehash(db: Database.Database, seq: number): void {
    const row = db.prepare('SELECT * FROM audit_log WHERE seq = ?').get(seq) as AuditRow;
    const { hash: _old, ...fields } = rowToEntry(row);
    const forged = { ...fields, summary: '全局AI辅助：开启（已伪造）' };
    db.prepare('UPDATE audit_log SET summary = ?, hash = ? WHERE seq = ?').run(forged.summary, entryHash(forged), seq);
  }

  it('(e) an edit with its own hash recomputed is caught by the next row’s link', async () => {
    attack(t.dataDir, (db) => editAndRehash(db, 5));
    const result = await check();
    expect(result).toMatchObject({ intact: false, checked: 5, firstBroken: { seq: 6 } });
    expect(result.firstBroken?.reason).toMatch(/哈希链接/);
  });

  it('(e) the last row edited with its hash recomputed is caught by the head, naming that row', async () => {
    attack(t.dataDir, (db) => editAndRehash(db, n));
    const result = await check();
    expect(result).toMatchObject({ intact: false, checked: n, firstBroken: { seq: n } });
    expect(result.firstBroken?.reason).toMatch(/修改/);
  });

  it('a forged row appended past the head is named', async () => {
    attack(t.dataDir, (db) => {
      const last = db.prepare('SELECT * FROM audit_log WHERE seq = ?').get(n) as AuditRow;
      const { hash: _h, ...fields } = rowToEntry(last);
      const forged = { ...fields, seq: n + 1, prevHash: last.hash, summary: '伪造' };
      db.prepare(
        `INSERT INTO audit_log (seq, at, actor, role, kind, feature, case_id, summary, payload, prev_hash, hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        forged.seq,
        forged.at,
        forged.actor,
        forged.role,
        forged.kind,
        forged.feature,
        forged.caseId,
        forged.summary,
        last.payload,
        forged.prevHash,
        entryHash(forged),
      );
    });
    const result = await check();
    expect(result).toMatchObject({ intact: false, firstBroken: { seq: n + 1 } });
    expect(result.firstBroken?.reason).toMatch(/插入/);
  });

  describe('judgedesk audit verify (the real CLI)', () => {
    async function cli(): Promise<{ code: number; out: unknown }> {
      const lines: string[] = [];
      const code = await runCli(['audit', 'verify', '--data-dir', t.dataDir], (text) => lines.push(text));
      return { code, out: JSON.parse(lines.join('\n')) };
    }

    it('exits 0 on an intact chain', async () => {
      expect(await cli()).toEqual({
        code: 0,
        out: { ok: true, value: { intact: true, checked: n, firstBroken: null } },
      });
    });

    it('exits 1 and names the tampered seq', async () => {
      attack(t.dataDir, (db) => db.prepare("UPDATE audit_log SET summary = 'x' WHERE seq = 7").run());
      const { code, out } = await cli();
      expect(code).toBe(1);
      expect(out).toMatchObject({ ok: true, value: { intact: false, firstBroken: { seq: 7 } } });
    });

    it('exits 1 when a middle row was deleted, naming it', async () => {
      attack(t.dataDir, (db) => db.prepare('DELETE FROM audit_log WHERE seq = 2').run());
      const { code, out } = await cli();
      expect(code).toBe(1);
      expect(out).toMatchObject({ value: { intact: false, firstBroken: { seq: 2 } } });
    });
  });
});
