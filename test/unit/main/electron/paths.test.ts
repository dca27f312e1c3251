import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelsDirFor } from '../../../../main/electron/paths';

describe('modelsDirFor', () => {
  it('reads models from the unpacked copy of a packaged app', () => {
    expect(modelsDirFor('/opt/JudgeDesk/resources/app.asar')).toBe(path.join('/opt/JudgeDesk/resources/app.asar.unpacked', 'models'));
  });

  it('reads models from the repository in a development run', () => {
    expect(modelsDirFor('/work/judgedesk')).toBe(path.join('/work/judgedesk', 'models'));
  });
});
