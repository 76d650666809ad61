import { HENAN } from './henan.js';
import { TemplateProfile } from './schema.js';

/**
 * A release no profile recognises. Its tables are still found and named by what their titles mean
 * (the title words are the same in every region), so coverage lists them; but no column, line or
 * section is mapped, so no fact is drawn and every rule that needs a known layout is skipped.
 */
export const UNKNOWN: TemplateProfile = TemplateProfile.parse({
  id: 'unknown',
  name: { zh: '未识别的模板', en: 'unknown template' },
  recognition: {
    tableNumber: HENAN.recognition.tableNumber,
    titles: HENAN.recognition.titles,
    signals: [],
    minScore: 1,
  },
  capabilities: [],
  tables: [],
  narrative: { sections: [], quantities: {}, classScopes: {} },
});
