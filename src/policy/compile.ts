/**
 * compile(policy/, grants/, now) → policy file + DNS settings + report (SPEC 2.1).
 *
 * Pure and deterministic: the same inputs give byte-identical output. Layers 1–3 of validation
 * for tailpolicy's own files happen here; the Tailscale-policy checks and the policy's tests run
 * on the result (src/validate/index.ts).
 */
import { buildAccess, checkAccessReferences, type AccessConfig, type ApprovalRules } from './access.js';
import { GrantGate } from './posture-gate.js';
import { isGeneratedPostureName } from './posture-keys.js';
import { buildDns, type DnsSettings } from './dns.js';
import { error, sortFindings, type Finding, type JsonPath, type Location, type Locator } from '../shared/findings.js';
import {
  buildGrant,
  checkGrant,
  duplicateGrants,
  grantState,
  rulesFor,
  type Grant,
  type GrantState,
  type MergeTime,
} from './grants.js';
import { isPlainObject, mergeFragments, runAt, type ListRun, type Policy, type PolicyOrigins } from './merge.js';
import {
  commentSafe,
  ParseBack,
  parsesBackTo,
  PolicyText,
  policyDigest,
  renderPolicy,
  ruleMarker,
  type ListComments,
  type RenderOptions,
} from './render.js';
import { formatOf, parseSource, type ParsedSource, type SourceText } from './source.js';
import { humanUtc } from '../shared/time.js';
import { dirList, scopeResources, within, type TargetScope } from './targets.js';

export interface CompileInput {
  /**
   * Repo-relative folder of the base policy, e.g. `policy`, or a target's fragment folders from
   * tailpolicy.yaml (SPEC 1.5), merged in the order given.
   */
  policyDir: string | readonly string[];
  policyFiles: readonly SourceText[];
  grantFiles: readonly SourceText[];
  now: Date;
  source?: { repository?: string; repositoryUrl?: string; commit?: string };
  /**
   * The caller needs only the text's length (check): the text is read back as it is written,
   * chunk by chunk, and not kept (a 10,000-grant policy's is 4.7 MB); `text` writes it again if
   * it is read.
   */
  textOnRead?: boolean;
  /** Grant paths to leave out, with the reason (e.g. merged without approval). */
  exclude?: ReadonlyMap<string, string>;
  /**
   * When each grant file reached the default branch (path -> time, or why that is not known),
   * gathered from the history at the edge; `duration` grants count from it. A `duration` grant
   * absent from the map has not merged: it is compiled as if it merged at `now`.
   */
  merges?: ReadonlyMap<string, MergeTime>;
  /** With tailpolicy.yaml: the target compiled, for the access rules per target (targets.ts). */
  scope?: TargetScope;
}

export interface GrantEntry {
  path: string;
  grant?: Grant;
  /** Undefined when the file is invalid. */
  state?: GrantState;
  /** Compiled into the policy: valid, active, not excluded. */
  included: boolean;
  excludedReason?: string;
  findings: Finding[];
}

export interface Compiled {
  now: Date;
  policy: Policy;
  /** The HuJSON text to push. */
  readonly text: string;
  /** Its length, in UTF-16 units (`text.length`), known without writing it again. */
  textLength: number;
  digest: string;
  dns?: DnsSettings;
  access: AccessConfig;
  grants: GrantEntry[];
  /** The next `starts` or `expires` after now: when the compiled policy next changes. */
  nextChange?: Date;
  /** Every finding, sorted by place. */
  findings: Finding[];
  /** True when the base policy (fragments, access.yaml, dns.yaml) has errors: nothing may be pushed. */
  baseErrors: boolean;
  locate: Locator;
  /** Which merged list entries were generated from which grant file. */
  generatedBy: Map<string, Map<number, string>>;
}

const RESERVED = ['dns', 'access'] as const;

/** The lists of grant files compileGrants has read before. */
const compiledLists = new WeakSet<readonly SourceText[]>();

/** The sections a grant's rules go to, in this order. */
const SECTIONS = ['grants', 'ssh'] as const;

