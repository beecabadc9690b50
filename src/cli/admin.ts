/**
 * @module `juesuan admin create <用户名> [--name 姓名] [--password-stdin] [--org 机构名称] [--region 地区]
 * [--db URL]`: creates a 系统管理员 (and, when there is none, the root organisation, a 财政局). The password
 * comes from standard input with --password-stdin (one line), or is asked for twice on a terminal.
 */
import { createInterface } from 'node:readline';
import { hashPassword, passwordProblem } from '../server/auth/password.ts';
import { dbTarget, describeTarget, openStore } from '../server/open-store.ts';
import type { Store, StoreOps } from '../storage/port.ts';
import type { Actor } from '../storage/types.ts';
import { parseCommandArgs, UsageError } from './usage.ts';

const USAGE =
  'juesuan admin create <用户名> [--name 姓名] [--password-stdin] [--org 机构名称] [--region 地区] [--db URL]';
const USERNAME = /^[\p{L}\p{N}_.@-]{2,64}$/u;
const CLI_ACTOR: Actor = { userId: null, ip: null };

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** Asks for a line on the terminal without echoing it. */
function askHidden(prompt: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const output = rl as unknown as { _writeToOutput: (s: string) => void };
    output._writeToOutput = (s: string) => {
      if (s.includes(prompt)) process.stdout.write(prompt);
    };
    rl.question(prompt, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
  });
}

async function readPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin) return readStdin();
  if (!process.stdin.isTTY)
    throw new UsageError('不是在终端中运行：请用 --password-stdin 从标准输入提供密码');
  const first = await askHidden('密码：');
  const second = await askHidden('再输入一次：');
  if (first !== second) throw new UsageError('两次输入的密码不一致');
  return first;
}

/** The root 财政局, created when there is no root organisation. */
async function rootBureau(
  store: StoreOps,
  name: string,
  region: string,
): Promise<{ id: string; name: string; created: boolean }> {
  const roots = await store.listOrganisations({ parentId: null });
  const bureau = roots.find((o) => o.kind === 'bureau');
  if (bureau !== undefined) return { id: bureau.id, name: bureau.name, created: false };
  const org = await store.createOrganisation({ name, kind: 'bureau', region, parentId: null }, CLI_ACTOR);
  return { id: org.id, name: org.name, created: true };
}

/** Runs `juesuan admin …`; returns the exit code. */
export async function runAdmin(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      name: { type: 'string' },
      'password-stdin': { type: 'boolean' },
      org: { type: 'string' },
      region: { type: 'string' },
      db: { type: 'string' },
    },
    USAGE,
  );
  const [action, username, ...rest] = positionals;
  if (action !== 'create' || username === undefined || rest.length > 0)
    throw new UsageError(`用法：${USAGE}`);
  if (!USERNAME.test(username)) throw new UsageError('用户名应为 2–64 个字母、数字或 _ . @ -');
  const password = await readPassword(values['password-stdin'] === true);
  const problem = passwordProblem(password);
  if (problem !== null) throw new UsageError(problem);
  const target = dbTarget(values.db);
  let store: Store;
  try {
    store = await openStore(target);
  } catch (e) {
    process.stderr.write(
      `无法打开数据库（${describeTarget(target)}）：${e instanceof Error ? e.message : String(e)}\n`,
    );
    return 2;
  }
  try {
    if ((await store.getUserByUsername(username)) !== null) {
      process.stderr.write(`用户“${username}”已存在，未做任何修改。\n`);
      return 2;
    }
    const passwordHash = await hashPassword(password);
    const result = await store.transaction(async (tx) => {
      const org = await rootBureau(tx, values.org ?? '财政局', values.region ?? '');
      const user = await tx.createUser(
        {
          username,
          displayName: values.name ?? username,
          passwordHash,
          role: 'admin',
          organisationId: org.id,
        },
        CLI_ACTOR,
      );
      return { org, user };
    });
    process.stdout.write(
      `已创建系统管理员“${result.user.username}”（${result.user.displayName}），所属机构：${result.org.name}${result.org.created ? '（新建）' : ''}。\n数据库：${describeTarget(target)}\n`,
    );
    return 0;
  } finally {
    await store.close();
  }
}
