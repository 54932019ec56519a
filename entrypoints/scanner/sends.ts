// Observed sends, the page's side: each recognised value is turned, at once, into a keyed digest of its
// normalised form (lib/sends), and only the kind and the digest go to the background, with this page's random
// key. The key lives in this script's memory for as long as the page does; values are never kept or sent.
import { sendsChannel } from '../../lib/messaging/sends-channel';
import type { FieldKind } from '../../lib/kinds/field-kinds';
// Direct imports, not the lib/sends index: the index also brings the background's request parsing and site
// classification (the public suffix list), which have no place in the script injected into every form frame.
import { KEY_BYTES, keyedDigest, type Digest } from '../../lib/sends/keyed-digest';
import { holdDigest, type HeldDigest } from '../../lib/sends/digest-message';
import { normaliseSent } from '../../lib/sends/normalise';
import { shapeOf } from '../../lib/sends/shape';

export interface SendWatch {
  /** The field most recently holding a recognised value (where the notice of a send is shown). */
  lastField(): Element | null;
  note(el: Element, kind: FieldKind, value: string): void;
}

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

export function startSendWatch(): SendWatch {
  // Plain-HTTP pages have no crypto.subtle (secure contexts only): keyedDigest then uses its plain HMAC.
  const subtle = globalThis.crypto?.subtle;
  const key = crypto.getRandomValues(new Uint8Array(KEY_BYTES));
  let digester: Promise<Digest> | null = null;
  const digests = new Map<string, HeldDigest>();
  let last: WeakRef<Element> | null = null;

  const channel = sendsChannel();
  const tell = () =>
    channel.post({
      key: hex(key!),
      digests: [...digests].map(([digest, { kind, shape }]) => ({ kind, digest, shape })),
    });

  return {
    lastField: () => last?.deref() ?? null,
    note(el, kind, value) {
      const normalised = normaliseSent(value);
      if (normalised === null) return;
      last = new WeakRef(el);
      digester ??= keyedDigest(subtle, key);
      void digester
        .then((digest) => digest(normalised))
        .then((d) => {
          // The oldest go first: a page cannot make us hold more than MAX_DIGESTS.
          if (holdDigest(digests, d, { kind, shape: shapeOf(normalised) })) tell();
        })
        .catch(() => undefined);
    },
  };
}
