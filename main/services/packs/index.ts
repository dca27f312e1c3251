// Knowledge packs: signed .jdpack files that carry parsed statutes (and case lines) into knowledge.db.
export { buildPack, readPrivateKey } from './build-pack';
export type { BuildPackOptions, BuildPackResult } from './build-pack';
export { packExtension, packFormatVersion, packMagic } from './format';
export type { PackHeader, PackManifest, PartInfo, PartName } from './format';
export {
  devKeyFolder,
  devKeyLabel,
  generateSigningKey,
  keyIdOf,
  loadTrustedKeys,
  privateKeyFile,
  publicKeyFile,
  trustedKeysDir,
} from './keys';
export type { GeneratedKey, TrustedKey, TrustedKeys } from './keys';
export { importVerifiedPack, packMetaKeys } from './import-pack';
export type { ImportPackResult } from './import-pack';
export { currentPackFile, PackService, packsFolder, previousPackFile } from './pack-service';
export type { ImportOutcome, PackStatus, VerifyOutcome } from './pack-service';
export type { LawChange, PackDiff } from './store-diff';
export { peekManifest, verifyPackBytes, verifyPackFile } from './verify-pack';
export type { VerifiedPack } from './verify-pack';
