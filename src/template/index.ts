export type { Capability, ColumnDef, LineDef, ScopePart, SectionDef, Signal, TableDef, TemplateProfile } from './schema.js';
export { pattern, Template, templateFor, type ColumnWord } from './template.js';
export { detectTemplate, HENAN_TEMPLATE, PROFILES, profileById, templateById, templateOf } from './registry.js';
