/**
 * tailpolicy.yaml (SPEC 1.5): several tailnets from one repository. Pure: the file's text in,
 * the targets and findings out; whether the folders exist is asked by the caller (src/repo.ts).
 *
 * Without the file the repository is one tailnet, from the `policy-dir` and `grants-dir` inputs:
 * `singleTarget` gives that layout the same shape, so the modes handle one kind of thing.
 */
import { UserError } from '../shared/errors.js';
import type { AccessConfig, Resource } from './access.js';
import { error, type Finding, type JsonPath, type Location, type Locator } from '../shared/findings.js';
import type { TargetsDoc } from './schemas.js';
import { validateShape } from './shape.js';
import { parseSource, type SourceText } from './source.js';

/** The file's name at the repository's root. */
export const TARGETS_FILE = 'tailpolicy.yaml';

export interface Target {
  /** The entry's name in tailpolicy.yaml; undefined for the one tailnet of a repository without the file. */
  name?: string;
  /** The API's tailnet name or "-"; undefined without tailpolicy.yaml (the `tailnet` input decides). */
  tailnet?: string;
  /** Fragment folders, merged in this order, without trailing slashes. */
  policyDirs: string[];
  grantsDir: string;
  /** Where the entry is written, for messages (undefined without tailpolicy.yaml). */
  locate?: Locator;
  /** With tailpolicy.yaml: this target among all of them, for the access rules per target. */
  scope?: TargetScope;
}

/** What the compiler needs of tailpolicy.yaml: the target it compiles, and every target's folders. */
export interface TargetScope {
  name: string;
  targets: ReadonlyArray<{ name: string; policyDirs: readonly string[]; grantsDir: string }>;
  /**
   * The resources of every target's access.yaml as the working tree has them (resource -> its
   * target), read at the edge, so a grant of a resource this target never reads is still told
   * which grants folder it belongs in.
   */
  owners?: ReadonlyMap<string, string>;
}

/** Every target's resources and the target each lives in, from the access files' texts (see TargetScope.owners). */
export function resourceOwners(
  targets: ReadonlyArray<{ name: string; policyDirs: readonly string[] }>,
  accessFiles: readonly SourceText[],
): Map<string, string> {
  const owners = new Map<string, string>();
  for (const file of accessFiles) {
    const doc = parseSource(file).value as { resources?: Record<string, { tailnet?: unknown }> } | undefined;
    if (!doc || typeof doc !== 'object' || !doc.resources || typeof doc.resources !== 'object') continue;
    const readers = targets.filter((t) => t.policyDirs.some((d) => within(file.path, d)));
    for (const [name, r] of Object.entries(doc.resources)) {
      const owner = typeof r?.tailnet === 'string' ? r.tailnet : readers.length === 1 ? readers[0]!.name : undefined;
      if (owner !== undefined && !owners.has(name)) owners.set(name, owner);
    }
  }
  return owners;
}

/**
 * Access rules per target (SPEC 1.3, 1.5): a resource lives in exactly one tailnet, the one its
 * `tailnet:` names, else the one target whose fragment folders hold its access.yaml. The
 * resources of other targets are taken out of this target's access (their tags need not exist
 * here), and kept aside so a grant of one in this target's folder is told where it belongs.
 * Without tailpolicy.yaml, `tailnet:` is an error.
 */
