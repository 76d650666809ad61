export * from './primitives.js';
export * from './table.js';
export * from './narrative.js';
export * from './release.js';
export * from './columns.js';
export * from './quantities.js';
export * from './report.js';
export * from './facts.js';
