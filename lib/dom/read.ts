// Reading a page's DOM so that the page's own markup cannot answer in its place. A form exposes its controls
// as properties named after them, and those win over the built-in ones: with `<input name="action">` inside,
// `form.action` is that input, and with `<input name="getAttribute">` `form.getAttribute(...)` throws. A
// document does the same for `<form name>`, `<img name>`, `<iframe name>` and `<embed>`/`<object>`
// (`document.querySelector` can be an image). So every DOM property of a page node is read with the getter
// the interface defines on its prototype, and every method is called as the prototype's function.
//
// Pure: nothing here names a browser global; the accessors are found on the node's own prototype chain (which
// named properties never touch: they are the instance's own properties), so nodes of same-origin frames, of
// the content script's isolated world (Chrome) or of Xray wrappers (Firefox), and happy-dom's all work.

type Accessor = (this: unknown, ...args: unknown[]) => unknown;

/** Per prototype, the accessor found for each name (null: the chain has no such member), getters and methods apart
 * (one table keyed `()name` for methods cost a string concatenation per call; onChain was a tenth of the
 * extension's self time in `npm run bench:profile`). */
const foundGetters = new WeakMap<object, Map<PropertyKey, Accessor | null>>();
const foundMethods = new WeakMap<object, Map<PropertyKey, Accessor | null>>();

function onChain(proto: object, name: PropertyKey, want: 'get' | 'method'): Accessor | null {
  const found = want === 'get' ? foundGetters : foundMethods;
  let byName = found.get(proto);
  if (!byName) found.set(proto, (byName = new Map()));
  let fn = byName.get(name);
  if (fn === undefined) {
    fn = null;
    for (let p: object | null = proto; p; p = Object.getPrototypeOf(p) as object | null) {
      // A window's named properties sit on its chain (between Window.prototype and EventTarget.prototype):
      // what is not the kind of member asked for is passed over.
      const d = Object.getOwnPropertyDescriptor(p, name);
      const member = want === 'get' ? d?.get : typeof d?.value === 'function' ? d.value : undefined;
      if (!member) continue;
      fn = member as Accessor;
      break;
    }
    byName.set(name, fn);
  }
  return fn;
}

/**
 * `obj[name]` as the interface defines it. Members the platform puts on the instance itself
 * ([LegacyUnforgeable] ones such as `document.location`) are accessors there, which named properties never are.
 * A method is the prototype's function; a name the chain does not define is read as is (a plain field in a DOM
 * emulation).
 */
export function get<O extends object, K extends keyof O>(obj: O, name: K): O[K] {
  const proto = Object.getPrototypeOf(obj) as object | null;
  const getter = proto ? onChain(proto, name, 'get') : null;
  if (getter) return getter.call(obj) as O[K];
  const own = Object.getOwnPropertyDescriptor(obj, name);
  if (own?.get) return own.get.call(obj) as O[K];
  // A method looked up as a value (`typeof doc.evaluate === 'function'`), or a constant: the chain's own.
  const method = proto ? onChain(proto, name, 'method') : null;
  if (method) return method as O[K];
  return obj[name];
}

type Method<O, K extends keyof O> = O[K] extends (...args: infer A) => infer R ? { args: A; result: R } : never;

/** `obj[name](...args)` with the prototype's function, whatever the page named its controls. */
export function call<O extends object, K extends keyof O>(
  obj: O,
  name: K,
  ...args: Method<O, K>['args']
): Method<O, K>['result'] {
  const proto = Object.getPrototypeOf(obj) as object | null;
  const fn = (proto ? onChain(proto, name, 'method') : null) ?? ownFunction(obj, name);
  if (!fn) throw new TypeError(`no method ${String(name)}`);
  return fn.apply(obj, args) as Method<O, K>['result'];
}

/** A plain field holding a function (a DOM emulation may define methods on the instance). */
function ownFunction(obj: object, name: PropertyKey): Accessor | null {
  const own = Object.getOwnPropertyDescriptor(obj, name);
  return own && typeof own.value === 'function' ? (own.value as Accessor) : null;
}

/** The host of a shadow root; null for a document (whose `host` would be a named element, not a property). */
export function shadowHost(root: Node): Element | null {
  return get(root, 'nodeType') === 11 ? (get(root as ShadowRoot, 'host') ?? null) : null;
}
