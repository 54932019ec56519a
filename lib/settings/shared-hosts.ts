// Hosts that serve many unrelated owners although the public suffix list does not name them (Google Sites, link
// shorteners…): no trust, block or pause rule may name one of them whole (lib/settings/rule-key.ts). Empty here;
// the shared-hosts data file fills it.
export const SHARED_HOSTS: readonly string[] = [];
