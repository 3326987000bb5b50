/**
 * The tablet's translator: the small part of i18next's behaviour the client
 * uses (dotted keys, `{{name}}` interpolation without escaping, `_one`/`_other`
 * plurals by `count`, `defaultValue`, fallback to bokmål, `exists`,
 * `addResourceBundle`, `changeLanguage`). The /join build aliases `i18next` to
 * this module (vite.config.ts) so a tablet does not download i18next; host and
 * screen keep i18next. Same keys, same strings: the bundles in ../nb.ts etc.
 */
type Tree = { [key: string]: string | Tree };
type Options = { count?: number; defaultValue?: string; [name: string]: unknown };
type Listener = () => void;

const FALLBACK = "nb";
const resources: Record<string, Tree> = {};
const listeners = new Set<Listener>();
const pluralRules = new Map<string, Intl.PluralRules>();

function lookup(lng: string, key: string): string | undefined {
  let node: string | Tree | undefined = resources[lng];
  for (const part of key.split(".")) {
    if (node === undefined || typeof node === "string") return undefined;
    node = node[part];
  }
  return typeof node === "string" ? node : undefined;
}

function pluralSuffix(lng: string, count: number): string {
  let rules = pluralRules.get(lng);
  if (!rules) {
    rules = new Intl.PluralRules(lng);
    pluralRules.set(lng, rules);
  }
  return rules.select(count);
}

function find(key: string, options?: Options): string | undefined {
  for (const lng of translator.language === FALLBACK ? [FALLBACK] : [translator.language, FALLBACK]) {
    if (typeof options?.count === "number") {
      const plural = lookup(lng, `${key}_${pluralSuffix(lng, options.count)}`);
      if (plural !== undefined) return plural;
    }
    const plain = lookup(lng, key);
    if (plain !== undefined) return plain;
  }
  return undefined;
}

function interpolate(text: string, options?: Options): string {
  if (!options) return text;
  return text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) => (options[name] === undefined ? whole : String(options[name])));
}

function merge(target: Tree, source: Tree): void {
  for (const [k, v] of Object.entries(source)) {
    const existing = target[k];
    if (typeof v === "object" && v !== null && typeof existing === "object") merge(existing, v);
    else target[k] = typeof v === "object" && v !== null ? structuredClone(v) : v;
  }
}

export type TFunction = (key: string, options?: Options) => string;

const t: TFunction = (key, options) => interpolate(find(key, options) ?? options?.defaultValue ?? key, options);

export const translator = {
  language: FALLBACK,
  get resolvedLanguage(): string {
    return translator.language;
  },
  t,
  use(_plugin: unknown) {
    return translator;
  },
  init(config: { resources?: Record<string, { translation: object }>; lng?: string }) {
    for (const [lng, bundle] of Object.entries(config.resources ?? {})) {
      resources[lng] = {};
      merge(resources[lng], bundle.translation as Tree);
    }
    translator.language = config.lng ?? FALLBACK;
    listeners.forEach((l) => l());
    return Promise.resolve(t);
  },
  changeLanguage(lng: string) {
    translator.language = lng;
    listeners.forEach((l) => l());
    return Promise.resolve(t);
  },
  addResourceBundle(lng: string, _ns: string, bundle: object, _deep?: boolean, _overwrite?: boolean) {
    resources[lng] ??= {};
    merge(resources[lng], bundle as Tree);
    listeners.forEach((l) => l());
    return translator;
  },
  exists(key: string, options?: Options): boolean {
    return find(key, options) !== undefined;
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export default translator;
