import { createHash, sign } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { canonicalJson } from '../../../shared/domain/canonical-json';
import { encodePrefix, packFormatVersion } from './format';
import type { PackHeader, PackManifest, PartInfo, PartName } from './format';
import { keyIdOf } from './keys';

export interface PartData {
  name: PartName;
  bytes: Buffer;
  count: number;
}

export interface PackContent {
  packVersion: string;
  created: string;
  builder: string;
  counts: PackManifest['counts'];
  parts: PartData[];
}

export function signManifest(manifest: PackManifest, privateKey: KeyObject): string {
  return sign(null, Buffer.from(canonicalJson(manifest), 'utf8'), privateKey).toString('base64');
}

export interface WritePackOptions {
  /** Tests only: leave the signature out, or claim another format version. */
  unsigned?: boolean;
  format?: number;
}

/** Lays out and signs a pack; returns the file's bytes and its manifest. */
export function packBytes(
  content: PackContent,
  privateKey: KeyObject,
  options: WritePackOptions = {},
): { bytes: Buffer; manifest: PackManifest } {
  let offset = 0;
  const parts: PartInfo[] = content.parts.map((part) => {
    const info = {
      name: part.name,
      offset,
      length: part.bytes.length,
      sha256: createHash('sha256').update(part.bytes).digest('hex'),
      count: part.count,
    };
    offset += part.bytes.length;
    return info;
  });
  const manifest = {
    format: (options.format ?? packFormatVersion) as typeof packFormatVersion,
    packVersion: content.packVersion,
    created: content.created,
    builder: content.builder,
    keyId: keyIdOf(privateKey),
    counts: content.counts,
    parts,
  };
  const header: PackHeader = {
    manifest,
    signature: options.unsigned ? null : { algorithm: 'ed25519', keyId: manifest.keyId, value: signManifest(manifest, privateKey) },
  };
  return { bytes: Buffer.concat([encodePrefix(header), ...content.parts.map((p) => p.bytes)]), manifest };
}

export function writePack(out: string, content: PackContent, privateKey: KeyObject, options: WritePackOptions = {}): PackManifest {
  const { bytes, manifest } = packBytes(content, privateKey, options);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  return manifest;
}
