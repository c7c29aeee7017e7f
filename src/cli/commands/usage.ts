export class UsageError extends Error {}

export const USAGE = `落后产能退出台账 命令行

用法：npm run ledger -- [--db 文件] <命令> [选项]

命令：
  init                        创建（或升级）数据文件
  check                       完整性检查并显示数据结构版本
  enterprises list [--json]   列出企业
  enterprises add --name 名称 --uscc 代码 [--town 乡镇 --industry 行业]
  lines list [--json]         列出落后设备（生产线）
  lines add --enterprise 企业名称或信用代码 --name 设备名称
            [--spec 型号规格 --capacity 50万吨 --exit-method 拆除 --plan-year 2026 --planned-exit 2026-10-31]
                              添加落后设备（生产线）
  backup [--out 文件]          备份数据（默认存入数据目录的 backups 文件夹）
  backups list [--json]       列出备份
  restore --from 文件          从备份恢复（恢复前自动备份当前数据）
  deadline --dimension 能耗 --notice 2023-04-01 [--extension-months 3] [--json]
                              按规则集和节假日计算整改期限届满日
                              （期限由决定确定的维度加 --period-months/--period-days/--until）
  deadlines [--today 日期] [--json]
                              列出在办整改事项的期限、剩余天数、提醒档和黄牌红牌
  cases list [--today 日期] [--json]
                              列出全部整改事项的状态、期限和所在名单（黄牌、红牌、超标排放、情节严重）
  import 文件 [--profile 方案名] [--sheet 工作表] [--dry-run] [--json]
                              导入 .xlsx/.xls/.csv（导入前自动备份；--dry-run 只预览不写入）
  export annex|tasks-list|exit-list|yellow|red|over-limit|over-limit-serious|overdue|summary --year 年度 --out 文件 [--today 日期]
                              导出报表（.xlsx；附件也可 .docx，--annex 附件序号；名单按 --today 当日计，默认今天）
  export template --template 模板 --out 文件.xlsx [--profile 方案名] [--year 年度] [--source 数据] [--order town|enterprise|entry]
                              按上级模板填报（.xlsx/.xls 模板，列对应按表头记住）
  export package --year 年度 --out 报送包.xlsx
                              导出本县报送包（企业、设备、整改事项、重点工作、时间节点，附校验码）
  import-packages 文件夹或文件… [--dry-run] [--json]
                              市级：汇总各县报送包（较新的包替换该县数据，较旧或校验不符的拒收）
  packages counties 县名…     市级：本市的县（市、区）名单
  packages status [--since 本轮开始日期] [--out 报送情况.xlsx] [--json]
                              市级：各县报送情况（已报送、未报送、已过期），可导出给领导小组
  settings show [--json]      显示设置（县名、本级、当前年度、操作人）
  settings set [--county 阳谷县] [--level 县|市] [--year 2022] [--operator 王磊]
                              修改设置（当前年度用于没写年份的时限，如“10月底前”）
  tasks list|add|presets|adopt [--year 年度]
                              重点工作：列出、添加、预置方案、采用预置方案（部门自动对应）

通用选项：
  --db 文件    数据文件路径（默认：用户数据目录下的 ledger.sqlite，或环境变量 LEDGER_DB）
  --json       以 JSON 输出（字段稳定，见 README）`;
