// What a file offered as a library is, found by reading its bytes rather than by opening it
// with SQLite: even a read-only connection rebuilds the WAL index (-shm) and a writing one
// merges the WAL into the file, and a file Gloss refuses must be left exactly as it was.
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';

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
  const page1 = (existsSync(wal) && committedPage1(wal)) || header;
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
 * frames count while their salts match the header's and the running checksum holds. The WAL
 * is read a frame at a time: it can grow large while a reader holds back the checkpoint. */
function committedPage1(wal: string): Buffer | null {
  const fd = openSync(wal, 'r');
  try {
    const read = (buffer: Buffer, at: number) => readSync(fd, buffer, 0, buffer.length, at) === buffer.length;
    const header = Buffer.alloc(WAL_HEADER);
    if (!read(header, 0)) return null;
    const magic = header.readUInt32BE(0);
    if (magic !== 0x377f0682 && magic !== 0x377f0683) return null;
    const bigEndian = (magic & 1) === 1;
    const pageSize = header.readUInt32BE(8);
    if (pageSize < 512 || pageSize > 65536) return null;
    const [salt1, salt2] = [header.readUInt32BE(16), header.readUInt32BE(20)];
    let sum = checksum(header, 0, 24, bigEndian, [0, 0]);
    if (sum[0] !== header.readUInt32BE(24) || sum[1] !== header.readUInt32BE(28)) return null;
    const frame = Buffer.alloc(FRAME_HEADER + pageSize);
    let committed: Buffer | null = null;
    let pending: Buffer | null = null;
    for (let at = WAL_HEADER; read(frame, at); at += frame.length) {
      if (frame.readUInt32BE(8) !== salt1 || frame.readUInt32BE(12) !== salt2) break;
      sum = checksum(frame, 0, 8, bigEndian, sum);
      sum = checksum(frame, FRAME_HEADER, pageSize, bigEndian, sum);
      if (sum[0] !== frame.readUInt32BE(16) || sum[1] !== frame.readUInt32BE(20)) break;
      if (frame.readUInt32BE(0) === 1) pending = Buffer.from(frame.subarray(FRAME_HEADER));
      const isCommit = frame.readUInt32BE(4) !== 0;
      if (isCommit && pending) [committed, pending] = [pending, null];
    }
    return committed;
  } finally {
    closeSync(fd);
  }
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