export function scopeResources(
  access: AccessConfig,
  scope: TargetScope | undefined,
): { access: AccessConfig; elsewhere: Map<string, { target: string; grantsDir: string }>; findings: Finding[] } {
  const findings: Finding[] = [];
  const elsewhere = new Map<string, { target: string; grantsDir: string }>();
  if (!scope) {
    for (const r of access.resources.values()) {
      if (r.tailnet === undefined) continue;
      findings.push(
        error(
          'access/tailnet-without-targets',
          `"tailnet: ${r.tailnet}" names a target of ${TARGETS_FILE}, and this repository has none (it is one ` +
            'tailnet): remove it.',
          r.locate(['tailnet']),
        ),
      );
    }
    return { access, elsewhere, findings };
  }
  const file = access.path;
  const names = scope.targets.map((t) => t.name);
  // The targets that read this access.yaml: more than one when it is in a shared folder.
  const readers = file === undefined ? [] : scope.targets.filter((t) => t.policyDirs.some((d) => within(file, d)));
  const resources = new Map<string, Resource>();
  for (const [name, r] of access.resources) {
    if (r.tailnet !== undefined && !names.includes(r.tailnet)) {
      findings.push(
        error(
          'access/unknown-tailnet',
          `"tailnet": "${r.tailnet}" is not a target of ${TARGETS_FILE}; use one of ${names.join(', ')}.`,
          r.locate(['tailnet']),
        ),
      );
      resources.set(name, r);
      continue;
    }
    if (r.tailnet === undefined && readers.length > 1) {
      findings.push(
        error(
          'access/shared-resource',
          `Resource "${name}" is in ${file}, which targets ${readers.map((t) => t.name).join(' and ')} share, and ` +
            `a resource lives in one tailnet: add "tailnet: ${readers[0]!.name}" (or another of them) to it, or move ` +
            "it to that target's own folder.",
          r.locate([], { key: true }),
        ),
      );
      resources.set(name, r);
      continue;
    }
    const owner = r.tailnet ?? scope.name;
    if (owner === scope.name) {
      resources.set(name, r);
      continue;
    }
    const home = scope.targets.find((t) => t.name === owner)!;
    if (!readers.some((t) => t.name === owner)) {
      findings.push(
        error(
          'access/unreachable-resource',
          `Resource "${name}" says "tailnet: ${owner}", but ${file} is not in a fragment folder of "${owner}" ` +
            `(${home.policyDirs.join(', ')}), so "${owner}" never reads it. Move it to one of those folders.`,
          r.locate(['tailnet']),
        ),
      );
    }
    elsewhere.set(name, { target: owner, grantsDir: home.grantsDir });
  }
  return { access: { ...access, resources }, elsewhere, findings };
}

export interface Layout {
  /** True when tailpolicy.yaml defines the targets. */
  multi: boolean;
  targets: Target[];
}

/** The repository without tailpolicy.yaml: one tailnet from policy/ and grants/ (or the inputs' folders). */
export function singleTarget(policyDir: string, grantsDir: string): Layout {
  return { multi: false, targets: [{ policyDirs: [trimDir(policyDir)], grantsDir: trimDir(grantsDir) }] };
}

/** A policy folder setting as a list of folders without trailing slashes. */
export function dirList(policyDir: string | readonly string[]): string[] {
  return (typeof policyDir === 'string' ? [policyDir] : policyDir).map(trimDir);
}

export function trimDir(dir: string): string {
  return dir.replace(/\/+$/, '') || '.';
}

/** Is `path` the folder `dir` or inside it? */
export function within(path: string, dir: string): boolean {
  return dir === '.' || path === dir || path.startsWith(dir + '/');
}

export interface ParsedTargets {
  targets: Target[];
  findings: Finding[];
  /** Where a path of the document is written (for the caller's own findings, e.g. a missing folder). */
  locate: Locator;
}

/**
 * Parses tailpolicy.yaml and checks what the schema cannot: two targets sharing (or nesting) a
 * grants folder, a grants folder inside a fragment folder, two targets naming one tailnet.
 */
