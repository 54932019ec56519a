// `npm run audit -- [--wait MS] [--screenshots DIR] TARGET...` (../shared/CONTRACTS.md §3)
// Drives the real built extension in headless Chromium and prints, for each target in order, one JSON line of
// what the extension concluded. A TARGET is a URL, a local HTML file (served over loopback HTTP), or FILE=URL
// (the browser goes to URL and is answered the file's content for that address only).
// Exit status: 0 every target audited, 1 some target failed (its line carries "error"), 2 bad arguments.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { launchChromium, type ChromiumDriver } from './harness/chromium';
import { startLoopbackServer, type LoopbackServer } from './harness/loopback';
import { contentTypeFor } from './harness/pretend-web';
import type { TabView } from '../lib/report/views';
import type { DangerView } from '../lib/messaging/protocol';
import { registrableDomain } from '../lib/site/registrable-domain';

const ROOT = resolve(import.meta.dirname, '..');
const USAGE =
  'usage: npm run audit -- [--wait MS] [--screenshots DIR] [--block SITE]... TARGET...\n' +
  '  TARGET: a URL, a local HTML file, or FILE=URL\n  --block SITE: audit as if the person had blocked SITE';

interface Args {
  wait: number;
  screenshots: string | null;
  targets: string[];
  build: boolean;
  /** Sites to treat as blocked by the person (to check what a blocked site shows). */
  block: string[];
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { wait: 1500, screenshots: null, targets: [], build: true, block: [] };
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
async function stoppedLine(driver: ChromiumDriver, target: string, url: string, actual: string) {
  const onDangerPage = actual.startsWith(`${driver.extensionOrigin}/danger.html`);
  if (!onDangerPage && !actual.startsWith('chrome-error:') && !actual.startsWith(driver.extensionOrigin)) return null;
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
  driver: ChromiumDriver,
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
    if (args.screenshots) {
      mkdirSync(args.screenshots, { recursive: true });
      await page.screenshot(resolve(args.screenshots, `${String(index + 1).padStart(2, '0')}-${slug(url)}.png`));
    }
    return lineFor(raw, actual, badge, view);
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
  if (parsed.build || !existsSync(resolve(ROOT, '.output/chrome-mv3/manifest.json'))) {
    console.error('audit: building the extension…');
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const server = await startLoopbackServer();
  let driver: ChromiumDriver | null = null;
  let failed = false;
  try {
    driver = await launchChromium({ headless: true, passthrough: true });
    for (const site of parsed.block) await driver.send('setSiteStatus', { site, status: 'blocked' });
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
