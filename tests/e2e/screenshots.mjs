#!/usr/bin/env node
// Takes the README's screenshots: PlanBot and Microsoft's Teams emulator (Agents Playground) on loopback, the emulator's
// web page in Debian's headless Chromium driven by playwright-core, one PNG per step in docs/images/.
// Not part of the test suite (the end-to-end tests drive the emulator's HTTP API instead). See docs/screenshots.md.
//
//   npm ci --prefix tests/e2e && node tests/e2e/screenshots.mjs
//
// Everything it starts (PlanBot, the emulator, Chromium) listens on or talks to 127.0.0.1 only, and is stopped, and its
// temp folder (SQLite store, browser profile, emulator log) deleted, on success, failure or Ctrl+C.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const e2eDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(e2eDir, '..', '..');
const outDir = path.join(repoRoot, 'docs', 'images');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const playgroundCli = path.join(e2eDir, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');
const quarter = '2026Q3';
// The team channel of tests/e2e/.m365agentsplayground.yml, where PlanBot is added so it can read the team's members.
const teamChannel = '19:planbot-digest@thread.tacv2';
// Long enough for a cold `dotnet run` and the outbox sender's first pass; short enough to fail clearly.
const patienceMs = 90_000;

const children = [];
let workDir;
let browser;
let cleaning;
// Set once cleaning up has begun (Ctrl+C can arrive mid-step): nothing new is started after it.
let stopping = false;

function log(message) {
  console.log(`[screenshots] ${message}`);
}

function freeLoopbackPort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts a child in its own process group, so that stopping it also stops what it started (`dotnet run` starts the app). */
function start(name, command, args, options) {
  if (stopping) {
    throw new Error(`Stopping: ${name} not started.`);
  }
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = [];
  const keep = (chunk) => {
    output.push(chunk.toString());
    if (output.length > 400) output.shift();
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const entry = { name, child, output, exited: false };
  child.once('exit', () => { entry.exited = true; });
  children.push(entry);
  return entry;
}

/** Runs a command to its end; throws with its output when it fails. */
async function run(name, command, args, options) {
  const entry = start(name, command, args, options);
  const code = await new Promise((resolve) => entry.child.once('exit', (c) => resolve(c)));
  if (code !== 0) {
    throw new Error(`${name} exited with ${code}:\n${entry.output.join('')}`);
  }
  return entry.output.join('');
}

async function waitForHttp(url, entry) {
  const deadline = Date.now() + patienceMs;
  while (Date.now() < deadline) {
    if (entry.exited) {
      throw new Error(`${entry.name} stopped before answering ${url}:\n${entry.output.join('')}`);
    }
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${entry.name} did not answer ${url} within ${patienceMs / 1000} s:\n${entry.output.join('')}`);
}

function stopAll() {
  for (const { child, exited } of children.reverse()) {
    if (!exited && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
  }
}

/** Closes Chromium, stops the children and deletes the temp folder; every caller awaits the same single run. */
function cleanUp() {
  cleaning ??= (async () => {
    stopping = true;
    if (browser) {
      // Chromium writes its profile until it has closed; a hung close must not keep the rest alive.
      await Promise.race([browser.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
    }
    stopAll();
    // Give the processes a moment to let go of the SQLite file before its folder is deleted.
    await new Promise((r) => setTimeout(r, 1000));
    for (const { child, exited } of children) {
      if (!exited && child.pid) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
    }
    if (workDir) {
      try {
        await rm(workDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
      } catch (error) {
        console.error(`[screenshots] could not delete ${workDir}: ${error.message}`);
      }
    }
  })();
  return cleaning;
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    log(`${signal}: stopping`);
    cleanUp().finally(() => process.exit(130));
  });
}

// --- The emulator's web page -------------------------------------------------------------------------------------

/** The chat's message rows (bot cards and the user's own messages), in order. */
function rows(page) {
  return page.evaluate(() => {
    const headers = [...document.querySelectorAll('[aria-label="Message header"]')];
    return headers.map((h) => {
      const row = h.parentElement.parentElement;
      const box = row.getBoundingClientRect();
      const list = row.parentElement.getBoundingClientRect();
      return {
        fromBot: h.querySelector('[aria-label="Message author"]') !== null,
        text: row.innerText,
        box: { x: list.x, y: box.y, width: list.width, height: box.height },
      };
    });
  });
}

/** Waits until the chat's last bot message, if after row <after>, contains every one of <texts>; returns its row index. */
async function waitForBotMessage(page, texts, what, after = -1) {
  const deadline = Date.now() + patienceMs;
  while (Date.now() < deadline) {
    const all = await rows(page);
    for (let i = all.length - 1; i > after; i--) {
      if (all[i].fromBot) {
        if (texts.every((t) => all[i].text.includes(t))) return i;
        break;
      }
    }
    await page.waitForTimeout(300);
  }
  throw new Error(`No bot message with ${texts.join(', ')} (${what}) within ${patienceMs / 1000} s.`);
}

/** Saves the chat pane from row <first> to row <last>, scrolled into view, with a little margin. */
async function shoot(page, file, first, last) {
  await page.evaluate(([f]) => {
    const headers = [...document.querySelectorAll('[aria-label="Message header"]')];
    headers[f].parentElement.parentElement.scrollIntoView({ block: 'start' });
  }, [first]);
  // Cards re-lay out as fonts and images settle.
  await page.waitForTimeout(600);
  const all = await rows(page);
  // A margin above, but none of the previous message.
  const previousBottom = first > 0 ? all[first - 1].box.y + all[first - 1].box.height : 0;
  const top = Math.max(all[first].box.y - 12, previousBottom);
  const bottom = Math.min(all[last].box.y + all[last].box.height + 12, page.viewportSize().height);
  const clip = { x: all[first].box.x, y: Math.max(0, top), width: all[first].box.width, height: bottom - Math.max(0, top) };
  const target = path.join(outDir, file);
  await page.screenshot({ path: target, clip });
  log(`saved ${path.relative(repoRoot, target)}`);
}

/** Writes <text> in the message box and sends it; returns the index of the message's row-to-be minus one. */
async function type(page, text) {
  const before = (await rows(page)).length - 1;
  const box = page.locator('[data-lexical-editor="true"]');
  await box.click();
  await box.pressSequentially(text);
  await box.press('Enter');
  return before;
}

/** Fills the reminder card's first item: status 遅延 (the emulator draws a compact choice set as a combobox), 進捗率, コメント. */
async function fillReminderCard(card) {
  const select = card.locator('select');
  if (await select.count()) {
    await select.first().selectOption({ label: '遅延' });
  } else {
    await card.getByRole('combobox').first().click();
    await card.page().getByRole('option', { name: '遅延', exact: true }).first().click();
  }
  await card.locator('[role="spinbutton"], input[type="number"]').first().fill('40');
  await card.locator('textarea').first().fill('買上げ実施企業への支援策の調整に時間がかかっています。12月中に関係団体と合意し、1月に呼びかけを始めます。');
  await card.getByRole('button', { name: '送信する' }).click();
}

// --- The run -----------------------------------------------------------------------------------------------------

async function main() {
  if (!existsSync(chromiumPath)) {
    throw new Error(`No Chromium at ${chromiumPath}: install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  if (!existsSync(playgroundCli)) {
    throw new Error(`The Agents Playground is not installed: run 'npm ci --prefix tests/e2e' first.`);
  }

  workDir = await mkdtemp(path.join(os.tmpdir(), 'planbot-screenshots-'));
  await mkdir(outDir, { recursive: true });
  const env = {
    ...process.env,
    ConnectionStrings__PlanStore: `Data Source=${path.join(workDir, 'planbot.db')}`,
    // Proactive cards go out within seconds instead of the default 15 s poll.
    OutboxSender__PollInterval: '00:00:01',
    DOTNET_NOLOGO: '1',
  };
  const project = path.join(repoRoot, 'src', 'PlanBot');
  const planbot = (...args) => ['run', '--no-build', '--project', project, '--', ...args];

  log('building PlanBot');
  await run('dotnet build', 'dotnet', ['build', project, '-v', 'q', '-nologo'], { cwd: repoRoot, env });

  const botPort = await freeLoopbackPort();
  log(`starting PlanBot on 127.0.0.1:${botPort} (store in ${workDir})`);
  const host = start('PlanBot', 'dotnet', planbot('--urls', `http://127.0.0.1:${botPort}`), { cwd: repoRoot, env });
  await waitForHttp(`http://127.0.0.1:${botPort}/healthz`, host);

  // The emulator's current user (山田 花子) is the roster's administrator and owns 取組14 (経営企画室).
  log('importing tests/e2e/roster.csv');
  await run('roster import', 'dotnet', planbot('roster', 'import', path.join(e2eDir, 'roster.csv')), { cwd: repoRoot, env });

  const playgroundPort = await freeLoopbackPort();
  log(`starting the Agents Playground on 127.0.0.1:${playgroundPort}`);
  const playground = start('Agents Playground', 'node',
    [playgroundCli, 'start', '--disable-telemetry', '-p', String(playgroundPort), '-e', `http://127.0.0.1:${botPort}/api/messages`],
    {
      // Its log folder (devTools/) goes to the temp folder; its config is PlanBot's sample tenant.
      cwd: workDir,
      env: {
        ...process.env,
        TEAMSAPPTESTER_BROWSER: 'none',
        APPLICATION_INSIGHTS_NO_STATSBEAT: 'true',
        M365_AGENTS_PLAYGROUND_CONFIG_PATH: path.join(e2eDir, '.m365agentsplayground.yml'),
      },
    });
  await waitForHttp(`http://127.0.0.1:${playgroundPort}/_debug/ping`, playground);

  log('opening the emulator in headless Chromium');
  const context = (browser = await chromium.launchPersistentContext(path.join(workDir, 'chromium-profile'), {
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    // Tall, so that the longest card fits on screen whole.
    viewport: { width: 1280, height: 2400 },
    deviceScaleFactor: 1,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    // Ctrl+C is handled here, so that Chromium is closed before its profile folder is deleted.
    handleSIGINT: false,
    handleSIGTERM: false,
  }));
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    // The page is kept open throughout: the emulator shows only what arrived while it is connected.
    await page.goto(`http://127.0.0.1:${playgroundPort}/`);

    // 1. Opening the personal chat installs the app: the welcome card.
    let at = await waitForBotMessage(page, ['PlanBot へようこそ'], 'welcome card');
    await shoot(page, '01-welcome.png', at, at);

    // PlanBot is also added to the sample team (through the emulator's debug API), as an admin would: it finds the
    // people in charge among the team's members to open their 1:1 chats, and 名簿確認 checks the roster against them.
    const installed = await fetch(
      `http://127.0.0.1:${playgroundPort}/_debug/conversation/${encodeURIComponent(teamChannel)}/installation`, { method: 'POST' });
    if (!installed.ok) throw new Error(`Adding PlanBot to the sample team failed: HTTP ${installed.status}`);

    // 2. ヘルプ: the help card.
    let sent = await type(page, 'ヘルプ');
    at = await waitForBotMessage(page, ['PlanBot の使い方'], 'help card', sent + 1);
    await shoot(page, '02-help.png', sent + 1, at);

    // 3. An administrator sends the quarter's reminder: the card for 山田 花子's own initiative arrives in her chat.
    const command = await sendReminder(page, planbot, env);
    at = await waitForBotMessage(page, ['進捗報告のお願い', '取組14.'], 'reminder card');
    // With the chat command, the picture shows it and PlanBot's acknowledgement above the card.
    await shoot(page, '03-reminder-card.png', command ?? at, at);

    // 4. She fills the card and presses 送信する: the card is replaced in place by the recorded version.
    const card = page.locator('.ac-adaptiveCard').filter({ hasText: '進捗報告のお願い' }).last();
    await fillReminderCard(card);
    at = await waitForRecordedCard(page);
    await shoot(page, '04-recorded-card.png', at, at);

    // 5. A question in her own words: the answer lists the item just reported as delayed.
    sent = await type(page, '今期の遅延は?');
    at = await waitForBotMessage(page, ['遅延', '適正な価格転嫁'], 'answer card', sent + 1);
    await shoot(page, '05-answer-card.png', sent + 1, at);

    // 6. 名簿確認: the administrator checks the roster against the team's members.
    sent = await type(page, '名簿確認');
    at = await waitForBotMessage(page, ['名簿確認', '確認したチーム'], 'roster check card', sent + 1);
    await shoot(page, '06-roster-check.png', sent + 1, at);
  } finally {
    await context.close();
    browser = undefined;
  }
}

/**
 * The admin chat command リマインド送信 when this PlanBot has it (returns the command's row); otherwise the `remind` verb
 * against the same store, whose queued card the running host's outbox sender delivers (returns null).
 */
async function sendReminder(page, planbot, env) {
  const before = (await type(page, `リマインド送信 ${quarter}`)) + 1;
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const all = await rows(page);
    const replies = all.slice(before).filter((r) => r.fromBot);
    if (replies.some((r) => r.text.includes('進捗報告のお願い'))) return before;
    // A reply that is neither the card nor an acknowledgement of the send: the command is not there.
    if (replies.length > 0 && !replies.some((r) => /送り|送信|キュー/.test(r.text))) break;
    await page.waitForTimeout(300);
  }
  const reply = (await rows(page)).slice(before).filter((r) => r.fromBot).map((r) => r.text).join(' / ');
  log(`リマインド送信 did not send the cards (reply: ${reply.slice(0, 120) || 'none'}); running 'remind --quarter ${quarter}' instead`);
  await run('remind', 'dotnet', planbot('remind', '--quarter', quarter), { cwd: repoRoot, env });
  return null;
}

/** After the submit, the reminder card shows what was recorded; returns its row index. */
async function waitForRecordedCard(page) {
  const deadline = Date.now() + patienceMs;
  while (Date.now() < deadline) {
    const all = await rows(page);
    const i = all.findLastIndex((r) => r.fromBot && r.text.includes('取組14.'));
    if (i >= 0 && /受け付け|記録|ありがとう/.test(all[i].text)) return i;
    await page.waitForTimeout(300);
  }
  throw new Error(`The reminder card was not replaced by its recorded version within ${patienceMs / 1000} s.`);
}

try {
  await main();
  log('done');
} catch (error) {
  console.error(`[screenshots] failed: ${error.stack ?? error}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
