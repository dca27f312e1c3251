import { createHash, createPublicKey, generateKeyPairSync } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Refusal } from '../../../shared/contract/refusal';

export const privateKeyFile = 'private.pem';
export const publicKeyFile = 'public.pem';
export const trustedKeysFolder = 'trusted-keys';
export const devKeyFolder = 'dev-key';
export const devKeyLabel = '开发用密钥';

/** sha256 of the public key's SPKI DER, hex: the key id in manifests, status and docs. */
export function keyIdOf(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex');
}

export interface GeneratedKey {
  keyId: string;
  privateKeyPath: string;
  publicKeyPath: string;
}

/** Writes a new ed25519 pair into `dir`: private.pem (mode 0600) and public.pem. Never overwrites. */
export function generateSigningKey(dir: string): GeneratedKey {
  const privateKeyPath = join(dir, privateKeyFile);
  const publicKeyPath = join(dir, publicKeyFile);
  for (const path of [privateKeyPath, publicKeyPath]) {
    if (existsSync(path)) throw new Refusal('CONFLICT', `${path} 已存在，不会覆盖已有密钥`);
  }
  mkdirSync(dir, { recursive: true });
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  writeFileSync(privateKeyPath, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  chmodSync(privateKeyPath, 0o600);
  writeFileSync(publicKeyPath, publicKey.export({ type: 'spki', format: 'pem' }), { mode: 0o644, flag: 'wx' });
  return { keyId: keyIdOf(publicKey), privateKeyPath, publicKeyPath };
}

export interface TrustedKey {
  keyId: string;
  file: string;
  /** The dev key generated on first run: trusted on this machine only, never for court use. */
  dev: boolean;
  label: string;
  key: KeyObject;
}

export interface TrustedKeys {
  keys: TrustedKey[];
  /** Folders searched, in order. */
  folders: string[];
  /** Files in those folders that are not ed25519 public keys. */
  problems: string[];
}

/** `JUDGEDESK_TRUSTED_KEYS` when set, else `<dataDir>/trusted-keys`. */
export function trustedKeysDir(dataDir: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.JUDGEDESK_TRUSTED_KEYS || join(dataDir, trustedKeysFolder);
}

function readKeys(folder: string, dev: boolean, out: TrustedKeys): void {
  if (!existsSync(folder)) return;
  out.folders.push(folder);
  const names = dev
    ? [publicKeyFile]
    : readdirSync(folder)
        .filter((n) => n.endsWith('.pem'))
        .sort();
  for (const name of names) {
    const file = join(folder, name);
    if (!existsSync(file)) continue;
    try {
      const pem = readFileSync(file, 'utf8');
      if (pem.includes('PRIVATE KEY')) {
        out.problems.push(`${file}：这是私钥，不应放在受信任密钥目录（私钥只留在制包机器上），已忽略`);
        continue;
      }
      const key = createPublicKey(pem);
      if (key.asymmetricKeyType !== 'ed25519') {
        out.problems.push(`${file}：不是 ed25519 公钥，已忽略`);
        continue;
      }
      const keyId = keyIdOf(key);
      if (out.keys.some((k) => k.keyId === keyId)) continue;
      out.keys.push({ keyId, file, dev, label: dev ? devKeyLabel : name.replace(/\.pem$/, ''), key });
    } catch {
      out.problems.push(`${file}：无法读取为公钥，已忽略`);
    }
  }
}

/** The keys a pack may be signed with: the trusted-keys folder, plus the dev key when present. */
export function loadTrustedKeys(dataDir: string, env: NodeJS.ProcessEnv = process.env): TrustedKeys {
  const out: TrustedKeys = { keys: [], folders: [], problems: [] };
  readKeys(trustedKeysDir(dataDir, env), false, out);
  readKeys(join(dataDir, devKeyFolder), true, out);
  return out;
}
