/**
 * Data shapes of the Tailscale API v2 as this project uses them (reference sections 2-4).
 * Pure types: no behaviour.
 */

/**
 * The three ways to authenticate (reference section 4), as the user configures them (action
 * inputs, environment variables). The one credential type: inputs.ts adds only "none".
 */
export type CredentialSetting =
  /** An API access token (`tskey-api-…`), sent as a bearer token. */
  | { kind: 'api-key'; apiKey: string }
  /** An OAuth client: access tokens are minted with the client-credentials grant. */
  | { kind: 'oauth'; clientId: string; clientSecret: string; scopes?: string[] }
  /**
   * Workload identity federation: an OIDC ID token for `audience` (in Actions,
   * `core.getIDToken`) is exchanged for an access token of the federated identity `clientId`.
   */
  | { kind: 'wif'; clientId: string; audience: string };

/** A credential at run time: workload identity also needs the runner's way to get an ID token. */
export type TailscaleCredentials =
  | Exclude<CredentialSetting, { kind: 'wif' }>
  | (Extract<CredentialSetting, { kind: 'wif' }> & { getIdToken: (audience: string) => Promise<string> });

export type CredentialKind = TailscaleCredentials['kind'];

/** One entry of the `data` array of a validation or test failure (reference 1.3, 2.3). */
export interface PolicyTestResult {
  /** The test's `src` (the server calls it "user" for historical reasons); absent for bare strings. */
  user?: string;
  errors: string[];
  warnings: string[];
}

/** The verdict of `POST /acl/validate`. */
export interface ValidationResult {
  /** True when there are no errors; warnings alone do not make a policy invalid. */
  ok: boolean;
  /** The server's `message` (`test(s) failed`, `warning(s) found`, a parse or reference error …). */
  message?: string;
  data: PolicyTestResult[];
}

/** Split DNS as read: domain → resolvers. */
export type SplitDns = Record<string, string[]>;
/** Split DNS as patched: `null` clears the domain. */
export type SplitDnsPatch = Record<string, string[] | null>;

export interface DnsPreferences {
  magicDNS: boolean;
}

/** A device as listed by `GET /tailnet/{tailnet}/devices?fields=all`; other fields are kept as sent. */
export interface Device {
  /** The legacy numeric ID, as a string. */
  id: string;
  /** The node ID (`n…CNTRL`), preferred by newer endpoints. */
  nodeId: string;
  name: string;
  /** The owner's login name; empty for tagged devices. */
  user: string;
  tags: string[];
  addresses: string[];
  [field: string]: unknown;
}

export type PostureAttributeValue = string | number | boolean;

/** `GET /device/{id}/attributes`. */
export interface DeviceAttributes {
  attributes: Record<string, PostureAttributeValue>;
  /** Attribute key → RFC 3339 expiry, for attributes that have one. */
  expiries: Record<string, string>;
}

export interface SetDeviceAttributeRequest {
  value: PostureAttributeValue;
  /** RFC 3339 (or a Date); the attribute disappears after it. */
  expiry?: string | Date;
  /** At most 200 characters; shown in the admin console's audit log. */
  comment?: string;
}

/**
 * One entry of the configuration audit log, `GET /tailnet/{tailnet}/logging/configuration`
 * (Tailscale's OpenAPI description, schema `ConfigurationAuditLog`; scope `logs:configuration:read`).
 * Required there: eventTime, type ("CONFIG"), eventGroupID, origin, actor, target, action.
 * `old` and `new` hold the value of `target.property` before and after, when the log carries it.
 */
export interface ConfigurationLogEntry {
  eventTime: string;
  type: string;
  eventGroupID: string;
  /** ADMIN_CONSOLE, CONFIG_API, CONTROL, IDENTITY_PROVIDER, NODE, … */
  origin: string;
  deferredAt?: string;
  actor: { id?: string; type?: string; loginName?: string; displayName?: string; tags?: string[] };
  target: { id?: string; name?: string; type?: string; property?: string; isEphemeral?: boolean };
  /** CREATE, UPDATE, DELETE, … */
  action: string;
  old?: unknown;
  new?: unknown;
  actionDetails?: string;
  /** Set when the change failed to be completed. */
  error?: string;
}

/** Traffic between two addresses over one protocol (schema `ConnectionCounts`). */
export interface ConnectionCounts {
  /** A protocol name (`tcp`, `udp`, …) or number. */
  proto?: string | number;
  /** `addr:port` (IPv6 as `[addr]:port`). */
  src?: string;
  dst?: string;
  txPkts?: number;
  txBytes?: number;
  rxPkts?: number;
  rxBytes?: number;
}

/** One node's traffic over one interval (schema `NetworkFlowLog`; scope `logs:network:read`). */
export interface NetworkFlowLog {
  logged?: string;
  nodeId: string;
  start: string;
  end: string;
  virtualTraffic: ConnectionCounts[];
  subnetTraffic: ConnectionCounts[];
  exitTraffic: ConnectionCounts[];
  physicalTraffic: ConnectionCounts[];
}
