import type { Rule } from '../../src/engine/rule.js';
import { grandTotal } from './grand-total.js';
import { classTotals } from './class-totals.js';
import { basicProject } from './basic-project.js';
import { personnelPublic } from './personnel-public.js';
import { economicCoverage } from './economic-coverage.js';
import { threePublic } from './three-public.js';
import { projectList } from './project-list.js';
import { govFund } from './gov-fund.js';
import { econClassColumn } from './econ-class-column.js';
import { functionCodeName } from './function-code-name.js';
import { fiscalOfWhichRule } from './fiscal-of-which.js';

export const crossTableRules: readonly Rule[] = [
  grandTotal,
  classTotals,
  basicProject,
  personnelPublic,
  economicCoverage,
  threePublic,
  projectList,
  govFund,
  econClassColumn,
  functionCodeName,
  fiscalOfWhichRule,
];
