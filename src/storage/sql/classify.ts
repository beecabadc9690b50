/** @module From a driver error, as each adapter recognises it, to the storage error classes. */
import { ConflictError, IMMUTABLE_MARKER, ImmutableError, StorageError } from '../errors.ts';

/** What a driver error means; null when the error did not come from the driver. */
export type DriverErrorKind = 'unique' | 'foreign-key' | 'check' | 'other' | null;

/** Maps an error: storage errors and errors thrown by callers pass through; driver errors are wrapped. */
export function toStorageError(e: unknown, kind: DriverErrorKind): Error {
  if (e instanceof StorageError) return e;
  if (kind === null) return e instanceof Error ? e : new StorageError(String(e));
  const message = e instanceof Error ? e.message : String(e);
  if (message.includes(IMMUTABLE_MARKER)) return new ImmutableError(message, { cause: e });
  switch (kind) {
    case 'unique':
      return new ConflictError('duplicate', `already exists: ${message}`, {}, { cause: e });
    case 'foreign-key':
      return new ConflictError('reference', `unknown or still referenced row: ${message}`, {}, { cause: e });
    case 'check':
      return new StorageError(`value not allowed: ${message}`, { cause: e });
    default:
      return new StorageError(message, { cause: e });
  }
}
