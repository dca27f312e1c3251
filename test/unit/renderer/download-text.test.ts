import { describe, expect, it } from 'vitest';
import { withBom } from '../../../renderer/features/audit/download-text';

describe('withBom', () => {
  it('prefixes one UTF-8 BOM so Excel reads Chinese CSV correctly', () => {
    expect(withBom('序号,操作人\n')).toBe('\ufeff序号,操作人\n');
    expect(withBom('\ufeffa')).toBe('\ufeffa');
  });
});
