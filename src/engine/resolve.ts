/**
 * Narrative quantities resolve against the tables as a lookup of facts by scope: see
 * src/facts/resolve.ts. Kept here so that rules written against the engine keep their import.
 */
export { resolveQuantity, type Resolution, type Resolved } from '../facts/resolve.js';