/** The first half of compile: the base policy merged, access.yaml and dns.yaml, every grant judged. */
export interface GrantsCompiled {
  now: Date;
  /** The merged base policy, without the grants' rules (its groups are the compiled policy's). */
  policy: Policy;
  access: AccessConfig;
  dns?: DnsSettings;
  grants: GrantEntry[];
  baseFindings: Finding[];
  merged: ReturnType<typeof mergeFragments>;
}

/**
 * The grants and the rules that judge them, without rendering the policy: what the approval
 * lookup of apply and expire needs (they then compile in full once, with its answer).
 */
export function compileGrants(input: CompileInput): GrantsCompiled {
  const dirs = dirList(input.policyDir);
  // The folder each file is in: fragments merge folder by folder, in the order given, then by path.
  const rank = (path: string) => {
    const i = dirs.findIndex((d) => within(path, d));
    return i < 0 ? dirs.length : i;
  };
  const byPath = (a: SourceText, b: SourceText) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const byFolder = (a: SourceText, b: SourceText) => rank(a.path) - rank(b.path) || byPath(a, b);
  const baseFindings: Finding[] = [];

  const reserved: Record<(typeof RESERVED)[number], ParsedSource[]> = { dns: [], access: [] };
  const fragments: ParsedSource[] = [];
  for (const file of [...input.policyFiles].sort(byFolder)) {
    if (!formatOf(file.path)) continue;
    const parsed = parseSource(file);
    baseFindings.push(...parsed.findings);
    const dir = dirs[rank(file.path)];
    const rel = dir !== undefined && dir !== '.' ? file.path.slice(dir.length + 1) : file.path;
    const name = RESERVED.find((r) => new RegExp(`^${r}\\.(ya?ml|json|hujson)$`, 'i').test(rel));
    (name ? reserved[name] : fragments).push(parsed);
  }
  for (const name of RESERVED) {
    for (const extra of reserved[name].slice(1)) {
      baseFindings.push(
        error(
          'merge/duplicate',
          `${extra.path} duplicates ${reserved[name][0]!.path}; keep one ${name} file.`,
          extra.locate([]),
        ),
      );
    }
  }

  const merged = mergeFragments(fragments);
  baseFindings.push(...merged.findings);
  const built = buildAccess(reserved.access[0]);
  // With tailpolicy.yaml, only this target's resources; a grant of another's is told where it goes.
  const scoped = scopeResources(built.access, input.scope);
  const access = scoped.access;
  const accessFindings = [...built.findings, ...scoped.findings];
  // Another target's resource: seen in a shared access.yaml, else known from its own folder.
  const elsewhere = (resource: string) => {
    const seen = scoped.elsewhere.get(resource);
    if (seen || access.resources.has(resource) || !input.scope?.owners) return seen;
    const owner = input.scope.owners.get(resource);
    const home = input.scope.targets.find((t) => t.name === owner && owner !== input.scope!.name);
    return home ? { target: home.name, grantsDir: home.grantsDir } : undefined;
  };
  const { dns, findings: dnsFindings } = buildDns(reserved.dns[0]);
  baseFindings.push(...accessFindings, ...dnsFindings, ...checkAccessReferences(access, merged.policy));
  baseFindings.push(...reservedPostureNames(merged.policy, merged.origins));

  // The first time a list of grant files is compiled, what is read the fast way is not kept (see
  // parseSource); compiled again (checkRepository's bisection, apply after its approval lookup),
  // every file's reading is kept for the compiles after.
  const again = compiledLists.has(input.grantFiles);
  compiledLists.add(input.grantFiles);
  const grants = [...input.grantFiles]
    .filter((f) => /\.ya?ml$/i.test(f.path))
    .sort(byPath)
    .map((file): GrantEntry => {
      const parsed = parseSource(file, 'grant', again);
      const built = buildGrant(parsed, { merged: input.merges?.get(file.path), now: input.now });
      const findings = [...parsed.findings.filter((f) => !built.findings.includes(f)), ...built.findings];
      if (!built.grant) return { path: file.path, included: false, findings };
      const away = built.grant.resource !== undefined ? elsewhere(built.grant.resource) : undefined;
      if (away) findings.push(wrongTarget(built.grant, away, input.scope!));
      else findings.push(...checkGrant(built.grant, access, merged.policy, input.now));
      const state = grantState(built.grant, input.now);
      const excludedReason = input.exclude?.get(file.path);
      const valid = !findings.some((f) => f.severity === 'error');
      return {
        path: file.path,
        grant: built.grant,
        state,
        included: valid && state === 'active' && excludedReason === undefined,
        ...(excludedReason !== undefined ? { excludedReason } : {}),
        findings,
      };
    });
  const validGrants = grants
    .filter((g) => g.grant && !g.findings.some((f) => f.severity === 'error'))
    .map((g) => g.grant!);
  const duplicates = duplicateGrants(validGrants, input.now);
  for (const d of duplicates) grants.find((g) => g.path === d.location?.file)?.findings.push(d);
  return { now: input.now, policy: merged.policy, access, ...(dns ? { dns } : {}), grants, baseFindings, merged };
}

