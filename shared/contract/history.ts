// What undo and redo would do next in an article (annotations.undo / redo are in annotations.ts).
import { z } from 'zod';
import type { HistoryPreview } from '../model.js';
import { id, method } from './define.js';

export const historyMethods = {
  'annotations.history': method<{ undo: HistoryPreview | null; redo: HistoryPreview | null }>()(z.strictObject({ articleId: id })),
} as const;
