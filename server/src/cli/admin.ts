import { Bootstrap } from '@midwayjs/bootstrap';
import { ZCalendarYearInput, ZCreateUserInput } from '@recall/shared';
import fs from 'fs';
import path from 'path';
import { appEnv } from '../core/announce';
import { ApiError } from '../core/errors';
import { parseWith } from '../core/zod';
import { describeDatabase } from '../core/db-options';
import { RecallImportService } from '../recalls/recall-import.service';
import { UserService } from '../accounts/user.service';
import { CalendarEntryService } from '../cases/calendar-entry.service';

/** Minimal `--flag value` parser: the CLI has few flags and no dependencies. */
export function parseFlags(args: string[]): { positional: string[]; flags: Record<string, string> } {
  const flags: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith('--')) {
      const [k, inline] = a.slice(2).split('=', 2);
      flags[k] = inline ?? args[++i] ?? '';
    } else positional.push(a);
  }
  return { positional, flags };
}

const USAGE = `用法：
  npm run admin -- user:create --role <bureau|province|producer|admin|county|technical> --org <监管局行政区划代码|县（市、区）行政区划代码|生产者统一社会信用代码|技术机构代码（如 T320000）> --username <用户名> --password <密码> [--name <显示名称>] [--org-name <生产者名称>]
  npm run admin -- recalls:import <file.jsonl>
  npm run admin -- calendar:list
  npm run admin -- calendar:set --year <年份> --holidays <放假日期,…> [--workdays <调休上班日期,…>]
`;

type Command = (flags: Record<string, string>, positional: string[]) => Promise<number>;

const commands: Record<string, Command> = {
  'user:create': async (flags) => {
    const input = parseWith(ZCreateUserInput, {
      role: flags.role,
      org: flags.org,
      username: flags.username,
      password: flags.password,
      displayName: flags.name,
    });
    const users = await Bootstrap.getApplicationContext().getAsync(UserService);
    const user = await users.createStaff({ ...input, producerName: flags['org-name'] });
    console.log(
      `已创建用户 #${user.id} ${user.username}（${user.role}${user.orgCode ? `，机构 ${user.orgCode}` : ''}）`,
    );
    return 0;
  },
};

async function importRecalls(_flags: Record<string, string>, positional: string[]): Promise<number> {
  const file = positional[0];
  if (!file) throw new ApiError(400, 'FILE_REQUIRED', '请指定要导入的 JSONL 文件');
  if (!fs.existsSync(file)) throw new ApiError(400, 'FILE_NOT_FOUND', `文件不存在：${file}`);
  const importer = await Bootstrap.getApplicationContext().getAsync(RecallImportService);
  const r = await importer.importText(fs.readFileSync(file, 'utf8'), { actorId: null });
  console.log(`新增 ${r.imported} 条，更新 ${r.updated} 条，未变 ${r.unchanged} 条，拒绝 ${r.rejected.length} 行`);
  for (const x of r.rejected) console.log(`  第 ${x.line} 行：${x.reason}`);
  return r.rejected.length ? 1 : 0;
}
commands['recalls:import'] = importRecalls;

/** A list of dates as typed on a command line: separated by commas, 、 or spaces. */
const dateList = (text: string | undefined) => (text ?? '').split(/[\s,，、]+/).filter(Boolean);

/** 法定节假日安排: enters (or corrects) a year from the State Council's notice; open cases are recounted. */
async function setCalendarYear(flags: Record<string, string>): Promise<number> {
  const input = parseWith(ZCalendarYearInput, {
    year: flags.year ? Number(flags.year) : undefined,
    holidays: dateList(flags.holidays),
    workdays: dateList(flags.workdays),
  });
  const entries = await Bootstrap.getApplicationContext().getAsync(CalendarEntryService);
  const r = await entries.enter(null, input);
  const ids = r.recomputedCases;
  console.log(
    `已录入 ${r.year.year} 年：节假日 ${r.year.holidays.length} 天，调休上班 ${r.year.workdays.length} 天；重算期限的未结案件 ${ids.length} 件${ids.length ? `（#${ids.join('、#')}）` : ''}`,
  );
  return 0;
}
commands['calendar:set'] = setCalendarYear;

commands['calendar:list'] = async () => {
  const entries = await Bootstrap.getApplicationContext().getAsync(CalendarEntryService);
  for (const y of (await entries.list()).years)
    console.log(
      `${y.year}  ${y.source === 'builtin' ? '内置' : `已录入（${y.enteredBy ?? ''}，${y.enteredAt}）`}  节假日 ${y.holidays.length} 天，调休上班 ${y.workdays.length} 天`,
    );
  return 0;
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = commands[name];
  if (!command) {
    console.error(name ? `未知命令：${name}\n${USAGE}` : USAGE);
    return 2;
  }
  const { flags, positional } = parseFlags(rest);
  const container = await Bootstrap.configure({ baseDir: path.join(__dirname, '..'), ignore: ['**/cli/**'] }).run();
  // The same configuration as the server (DATA_DIR / DB_URL): say which database this writes to.
  console.log(`数据库：${describeDatabase(appEnv(container))}`);
  try {
    return await command(flags, positional);
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    const detail = e.issues?.map((i) => `  ${i.path}: ${i.message}`).join('\n');
    console.error(`失败：${e.message}${detail ? `\n${detail}` : ''}`);
    return 1;
  } finally {
    await Bootstrap.stop();
  }
}