export function compile(input: CompileInput): Compiled {
  const { merged, access, dns, grants, baseFindings } = compileGrants(input);
  const { policy, generated, generatedBy } = addGrantRules(merged.policy, merged.origins, grants, access);
  const digest = policyDigest(policy);
  const rendering: RenderOptions = {
    repositoryUrl: input.source?.repositoryUrl,
    repository: input.source?.repository,
    commit: input.source?.commit,
    comments: listComments(policy, merged.origins, generated),
  };
  let text: string | undefined;
  let textLength = 0;
  let readBack = false;
  if (input.textOnRead) {
    // The text read back chunk by chunk as it is written, and only its length kept.
    const chunks = new PolicyText(policy, digest, rendering);
    readBack = new ParseBack(() => {
      const chunk = chunks.next();
      if (chunk !== undefined) textLength += chunk.length;
      return chunk;
    }).matches(policy);
  }
  if (!readBack) {
    text = renderPolicy(policy, digest, rendering);
    textLength = text.length;
    readBack = parsesBackTo(text, policy);
  }
  // What is pushed must be exactly what was validated (SPEC 4, properties 1 and 6).
  if (!readBack) {
    baseFindings.push(
      error(
        'render/mismatch',
        'The rendered policy text does not parse back to the policy that was validated (a file name or reason ' +
          'would change the pushed rules), so nothing will be pushed. Rename the file or folder with unusual ' +
          'characters, or report this to tailpolicy.',
        { file: dirList(input.policyDir)[0] ?? '.', line: 1, column: 1 },
      ),
    );
  }

  // The next start or end after now; only valid grants change the policy: an invalid one is
  // never compiled, whatever its window. The earliest, found in one pass (sorting every grant's
  // two times for the first was a twentieth of compiling 10,000 grants).
  let nextChange: Date | undefined;
  const after = input.now.getTime();
  for (const g of grants) {
    if (!g.grant || g.state === 'expired' || g.findings.some((f) => f.severity === 'error')) continue;
    for (const d of [g.grant.starts, g.grant.expires]) {
      if (d !== undefined && d.getTime() > after && (nextChange === undefined || d.getTime() < nextChange.getTime()))
        nextChange = d;
    }
  }

  return {
    now: input.now,
    policy,
    // Written again when it is read, if it was not kept: the same text (rendering is pure, and
    // nothing changes the compiled policy).
    get text() {
      return (text ??= renderPolicy(policy, digest, rendering));
    },
    textLength,
    digest,
    dns,
    access,
    grants,
    nextChange,
    findings: sortFindings([...baseFindings, ...grants.flatMap((g) => g.findings)]),
    baseErrors: baseFindings.some((f) => f.severity === 'error'),
    locate: merged.origins.locate,
    generatedBy,
  };
}

/** A grant of another target's resource, in this target's grants folder: where it belongs. */
function wrongTarget(grant: Grant, away: { target: string; grantsDir: string }, scope: TargetScope): Finding {
  const here = scope.targets.find((t) => t.name === scope.name)!.grantsDir;
  const rest = grant.path.startsWith(`${here}/`) ? grant.path.slice(here.length + 1) : grant.path.split('/').pop()!;
  return error(
    'grant/wrong-target',
    `Resource "${grant.resource}" lives in the tailnet of target "${away.target}", so its grants go in ` +
      `${away.grantsDir}/, not in ${here}/ ("${scope.name}"): move this file to ${away.grantsDir}/${rest}.`,
    grant.locate(['resource']),
  );
}

