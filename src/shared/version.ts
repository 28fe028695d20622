/**
 * The version of this build of tailpolicy: what `--version` prints, what `init` pins the
 * workflows and the schema URLs to, and the schemas' `$id`. Kept equal to package.json's
 * `version` by a test and by the release workflow (which also checks the tag).
 */
export const VERSION = '0.1.0';

/** The GitHub repository of the action, as `uses:` names it; package.json's `repository` says the same. */
export const ACTION_REPOSITORY = 'tailpolicy/tailpolicy';
