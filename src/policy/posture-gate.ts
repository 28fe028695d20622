/**
 * The posture gate of an `enforce: posture` grant (issue #8). Pure.
 *
 * Each compiled rule of such a grant carries a `srcPosture` whose every posture requires the
 * grant's custom attribute (`custom:tp_<id> == true`), which Tailscale drops by itself at the
 * grant's expiry. A rule's own `srcPosture` replaces `defaultSrcPosture` (reference 5.7), and both
 * are "any of" lists, so nothing the rule would otherwise have required may be lost:
 *
 * - the rule has its own `srcPosture` [A, B]   → [tp-<id>-1 = A + attr, tp-<id>-2 = B + attr]
 * - else `defaultSrcPosture` is [D1, D2]        → [tp-<id>-1 = D1 + attr, tp-<id>-2 = D2 + attr]
 * - else                                        → [tp-<id> = attr]
 *
 * Numbers count the distinct postures a grant's rules build on, in order of first use. An empty
 * `srcPosture: []` is read as absent (the default then still applies): never fewer conditions.
 * A name that is not a defined posture is kept as it is, so validation reports it exactly as it
 * would without the gate, and nothing is pushed with a condition silently dropped.
 */
import { attributeCondition, attributeKey, grantId, POSTURE_PREFIX } from './posture-keys.js';

export interface GeneratedPosture {
  name: string;
  conditions: string[];
  /** The posture whose conditions it carries (undefined: only the attribute). */
  base?: string;
}

export interface BasePostures {
  /** The base policy's `postures` section (as merged). */
  postures: unknown;
  /** The base policy's `defaultSrcPosture`. */
  defaultSrcPosture: unknown;
}

export class GrantGate {
  readonly id: string;
  readonly key: string;
  private readonly generated = new Map<string, GeneratedPosture>();
  private attributeOnly: GeneratedPosture | undefined;

  constructor(
    readonly path: string,
    private readonly base: BasePostures,
  ) {
    this.id = grantId(path);
    this.key = attributeKey(path);
  }

  /**
   * The rule with its `srcPosture` replaced by the gated list. A malformed own `srcPosture` (not
   * a list of strings) is left as it is: validation rejects it, so the rule is never pushed.
   */
  gateRule(rule: Record<string, unknown>): Record<string, unknown> {
    const ownKey = Object.keys(rule).find((k) => k.toLowerCase() === 'srcposture');
    const own = ownKey === undefined ? undefined : rule[ownKey];
    if (own !== undefined && !isStringList(own)) return rule;
    const names = own !== undefined && own.length > 0 ? own : defaultList(this.base.defaultSrcPosture);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(rule)) if (k !== ownKey) out[k] = v;
    out['srcPosture'] = this.srcPosture(names);
    return out;
  }

  /** The postures the gated rules refer to, in the order they were first needed. */
  postures(): GeneratedPosture[] {
    return [...(this.attributeOnly ? [this.attributeOnly] : []), ...this.generated.values()];
  }

  private srcPosture(names: readonly string[]): string[] {
    const condition = attributeCondition(this.key);
    if (names.length === 0) {
      this.attributeOnly ??= { name: `${POSTURE_PREFIX}${this.id}`, conditions: [condition] };
      return [this.attributeOnly.name];
    }
    const out: string[] = [];
    for (const raw of names) {
      const name = raw.trim();
      const conditions = postureConditions(this.base.postures, name);
      if (!conditions) {
        out.push(name); // undefined or malformed: keep it, validation reports it
        continue;
      }
      let g = this.generated.get(name);
      if (!g) {
        g = {
          name: `${POSTURE_PREFIX}${this.id}-${this.generated.size + 1}`,
          conditions: [...conditions, condition],
          base: name,
        };
        this.generated.set(name, g);
      }
      if (!out.includes(g.name)) out.push(g.name);
    }
    return out;
  }
}

function isStringList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((s) => typeof s === 'string');
}

function defaultList(v: unknown): string[] {
  return isStringList(v) ? v : [];
}

function postureConditions(postures: unknown, name: string): string[] | undefined {
  if (postures === null || typeof postures !== 'object' || Array.isArray(postures)) return undefined;
  const conds = (postures as Record<string, unknown>)[name];
  return isStringList(conds) ? conds : undefined;
}
