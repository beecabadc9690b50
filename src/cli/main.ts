/**
 * @module The `juesuan` command line (DESIGN.md §1). Exit codes: 0 no error findings, 1 error findings,
 * 2 unusable input. Users see Chinese messages, never a stack trace.
 */
import { UsageError } from './usage.ts';

const HELP = `决算 Juesuan — 部门决算公开的生成、校验与发布

用法：
  juesuan audit <报告文件或文件夹> [--json] [--complete] [--lang en] [--out 汇总文件或文件夹]
                                              审查已公开的报告（PDF、DOCX、HTML、TXT；退出码 0 无错误 / 1 有错误 / 2 输入不可用）
  juesuan build <数据集> [--out 文件夹] [--draft]  校验并生成公开文件（HTML、PDF、DOCX、XLSX、开放数据、图表、findings.json）
  juesuan build <多个数据集的上级文件夹> [--out 文件夹] [--draft] [--jobs 线程数]
                                              批量生成：每个数据集写入 文件夹/<名称>/，另写 summary.csv，终端上显示进度
  juesuan check <数据集> [--json] [--lang en] [--annotate 工作簿 --out 标注后.xlsx]
                                              校验数据集，输出发现的问题（退出码 0 无错误 / 1 有错误 / 2 输入不可用）；
                                              --annotate 把问题标注回用户自己的工作簿
  juesuan import <工作簿.xlsx|.xls|CSV 文件夹> --out <数据集> [--year 年度] [--profile 模板] [--force]  导入财务软件导出的决算表
  juesuan rules [--json] [--lang en]           列出全部校验规则（编号、严重程度、检查内容、依据）
  juesuan serve [--port 8080] [--host 127.0.0.1] [--db sqlite:文件|postgres://…] [--workers 进程数|auto] [--secure-cookies] [--origin https://域名] [--trust-proxy]
                                              启动网上填报、审核与公开系统（默认 SQLite 文件 ./data/juesuan.db；
                                              --workers auto 每个处理器核一个服务进程）
  juesuan admin create <用户名> [--name 姓名] [--password-stdin] [--org 机构名称] [--region 地区] [--db URL]
                                              创建第一个系统管理员
  juesuan template [--profile 模板] [--entity 编制单位] --out <文件.xlsx>  写出空白标准工作簿（供 juesuan import 读入）
`;

type Command = (args: string[]) => Promise<number> | number;

/** Each command's module is loaded when it runs: a process holds only the code of its own command. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  admin: async () => (await import('./admin.ts')).runAdmin,
  audit: async () => (await import('./audit.ts')).runAudit,
  build: async () => (await import('./build.ts')).runBuild,
  check: async () => (await import('./check.ts')).runCheck,
  import: async () => (await import('./import.ts')).runImport,
  rules: async () => (await import('./rules-list.ts')).runRulesList,
  serve: async () => (await import('./serve.ts')).runServe,
  template: async () => (await import('./template.ts')).runTemplate,
};

/** Run the CLI with argv (without node and script); returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(HELP);
    return name === undefined ? 2 : 0;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (load === undefined) {
    process.stderr.write(`未知命令“${name}”。\n\n${HELP}`);
    return 2;
  }
  try {
    const command = await load();
    return await command(rest);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
    process.stderr.write(
      `内部错误：${e instanceof Error ? e.message : String(e)}\n（这是 Juesuan 的缺陷，请报告；输入未被修改。）\n`,
    );
    if (process.env['JUESUAN_DEBUG']) process.stderr.write(`${e instanceof Error ? e.stack : ''}\n`);
    return 2;
  }
}
