// `npm run audit -- [--browser chromium|firefox] [--wait MS] [--screenshots DIR] TARGET...` (../shared/CONTRACTS.md §3)
// Drives the real built extension in headless Chromium (or Firefox) and prints, for each target in order, one JSON line of
// what the extension concluded. A TARGET is a URL, a local HTML file (served over loopback HTTP), or FILE=URL
// (the browser goes to URL and is answered the file's content for that address only).
// Exit status: 0 every target audited, 1 some target failed (its line carries "error"), 2 bad arguments.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { launchChromium } from './harness/chromium';
import { launchFirefox } from './harness/firefox';
import { startLoopbackServer, type LoopbackServer } from './harness/loopback';
import { contentTypeFor } from './harness/pretend-web';
import type { TabView } from '../lib/report/views';
import type { DangerView } from '../lib/messaging/protocol';
import { registrableDomain } from '../lib/site/registrable-domain';
import type { SendView } from '../lib/sends/record';
import { SYNTHETIC_VALUES } from './lib/synthetic-values';
import type { BrowserName, Driver, TabPage } from './harness/driver';

const ROOT = resolve(import.meta.dirname, '..');
const USAGE =
  'usage: npm run audit -- [--browser chromium|firefox] [--wait MS] [--screenshots DIR] [--block SITE]... [--fill] TARGET...\n' +
  '  TARGET: a URL, a local HTML file, or FILE=URL\n  --block SITE: audit as if the person had blocked SITE\n' +
  '  --browser: the browser to audit in (default chromium)\n' +
  '  --fill: type made-up, checksum-valid values into the detected fields, submit, and list where they went';

interface Args {
  wait: number;
  screenshots: string | null;
  targets: string[];
  build: boolean;
  /** Sites to treat as blocked by the person (to check what a blocked site shows). */
  block: string[];
  /** Type synthetic values, submit, and add `flows` and `unreadable` (observed sends). */
  fill: boolean;
  browser: BrowserName;
}

const BROWSER_NAMES: readonly BrowserName[] = ['chromium', 'firefox'];
const isBrowserName = (v: string | undefined): v is BrowserName => BROWSER_NAMES.includes(v as BrowserName);

function parseArgs(argv: string[]): Args | string {
  const args: Args = {
    wait: 1500,
    screenshots: null,
    targets: [],
    build: true,
    block: [],
    fill: false,
    browser: 'chromium',
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--wait') {
      const v = argv[++i];
      if (v === undefined || !/^\d+$/.test(v)) return '--wait needs a number of milliseconds';
      args.wait = Number(v);
    } else if (a.startsWith('--wait=')) {
      const v = a.slice(7);
      if (!/^\d+$/.test(v)) return '--wait needs a number of milliseconds';
      args.wait = Number(v);
    } else if (a === '--screenshots') {
      const v = argv[++i];
      if (!v) return '--screenshots needs a directory';
      args.screenshots = v;
    } else if (a.startsWith('--screenshots=')) {
      args.screenshots = a.slice(14);
    } else if (a === '--block') {
      const v = argv[++i];
      if (!v) return '--block needs a site';
      args.block.push(v);
    } else if (a.startsWith('--block=')) {
      args.block.push(a.slice(8));
    } else if (a === '--browser' || a.startsWith('--browser=')) {
      const v = a === '--browser' ? argv[++i] : a.slice(10);
      if (!isBrowserName(v)) return '--browser needs chromium or firefox';
      args.browser = v;
    } else if (a === '--fill') {
      args.fill = true;
    } else if (a === '--no-build') {
      args.build = false;
    } else if (a === '--help' || a === '-h') {
      return '';
    } else if (a.startsWith('--')) {
      return `unknown option ${a}`;
    } else {
      args.targets.push(a);
    }
  }
  if (args.targets.length === 0) return 'no TARGET given';
  return args;
}

type Target =
  { kind: 'url'; url: string } | { kind: 'file'; file: string } | { kind: 'file-at'; file: string; url: string };

