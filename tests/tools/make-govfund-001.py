# Builds fixtures/scoped/001-govfund.txt: the hand-corrected seed 001 with 953.50 万元 of 政府性基金 money spent on
# class 213 (a project of 其他运转类), added consistently to every table and to the narrative.
# Kept as the record of how the hand-made release was made; the output is committed.
import sys
src = open('fixtures/corrected/001_corrected.txt', encoding='utf-8').read().split('\n')
# 1-based line numbers of seed 001; the corrected release adds two lines to 07 after line 398
L = lambda n: n - 1 + (2 if n > 398 else 0)
D = '新乡市红旗区行政审批和政务信息管理局'
rep = {}
def sub(n, old, new):
    line = src[L(n)]
    assert old in line, (n, old, line)
    src[L(n)] = line.replace(old, new, 1)

# narrative
sub(80, '收入总计250.65万元，支出总计250.65万元', '收入总计1204.15万元，支出总计1204.15万元')
sub(80, '收入减少128.02万元，下降33.81%', '收入增加825.48万元，增长217.99%')
sub(80, '支出减少128.02万元，下降33.81%', '支出增加825.48万元，增长217.99%')
sub(85, '收入合计250.65万元', '收入合计1204.15万元')
sub(85, '政府性基金预算0万元', '政府性基金预算953.50万元')
sub(93, '支出合计250.65万元，其中：基本支出230.06万元，占91.79%；项目支出20.59万元，占8.21%', '支出合计1204.15万元，其中：基本支出230.06万元，占19.11%；项目支出974.09万元，占80.89%')
i = next(k for k, s in enumerate(src) if s.startswith(D + '2026年一般公共预算收支预算'))
src[i] = src[i].replace('政府性基金收支预算0万元', '政府性基金收支预算953.50万元')
j = next(k for k, s in enumerate(src) if '政府性基金收支预算与2025年持平' in s)
src[j] = src[j].replace('政府性基金收支预算与2025年持平', '政府性基金收支预算比2025年增加953.50万元')
k = next(k for k, s in enumerate(src) if s.startswith(D + '2026年无使用政府性基金预算拨款安排的支出'))
src[k] = D + '2026年政府性基金预算拨款安排的支出953.50万元，其中：农林水（类）支出953.50万元，占100.00%。'

# 01
sub(198, '二、政府性基金预算拨款收入\t', '二、政府性基金预算拨款收入\t953.50')
sub(208, '十三、农林水\t', '十三、农林水\t953.50')
sub(226, '本年收入合计\t250.65\t本年支出合计\t250.65', '本年收入合计\t1204.15\t本年支出合计\t1204.15')
sub(228, '收入总计\t250.65\t支出总计\t250.65', '收入总计\t1204.15\t支出总计\t1204.15')
# 02: 总计 合计 小计 财政拨款 政府性基金
for n in (241, 242, 243):
    sub(n, '\t250.65\t250.65\t250.65\t250.65\t', '\t1204.15\t1204.15\t250.65\t250.65\t953.50')
# 03
for n in (256, 257):
    sub(n, '\t250.65\t230.06\t202.85\t14.39\t12.82\t\t20.59\t20.59\t', '\t1204.15\t230.06\t202.85\t14.39\t12.82\t\t974.09\t974.09\t')
# 04
sub(274, '一、本年收入\t250.65\t一、本年支出\t250.65\t250.65\t250.65\t', '一、本年收入\t1204.15\t一、本年支出\t1204.15\t250.65\t250.65\t953.50')
sub(277, '（二）政府性基金预算拨款\t', '（二）政府性基金预算拨款\t953.50')
sub(287, '（十三）农林水支出\t', '（十三）农林水支出\t953.50\t\t\t953.50')
sub(306, '收入合计：\t250.65\t支出合计\t250.65\t250.65\t250.65\t', '收入合计：\t1204.15\t支出合计\t1204.15\t250.65\t250.65\t953.50')
# 07: 总计 小计 财政拨款 政府性基金
for n in (377, 378):
    sub(n, '\t250.65\t250.65\t250.65\t', '\t1204.15\t250.65\t250.65\t953.50')
# 10, 11, 12
sub(445, '\t20.59\t20.59\t', '\t974.09\t20.59\t953.50')
sub(460, '250.65', '1204.15')
sub(461, '250.65', '1204.15')
sub(465, '20.59', '974.09')
sub(506, '\t20.59\t20.59\t', '\t974.09\t974.09\t')
sub(507, '\t20.59\t20.59\t', '\t974.09\t974.09\t')

# inserted lines, bottom up so that the seed's numbers above stay valid
ins = [
    (508, '410702260000000021299\t大中型水库移民后期扶持项目\t953.50\t953.50\t\t'),
    (447, '其他运转类\t大中型水库移民后期扶持项目\t' + D + '\t953.50\t\t953.50\t\t\t\t\t\t'),
    # 09 rows, its empty-table note gone
    (435, None),
    (433, '213\t66\t01\t\t大中型水库库区基金支出\t953.50\t\t\t\t\t\t953.50\t953.50'),
    (433, '\t\t\t028\t' + D + '\t953.50\t\t\t\t\t\t953.50\t953.50'),
    (433, '\t\t\t\t合计\t953.50\t\t\t\t\t\t953.50\t953.50'),
    (404, '310\t99\t其他资本性支出\t503\t99\t其他资本性支出\t953.50\t\t\t953.50\t\t\t\t\t\t\t\t'),
    (262, '213\t66\t01\t\t大中型水库库区基金支出\t953.50\t\t\t\t\t\t953.50\t953.50\t'),
]
for n, text in ins:
    if text is None:
        del src[L(n)]
    else:
        src.insert(L(n), text)
open(sys.argv[1], 'w', encoding='utf-8').write('\n'.join(src))
