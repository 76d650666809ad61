import { generateBudget, type Budget, type Wording } from './budget.js';
import { Writer, type PrintedNumber } from './format.js';
import { writeFront, writeGlossary, writeNarrative } from './narrative.js';
import { createRng } from './prng.js';
import { writeTables } from './tables.js';

export type { Budget, Wording } from './budget.js';
export type { NumberRef, PrintedNumber } from './format.js';
export { inject, type Injection } from './inject.js';

export interface GeneratedRelease {
  seed: number;
  /** a file name that says what the release is: gen-<seed>-<wording>.txt */
  name: string;
  text: string;
  /** every number printed, with its line, its meaning and the exact value it rounds */
  printed: PrintedNumber[];
  budget: Budget;
}

export interface GenerateOptions {
  wording?: Wording;
}

/** One consistent release of the Henan template, fully determined by `seed`. */
export function generateRelease(seed: number, options: GenerateOptions = {}): GeneratedRelease {
  const rng = createRng(seed);
  const budget = generateBudget(rng, seed, options.wording);
  const w = new Writer();
  writeFront(w, budget);
  writeNarrative(w, budget);
  writeGlossary(w, budget);
  const is2022 = budget.wording === '2022';
  writeTables({
    w,
    b: budget,
    heading: (title) => (is2022 ? `## ${title}` : title),
    yearTitle: (name) => (is2022 ? `${budget.year} 年${name}` : `${budget.year}年${name}`),
  });
  return { seed, name: `gen-${String(seed).padStart(6, '0')}-${budget.wording}.txt`, text: w.toString(), printed: w.printed, budget };
}
