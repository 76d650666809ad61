/** Notes printed under a table, and the ones that say the table is empty on purpose. */

export const NOTE_START_RE = /^\s*(?:注|备注|说明)\s*\d*\s*[:：]/;

/** 此表无数据 / 此表为空表 / 故本表无数据 / 本表无数据 / 无…支出，此表为空 … */
export const EMPTY_NOTE_RE = /(?:此|本|该)表(?:无数据|为空表?|为空)|无数据|空表/;

export function isNoteStart(line: string): boolean {
  return NOTE_START_RE.test(line);
}

export function isEmptyNote(line: string): boolean {
  return EMPTY_NOTE_RE.test(line);
}
