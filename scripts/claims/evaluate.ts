// F1 of the "Yes" class of a model file on labelled sentences, the way the app scores them.
import { parseClaimModel, scoreSentence } from '../../electron/core/finder/claim-model.js';
import type { Labelled } from './data.js';
import { f1Of, type F1 } from './logistic.js';
import type { ClaimModelFile } from './train.js';

export function evaluateOn(file: ClaimModelFile, rows: readonly Labelled[]): F1 {
  const model = parseClaimModel(file);
  return f1Of(rows.map((r) => scoreSentence(model, r.text) >= model.threshold), rows.map((r) => r.label));
}
