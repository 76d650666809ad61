import type { Rule } from '../../src/engine/rule.js';
import { classificationClassNames } from './class-names.js';
import { classificationProjectCodes } from './project-codes.js';
import { classificationEconNames } from './econ-names.js';

export const classificationRules: readonly Rule[] = [classificationClassNames, classificationEconNames, classificationProjectCodes];
