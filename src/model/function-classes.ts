/**
 * Function classes (类) of the 政府收支分类科目, by code. `aliases` are the names other templates and
 * earlier editions print for the same class; an `obsolete` alias is a class some templates keep as a
 * dead line (04's （九）医疗卫生与计划生育支出 beside （十）卫生健康支出), so a table line bearing it names
 * no class while a sentence using it still means 210.
 */
export interface FunctionClass {
  code: string;
  name: string;
  aliases: readonly string[];
  obsolete?: readonly string[];
}

export const FUNCTION_CLASSES: readonly FunctionClass[] = [
  { code: '201', name: '一般公共服务', aliases: [] },
  { code: '202', name: '外交', aliases: [] },
  { code: '203', name: '国防', aliases: [] },
  { code: '204', name: '公共安全', aliases: [] },
  { code: '205', name: '教育', aliases: [] },
  { code: '206', name: '科学技术', aliases: [] },
  { code: '207', name: '文化旅游体育与传媒', aliases: ['文化体育旅游与传媒', '文化体育与传媒'] },
  { code: '208', name: '社会保障和就业', aliases: [] },
  { code: '209', name: '社会保险基金', aliases: [] },
  { code: '210', name: '卫生健康', aliases: [], obsolete: ['医疗卫生与计划生育'] },
  { code: '211', name: '节能环保', aliases: [] },
  { code: '212', name: '城乡社区', aliases: ['城乡社区事务'] },
  { code: '213', name: '农林水', aliases: ['农林水事务'] },
  { code: '214', name: '交通运输', aliases: [] },
  { code: '215', name: '资源勘探工业信息等', aliases: ['资源勘探信息等'] },
  { code: '216', name: '商业服务业等', aliases: [] },
  { code: '217', name: '金融', aliases: [] },
  { code: '219', name: '援助其他地区', aliases: [] },
  { code: '220', name: '自然资源海洋气象等', aliases: ['国土海洋气象等'] },
  { code: '221', name: '住房保障', aliases: [] },
  { code: '222', name: '粮油物资储备', aliases: [] },
  { code: '223', name: '国有资本经营预算', aliases: [] },
  { code: '224', name: '灾害防治及应急管理', aliases: [] },
  { code: '227', name: '预备费', aliases: [] },
  { code: '229', name: '其他', aliases: [] },
  { code: '230', name: '转移性', aliases: [] },
  { code: '231', name: '债务还本', aliases: [] },
  { code: '232', name: '债务付息', aliases: [] },
  { code: '233', name: '债务发行费用', aliases: [] },
  { code: '234', name: '抗疫特别国债', aliases: ['抗疫特别国债安排的'] },
];

function bare(label: string): string {
  return label
    .replace(/[\s\u3000]/g, '')
    // a stray opening bracket at the end of a line (003: `（三）国防支出（`) is extraction debris
    .replace(/[（(]+$/, '')
    .replace(/^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/, '')
    .replace(/(?:支出|（类）|\(类\))+$/, '');
}

/**
 * The class a summary table's expenditure line names (01, 04): the whole label, ordinal and a trailing
 * 支出 aside, must be the class's name — never its printed ordinal, which obsolete lines shift.
 */
export function classOfSummaryLabel(label: string): string | undefined {
  const b = bare(label);
  return FUNCTION_CLASSES.find((c) => c.name === b || c.aliases.includes(b))?.code;
}

/**
 * The class a run of narrative words ends with: `主要用于一般公共服务（类）支出` → 201. The longest
 * name the run ends with wins; obsolete names still mean their class in prose.
 */
export function classOfPhrase(words: string): string | undefined {
  const w = bare(words);
  let best: { code: string; length: number } | undefined;
  for (const c of FUNCTION_CLASSES)
    for (const n of [c.name, ...c.aliases, ...(c.obsolete ?? [])])
      if (w.endsWith(n) && (!best || n.length > best.length)) best = { code: c.code, length: n.length };
  return best?.code;
}

export function className(code: string): string | undefined {
  return FUNCTION_CLASSES.find((c) => c.code === code)?.name;
}

/**
 * Function classes (类) of the 政府收支分类科目 by the words of their names, to read the class of a
 * summary line (01/04) whose code the parser did not attach. Names vary between years and templates
 * (文化旅游体育与传媒 / 文化体育旅游与传媒), so the patterns hold the stable words only. The obsolete
 * 医疗卫生与计划生育 line some 04 templates keep matches nothing.
 */
const CLASS_PATTERNS: ReadonlyArray<readonly [string, RegExp]> = [
  ['201', /一般公共服务/],
  ['202', /外交/],
  ['203', /国防/],
  ['204', /公共安全/],
  ['205', /^教育/],
  ['206', /科学技术/],
  ['207', /文化.*传媒/],
  ['208', /社会保障和就业/],
  ['209', /社会保险基金/],
  ['210', /^卫生健康/],
  ['211', /节能环保/],
  ['212', /城乡社区/],
  ['213', /农林水/],
  ['214', /交通运输/],
  ['215', /资源勘探/],
  ['216', /商业服务业/],
  ['217', /^金融/],
  ['219', /援助其他地区/],
  ['220', /自然资源海洋气象/],
  ['221', /住房保障/],
  ['222', /粮油物资储备/],
  ['223', /^国有资本经营预算/],
  ['224', /灾害防治/],
  ['227', /预备费/],
  ['229', /^其他支出$/],
  ['230', /转移性/],
  ['231', /债务还本/],
  ['232', /债务付息/],
  ['233', /债务发行费用/],
  ['234', /抗疫特别国债/],
];

/** The 3-digit class a summary line's (normalised) label names, if any. */
export function classOfLabel(label: string): string | undefined {
  return CLASS_PATTERNS.find(([, re]) => re.test(label))?.[0];
}
