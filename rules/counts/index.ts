import type { Rule } from '../../src/engine/rule.js';
import { countsVehicles } from './vehicles.js';
import { countsProcurement } from './procurement.js';

export const countsRules: readonly Rule[] = [countsVehicles, countsProcurement];
