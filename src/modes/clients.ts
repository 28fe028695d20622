/**
 * Builds the API clients a mode needs from the parsed inputs. Every secret the clients learn
 * (tokens minted during the run included) is masked in the log as soon as it is known.
 */
import * as core from '@actions/core';
import { UserError } from '../errors.js';
import type { Inputs } from '../inputs.js';
import { createTailscaleClient, type TailscaleClient } from '../tailscale/client.js';

export function tailscaleClient(inputs: Inputs, mode: string): TailscaleClient {
  const c = inputs.credentials;
  if (c.kind === 'none') {
    throw new UserError(
      `Mode "${mode}" talks to Tailscale and needs a credential: set "oauth-client-id" with "oauth-client-secret" ` +
        '(an OAuth client), or with "audience" (workload identity federation), or "api-key".',
    );
  }
  return createTailscaleClient({
    apiUrl: inputs.apiUrl,
    tailnet: inputs.tailnet,
    credentials:
      c.kind === 'wif'
        ? { kind: 'wif', clientId: c.clientId, audience: c.audience, getIdToken: (aud) => core.getIDToken(aud) }
        : c,
    timeoutMs: inputs.requestTimeoutMs,
    onSecret: (s) => core.setSecret(s),
    onRetry: (r) => core.info(`tailpolicy: retrying ${r.method} ${r.path} in ${Math.round(r.delayMs)} ms (${r.reason})`),
  });
}
