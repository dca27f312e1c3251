import { createHash, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Refusal } from '../../../shared/contract/refusal';
import { canonicalJson } from '../../../shared/domain/canonical-json';
import { manifestSchema, maxHeaderLength, packFormatVersion, packMagic, prefixLength, signatureSchema } from './format';
import type { PackManifest, PartName } from './format';
import type { TrustedKey } from './keys';

export interface VerifiedPack {
  file: string;
  bytes: Buffer;
  manifest: PackManifest;
  key: TrustedKey;
  /** sha256 of the whole file. */
  sha256: string;
  part(name: PartName): Buffer | null;
}

/** The manifest without checking the signature: for status lines about packs already kept. */
export function peekManifest(bytes: Buffer): PackManifest | null {
  try {
    if (bytes.length < prefixLength || !bytes.subarray(0, packMagic.length).equals(packMagic)) return null;
    const length = bytes.readUInt32BE(packMagic.length);
    const header = JSON.parse(bytes.subarray(prefixLength, prefixLength + length).toString('utf8')) as { manifest?: unknown };
    const parsed = manifestSchema.safeParse(header.manifest);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Checks, in order: magic, header length, header JSON, format version, manifest structure,
 * signature present, key trusted, signature valid, file length, every part's sha256.
 * Refuses (VALIDATION, naming the file and the reason) on the first failure.
 */
export function verifyPackBytes(file: string, bytes: Buffer, trusted: readonly TrustedKey[]): VerifiedPack {
  const reject = (reason: string): never => {
    throw new Refusal('VALIDATION', `知识包“${file}”${reason}`);
  };
  if (bytes.length < packMagic.length || !bytes.subarray(0, packMagic.length).equals(packMagic)) {
    if (bytes.length < packMagic.length && packMagic.subarray(0, bytes.length).equals(bytes)) {
      reject(`文件不完整（已截断）：只有 ${bytes.length} 字节`);
    }
    reject('不是 JudgeDesk 知识包：文件开头的标识不符');
  }
  if (bytes.length < prefixLength) reject(`文件不完整（已截断）：只有 ${bytes.length} 字节`);
  const headerLength = bytes.readUInt32BE(packMagic.length);
  if (headerLength > maxHeaderLength) reject('文件头已损坏：声明的文件头长度不合理');
  if (bytes.length < prefixLength + headerLength) {
    reject(`文件不完整（已截断）：文件头需要 ${prefixLength + headerLength} 字节，实际只有 ${bytes.length} 字节`);
  }

  let header: { manifest?: { format?: unknown }; signature?: unknown };
  try {
    header = JSON.parse(bytes.subarray(prefixLength, prefixLength + headerLength).toString('utf8')) as typeof header;
    if (header === null || typeof header !== 'object') throw new Error('not an object');
  } catch {
    return reject('文件头已损坏，无法解析（文件被改动或不完整）');
  }
  const format = header.manifest?.format;
  if (format !== packFormatVersion) {
    reject(
      `的格式版本 ${typeof format === 'number' ? format : String(format)} 不受支持（本程序支持第 ${packFormatVersion} 版），请升级 JudgeDesk 或向法院信息中心索取兼容的知识包`,
    );
  }
  const manifest = manifestSchema.safeParse(header.manifest);
  if (!manifest.success) return reject('的清单结构无效（文件被改动或由不兼容的工具生成）');
  if (header.signature === null || header.signature === undefined) reject('未签名，拒绝导入');
  const signature = signatureSchema.safeParse(header.signature);
  if (!signature.success) return reject('的签名字段已损坏');

  const keyId = manifest.data.keyId;
  const key = trusted.find((k) => k.keyId === keyId);
  if (!key) reject(`的签名密钥不受信任（密钥指纹 ${keyId}）：请把该密钥的公钥放入受信任密钥目录，或确认知识包来源`);
  const valid =
    signature.data.keyId === keyId &&
    verify(null, Buffer.from(canonicalJson(manifest.data), 'utf8'), key!.key, Buffer.from(signature.data.value, 'base64'));
  if (!valid) reject('签名无效：清单内容被改动，或签名与密钥不符');

  const partsStart = prefixLength + headerLength;
  let expected = 0;
  const seen = new Set<string>();
  for (const part of manifest.data.parts) {
    if (part.offset !== expected) reject(`结构无效：数据段 ${part.name} 的位置不连续`);
    if (seen.has(part.name)) reject(`结构无效：数据段 ${part.name} 出现了两次`);
    seen.add(part.name);
    expected += part.length;
  }
  if (!seen.has('statutes')) reject('结构无效：缺少法规数据段 statutes');
  const total = partsStart + expected;
  if (bytes.length < total) reject(`文件不完整（已截断）：应为 ${total} 字节，实际只有 ${bytes.length} 字节`);
  if (bytes.length > total) reject(`文件末尾有多余数据：应为 ${total} 字节，实际 ${bytes.length} 字节`);
  for (const part of manifest.data.parts) {
    const body = bytes.subarray(partsStart + part.offset, partsStart + part.offset + part.length);
    if (createHash('sha256').update(body).digest('hex') !== part.sha256) {
      reject(`的数据段 ${part.name} 校验失败（SHA-256 不符，内容被改动）`);
    }
  }
  const parts = manifest.data.parts;
  return {
    file,
    bytes,
    manifest: manifest.data,
    key: key!,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    part(name) {
      const info = parts.find((p) => p.name === name);
      return info ? bytes.subarray(partsStart + info.offset, partsStart + info.offset + info.length) : null;
    },
  };
}

export function readPackFile(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new Refusal('NOT_FOUND', `找不到知识包文件“${file}”`);
    if (code === 'EISDIR') throw new Refusal('NOT_FOUND', `“${file}”是文件夹，不是知识包文件`);
    throw new Refusal('NOT_FOUND', `无法读取知识包“${file}”：${(error as Error).message}`);
  }
}

export function verifyPackFile(file: string, trusted: readonly TrustedKey[]): VerifiedPack {
  return verifyPackBytes(file, readPackFile(file), trusted);
}
