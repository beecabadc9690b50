/**
 * The real server (`juesuan serve --workers 2` through the test launcher, SQLite file, first administrator
 * made with `juesuan admin create --password-stdin`) driven in Debian's Chromium: the administrator sets up a
 * department, a clerk and a reviewer; the clerk uploads the example, sees live findings while typing, fixes
 * and justifies, submits; the reviewer returns it; the clerk corrects; the reviewer approves and publishes;
 * the public finds it. Screenshots of each step go to test-artifacts/server/. No console error or CSP
 * violation may occur. Skipped where Chromium is not installed.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { renderTablesXlsx } from '../../src/render/xlsx/index.ts';
import { chromiumSkip, launchChromium } from '../chromium.ts';
import { example, ROOT } from '../helpers.ts';
import { exampleZip } from './helpers.ts';
import { runAdminCli, type ServerProcess, startServer } from './process.ts';

const skip = chromiumSkip;
const SHOTS = join(ROOT, 'test-artifacts', 'server');
const PASSWORD = 'Browser-test-2023';

let dir: string;
let server: ServerProcess;
let browser: Browser;
const problems: string[] = [];

async function newPage(): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const page = await ctx.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));
  return page;
}

async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
}

async function login(page: Page, username: string): Promise<void> {
  await page.goto(`${server.url}/app/login`);
  await page.fill('#username', username);
  await page.fill('#password', PASSWORD);
  await page.click('button[type="submit"]');
  await page.waitForURL(/\/app(\/|$|\?)/);
}

describe('the web system in Chromium', { skip }, () => {
  before(async () => {
    if (skip) return;
    mkdirSync(SHOTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'juesuan-browser-'));
    const db = `sqlite:${join(dir, 'juesuan.db')}`;
    const created = runAdminCli(
      [
        'create',
        'admin',
        '--password-stdin',
        '--name',
        '系统管理员',
        '--org',
        '剑阁县财政局',
        '--region',
        '四川省广元市剑阁县',
        '--db',
        db,
      ],
      `${PASSWORD}\n`,
    );
    assert.equal(created.status, 0, created.stderr);
    assert.match(created.stdout, /已创建系统管理员“admin”/);
    const again = runAdminCli(['create', 'admin', '--password-stdin', '--db', db], `${PASSWORD}\n`);
    assert.equal(again.status, 2);
    assert.match(again.stderr, /已存在/);
    // As deployed on a multi-core machine: two server processes on one port, so the browser's connections
    // reach both, and the season has to work whichever process answers (sessions, CSRF, jobs, the cache).
    server = await startServer(db, ['--workers', '2']);
    browser = await launchChromium();
  });

  after(async () => {
    if (skip) return;
    await browser?.close();
    const code = await server?.stop();
    assert.equal(code, 0, 'the server stops cleanly on SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs the season of a disclosure through the pages', async () => {
    // The administrator sets up the organisation and the users.
    const admin = await newPage();
    await admin.goto(`${server.url}/app/login`);
    await shot(admin, '01-login');
    await login(admin, 'admin');
    await admin.goto(`${server.url}/app/admin/orgs`);
    await admin.fill('input[name="name"]', '剑阁县人民政府办公室');
    await admin.fill('input[name="code"]', '108');
    await admin.selectOption('select[name="kind"]', 'department');
    await admin.selectOption('select[name="parentId"]', { label: '剑阁县财政局' });
    await admin.fill('input[name="region"]', '四川省广元市剑阁县');
    await admin.selectOption('select[name="unitType"]', '行政单位');
    await admin.click('text=创建机构');
    await admin.waitForURL(/m=created/);
    await shot(admin, '02-admin-orgs');
    for (const [username, name, role, org] of [
      ['clerk', '张填报', 'clerk', '剑阁县人民政府办公室（部门）'],
      ['reviewer', '李审核', 'reviewer', '剑阁县财政局（财政局）'],
    ] as const) {
      await admin.goto(`${server.url}/app/admin/users`);
      await admin.fill('form.card input[name="username"]', username);
      await admin.fill('form.card input[name="displayName"]', name);
      await admin.selectOption('form.card select[name="role"]', role);
      await admin.selectOption('form.card select[name="organisationId"]', {
        label: `　${org}`.replace(/^　(?=剑阁县财政局)/, ''),
      });
      await admin.fill('form.card input[name="password"]', PASSWORD);
      await admin.click('text=创建用户');
      await admin.waitForURL(/m=created/);
    }
    await shot(admin, '03-admin-users');

    // The clerk starts 2022 and uploads the example dataset.
    const clerk = await newPage();
    await login(clerk, 'clerk');
    await clerk.fill('input[name="year"] >> nth=1', '2022');
    await clerk.click('text=创建');
    await clerk.waitForURL(/\/app\/d\//);
    const base = clerk.url().replace(/\?.*/, '');
    await clerk.click('text=上传文件');
    const zip = join(dir, 'jiange-2022.zip');
    writeFileSync(zip, exampleZip());
    await clerk.setInputFiles('#file', zip);
    await shot(clerk, '04-upload');
    await clerk.click('text=上传并保存为新版本');
    await clerk.waitForURL(/m=uploaded/);
    // Then the example's workbook, as the finance system exports it: its tables replace the version's
    // tables through the importer, and the texts written so far are kept.
    await clerk.click('text=上传文件');
    const workbook = join(dir, 'jiange-2022-tables.xlsx');
    writeFileSync(workbook, await renderTablesXlsx(example(), { profile: 'sichuan-13' }));
    await clerk.setInputFiles('#file', workbook);
    await shot(clerk, '04b-upload-workbook');
    await clerk.click('text=上传并保存为新版本');
    await clerk.waitForURL(/m=uploaded/);
    assert.match((await clerk.textContent('.status-line')) ?? '', /14 个警告/);
    await shot(clerk, '05-disclosure', true);

    // Live findings while typing: fill in the two equipment counts.
    await clerk.goto(`${base}/edit?s=assets`);
    await clerk.fill('[name="v:assets.generalEquipment50"]', '0');
    await clerk.fill('[name="v:assets.specialEquipment100"]', '0');
    await clerk.locator('#live-status', { hasText: '（未保存）0 个错误，12 个警告' }).waitFor();
    await shot(clerk, '06-edit-live-findings');
    await clerk.click('text=保存（生成新版本）');
    await clerk.waitForURL(/m=saved/);

    // A finding links to its table cell.
    await clerk.goto(base);
    const cellLink = clerk.locator('a[href*="/tables/T08#"]').first();
    await cellLink.click();
    await clerk.waitForURL(/\/tables\/T08#/);
    await shot(clerk, '07-table-editor');

    // Justify every remaining warning.
    await clerk.goto(base);
    for (let i = 0; ; i += 1) {
      const pending = clerk.locator('li.finding:has(.badge.pending) details.justify');
      if ((await pending.count()) === 0) break;
      const first = pending.first();
      await first.locator('summary').click();
      await first.locator('textarea[name="text"]').fill('原报告即如此列示，已核对。');
      if (i === 0) await shot(clerk, '07b-justify');
      await first.locator('button[type="submit"]').click();
      await clerk.waitForURL(/m=justified/);
    }
    await clerk.fill('textarea[name="comment"]', '请审核');
    await clerk.click('button:has-text("提交审核")');
    await clerk.waitForURL(/m=submitted/);
    await shot(clerk, '08-submitted');

    // The report preview, under its own CSP, without script errors.
    await clerk.goto(`${base}/v/3/preview`);
    await clerk.waitForSelector('text=预览：第3版');
    await shot(clerk, '09-preview');

    // The reviewer returns it with a comment.
    const reviewer = await newPage();
    await login(reviewer, 'reviewer');
    await reviewer.goto(`${server.url}/app/review`);
    await shot(reviewer, '10-review-queue');
    await reviewer.goto(base);
    await shot(reviewer, '11-review-page', true);
    await reviewer.fill('form[action$="/return"] textarea', '请补充机构设置情况。');
    await reviewer.click('text=退回修改');
    await reviewer.waitForURL(/m=returned/);

    // The clerk corrects and resubmits.
    await clerk.goto(base);
    assert.match((await clerk.textContent('.returned')) ?? '', /请补充机构设置情况/);
    await shot(clerk, '12-returned');
    await clerk.goto(`${base}/edit?s=duties`);
    await clerk.fill('[name="v:organization"]', '县政府办设综合股、秘书股、督查股，下属单位2个。');
    await clerk.click('text=保存（生成新版本）');
    await clerk.waitForURL(/m=saved/);
    await clerk.goto(`${base}/v/4/diff`);
    await shot(clerk, '13-diff', true);
    await clerk.goto(base);
    await clerk.click('button:has-text("提交审核")');
    await clerk.waitForURL(/m=submitted/);

    // The reviewer approves and publishes (every format rendered and stored).
    await reviewer.goto(base);
    await reviewer.click('text=审核通过');
    await reviewer.waitForURL(/m=approved/);
    await reviewer.click('form[action$="/publish"] button');
    await reviewer.waitForURL(/m=published/, { timeout: 180_000 });
    await shot(reviewer, '14-published', true);
    await reviewer.goto(`${server.url}/app/dept`);
    await shot(reviewer, '15-department');
    await reviewer.goto(`${server.url}/app/jobs`);
    await reviewer.selectOption('select[name="kind"]', 'check-year');
    await reviewer.fill('input[name="year"]', '2022');
    await reviewer.click('text=开始');
    await reviewer.waitForURL(/\/app\/jobs\/[^/?]+\?m=job/);
    await reviewer.locator('main', { hasText: '已完成' }).waitFor({ timeout: 60_000 });
    await shot(reviewer, '16-job-done');
    await reviewer.goto(`${server.url}/app/jobs`);
    await shot(reviewer, '16b-jobs');

    // The public finds it and downloads the PDF.
    const visitor = await newPage();
    await visitor.goto(`${server.url}/`);
    await shot(visitor, '17-portal');
    assert.match((await visitor.textContent('body')) ?? '', /剑阁县人民政府办公室/);
    await visitor.locator('main a', { hasText: '剑阁县人民政府办公室' }).first().click();
    await visitor.waitForURL(/\/disclosures\/2022\//);
    await shot(visitor, '18-portal-disclosure', true);
    const href = await visitor.locator('a[href$="report.pdf"]').first().getAttribute('href');
    assert.ok(href, 'the portal links the PDF');
    const pdf = await visitor.request.get(new URL(href, server.url).toString());
    assert.equal(pdf.status(), 200);
    assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');
    // The internal system's copy is for logged-in users only.
    const internal = await visitor.request.get(`${base}/v/4/files/report.pdf`, { maxRedirects: 0 });
    assert.equal(internal.status(), 302);
  });

  it('had no console error or CSP violation on any page', () => {
    assert.deepEqual(problems, []);
  });
});
