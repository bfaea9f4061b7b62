// What a file offered as a library is, found by reading its bytes rather than by opening it
// with SQLite: even a read-only connection rebuilds the WAL index (-shm) and a writing one
// merges the WAL into the file, and a file Gloss refuses must be left exactly as it was.
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';

/** PRAGMA application_id of every Gloss library: "GLSS". */
export const GLOSS_APPLICATION_ID = 0x474c5353;

export type LibraryFileLook =
  | { kind: 'missing' }
  | { kind: 'empty' }
  | { kind: 'not_sqlite' }
  | { kind: 'sqlite'; applicationId: number; userVersion: number };

const HEADER_BYTES = 100;
const SQLITE_MAGIC = 'SQLite format 3\0';

/** The database header as the last committed transaction left it: page 1 from the WAL when
 * a committed frame there holds it, else from the file. */
export function lookAtLibraryFile(file: string): LibraryFileLook {
  if (!existsSync(file)) return { kind: 'missing' };
  if (statSync(file).size === 0) return { kind: 'empty' };
  const header = readStart(file, HEADER_BYTES);
  if (header.length < HEADER_BYTES || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) return { kind: 'not_sqlite' };
  const wal = `${file}-wal`;
  const page1 = (existsSync(wal) && committedPage1(readFileSync(wal))) || header;
  return { kind: 'sqlite', userVersion: page1.readUInt32BE(60), applicationId: page1.readUInt32BE(68) };
}

function readStart(file: string, bytes: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    return buffer.subarray(0, readSync(fd, buffer, 0, bytes, 0));
  } finally {
    closeSync(fd);
  }
}

const WAL_HEADER = 32;
const FRAME_HEADER = 24;

/** Page 1 as of the WAL's last valid commit, or null (https://sqlite.org/fileformat2.html#walformat):
 * frames count while their salts match the header's and the running checksum holds. */
function committedPage1(wal: Buffer): Buffer | null {
  if (wal.length < WAL_HEADER) return null;
  const magic = wal.readUInt32BE(0);
  if (magic !== 0x377f0682 && magic !== 0x377f0683) return null;
  const bigEndian = (magic & 1) === 1;
  const pageSize = wal.readUInt32BE(8);
  const [salt1, salt2] = [wal.readUInt32BE(16), wal.readUInt32BE(20)];
  let sum = checksum(wal, 0, 24, bigEndian, [0, 0]);
  if (sum[0] !== wal.readUInt32BE(24) || sum[1] !== wal.readUInt32BE(28)) return null;
  let committed: Buffer | null = null;
  let pending: Buffer | null = null;
  for (let at = WAL_HEADER; at + FRAME_HEADER + pageSize <= wal.length; at += FRAME_HEADER + pageSize) {
    if (wal.readUInt32BE(at + 8) !== salt1 || wal.readUInt32BE(at + 12) !== salt2) break;
    sum = checksum(wal, at, 8, bigEndian, sum);
    sum = checksum(wal, at + FRAME_HEADER, pageSize, bigEndian, sum);
    if (sum[0] !== wal.readUInt32BE(at + 16) || sum[1] !== wal.readUInt32BE(at + 20)) break;
    if (wal.readUInt32BE(at) === 1) pending = wal.subarray(at + FRAME_HEADER, at + FRAME_HEADER + pageSize);
    const isCommit = wal.readUInt32BE(at + 4) !== 0;
    if (isCommit && pending) [committed, pending] = [pending, null];
  }
  return committed;
}

function checksum(buf: Buffer, start: number, length: number, bigEndian: boolean, [s0, s1]: [number, number]): [number, number] {
  for (let i = start; i < start + length; i += 8) {
    const x0 = bigEndian ? buf.readUInt32BE(i) : buf.readUInt32LE(i);
    const x1 = bigEndian ? buf.readUInt32BE(i + 4) : buf.readUInt32LE(i + 4);
    s0 = (s0 + x0 + s1) >>> 0;
    s1 = (s1 + x1 + s0) >>> 0;
  }
  return [s0, s1];
}