/**
 * Appends the rules of every included grant to `grants` / `ssh`, in grant-path order, with the
 * grantees as `src`, a comment naming the grant, and an origin pointing back at the files.
 */
function addGrantRules(
  base: Policy,
  origins: PolicyOrigins,
  grants: readonly GrantEntry[],
  access: AccessConfig,
): {
  policy: Policy;
  /** Each section's generated rules, one run per grant, in order. */
  generated: Map<string, GrantRules[]>;
  generatedBy: Map<string, Map<number, string>>;
} {
  const policy: Policy = { ...base };
  const generated = new Map<string, GrantRules[]>();
  const generatedBy = new Map<string, Map<number, string>>();
  for (const entry of grants) {
    if (!entry.included || !entry.grant) continue;
    const g = entry.grant;
    const resource = g.resource !== undefined ? access.resources.get(g.resource) : undefined;
    // The file the rules come from: the resource in access.yaml, or the grant's own inline rules;
    // its paths start at [section, j].
    const from = resource ? resource.locate : g.locate;
    // enforce: posture — every rule also requires the grant's own custom attribute (issue #8).
    const enforcing = rulesFor(g, access);
    const gate =
      enforcing?.enforce === 'posture'
        ? new GrantGate(g.path, { postures: base.postures, defaultSrcPosture: base.defaultSrcPosture })
        : undefined;
    for (const section of SECTIONS) {
      const rules = resource ? resource[section] : (g.inline?.[section] ?? []);
      if (rules.length === 0) continue;
      // Copy each base list once, then append: copying per grant made compile quadratic.
      if (policy[section] === base[section]) policy[section] = [...((base[section] as unknown[] | undefined) ?? [])];
      const list = policy[section] as unknown[];
      const first = list.length;
      let gen = generatedBy.get(section);
      if (gen === undefined) generatedBy.set(section, (gen = new Map<number, string>()));
      for (let j = 0; j < rules.length; j++) {
        const rule = rules[j]!;
        const plain = section === 'ssh' ? sshRule(rule, g.grantees) : { src: g.grantees, ...rule };
        gen.set(list.length, g.path);
        list.push(gate ? gate.gateRule(plain) : plain);
      }
      // One record for the grant's rules in the section: their origin, and (made when the text is
      // rendered) the note for people and the marker that lets a later run find exactly these
      // rules in the live policy (by path, count and content) and take them out.
      const run = new GrantRules(first, list.length, section, g, from, gate, gate ? enforcing : undefined);
      origins.addRun([section], run);
      let runs = generated.get(section);
      if (runs === undefined) generated.set(section, (runs = []));
      runs.push(run);
    }
    if (gate) addGatePostures(policy, origins, gate, enforcing!.locate);
  }
  return { policy, generated, generatedBy };
}

/**
 * The rules one grant adds to one section (entries `start` to `end - 1`): where each part of them
 * came from, and the comment lines above them. An object per grant and section, with methods: a
 * closure per rule, with its key in the origins' map, was a tenth of a 10,000-grant check's memory.
 */
class GrantRules implements ListRun {
  constructor(
    readonly start: number,
    readonly end: number,
    private readonly section: (typeof SECTIONS)[number],
    private readonly grant: Grant,
    /** The file the rules come from (access.yaml's resource, or the grant's inline rules), from [section, j]. */
    private readonly from: Locator,
    private readonly gate: GrantGate | undefined,
    /** With a gate: the rules that enforce it (their `enforce` key). */
    private readonly enforcing: ApprovalRules | undefined,
  ) {}

