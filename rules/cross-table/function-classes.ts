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
