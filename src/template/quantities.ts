import type { ClaimScope } from '../model/facts.js';
import { PROFILE } from './index.js';
import type { QuantityDef } from './schema.js';

const CLASS_KEY = /^(\w+)\.class\.(\d{3})$/;

/** The definition of a narrative quantity key: its scope, the tables that print it, its class. */
export function quantityDef(key: string): QuantityDef | undefined {
  const cls = CLASS_KEY.exec(key);
  if (cls) {
    const def = PROFILE.narrative.classScopes[cls[1]!];
    return def && { ...def, classification: { code: cls[2]!, level: '类' } };
  }
  return PROFILE.narrative.quantities[key];
}

/** The scope a claim about `key` carries: the scope its figure has in the tables (none if unknown). */
export function scopeOfKey(key: string): ClaimScope | undefined {
  const def = quantityDef(key);
  if (!def || def.neverPrinted) return undefined;
  return { ...def.scope, stage: 'budget', ...(def.classification ? { classification: def.classification } : {}) };
}
