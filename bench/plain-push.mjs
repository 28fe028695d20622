// The floor for `npm run bench`: the least a GitOps push can do, in plain JavaScript, with no
// validation and no approvals. Read the policy file, GET the current policy for its ETag, POST the
// file with If-Match. Inputs as an action gets them: INPUT_POLICY-FILE, INPUT_API-KEY,
// INPUT_TAILNET, and the API's base URL in TAILSCALE_API_URL (the loopback emulator).
import { readFile } from 'node:fs/promises';

const base = `${process.env.TAILSCALE_API_URL}/api/v2/tailnet/${encodeURIComponent(process.env['INPUT_TAILNET'])}`;
const auth = `Basic ${Buffer.from(`${process.env['INPUT_API-KEY']}:`).toString('base64')}`;
const policy = await readFile(process.env['INPUT_POLICY-FILE'], 'utf8');
const current = await fetch(`${base}/acl`, { headers: { Accept: 'application/hujson', Authorization: auth } });
await current.arrayBuffer();
if (current.status !== 200) throw new Error(`GET /acl answered ${current.status}`);
const pushed = await fetch(`${base}/acl`, {
  method: 'POST',
  headers: { Authorization: auth, 'Content-Type': 'application/hujson', 'If-Match': current.headers.get('etag') },
  body: policy,
});
await pushed.arrayBuffer();
if (pushed.status !== 200) throw new Error(`POST /acl answered ${pushed.status}`);
console.log(`pushed ${policy.length} bytes`);
