import { readFileSync } from 'node:fs';
import { ingestBytes } from '../../src/ingest/read.js';
import { parseRelease } from '../../src/parse/index.js';
import { factsOf } from '../../src/facts/index.js';
const f = process.argv[2]!;
const input = ingestBytes(f, readFileSync(f));
const model = parseRelease(input);
const idx = factsOf(model);
for (const x of idx.facts) if (x.state !== 'blank') console.log(x.tableKind, x.row, x.side, x.fund, x.flow, x.split, x.measure, x.classification?.code ?? '', x.economic ?? '', x.project ?? '', x.value, x.state, x.source.line);
