import type { Formatter } from './formatter.js';

/** The Report contract itself (see docs/report-format.md). */
export const jsonFormatter: Formatter = {
  name: 'json',
  extension: '.json',
  render: (report) => JSON.stringify(report, null, 2) + '\n',
};
