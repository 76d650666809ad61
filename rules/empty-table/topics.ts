/**
 * What a note saying "this table is empty" must speak of, per table kind (a note on the 三公 table
 * that explains the absence of 政府性基金 was copied from the wrong table), and the words that say a
 * table holds no data: the template's words, asked of the profile when a rule runs.
 */
export { noteWords, tableTopics } from '../../src/template/index.js';
