import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import type { DossierService } from '../../../../../main/services/dossier';
import type { TempServices } from '../../../../helpers/temp-services';
import { actorFor, openTempServices } from '../../../../helpers/temp-services';

const actor = actorFor('许书记员', 'clerk');

describe('archive package', () => {
  let t: TempServices;
  let service: DossierService;
  let caseId: string;
  const verifyArchivePackage = (path: string) => service.verifyArchive(path);

  beforeEach(async () => {
    t = openTempServices();
    service = t.services.dossier;
    caseId = (
      await t.value<{ id: string }>('cases.create', {
        caseNumber: '（2026）京0105民初7号',
        causeOfAction: '民间借贷纠纷',
        procedure: 'civil-simple',
        court: '某法院',
      })
    ).id;
    const src = join(t.dir, 'src');
    mkdirSync(src);
    const files = [
      ['判决.txt', '北京市朝阳区人民法院\n民事判决书\n本院认为，……判决如下：'],
      ['答辩.txt', '民事答辩状\n答辩人：某某\n答辩意见如下'],
      ['起诉.txt', '民事起诉状\n诉讼请求：\n事实与理由：'],
      ['便条.txt', '请于周五前交材料'],
    ].map(([name, text]) => {
      writeFileSync(join(src, name!), text!);
      return { fileName: name!, path: join(src, name!) };
    });
    await service.importFiles(caseId, files, actor);
    service.catalogue(
      caseId,
      service
        .list(caseId)
        .filter((d) => d.fileName !== '便条.txt')
        .map((d) => d.id),
    );
  });
  afterEach(() => t.cleanup());

  it('writes the files in binding order with a catalogue DOCX and a manifest that verifies', async () => {
    const result = await service.archive(caseId, actor);
    expect(result.path.startsWith(join(t.dataDir, 'archives'))).toBe(true);
    expect(result.files.map((f) => [f.position, f.category, f.fileName])).toEqual([
      [1, '起诉状', '起诉.txt'],
      [2, '答辩状', '答辩.txt'],
      [3, '判决书/裁定书', '判决.txt'],
      [4, '其他', '便条.txt'],
    ]);
    expect(result.uncatalogued).toEqual(['便条.txt']);
    expect(readFileSync(join(result.path, result.files[0]!.path), 'utf8')).toContain('民事起诉状');
    const catalogue = (await mammoth.extractRawText({ path: join(result.path, '卷内目录.docx') })).value;
    expect(catalogue).toContain('卷内目录');
    expect(catalogue).toContain('（2026）京0105民初7号');
    expect(catalogue.indexOf('起诉')).toBeLessThan(catalogue.indexOf('答辩'));
    expect(catalogue).toContain('共 4 件 4 页');
    expect(verifyArchivePackage(result.path)).toEqual({ ok: true, checked: 5, problems: [] });
  });

  it('names a tampered, a missing and an added file', async () => {
    const { path, files } = await service.archive(caseId, actor);
    appendFileSync(join(path, files[1]!.path), '（已篡改）');
    rmSync(join(path, files[2]!.path));
    writeFileSync(join(path, '材料', '夹带.txt'), 'x');
    const check = verifyArchivePackage(path);
    expect(check.ok).toBe(false);
    expect(check.problems).toEqual([
      `文件「${files[1]!.path}」已被修改（sha256 与清单不符）`,
      `缺少文件「${files[2]!.path}」`,
      '清单外多出文件「材料/夹带.txt」',
    ]);
  });

  it('says when the manifest or the package itself is missing', async () => {
    const { path } = await service.archive(caseId, actor);
    writeFileSync(join(path, 'manifest.json'), '{ broken');
    expect(verifyArchivePackage(path).problems).toEqual(['归档包的清单文件「manifest.json」已损坏，无法读取']);
    rmSync(join(path, 'manifest.json'));
    expect(verifyArchivePackage(path).problems).toEqual(['归档包缺少清单文件「manifest.json」']);
    expect(verifyArchivePackage(join(t.dir, 'nope')).ok).toBe(false);
  });
});