function classify(target: string): Target | string {
  const eq = target.indexOf('=');
  if (eq > 0 && !/^[a-z][a-z0-9+.-]*:\/\//i.test(target.slice(0, eq))) {
    const file = target.slice(0, eq);
    const url = target.slice(eq + 1);
    if (!/^https?:\/\//i.test(url)) return `${url} is not an http(s) address`;
    return { kind: 'file-at', file, url };
  }
  if (/^https?:\/\//i.test(target)) return { kind: 'url', url: target };
  return { kind: 'file', file: target };
}

/** The audit line: exactly the keys of CONTRACTS.md §3, never a value. */
function lineFor(target: string, url: string, badge: string, view: TabView) {
  return {
    target,
    url,
    site: view.site,
    badge,
    level: view.level,
    reasons: view.reasons.map((r) => (r.detail === undefined ? { code: r.code } : { code: r.code, detail: r.detail })),
    fields: view.fields.map((f) => ({
      kind: f.kind,
      sensitivity: f.sensitivity,
      label: f.label,
      tag: f.tag,
      type: f.type,
      id: f.id,
      name: f.name,
      path: f.path,
    })),
    breaches: view.breaches.map((b) => ({ id: b.id, title: b.title, date: b.date, status: b.status })),
    thirdParties: view.thirdParties.map((p) => ({ site: p.site, category: p.category })),
  };
}

/**
 * When the extension stopped the navigation (its danger page, or the request blocked before it was sent), the
 * line describes the stopped address: its url and site, level `danger` and the reasons (CONTRACTS.md §3). The
 * extension's own pages never appear as a url or site. Null when the page was not stopped.
 */
async function stoppedLine(driver: Driver, target: string, url: string, actual: string) {
  const onDangerPage = actual.startsWith(`${driver.extensionOrigin}/danger.html`);
  // A request the extension blocked ends on the browser's own error page.
  const onErrorPage = actual.startsWith('chrome-error:') || actual.startsWith('about:neterror');
  if (!onDangerPage && !onErrorPage && !actual.startsWith(driver.extensionOrigin)) return null;
  const stopped = (onDangerPage ? new URL(actual).searchParams.get('u') : null) ?? url;
  const danger = await driver.send<DangerView>('getDangerView', { url: stopped });
  if (danger.reasons.length === 0) return null;
  return {
    target,
    url: stopped,
    site: registrableDomain(new URL(stopped).hostname),
    badge: '',
    level: 'danger',
    reasons: danger.reasons.map((r) =>
      r.detail === undefined ? { code: r.code } : { code: r.code, detail: r.detail },
    ),
    fields: [],
    breaches: [],
    thirdParties: [],
  };
}

/**
 * `--fill`: types a made-up value of each detected field's kind (scripts/lib/synthetic-values.ts) the way a
 * person types, waits for the extension to recognise them, clicks the submit button of the form holding the first
 * filled field, and returns every send the extension observed, before and after the submission (a submission
 * that navigates starts a new page, which keeps only what the navigation itself carried).
 */
async function fillAndSubmit(
  driver: Driver,
  page: TabPage,
  url: string,
  view: TabView,
  wait: number,
): Promise<SendView[]> {
  const tabId = await driver.tabIdOf(url);
  const filled: string[] = [];
  for (const field of view.fields) {
    const synthetic = SYNTHETIC_VALUES[field.kind];
    // Fields in frames and shadow roots (" >>> ") and choices (select, radio) are left as they are.
    if (!synthetic || field.path.includes(' >>> ') || field.tag === 'select' || field.type === 'radio') continue;
    if (field.type === 'checkbox' || field.type === 'file' || field.type === 'date') continue;
    try {
      await page.type(field.path, synthetic.value);
      filled.push(field.path);
    } catch {
      console.error(`audit: could not type into ${field.path}`);
    }
  }
  await new Promise((r) => setTimeout(r, wait));
  const before = (await driver.send<TabView | null>('getTabView', { tabId }))?.sends ?? [];
  const submit = filled.length
    ? await page.evaluate((path) => {
        const el = document.querySelector(path) as HTMLInputElement | null;
        // Other required controls (consent boxes, a name…) get a plain example so the browser lets it go.
        for (const c of el?.form?.querySelectorAll<HTMLInputElement>('[required]') ?? []) {
          if (c.type === 'checkbox' || c.type === 'radio') c.checked = true;
          else if (c.localName === 'select') (c as unknown as HTMLSelectElement).selectedIndex = 1;
          else if (!c.value)
            c.value =
              c.type === 'email'
                ? 'audit@example.invalid'
                : c.type === 'date'
                  ? '1980-01-01'
                  : c.type === 'tel' || c.type === 'number'
                    ? '0811111111'
                    : 'Contoh Audit';
        }
        const b = el?.form?.querySelector<HTMLElement>(
          'button:not([type=button]):not([type=reset]), input[type=submit], input[type=image]',
        );
        if (!b) return null;
        // Whether the browser warns before this form leaves an HTTPS page for plain HTTP (attributes: a control
        // named "action" would answer `form.action`).
        const action = b.getAttribute('formaction') ?? el!.form!.getAttribute('action');
        const insecure = location.protocol === 'https:' && new URL(action ?? '', location.href).protocol === 'http:';
        // A CSS path for the button, so the automation clicks it like a person (a trusted click).
        const parts: string[] = [];
        for (let n: Element | null = b; n && n !== document.documentElement; n = n.parentElement) {
          if (n.id && /^[A-Za-z][\w-]*$/.test(n.id)) {
            parts.unshift(`#${n.id}`);
            break;
          }
          const index = [...(n.parentElement?.children ?? [])].indexOf(n) + 1;
          parts.unshift(`${n.localName}:nth-child(${index})`);
        }
        return { path: parts.join(' > '), insecure };
      }, filled[0]!)
    : null;
  if (submit) {
    await page.click(submit.path).catch(() => console.error('audit: could not click the submit button'));
    if (driver.name === 'chromium' && (await sendAnyway(page, wait)))
      console.error("audit: the browser warned that the form is sent without encryption; pressed 'Send anyway'");
    if (driver.name === 'firefox' && submit.insecure)
      console.error(
        "audit: Firefox would warn that the form is sent without encryption; its warning is off in the audit's profile (see FIREFOX_FILL_PREFS), as if 'Continue' was pressed",
      );
    await new Promise((r) => setTimeout(r, wait));
  } else if (filled.length) console.error('audit: no submit button in the filled form');
  const after = (await driver.send<TabView | null>('getTabView', { tabId }))?.sends ?? [];
  return mergeSends(before, after);
}

/**
 * Firefox asks before a form leaves an HTTPS page for plain HTTP too ("Security Warning … Are you sure you want to
 * send this information?", Continue), but in a modal prompt of the browser's own (prompts.modalType.insecureFormSubmit)
 * that WebDriver BiDi neither reports as a user prompt nor lets the automation answer: the click that submits
 * waits for it forever (input.performActions times out, and the session ends with "Target closed"). The audit's own
 * throwaway profile turns that warning off, so the form goes as if the person had pressed Continue, as the Chromium
 * audit presses "Send anyway"; the audit says so on stderr for each such form.
 */
const FIREFOX_FILL_PREFS: Record<string, unknown> = { 'security.warn_submit_secure_to_insecure': false };

/** Chromium's warning before a form leaves an HTTPS page for a plain-HTTP address (its own error page). */
const onInsecureFormWarning = (page: TabPage) =>
  page
    .evaluate(() => location.protocol === 'chrome-error:' && document.getElementById('proceed-button') !== null)
    .catch(() => false);

/**
 * Chromium holds a form sent from an HTTPS page to plain HTTP behind its warning "The information you're about
 * to submit is not secure", and nothing is sent until the person presses "Send anyway". The audit presses it, as
 * a person going ahead would, so that it lists where such a form really sends (the demo form is one). Waits up to
 * `wait` ms for the warning to appear; true when it was pressed.
 */
async function sendAnyway(page: TabPage, wait: number): Promise<boolean> {
  const until = Date.now() + wait;
  let pressed = false;
  while (Date.now() < until || pressed) {
    if (await onInsecureFormWarning(page)) {
      if (pressed && Date.now() > until + 10_000) throw new Error("the browser's warning did not let the form go");
      await page.click('#proceed-button').catch(() => undefined);
      pressed = true;
    } else if (pressed) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/** One entry per site: what was seen on the page, then what its submission carried. */
function mergeSends(a: readonly SendView[], b: readonly SendView[]): SendView[] {
  const out = new Map<string, SendView>();
  for (const s of [...a, ...b]) {
    const prev = out.get(s.site);
    out.set(
      s.site,
      prev
        ? {
            ...prev,
            kinds: [...new Set([...prev.kinds, ...s.kinds])],
            vias: [...new Set([...prev.vias, ...s.vias])],
            secure: prev.secure && s.secure,
            unreadable: Math.max(prev.unreadable, s.unreadable),
          }
        : s,
    );
  }
  return [...out.values()];
}

/** The keys `--fill` adds to the line (CONTRACTS.md §3): kinds and sites, never a value. */
function flowsOf(sends: readonly SendView[]) {
  return {
    flows: sends
      .filter((s) => s.kinds.length > 0)
      .map((s) => ({ site: s.site, kinds: s.kinds, via: s.vias[0]!, secure: s.secure, party: s.party })),
    unreadable: sends.filter((s) => s.unreadable > 0).map((s) => s.site),
  };
}

function slug(s: string): string {
  return (
    s
      .replace(/^https?:\/\//, '')
      .replace(/[^a-z0-9]+/gi, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 80) || 'page'
  );
}

async function auditOne(
  driver: Driver,
  server: LoopbackServer,
  raw: string,
  index: number,
  args: Args,
): Promise<object> {
  const target = classify(raw);
  if (typeof target === 'string') throw new Error(target);
  let url: string;
  if (target.kind === 'url') url = target.url;
  else {
    const file = resolve(target.file);
    if (!existsSync(file) || !statSync(file).isFile()) throw new Error(`no such file: ${target.file}`);
    const body = readFileSync(file);
    if (target.kind === 'file-at') {
      url = target.url;
      driver.web.set(url, { body, contentType: contentTypeFor(file) });
    } else {
      const path = `/audit/${index}/${encodeURIComponent(basename(file))}`;
      server.route(path, (_req, res) => {
        res.writeHead(200, { 'content-type': contentTypeFor(file) });
        res.end(body);
      });
      url = `${server.origin}${path}`;
    }
  }
  const page = await driver.open('about:blank');
  try {
    // A navigation the extension stops ends on its danger page or in a blocked-request error: not a failure.
    const loaded = await page.goto(url).then(
      () => null,
      (err: unknown) => err,
    );
    await new Promise((r) => setTimeout(r, args.wait));
    const actual = await page.currentUrl();
    const stopped = await stoppedLine(driver, raw, url, actual);
    if (stopped) {
      if (args.screenshots) {
        mkdirSync(args.screenshots, { recursive: true });
        await page.screenshot(resolve(args.screenshots, `${String(index + 1).padStart(2, '0')}-${slug(url)}.png`));
      }
      return stopped;
    }
    if (loaded) throw loaded;
    const view = await driver.view(actual);
    if (!view) throw new Error('the extension reported nothing for this page');
    const badge = await driver.badge(actual);
    const sends = args.fill ? await fillAndSubmit(driver, page, actual, view, args.wait) : null;
    if (args.screenshots) {
      mkdirSync(args.screenshots, { recursive: true });
      await page.screenshot(resolve(args.screenshots, `${String(index + 1).padStart(2, '0')}-${slug(url)}.png`));
    }
    return sends ? { ...lineFor(raw, actual, badge, view), ...flowsOf(sends) } : lineFor(raw, actual, badge, view);
  } finally {
    await page.close();
  }
}

async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2));
  if (typeof parsed === 'string') {
    if (parsed) console.error(`audit: ${parsed}`);
    console.error(USAGE);
    return parsed ? 2 : 0;
  }
  const firefox = parsed.browser === 'firefox';
  const output = firefox ? '.output/firefox-mv3' : '.output/chrome-mv3';
  if (parsed.build || !existsSync(resolve(ROOT, output, 'manifest.json'))) {
    console.error('audit: building the extension…');
    const build = firefox ? ['wxt', 'build', '-b', 'firefox', '--mv3'] : ['wxt', 'build'];
    execFileSync('npx', build, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const server = await startLoopbackServer();
  let driver: Driver | null = null;
  let failed = false;
  try {
    driver = firefox
      ? await launchFirefox({ passthrough: true, extraPrefs: parsed.fill ? FIREFOX_FILL_PREFS : {} })
      : await launchChromium({ headless: true, passthrough: true });
    for (const site of parsed.block) await driver.send('setSiteStatus', { site, status: 'blocked' });
    // The pre-submit check would hold a risky submission for the person's answer; the audit records where it goes.
    if (parsed.fill) await driver.send('saveSettings', { patch: { submitCheck: 'off' } });
    for (let i = 0; i < parsed.targets.length; i++) {
      const raw = parsed.targets[i]!;
      try {
        console.log(JSON.stringify(await auditOne(driver, server, raw, i, parsed)));
      } catch (err) {
        failed = true;
        console.error(`audit: ${raw}: ${err instanceof Error ? err.message : String(err)}`);
        console.log(JSON.stringify({ target: raw, error: err instanceof Error ? err.message : String(err) }));
      }
    }
  } catch (err) {
    console.error(`audit: ${err instanceof Error ? err.message : String(err)}`);
    for (const raw of parsed.targets)
      console.log(JSON.stringify({ target: raw, error: 'the browser could not be started' }));
    failed = true;
  } finally {
    await driver?.close().catch(() => undefined);
    await server.close();
  }
  return failed ? 1 : 0;
}

main().then((code) => process.exit(code));
