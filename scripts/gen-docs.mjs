// Regenerates docs/rules.md from the built rule modules.
import { writeFileSync } from 'node:fs';
import { ALL_RULES } from '../dist/rules/index.js';
import { renderRulesDoc } from '../dist/src/docs/rules-doc.js';

writeFileSync(new URL('../docs/rules.md', import.meta.url), renderRulesDoc(ALL_RULES));
console.log(`docs/rules.md: ${ALL_RULES.length} rules`);
