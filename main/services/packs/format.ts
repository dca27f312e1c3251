import { z } from 'zod';

/**
 * The `.jdpack` layout (docs/knowledge-packs.md):
 *
 *   bytes 0–7    magic "JDPACK\r\n"
 *   bytes 8–11   header length H, unsigned 32-bit big-endian
 *   bytes 12…    header: H bytes of UTF-8 JSON {manifest, signature}
 *   then         the parts, back to back, in manifest order; offsets count from the first part byte
 *
 * The signature (ed25519) covers the canonical JSON of the manifest; each part's sha256 is in the
 * manifest, so the signature binds every byte of the file.
 */
export const packMagic = Buffer.from('JDPACK\r\n', 'latin1');
export const packFormatVersion = 1;
export const prefixLength = packMagic.length + 4;
/** A header longer than this is not one of ours (a manifest is a few hundred bytes). */
export const maxHeaderLength = 1 << 20;
export const packExtension = '.jdpack';

export const partNames = ['statutes', 'cases'] as const;
export type PartName = (typeof partNames)[number];

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

export const packVersionPattern = /^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$/;

export const partInfoSchema = z
  .object({
    name: z.enum(partNames),
    offset: z.number().int().min(0),
    length: z.number().int().min(0),
    sha256: sha256Hex,
    /** Records in the part: laws for `statutes`, lines for `cases`. */
    count: z.number().int().min(0),
  })
  .strict();
export type PartInfo = z.infer<typeof partInfoSchema>;

export const manifestSchema = z
  .object({
    format: z.literal(packFormatVersion),
    packVersion: z.string().regex(packVersionPattern),
    /** ISO timestamp of the build. */
    created: z.string().min(1),
    /** Who and what built it: user@host and the judgedesk version. */
    builder: z.string(),
    /** sha256 of the signing public key (SPKI DER), hex. */
    keyId: sha256Hex,
    counts: z
      .object({
        laws: z.number().int().min(0),
        versions: z.number().int().min(0),
        articles: z.number().int().min(0),
        cases: z.number().int().min(0),
      })
      .strict(),
    parts: z.array(partInfoSchema).min(1),
  })
  .strict();
export type PackManifest = z.infer<typeof manifestSchema>;

export const signatureSchema = z
  .object({
    algorithm: z.literal('ed25519'),
    keyId: sha256Hex,
    /** base64 ed25519 signature over canonicalJson(manifest). */
    value: z.string().min(1),
  })
  .strict();
export type PackSignature = z.infer<typeof signatureSchema>;

export interface PackHeader {
  manifest: PackManifest;
  /** null only in files made to test the refusal of unsigned packs. */
  signature: PackSignature | null;
}

/** magic + length + header JSON, ready to be followed by the parts. */
export function encodePrefix(header: PackHeader): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.length);
  return Buffer.concat([packMagic, length, json]);
}
