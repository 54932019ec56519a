import bundledMeta from '../../lib/reputation/data/bundled-lists.meta.json';

// The manifest for both targets. Every permission here is listed, with its reason, in the README's
// permissions table; a permission no feature uses does not belong here.

/** The public half of the key that pins the Chrome extension id (eaiopmneipmeakcfpngkebnffpkmilde), so that
 * administrators can address the extension in browser policy. The private half is not needed and not kept. */
export const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAoEarP8VmcNLMd6QzD5pjgoWIblgZA9JIpNsmz8k+3MtWL8pIITsKCrrjhtZOWdg/xfd50cPJTlAmQ1I26JfWHWbfcAaCkZmBw60Rm7uhfPyyDMnTArjHHO7a/LnjXSXEpkSRxE9DyCDqZmfOEJ/d1KraYdMFQvovqiJZA7593paBFayKQOWPKs20Eqgx8OQkGHIqmCB68vPeDmBsaxNdCPWHlC201S2Q4CPxY9e1ElK/PdNVOsPH/4zdXhTRxqUCwKeTZ82m2eZZasDdMCAHPFyFWyU2GTw0dp9sThn4soTB4yEYeidoxGh/E7T+Ajg9yioympspIKOkBO6Mk3PSwQIDAQAB';
export const CHROME_EXTENSION_ID = 'eaiopmneipmeakcfpngkebnffpkmilde';
export const FIREFOX_EXTENSION_ID = 'jaga-data@jagadata.example';

/** Extension pages load only our own code; list sources may be downloaded over https (or loopback, for a
 * source served from the same machine). Nothing may frame our pages. */
export const EXTENSION_PAGES_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "connect-src 'self' https: http://127.0.0.1:* http://localhost:*; object-src 'none'; base-uri 'none'; " +
  "form-action 'none'; frame-ancestors 'none'";

/** Opens the popup from the keyboard (named in the notice, so keyboard users can reach every action there). */
export const POPUP_SHORTCUT = 'Alt+Shift+J';

/** The bundled lists' ids, each a declarativeNetRequest ruleset in Chrome (scripts/data/reputation.mjs writes them). */
export const DNR_LIST_IDS: readonly string[] = bundledMeta.lists.map((l) => l.id);

export function buildManifest(browser: string): Record<string, unknown> {
  const isFirefox = browser === 'firefox';
  // Stopping a dangerous site before any request reaches it (entrypoints/background/blocking.ts): Chrome by
  // declarativeNetRequest rules, Firefox by a blocking webRequest listener (which MV3 Firefox still offers).
  const stopBeforeSent = isFirefox ? ['webRequest', 'webRequestBlocking'] : ['declarativeNetRequest'];
  // Observed sends (entrypoints/background/sends.ts): a non-blocking webRequest listener with request bodies, only
  // on tabs where a recognised value was typed. Firefox already has `webRequest` for the blocking listener.
  const observeSends = isFirefox ? [] : ['webRequest'];
  return {
    name: '__MSG_extName__',
    short_name: 'Jaga Data',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'scripting', 'webNavigation', 'alarms', ...stopBeforeSent, ...observeSends],
    host_permissions: ['<all_urls>'],
    action: { default_title: '__MSG_extName__' },
    commands: { _execute_action: { suggested_key: { default: POPUP_SHORTCUT } } },
    content_scripts: [
      // A tiny bootstrap on every page and frame: it waits for the page, asks once whether there is any form
      // control, and only then has the background inject the scanner. See entrypoints/bootstrap.ts.
      // about:blank, srcdoc, blob: and data: documents (frames and pop-ups) have no address of their own to
      // match; they are entered by the origin that made them, so a form cannot hide in one.
      {
        matches: ['<all_urls>'],
        js: ['bootstrap.js'],
        run_at: 'document_start',
        all_frames: true,
        match_about_blank: true,
        match_origin_as_fallback: true,
      },
    ],
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    ...(isFirefox
      ? {
          browser_specific_settings: {
            gecko: {
              id: FIREFOX_EXTENSION_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android learned data_collection_permissions in 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          key: CHROME_PUBLIC_KEY,
          minimum_chrome_version: '120',
          storage: { managed_schema: 'managed-schema.json' },
          declarative_net_request: {
            rule_resources: DNR_LIST_IDS.map((id) => ({ id, enabled: true, path: `data/dnr/${id}.json` })),
          },
        }),
  };
}