export function parseTargets(src: SourceText): ParsedTargets {
  const parsed = parseSource(src);
  const findings = [...parsed.findings];
  if (parsed.value === undefined && findings.length > 0) return { targets: [], findings, locate: parsed.locate };
  findings.push(...validateShape('targets', parsed.value, parsed.locate));
  if (findings.some((f) => f.severity === 'error')) return { targets: [], findings, locate: parsed.locate };
  const doc = parsed.value as TargetsDoc;
  const at = (path: JsonPath): Location => parsed.locate(path) ?? { file: src.path, line: 1, column: 1 };
  const targets: Target[] = Object.entries(doc.tailnets).map(([name, entry]) => ({
    name,
    tailnet: entry.tailnet,
    policyDirs: (typeof entry.policy === 'string' ? [entry.policy] : entry.policy).map(trimDir),
    grantsDir: trimDir(entry.grants),
    locate: (path, opts) => parsed.locate(['tailnets', name, ...path], opts),
  }));
  const all = targets.map(({ name, policyDirs, grantsDir }) => ({ name: name!, policyDirs, grantsDir }));
  for (const t of targets) t.scope = { name: t.name!, targets: all };

  for (const [i, t] of targets.entries()) {
    for (const other of targets.slice(0, i)) {
      if (within(t.grantsDir, other.grantsDir) || within(other.grantsDir, t.grantsDir)) {
        const same = t.grantsDir === other.grantsDir;
        findings.push(
          error(
            'targets/shared-grants',
            `Targets "${other.name}" and "${t.name}" ${same ? 'share the grants folder' : 'have nested grants folders'} ` +
              `${t.grantsDir}${same ? '' : ` and ${other.grantsDir}`}: a grant must change one tailnet only. ` +
              `Give "${t.name}" a folder of its own, e.g. grants/${t.name}.`,
            at(['tailnets', t.name!, 'grants']),
            at(['tailnets', other.name!, 'grants']),
          ),
        );
      }
      if (t.tailnet !== '-' && t.tailnet === other.tailnet) {
        findings.push(
          error(
            'targets/same-tailnet',
            `Targets "${other.name}" and "${t.name}" both push to tailnet ${t.tailnet}, and would overwrite ` +
              "each other's policy. Merge them into one target, or name the right tailnet.",
            at(['tailnets', t.name!, 'tailnet']),
            at(['tailnets', other.name!, 'tailnet']),
          ),
        );
      }
    }
    for (const other of targets) {
      for (const [j, dir] of other.policyDirs.entries()) {
        if (within(t.grantsDir, dir) || within(dir, t.grantsDir)) {
          findings.push(
            error(
              'targets/grants-in-policy',
              `The grants folder ${t.grantsDir} of "${t.name}" overlaps the fragment folder ${dir} of "${other.name}": ` +
                'grant files would be read as policy fragments. Keep grants and fragments in separate folders.',
              at(['tailnets', t.name!, 'grants']),
              at(['tailnets', other.name!, 'policy', j]),
            ),
          );
        }
      }
    }
  }
  return { targets, findings, locate: parsed.locate };
}

/**
 * The targets a run acts on. With tailpolicy.yaml: the named one, or every one when `all` is
 * allowed (check), else a usage error naming the targets. Without it, `--target` is an error.
 */
export function selectTargets(
  layout: Layout,
  requested: string | undefined,
  opts: { all: boolean; setting: string; what: string },
): Target[] {
  if (!layout.multi) {
    if (requested === undefined) return layout.targets;
    throw new UserError(
      `${opts.setting} is "${requested}", but this repository has no ${TARGETS_FILE}: it is one tailnet ` +
        `(${layout.targets[0]!.policyDirs.join(', ')} and ${layout.targets[0]!.grantsDir}). Remove ${opts.setting}, ` +
        `or add ${TARGETS_FILE} to keep several tailnets.`,
    );
  }
  const names = layout.targets.map((t) => t.name!);
  if (requested === undefined) {
    if (opts.all || layout.targets.length === 1) return layout.targets;
    throw new UserError(
      `${TARGETS_FILE} defines ${names.length} targets (${names.join(', ')}); ${opts.what} acts on one tailnet at a ` +
        `time: set ${opts.setting} to one of them.`,
    );
  }
  const found = layout.targets.find((t) => t.name === requested);
  if (!found) {
    throw new UserError(
      `${opts.setting} is "${requested}", which ${TARGETS_FILE} does not define; use one of ${names.join(', ')}.`,
    );
  }
  return [found];
}
