/**
 * @module Password hashing with node:crypto scrypt: a random salt per password, the cost parameters stored
 * with the hash (`scrypt$N=16384,r=8,p=1$<salt>$<hash>`, base64url), comparison in constant time.
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** scrypt cost parameters. */
export type ScryptParams = { readonly N: number; readonly r: number; readonly p: number };

/** The parameters new hashes use (OWASP: N=2^17 is stronger; 2^14 keeps a login under ~50 ms on 2 cores). */
export const DEFAULT_SCRYPT: ScryptParams = { N: 16384, r: 8, p: 1 };
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize('NFC'),
      salt,
      KEY_LENGTH,
      { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r },
      (err, key) => (err ? reject(err) : resolve(key)),
    );
  });
}

/** Hashes a password with a fresh salt. */
export async function hashPassword(password: string, params: ScryptParams = DEFAULT_SCRYPT): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await derive(password, salt, params);
  return `scrypt$N=${params.N},r=${params.r},p=${params.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

const FORMAT = /^scrypt\$N=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9_-]+)\$([A-Za-z0-9_-]+)$/;

/** Whether the password matches the stored hash; false for a malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const m = FORMAT.exec(stored);
  if (m === null) return false;
  const params = { N: Number(m[1]), r: Number(m[2]), p: Number(m[3]) };
  if (params.N > 2 ** 20 || params.r > 32 || params.p > 16) return false;
  const expected = Buffer.from(m[5]!, 'base64url');
  if (expected.length !== KEY_LENGTH) return false;
  const key = await derive(password, Buffer.from(m[4]!, 'base64url'), params);
  return timingSafeEqual(key, expected);
}

/** A hash of a random password, for comparing against when the user does not exist (same timing). */
export const DUMMY_HASH_PROMISE: () => Promise<string> = (() => {
  let cached: Promise<string> | undefined;
  return () => {
    cached ??= hashPassword(randomBytes(16).toString('hex'));
    return cached;
  };
})();

/** Why a new password is refused, or null when acceptable (at least 10 characters, not all one kind). */
export function passwordProblem(password: string): string | null {
  if (password.length < 10) return '密码至少需要 10 个字符';
  if (password.length > 200) return '密码不能超过 200 个字符';
  if (/^(\d+|[a-z]+|[A-Z]+)$/.test(password)) return '密码不能只由数字或同一类字母组成';
  return null;
}
