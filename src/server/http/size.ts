/** @module Sizes for people. */

/** A byte count as MB from 1 MB up (one decimal), else KB. */
export function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
}
