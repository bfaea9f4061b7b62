// Classroom files in and out of the page.
import type { ExportFile } from '../../../shared/model.js';
import { fromBase64, toBase64 } from '../api/base64.js';
import { downloadFile } from '../ui/download.js';

export const ASSIGNMENT_EXTENSION = '.glossassignment';
export const ANSWERS_EXTENSION = '.glossanswers';

export async function readForApi(file: File): Promise<{ name: string; dataBase64: string }> {
  return { name: file.name, dataBase64: toBase64(new Uint8Array(await file.arrayBuffer())) };
}

export function download(file: ExportFile): void {
  downloadFile(file.fileName, fromBase64(file.dataBase64), file.mimeType);
}
