/** vntk's CRF models, read in TypeScript on first use and cached for the life of the process. */
import { readFileSync } from 'node:fs';
import { vntkModelPath, type VntkModelName } from '../vntk-files.js';
import { readCrfModel, type CrfModel } from './read-model.js';

const cache = new Map<VntkModelName, CrfModel>();

export function loadVntkModel(name: VntkModelName): CrfModel {
  let model = cache.get(name);
  if (!model) {
    model = readCrfModel(readFileSync(vntkModelPath(name)));
    cache.set(name, model);
  }
  return model;
}