  /** `[j, ...rest]`: the rule j of the run, and the path in it. */
  locate(path: JsonPath, opts?: { key?: boolean }): Location | undefined {
    const j = path[0] as number;
    const field = path[1];
    if (field === 'src') return this.grant.locate(['grantees'], opts);
    if (this.gate && field === 'srcPosture')
      return this.from([this.section, j, 'srcPosture'], opts) ?? this.enforcing!.locate(['enforce'], opts);
    return this.from([this.section, j, ...path.slice(1)], opts);
  }

  /** The note naming the grant, and the marker of its rules in `list` (the section's rules). */
  comments(list: readonly unknown[]): string[] {
    return [grantComment(this.grant, this.gate?.key), ruleMarker(this.grant.path, list.slice(this.start, this.end))];
  }
}

/** Adds the gate's postures to `postures`; copied conditions point back at the posture they came from. */
function addGatePostures(policy: Policy, origins: PolicyOrigins, gate: GrantGate, rulesLocate: Locator): void {
  const generated = gate.postures();
  if (generated.length === 0) return;
  const postures: Record<string, unknown> = isPlainObject(policy.postures) ? { ...policy.postures } : {};
  for (const p of generated) {
    postures[p.name] = p.conditions;
    const copied = p.conditions.length - 1;
    origins.set(['postures', p.name], (rest, opts) =>
      p.base !== undefined && typeof rest[0] === 'number' && rest[0] < copied
        ? origins.locate(['postures', p.base, ...rest], opts)
        : rulesLocate(['enforce'], opts),
    );
  }
  policy.postures = postures;
}

/** Posture names that enforce: posture generates are reserved: the base policy may not define them. */
function reservedPostureNames(policy: Policy, origins: PolicyOrigins): Finding[] {
  if (!isPlainObject(policy.postures)) return [];
  return Object.keys(policy.postures)
    .filter(isGeneratedPostureName)
    .map((name) =>
      error(
        'posture/reserved-name',
        `"${name}" has the form of the postures tailpolicy generates for "enforce: posture" grants (posture:tp-<id>). Rename it.`,
        origins.locate(['postures', name], { key: true }),
      ),
    );
}

function sshRule(rule: Record<string, unknown>, grantees: string[]): Record<string, unknown> {
  const { action, ...rest } = rule;
  return action === undefined ? { src: grantees, ...rest } : { action, src: grantees, ...rest };
}

function grantComment(g: Grant, attribute?: string): string {
  const from = g.starts ?? g.duration?.mergedAt;
  const window = `${from ? humanUtc(from) : 'now'} until ${humanUtc(g.expires)}${g.duration ? ` (${g.duration.text} from merge)` : ''}`;
  const what = g.resource ?? 'inline rules';
  const ticket = g.ticket ? ` [${g.ticket}]` : '';
  const gate = attribute ? ` (expiry enforced by ${attribute})` : '';
  return commentSafe(
    `grant ${g.path}: ${g.grantees.join(', ')} -> ${what}, ${window}${ticket}${gate}: ${g.reason}`,
    300,
  );
}

/**
 * The comments above list entries: `// policy/file.hujson` above each run of base entries from one
 * fragment, and each grant's note and marker above its generated rules.
 */
function listComments(
  policy: Policy,
  origins: PolicyOrigins,
  generated: ReadonlyMap<string, readonly GrantRules[]>,
): Map<string, ListComments> {
  const out = new Map<string, ListComments>();
  for (const [section, value] of Object.entries(policy)) {
    if (!Array.isArray(value)) continue;
    const runs = generated.get(section);
    // Generated entries are appended after the base ones, in order: the first run starts after the base.
    const baseCount = runs?.[0]?.start ?? value.length;
    let files: Map<number, readonly string[]> | undefined;
    let previous: string | undefined;
    for (let i = 0; i < baseCount; i++) {
      const file = origins.fileOf([section, i]);
      if (file && file !== previous) (files ??= new Map()).set(i, [file]);
      previous = file;
    }
    if (runs === undefined || runs.length === 0) {
      if (files) out.set(section, files);
      continue;
    }
    const base = files;
    out.set(section, {
      get: (i) => {
        if (i < baseCount) return base?.get(i);
        const run = runAt(runs, i);
        return run?.start === i ? run.comments(value) : undefined;
      },
    });
  }
  return out;
}
