import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  hkdfSync,
  randomBytes,
  randomInt,
  timingSafeEqual,
} from 'node:crypto';

/**
 * Secrets (product keys, tokens) are never stored in clear: they are looked up by a keyed hash
 * (HMAC-SHA256 with KEY_PEPPER), so a copy of the database alone reveals nothing usable. Each use
 * has its own purpose label, so a key's hash can never be mistaken for a token's.
 */
export type SecretPurpose = 'product-key' | 'token' | 'idempotency' | 'key-ref';

export class SecretHasher {
  constructor(private readonly pepper: string) {}

  hash(purpose: SecretPurpose, value: string): string {
    return createHmac('sha256', this.pepper).update(`${purpose}:${value}`).digest('hex');
  }
}

/** A bearer token: a recognisable prefix and 256 random bits. */
export function newToken(prefix: 'kcp_' | 'kca_' | 'kco_'): string {
  return prefix + randomBytes(32).toString('base64url');
}

export function randomSymbolIndex(n: number): number {
  return randomInt(n);
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Compares two secrets in time that does not depend on where they differ. */
export function sameSecret(a: string, b: string): boolean {
  const left = createHash('sha256').update(a).digest();
  const right = createHash('sha256').update(b).digest();
  return timingSafeEqual(left, right);
}

/**
 * Authenticated encryption for what must be kept but may hold a secret shown once (the stored first
 * response of an idempotent request that minted keys or a token).
 */
export class Sealer {
  private readonly key: Buffer;

  constructor(pepper: string) {
    this.key = Buffer.from(hkdfSync('sha256', pepper, 'keycard', 'sealed-responses', 32));
  }

  seal(plaintext: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [iv, cipher.getAuthTag(), body].map((part) => part.toString('base64')).join('.');
  }

  open(sealed: string): string {
    const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64'));
    if (!iv || !tag || !body) throw new Error('malformed sealed value');
    const decipher = createDecipheriv('aes-256-gcm', this.key, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  }
}
