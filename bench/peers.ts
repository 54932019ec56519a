// Extensions people already run, measured beside Jaga Data in Firefox ESR. They come from Debian packages (the bench
// installs nothing): each package unpacks the add-on into a directory with its manifest.json; we find it by the
// add-on's id, so a different install location still works, and report "not installed" when it is missing.
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Peer {
  /** Short key used in result rows. */
  key: string;
  name: string;
  debianPackage: string;
  geckoIds: string[];
}

export const PEERS: Peer[] = [
  {
    key: 'ublock',
    name: 'uBlock Origin',
    debianPackage: 'webext-ublock-origin-firefox',
    geckoIds: ['uBlock0@raymondhill.net'],
  },
  {
    key: 'badger',
    name: 'Privacy Badger',
    debianPackage: 'webext-privacy-badger',
    geckoIds: ['jid1-MnnxcxisBPnSXQ@jetpack'],
  },
  {
    key: 'keepassxc',
    name: 'KeePassXC-Browser',
    debianPackage: 'webext-keepassxc-browser',
    geckoIds: ['keepassxc-browser@keepassxc.org'],
  },
];

// Where Debian's webext-* packages put unpacked add-ons (the add-on itself, and the per-application links to it).
const ROOTS = [
  '/usr/share/webext',
  '/usr/share/mozilla/extensions/{ec8030f7-c20a-464f-9b0e-13a3a9e97384}',
  '/usr/lib/mozilla/extensions/{ec8030f7-c20a-464f-9b0e-13a3a9e97384}',
  '/usr/lib/firefox-esr/browser/extensions',
];

function geckoId(manifestPath: string): string | undefined {
  try {
    const m = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
      browser_specific_settings?: { gecko?: { id?: string } };
      applications?: { gecko?: { id?: string } };
    };
    return m.browser_specific_settings?.gecko?.id ?? m.applications?.gecko?.id;
  } catch {
    return undefined;
  }
}

/** Unpacked add-on directories under the known roots (two levels deep), by add-on id. */
function installedAddons(): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (dir: string, depth: number) => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    if (names.includes('manifest.json')) {
      const id = geckoId(join(dir, 'manifest.json'));
      if (id && !found.has(id)) found.set(id, realpathSync(dir));
      return;
    }
    if (depth === 0) return;
    for (const name of names) {
      const path = join(dir, name);
      try {
        if (statSync(path).isDirectory()) visit(path, depth - 1);
      } catch {
        /* dangling link */
      }
    }
  };
  for (const root of ROOTS) if (existsSync(root)) visit(root, 2);
  return found;
}

/** Each peer with its unpacked directory, or null when its package is not installed. */
export function findPeers(): Array<Peer & { dir: string | null }> {
  const addons = installedAddons();
  return PEERS.map((p) => ({ ...p, dir: p.geckoIds.map((id) => addons.get(id)).find(Boolean) ?? null }));
}
