// Where uploaded bytes live. Core only sees this interface, so the disk store (the default, under
// DATA_DIR/uploads) and an S3-compatible bucket are interchangeable. Keys are
// `<workspaceId>/<sha256>`: the same bytes uploaded twice in a workspace are stored once.
export type MediaStorage = {
  /** Stores the bytes under key; storing the same key again is harmless (the bytes are the same). */
  put(key: string, data: Buffer): Promise<void>;
  /** The bytes, or null when nothing is stored under key. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the bytes; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
};

export const storageKeyFor = (workspaceId: string, sha256: string) => `${workspaceId}/${sha256}`;

/** Keys are built by Tandem only; anything else (a `..`, a slash too many) is a bug, never a path. */
export function assertStorageKey(key: string): void {
  if (!/^[0-9a-f-]{36}\/[0-9a-f]{64}$/.test(key)) throw new Error(`Invalid media storage key: ${JSON.stringify(key)}`);
}
