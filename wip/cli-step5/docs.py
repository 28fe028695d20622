p='README.md'
s=open(p).read()
s=s.replace("""| `plan [--base REF]` | what the working tree changes against `REF` (default `main`): grants in words, then the rule-level difference |""","""| `plan [--base REF]` | what the working tree changes against `REF` (default `main`, else `origin/main`): grants in words, then the rule-level difference |""")
s=s.replace("""| `check` | compile and validate offline; print what would be pushed (`--format json` for machines) |""","""| `check [FILE…]` | compile and validate offline; print what would be pushed; with FILEs, just those grant files against the repository |""")
s=s.replace("""| `explain SRC DST:PORT[/PROTO]` | is it allowed, and by which rules |""","""| `explain SRC DST:PORT[/PROTO]` | is it allowed, and by which rules; for a group, which members when only some are (exit 1 when denied) |""")
old_start=s.index("Common options: `--policy-dir`")
old_end=s.index("## What it cannot do")
s=s[:old_start]+"""Common options: `--policy-dir`, `--grants-dir` (relative to the repository, or absolute),
`--now`, `-C DIR`, and `--format json` on every command that reports (`check`, `compile`,
`plan`, `explain`, `apply`, `expire`, `audit`): one JSON document on stdout, progress on stderr.
`tailpolicy --version`; `tailpolicy <command> --help` shows that command's options and examples;
a mistyped command gets "did you mean"; a usage error is one line and the hint to `--help`.
Errors print as `path:line:col: error[rule-id]: message`. Colour, and a terraform-like tally
(`Plan: 1 grant added, 1 rule added.`), only on a terminal: `NO_COLOR` turns colour off,
`FORCE_COLOR` on. A closed pipe (`tailpolicy compile | head`) ends quietly. Exit codes: 0
success, 1 the policy or grants have errors (for `explain`: not allowed), 2 usage error (a path
that cannot be read or written included), 3 Tailscale or GitHub failed.

"""+s[old_end:]
open(p,'w').write(s)
p='CHANGELOG.md'
s=open(p).read()
s=s.replace("""- `tailpolicy --version`.
""","""- The command line behaves like git's and terraform's: `--version`; `tailpolicy <command> --help`
  with that command's options and examples; "did you mean `check`?"; a usage error is one line
  and the hint to `--help`; `--format json` on `plan`, `compile`, `explain`, `apply`, `expire`
  and `audit`; colour and a `Plan: …` tally only on a terminal, honouring `NO_COLOR` and
  `FORCE_COLOR`; a closed pipe ends quietly; a file that cannot be written (`-o /no/such/dir/x`)
  is one line and exit 2; absolute `--policy-dir` and `--grants-dir`; `check FILE…`; `plan`
  compares with `origin/main` in a clone without a local `main`; `apply --dry-run` on a terminal
  shows the rule-level difference it would push.
- `explain` exits 1 when the access is denied, and for a group says which members are allowed
  when only some are.
""")
open(p,'w').write(s)
