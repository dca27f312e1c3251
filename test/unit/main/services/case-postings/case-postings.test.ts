import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localCaller } from '../../../../../main/api/caller';
import type { ProgressEvent } from '../../../../../shared/contract/progress';
import type { TempApp } from '../../../../helpers/temp-app';
import { openTempApp } from '../../../../helpers/temp-app';

const caller = localCaller('cli');

describe('similarCases.buildPostings', () => {
  let t: TempApp;
  beforeEach(() => {
    t = openTempApp('cli');
  });
  afterEach(() => t.cleanup());

  it('builds the index for the corpus as it is, then leaves a current index alone', async () => {
    const events: ProgressEvent[] = [];
    const stop = t.app.onProgress((e) => events.push(e));
    const first = await t.app.invoke('similarCases.buildPostings', { jobId: 'postings-1' }, caller);
    expect(first).toEqual({ ok: true, value: { built: true, cases: 0, terms: 0, postings: 0 } });
    expect(events.at(-1)).toMatchObject({ jobId: 'postings-1', finished: true });

    events.length = 0;
    const again = await t.app.invoke('similarCases.buildPostings', {}, caller);
    stop();
    expect(again).toEqual({ ok: true, value: { built: false, cases: 0, terms: 0, postings: 0 } });
    expect(events).toEqual([]);
  });
});
