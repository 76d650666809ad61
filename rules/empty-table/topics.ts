import { noteWords, tableTopics } from '../../src/template/index.js';

/**
 * What a note saying "this table is empty" must speak of, per table kind (a note on the 三公 table
 * that explains the absence of 政府性基金 was copied from the wrong table), and the words that say a
 * table holds no data: the template's words.
 */
export const TABLE_TOPIC = tableTopics();

/** Words that say a table holds no data. */
export const EMPTY_WORDS = noteWords().empty;

/** The rounding-tail note every table carries: never the note saying it is empty. */
export const ROUNDING_TAIL = noteWords().roundingTail;
