// Hosts that serve many unrelated owners although the public suffix list does not name them (Google Sites, link
// shorteners, site builders…): no trust, block or pause rule may name one of them whole (lib/settings/rule-key.ts).
// They come from the one shared-hosts data file the reputation build also reads (lib/reputation/list-scope.mjs).
// 'path' hosts keep owners in the path (no rule can name one owner); 'subdomain' hosts give owners a subdomain
// (the rule names that subdomain). 'parent' entries are provider domains above such hosts (google.com,
// windows.net): a list entry may not name them whole, but a person trusting google.com means Google itself.
import data from '../reputation/data/shared-hosts.json';
import { sharedHostIndex, type SharedHostRow } from '../reputation/list-scope.mjs';

export const SHARED_HOSTS: readonly string[] = data.hosts.filter((h) => h.kind !== 'parent').map((h) => h.host);

/** Every shared host with its kind, for the list-scope rules (lib/reputation/list-scope.mjs). */
export const SHARED_HOST_INDEX = sharedHostIndex(data as { hosts: SharedHostRow[] });
