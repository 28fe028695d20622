import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  ExternalError,
  GitHubApiError,
  MAX_FILE_BYTES,
  UserError,
  __toESM,
  canonicalJson,
  checkRepository,
  code,
  countByState,
  createGitHubClient,
  error,
  formatDuration,
  formatOf,
  grantRows,
  groupMembers,
  headerDigest,
  humanUtc,
  includesUser,
  isPlainObject,
  isoUtc,
  md,
  oneLine,
  parse,
  parseTimestamp,
  planDns,
  policyDigest,
  readRepository,
  renderSummaryMarkdown,
  require_tunnel,
  require_undici,
  rulesFor,
  runAudit,
  sourceFromEnv,
  writeAuditFiles
} from "./chunks/chunk-R4KYYKXP.js";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message = "") {
  issueCommand(name, {}, message);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/http-client/lib/index.js
import * as http from "http";
import * as https from "https";

// node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
  const usingSsl = reqUrl.protocol === "https:";
  if (checkBypass(reqUrl)) {
    return void 0;
  }
  const proxyVar = (() => {
    if (usingSsl) {
      return process.env["https_proxy"] || process.env["HTTPS_PROXY"];
    } else {
      return process.env["http_proxy"] || process.env["HTTP_PROXY"];
    }
  })();
  if (proxyVar) {
    try {
      return new DecodedURL(proxyVar);
    } catch (_a) {
      if (!proxyVar.startsWith("http://") && !proxyVar.startsWith("https://"))
        return new DecodedURL(`http://${proxyVar}`);
    }
  } else {
    return void 0;
  }
}
function checkBypass(reqUrl) {
  if (!reqUrl.hostname) {
    return false;
  }
  const reqHost = reqUrl.hostname;
  if (isLoopbackAddress(reqHost)) {
    return true;
  }
  const noProxy = process.env["no_proxy"] || process.env["NO_PROXY"] || "";
  if (!noProxy) {
    return false;
  }
  let reqPort;
  if (reqUrl.port) {
    reqPort = Number(reqUrl.port);
  } else if (reqUrl.protocol === "http:") {
    reqPort = 80;
  } else if (reqUrl.protocol === "https:") {
    reqPort = 443;
  }
  const upperReqHosts = [reqUrl.hostname.toUpperCase()];
  if (typeof reqPort === "number") {
    upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
  }
  for (const upperNoProxyItem of noProxy.split(",").map((x) => x.trim().toUpperCase()).filter((x) => x)) {
    if (upperNoProxyItem === "*" || upperReqHosts.some((x) => x === upperNoProxyItem || x.endsWith(`.${upperNoProxyItem}`) || upperNoProxyItem.startsWith(".") && x.endsWith(`${upperNoProxyItem}`))) {
      return true;
    }
  }
  return false;
}
function isLoopbackAddress(host) {
  const hostLower = host.toLowerCase();
  return hostLower === "localhost" || hostLower.startsWith("127.") || hostLower.startsWith("[::1]") || hostLower.startsWith("[0:0:0:0:0:0:0:1]");
}
var DecodedURL = class extends URL {
  constructor(url, base) {
    super(url, base);
    this._decodedUsername = decodeURIComponent(super.username);
    this._decodedPassword = decodeURIComponent(super.password);
  }
  get username() {
    return this._decodedUsername;
  }
  get password() {
    return this._decodedPassword;
  }
};

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel(), 1);
var import_undici = __toESM(require_undici(), 1);
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];
var RetryableHttpVerbs = ["OPTIONS", "GET", "DELETE", "HEAD"];
var ExponentialBackoffCeiling = 10;
var ExponentialBackoffTimeSlice = 5;
var HttpClientError = class _HttpClientError extends Error {
  constructor(message, statusCode) {
    super(message);
    this.name = "HttpClientError";
    this.statusCode = statusCode;
    Object.setPrototypeOf(this, _HttpClientError.prototype);
  }
};
var HttpClientResponse = class {
  constructor(message) {
    this.message = message;
  }
  readBody() {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
        let output = Buffer.alloc(0);
        this.message.on("data", (chunk) => {
          output = Buffer.concat([output, chunk]);
        });
        this.message.on("end", () => {
          resolve(output.toString());
        });
      }));
    });
  }
  readBodyBuffer() {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
        const chunks = [];
        this.message.on("data", (chunk) => {
          chunks.push(chunk);
        });
        this.message.on("end", () => {
          resolve(Buffer.concat(chunks));
        });
      }));
    });
  }
};
var HttpClient = class {
  constructor(userAgent, handlers, requestOptions) {
    this._ignoreSslError = false;
    this._allowRedirects = true;
    this._allowRedirectDowngrade = false;
    this._maxRedirects = 50;
    this._allowRetries = false;
    this._maxRetries = 1;
    this._keepAlive = false;
    this._disposed = false;
    this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
    this.handlers = handlers || [];
    this.requestOptions = requestOptions;
    if (requestOptions) {
      if (requestOptions.ignoreSslError != null) {
        this._ignoreSslError = requestOptions.ignoreSslError;
      }
      this._socketTimeout = requestOptions.socketTimeout;
      if (requestOptions.allowRedirects != null) {
        this._allowRedirects = requestOptions.allowRedirects;
      }
      if (requestOptions.allowRedirectDowngrade != null) {
        this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
      }
      if (requestOptions.maxRedirects != null) {
        this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
      }
      if (requestOptions.keepAlive != null) {
        this._keepAlive = requestOptions.keepAlive;
      }
      if (requestOptions.allowRetries != null) {
        this._allowRetries = requestOptions.allowRetries;
      }
      if (requestOptions.maxRetries != null) {
        this._maxRetries = requestOptions.maxRetries;
      }
    }
  }
  options(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("OPTIONS", requestUrl, null, additionalHeaders || {});
    });
  }
  get(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("GET", requestUrl, null, additionalHeaders || {});
    });
  }
  del(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("DELETE", requestUrl, null, additionalHeaders || {});
    });
  }
  post(requestUrl, data, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("POST", requestUrl, data, additionalHeaders || {});
    });
  }
  patch(requestUrl, data, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("PATCH", requestUrl, data, additionalHeaders || {});
    });
  }
  put(requestUrl, data, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("PUT", requestUrl, data, additionalHeaders || {});
    });
  }
  head(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("HEAD", requestUrl, null, additionalHeaders || {});
    });
  }
  sendStream(verb, requestUrl, stream, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request(verb, requestUrl, stream, additionalHeaders);
    });
  }
  /**
   * Gets a typed object from an endpoint
   * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
   */
  getJson(requestUrl_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      const res = yield this.get(requestUrl, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  postJson(requestUrl_1, obj_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
      const data = JSON.stringify(obj, null, 2);
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
      const res = yield this.post(requestUrl, data, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  putJson(requestUrl_1, obj_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
      const data = JSON.stringify(obj, null, 2);
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
      const res = yield this.put(requestUrl, data, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  patchJson(requestUrl_1, obj_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
      const data = JSON.stringify(obj, null, 2);
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
      const res = yield this.patch(requestUrl, data, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  /**
   * Makes a raw http request.
   * All other methods such as get, post, patch, and request ultimately call this.
   * Prefer get, del, post and patch
   */
  request(verb, requestUrl, data, headers) {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._disposed) {
        throw new Error("Client has already been disposed.");
      }
      const parsedUrl = new URL(requestUrl);
      let info2 = this._prepareRequest(verb, parsedUrl, headers);
      const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb) ? this._maxRetries + 1 : 1;
      let numTries = 0;
      let response;
      do {
        response = yield this.requestRaw(info2, data);
        if (response && response.message && response.message.statusCode === HttpCodes.Unauthorized) {
          let authenticationHandler;
          for (const handler of this.handlers) {
            if (handler.canHandleAuthentication(response)) {
              authenticationHandler = handler;
              break;
            }
          }
          if (authenticationHandler) {
            return authenticationHandler.handleAuthentication(this, info2, data);
          } else {
            return response;
          }
        }
        let redirectsRemaining = this._maxRedirects;
        while (response.message.statusCode && HttpRedirectCodes.includes(response.message.statusCode) && this._allowRedirects && redirectsRemaining > 0) {
          const redirectUrl = response.message.headers["location"];
          if (!redirectUrl) {
            break;
          }
          const parsedRedirectUrl = new URL(redirectUrl);
          if (parsedUrl.protocol === "https:" && parsedUrl.protocol !== parsedRedirectUrl.protocol && !this._allowRedirectDowngrade) {
            throw new Error("Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.");
          }
          yield response.readBody();
          if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
            for (const header in headers) {
              if (header.toLowerCase() === "authorization") {
                delete headers[header];
              }
            }
          }
          info2 = this._prepareRequest(verb, parsedRedirectUrl, headers);
          response = yield this.requestRaw(info2, data);
          redirectsRemaining--;
        }
        if (!response.message.statusCode || !HttpResponseRetryCodes.includes(response.message.statusCode)) {
          return response;
        }
        numTries += 1;
        if (numTries < maxTries) {
          yield response.readBody();
          yield this._performExponentialBackoff(numTries);
        }
      } while (numTries < maxTries);
      return response;
    });
  }
  /**
   * Needs to be called if keepAlive is set to true in request options.
   */
  dispose() {
    if (this._agent) {
      this._agent.destroy();
    }
    this._disposed = true;
  }
  /**
   * Raw request.
   * @param info
   * @param data
   */
  requestRaw(info2, data) {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve, reject) => {
        function callbackForResult(err, res) {
          if (err) {
            reject(err);
          } else if (!res) {
            reject(new Error("Unknown error"));
          } else {
            resolve(res);
          }
        }
        this.requestRawWithCallback(info2, data, callbackForResult);
      });
    });
  }
  /**
   * Raw request with callback.
   * @param info
   * @param data
   * @param onResult
   */
  requestRawWithCallback(info2, data, onResult) {
    if (typeof data === "string") {
      if (!info2.options.headers) {
        info2.options.headers = {};
      }
      info2.options.headers["Content-Length"] = Buffer.byteLength(data, "utf8");
    }
    let callbackCalled = false;
    function handleResult(err, res) {
      if (!callbackCalled) {
        callbackCalled = true;
        onResult(err, res);
      }
    }
    const req = info2.httpModule.request(info2.options, (msg) => {
      const res = new HttpClientResponse(msg);
      handleResult(void 0, res);
    });
    let socket;
    req.on("socket", (sock) => {
      socket = sock;
    });
    req.setTimeout(this._socketTimeout || 3 * 6e4, () => {
      if (socket) {
        socket.end();
      }
      handleResult(new Error(`Request timeout: ${info2.options.path}`));
    });
    req.on("error", function(err) {
      handleResult(err);
    });
    if (data && typeof data === "string") {
      req.write(data, "utf8");
    }
    if (data && typeof data !== "string") {
      data.on("close", function() {
        req.end();
      });
      data.pipe(req);
    } else {
      req.end();
    }
  }
  /**
   * Gets an http agent. This function is useful when you need an http agent that handles
   * routing through a proxy server - depending upon the url and proxy environment variables.
   * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
   */
  getAgent(serverUrl) {
    const parsedUrl = new URL(serverUrl);
    return this._getAgent(parsedUrl);
  }
  getAgentDispatcher(serverUrl) {
    const parsedUrl = new URL(serverUrl);
    const proxyUrl = getProxyUrl(parsedUrl);
    const useProxy = proxyUrl && proxyUrl.hostname;
    if (!useProxy) {
      return;
    }
    return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
  }
  _prepareRequest(method, requestUrl, headers) {
    const info2 = {};
    info2.parsedUrl = requestUrl;
    const usingSsl = info2.parsedUrl.protocol === "https:";
    info2.httpModule = usingSsl ? https : http;
    const defaultPort = usingSsl ? 443 : 80;
    info2.options = {};
    info2.options.host = info2.parsedUrl.hostname;
    info2.options.port = info2.parsedUrl.port ? parseInt(info2.parsedUrl.port) : defaultPort;
    info2.options.path = (info2.parsedUrl.pathname || "") + (info2.parsedUrl.search || "");
    info2.options.method = method;
    info2.options.headers = this._mergeHeaders(headers);
    if (this.userAgent != null) {
      info2.options.headers["user-agent"] = this.userAgent;
    }
    info2.options.agent = this._getAgent(info2.parsedUrl);
    if (this.handlers) {
      for (const handler of this.handlers) {
        handler.prepareRequest(info2.options);
      }
    }
    return info2;
  }
  _mergeHeaders(headers) {
    if (this.requestOptions && this.requestOptions.headers) {
      return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
    }
    return lowercaseKeys(headers || {});
  }
  /**
   * Gets an existing header value or returns a default.
   * Handles converting number header values to strings since HTTP headers must be strings.
   * Note: This returns string | string[] since some headers can have multiple values.
   * For headers that must always be a single string (like Content-Type), use the
   * specialized _getExistingOrDefaultContentTypeHeader method instead.
   */
  _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
    let clientHeader;
    if (this.requestOptions && this.requestOptions.headers) {
      const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
      if (headerValue) {
        clientHeader = typeof headerValue === "number" ? headerValue.toString() : headerValue;
      }
    }
    const additionalValue = additionalHeaders[header];
    if (additionalValue !== void 0) {
      return typeof additionalValue === "number" ? additionalValue.toString() : additionalValue;
    }
    if (clientHeader !== void 0) {
      return clientHeader;
    }
    return _default;
  }
  /**
   * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
   * Always returns a single string (not an array) since Content-Type should be a single value.
   * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
   * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
   * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
   */
  _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
    let clientHeader;
    if (this.requestOptions && this.requestOptions.headers) {
      const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
      if (headerValue) {
        if (typeof headerValue === "number") {
          clientHeader = String(headerValue);
        } else if (Array.isArray(headerValue)) {
          clientHeader = headerValue.join(", ");
        } else {
          clientHeader = headerValue;
        }
      }
    }
    const additionalValue = additionalHeaders[Headers.ContentType];
    if (additionalValue !== void 0) {
      if (typeof additionalValue === "number") {
        return String(additionalValue);
      } else if (Array.isArray(additionalValue)) {
        return additionalValue.join(", ");
      } else {
        return additionalValue;
      }
    }
    if (clientHeader !== void 0) {
      return clientHeader;
    }
    return _default;
  }
  _getAgent(parsedUrl) {
    let agent;
    const proxyUrl = getProxyUrl(parsedUrl);
    const useProxy = proxyUrl && proxyUrl.hostname;
    if (this._keepAlive && useProxy) {
      agent = this._proxyAgent;
    }
    if (!useProxy) {
      agent = this._agent;
    }
    if (agent) {
      return agent;
    }
    const usingSsl = parsedUrl.protocol === "https:";
    let maxSockets = 100;
    if (this.requestOptions) {
      maxSockets = this.requestOptions.maxSockets || http.globalAgent.maxSockets;
    }
    if (proxyUrl && proxyUrl.hostname) {
      const agentOptions = {
        maxSockets,
        keepAlive: this._keepAlive,
        proxy: Object.assign(Object.assign({}, (proxyUrl.username || proxyUrl.password) && {
          proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
        }), { host: proxyUrl.hostname, port: proxyUrl.port })
      };
      let tunnelAgent;
      const overHttps = proxyUrl.protocol === "https:";
      if (usingSsl) {
        tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
      } else {
        tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
      }
      agent = tunnelAgent(agentOptions);
      this._proxyAgent = agent;
    }
    if (!agent) {
      const options = { keepAlive: this._keepAlive, maxSockets };
      agent = usingSsl ? new https.Agent(options) : new http.Agent(options);
      this._agent = agent;
    }
    if (usingSsl && this._ignoreSslError) {
      agent.options = Object.assign(agent.options || {}, {
        rejectUnauthorized: false
      });
    }
    return agent;
  }
  _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
    let proxyAgent;
    if (this._keepAlive) {
      proxyAgent = this._proxyAgentDispatcher;
    }
    if (proxyAgent) {
      return proxyAgent;
    }
    const usingSsl = parsedUrl.protocol === "https:";
    proxyAgent = new import_undici.ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, (proxyUrl.username || proxyUrl.password) && {
      token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString("base64")}`
    }));
    this._proxyAgentDispatcher = proxyAgent;
    if (usingSsl && this._ignoreSslError) {
      proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
        rejectUnauthorized: false
      });
    }
    return proxyAgent;
  }
  _getUserAgentWithOrchestrationId(userAgent) {
    const baseUserAgent = userAgent || "actions/http-client";
    const orchId = process.env["ACTIONS_ORCHESTRATION_ID"];
    if (orchId) {
      const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, "_");
      return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
    }
    return baseUserAgent;
  }
  _performExponentialBackoff(retryNumber) {
    return __awaiter(this, void 0, void 0, function* () {
      retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
      const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
      return new Promise((resolve) => setTimeout(() => resolve(), ms));
    });
  }
  _processResponse(res, options) {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
        const statusCode = res.message.statusCode || 0;
        const response = {
          statusCode,
          result: null,
          headers: {}
        };
        if (statusCode === HttpCodes.NotFound) {
          resolve(response);
        }
        function dateTimeDeserializer(key, value) {
          if (typeof value === "string") {
            const a = new Date(value);
            if (!isNaN(a.valueOf())) {
              return a;
            }
          }
          return value;
        }
        let obj;
        let contents;
        try {
          contents = yield res.readBody();
          if (contents && contents.length > 0) {
            if (options && options.deserializeDates) {
              obj = JSON.parse(contents, dateTimeDeserializer);
            } else {
              obj = JSON.parse(contents);
            }
            response.result = obj;
          }
          response.headers = res.message.headers;
        } catch (err) {
        }
        if (statusCode > 299) {
          let msg;
          if (obj && obj.message) {
            msg = obj.message;
          } else if (contents && contents.length > 0) {
            msg = contents;
          } else {
            msg = `Failed request: (${statusCode})`;
          }
          const err = new HttpClientError(msg, statusCode);
          err.result = response.result;
          reject(err);
        } else {
          resolve(response);
        }
      }));
    });
  }
};
var lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => (c[k.toLowerCase()] = obj[k], c), {});

// node_modules/@actions/http-client/lib/auth.js
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var BearerCredentialHandler = class {
  constructor(token) {
    this.token = token;
  }
  // currently implements pre-authorization
  // TODO: support preAuth = false where it hooks on 401
  prepareRequest(options) {
    if (!options.headers) {
      throw Error("The request has no headers");
    }
    options.headers["Authorization"] = `Bearer ${this.token}`;
  }
  // This handler cannot handle 401
  canHandleAuthentication() {
    return false;
  }
  handleAuthentication() {
    return __awaiter2(this, void 0, void 0, function* () {
      throw new Error("not implemented");
    });
  }
};

// node_modules/@actions/core/lib/oidc-utils.js
var __awaiter3 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var OidcClient = class _OidcClient {
  static createHttpClient(allowRetry = true, maxRetry = 10) {
    const requestOptions = {
      allowRetries: allowRetry,
      maxRetries: maxRetry
    };
    return new HttpClient("actions/oidc-client", [new BearerCredentialHandler(_OidcClient.getRequestToken())], requestOptions);
  }
  static getRequestToken() {
    const token = process.env["ACTIONS_ID_TOKEN_REQUEST_TOKEN"];
    if (!token) {
      throw new Error("Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable");
    }
    return token;
  }
  static getIDTokenUrl() {
    const runtimeUrl = process.env["ACTIONS_ID_TOKEN_REQUEST_URL"];
    if (!runtimeUrl) {
      throw new Error("Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable");
    }
    return runtimeUrl;
  }
  static getCall(id_token_url) {
    return __awaiter3(this, void 0, void 0, function* () {
      var _a;
      const httpclient = _OidcClient.createHttpClient();
      const res = yield httpclient.getJson(id_token_url).catch((error3) => {
        throw new Error(`Failed to get ID Token. 
 
        Error Code : ${error3.statusCode}
 
        Error Message: ${error3.message}`);
      });
      const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
      if (!id_token) {
        throw new Error("Response json body do not have ID Token field");
      }
      return id_token;
    });
  }
  static getIDToken(audience) {
    return __awaiter3(this, void 0, void 0, function* () {
      try {
        let id_token_url = _OidcClient.getIDTokenUrl();
        if (audience) {
          const encodedAudience = encodeURIComponent(audience);
          id_token_url = `${id_token_url}&audience=${encodedAudience}`;
        }
        debug(`ID token url is ${id_token_url}`);
        const id_token = yield _OidcClient.getCall(id_token_url);
        setSecret(id_token);
        return id_token;
      } catch (error3) {
        throw new Error(`Error message: ${error3.message}`);
      }
    });
  }
};

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter4 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter4(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter4(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter4(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code2, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code2), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var __awaiter5 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error2(message);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error2(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}
function startGroup(name) {
  issue("group", name);
}
function endGroup() {
  issue("endgroup");
}
function getIDToken(aud) {
  return __awaiter5(this, void 0, void 0, function* () {
    return yield OidcClient.getIDToken(aud);
  });
}

// src/tailscale/errors.ts
var MAX_DETAIL_LINES = 10;
var TailscaleError = class extends Error {
  constructor(message, method, path) {
    super(message);
    this.method = method;
    this.path = path;
    this.name = new.target.name;
  }
  method;
  path;
  /** True when trying again later may succeed (rate limits, server errors, no answer). */
  get isTransient() {
    return false;
  }
};
var TailscaleApiError = class extends TailscaleError {
  status;
  serverMessage;
  data;
  attempts;
  constructor(details, message = apiErrorMessage(details)) {
    super(message, details.method, details.path);
    this.status = details.status;
    this.serverMessage = details.serverMessage;
    this.data = details.data ?? [];
    this.attempts = details.attempts ?? 1;
  }
  get isTransient() {
    return this.status === 429 || this.status >= 500;
  }
};
var PolicyConflictError = class extends TailscaleApiError {
  constructor(details, ifMatch) {
    super({
      ...details,
      status: 412,
      hint: ifMatch === '"ts-default"' ? "the tailnet policy is no longer the untouched default, so it was not overwritten" : `the tailnet policy changed after it was read (ETag ${ifMatch}), so it was not overwritten; run again to re-read it`
    });
    this.ifMatch = ifMatch;
  }
  ifMatch;
};
var TailscaleAuthError = class extends TailscaleError {
  constructor(message, method, path, credential, status, serverMessage = "") {
    super(message, method, path);
    this.credential = credential;
    this.status = status;
    this.serverMessage = serverMessage;
  }
  credential;
  status;
  serverMessage;
};
var TailscaleNetworkError = class extends TailscaleError {
  constructor(method, path, reason, code2, attempts, timeoutMs) {
    const what = reason === "timeout" ? `no answer within ${timeoutMs} ms` : `connection failed${code2 ? ` (${code2})` : ""}`;
    super(`Tailscale API ${method} ${path} failed: ${what}${afterAttempts(attempts)}`, method, path);
    this.reason = reason;
    this.code = code2;
    this.attempts = attempts;
  }
  reason;
  code;
  attempts;
  get isTransient() {
    return true;
  }
};
var TailscaleResponseError = class extends TailscaleError {
  constructor(method, path, problem) {
    super(`Tailscale API ${method} ${path} returned an unusable response: ${problem}`, method, path);
  }
};
function redactSecrets(text, secrets) {
  let out = text;
  for (const secret of secrets) {
    if (secret) out = out.split(secret).join("***");
  }
  return out;
}
function apiErrorMessage(d) {
  const head = `Tailscale API ${d.method} ${d.path} failed: ${d.status}` + (d.serverMessage ? ` ${d.serverMessage}` : "") + afterAttempts(d.attempts ?? 1) + (d.hint ? `; ${d.hint}` : "");
  return [head, ...detailLines(d.data ?? [])].join("\n");
}
function detailLines(data) {
  const lines = data.flatMap((entry) => {
    const who = entry.user ? `${entry.user}: ` : "";
    return [...entry.errors.map((e) => `  ${who}${e}`), ...entry.warnings.map((w) => `  ${who}warning: ${w}`)];
  });
  if (lines.length <= MAX_DETAIL_LINES) return lines;
  return [...lines.slice(0, MAX_DETAIL_LINES), `  \u2026 and ${lines.length - MAX_DETAIL_LINES} more`];
}
function afterAttempts(attempts) {
  return attempts > 1 ? ` (after ${attempts} attempts)` : "";
}

// src/inputs.ts
function envInputs(env) {
  return (name) => {
    const v = env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`]?.trim();
    return v ? v : void 0;
  };
}
var MODES = ["check", "apply", "expire", "audit"];
var DRIFT = ["fail", "warn", "overwrite"];
function parseInputs(get, env = {}) {
  const mode = get("mode");
  if (!mode) throw new UserError(`Input "mode" is required: one of ${MODES.join(", ")}.`);
  if (!MODES.includes(mode)) throw new UserError(`Input "mode" is "${mode}"; use one of ${MODES.join(", ")}.`);
  const onDrift = get("on-drift") ?? "fail";
  if (!DRIFT.includes(onDrift)) {
    throw new UserError(`Input "on-drift" is "${onDrift}"; use one of ${DRIFT.join(", ")}.`);
  }
  const nowText = get("now");
  const now = nowText === void 0 ? void 0 : parseTimestamp(nowText);
  if (nowText !== void 0 && !now) {
    throw new UserError(`Input "now" is "${nowText}", not an RFC 3339 time with a zone (e.g. 2026-11-21T23:00:00Z).`);
  }
  const apiUrl = (get("api-url") ?? "https://api.tailscale.com").replace(/\/+$/, "");
  if (!/^https?:\/\/[^\s/]+/.test(apiUrl)) throw new UserError(`Input "api-url" is "${apiUrl}", not an http(s) URL.`);
  return {
    mode,
    tailnet: get("tailnet") ?? "-",
    credentials: parseCredentials(get),
    apiUrl,
    githubToken: get("github-token"),
    policyDir: get("policy-dir") ?? "policy",
    grantsDir: get("grants-dir") ?? "grants",
    onDrift,
    dryRun: parseBoolean(get("dry-run"), "dry-run"),
    ...now ? { now } : {},
    ...requestTimeout(env.TAILPOLICY_REQUEST_TIMEOUT_MS)
  };
}
function parseCredentials(get) {
  const apiKey = get("api-key");
  const clientId = get("oauth-client-id");
  const secret = get("oauth-client-secret");
  const audience = get("audience");
  if (apiKey && (clientId || secret || audience)) {
    const other = clientId ? "oauth-client-id" : secret ? "oauth-client-secret" : "audience";
    throw new UserError(`Both "api-key" and "${other}" are set; give one credential form only (remove one of them).`);
  }
  if (apiKey) return { kind: "api-key", apiKey };
  if (secret && audience) {
    throw new UserError(
      'Both "oauth-client-secret" and "audience" are set; use an OAuth client secret or workload identity federation, not both.'
    );
  }
  if (secret || audience) {
    if (!clientId) {
      throw new UserError(
        `"${secret ? "oauth-client-secret" : "audience"}" is set but "oauth-client-id" is missing; add the ${secret ? "OAuth client" : "federated identity"}'s ID.`
      );
    }
    return secret ? { kind: "oauth", clientId, clientSecret: secret } : { kind: "wif", clientId, audience };
  }
  if (clientId) {
    throw new UserError(
      '"oauth-client-id" is set but neither "oauth-client-secret" (OAuth client) nor "audience" (workload identity federation) is; add one.'
    );
  }
  return { kind: "none" };
}
var SECRET_INPUTS = ["api-key", "oauth-client-secret", "github-token"];
function requestTimeout(value) {
  if (!value) return {};
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 100 || ms > 6e5) {
    throw new UserError(`TAILPOLICY_REQUEST_TIMEOUT_MS is "${value}"; use milliseconds between 100 and 600000.`);
  }
  return { requestTimeoutMs: ms };
}
function parseBoolean(value, name) {
  if (value === void 0) return false;
  if (/^(true|yes|1)$/i.test(value)) return true;
  if (/^(false|no|0)$/i.test(value)) return false;
  throw new UserError(`Input "${name}" is "${value}"; use true or false.`);
}

// src/policy/diff.ts
function diffPolicies(before, after) {
  const changes = [];
  const sections = [.../* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  for (const section of sections) {
    const a = before[section];
    const b = after[section];
    if (canonicalJson(a) === canonicalJson(b)) continue;
    if (Array.isArray(a) || Array.isArray(b)) {
      changes.push(...diffLists(section, Array.isArray(a) ? a : [], Array.isArray(b) ? b : []));
    } else if (isPlainObject(a) || isPlainObject(b)) {
      const am = isPlainObject(a) ? a : {};
      const bm = isPlainObject(b) ? b : {};
      for (const key of [.../* @__PURE__ */ new Set([...Object.keys(am), ...Object.keys(bm)])].sort()) {
        const x = am[key];
        const y = bm[key];
        if (x === void 0) changes.push({ section, kind: "added", key, after: y });
        else if (y === void 0) changes.push({ section, kind: "removed", key, before: x });
        else if (canonicalJson(x) !== canonicalJson(y)) changes.push({ section, kind: "changed", key, before: x, after: y });
      }
    } else if (a === void 0) changes.push({ section, kind: "added", key: section, after: b });
    else if (b === void 0) changes.push({ section, kind: "removed", key: section, before: a });
    else changes.push({ section, kind: "changed", key: section, before: a, after: b });
  }
  return changes;
}
function diffLists(section, a, b) {
  const count = /* @__PURE__ */ new Map();
  for (const x of a) count.set(canonicalJson(x), (count.get(canonicalJson(x)) ?? 0) + 1);
  const added = [];
  for (const y of b) {
    const k = canonicalJson(y);
    const n = count.get(k) ?? 0;
    if (n > 0) count.set(k, n - 1);
    else added.push({ section, kind: "added", after: y });
  }
  const removed = [];
  for (const x of a) {
    const k = canonicalJson(x);
    const n = count.get(k) ?? 0;
    if (n > 0) {
      removed.push({ section, kind: "removed", before: x });
      count.set(k, n - 1);
    }
  }
  return [...removed, ...added];
}
function formatChanges(changes, max = 200) {
  const lines = changes.slice(0, max).map((c) => {
    const sign = c.kind === "added" ? "+" : c.kind === "removed" ? "-" : "~";
    const where = c.key !== void 0 && c.key !== c.section ? `${c.section}["${c.key}"]` : c.section;
    if (c.kind === "changed") return `${sign} ${where}: ${JSON.stringify(c.before)} -> ${JSON.stringify(c.after)}`;
    return `${sign} ${where}: ${JSON.stringify(c.kind === "added" ? c.after : c.before)}`;
  });
  if (changes.length > max) lines.push(`\u2026 and ${changes.length - max} more`);
  return lines.join("\n");
}

// src/policy/push.ts
function parseLivePolicy(hujson) {
  const value = parse(hujson, [], { allowTrailingComma: true });
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : {};
}
function decidePush(compiled, live, onDrift) {
  const livePolicy = parseLivePolicy(live.hujson);
  const liveDigest = policyDigest(livePolicy);
  if (liveDigest === compiled.digest) return { action: "none", reason: "unchanged" };
  const changes = diffPolicies(livePolicy, compiled.policy);
  const claimed = headerDigest(live.hujson);
  if (claimed === void 0) {
    return onDrift === "fail" ? { action: "push", ifMatch: '"ts-default"', drift: false, takeover: "default-only", changes } : { action: "push", ifMatch: live.etag, drift: false, takeover: "forced", changes };
  }
  if (claimed !== liveDigest) {
    if (onDrift === "fail") return { action: "stop", reason: "drift", changes, liveDigest, claimedDigest: claimed };
    return { action: "push", ifMatch: live.etag, drift: true, takeover: "no", changes };
  }
  return { action: "push", ifMatch: live.etag, drift: false, takeover: "no", changes };
}

// src/report/annotations.ts
function annotate(findings) {
  const byFile = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const key = f.location?.file ?? "";
    byFile.set(key, [...byFile.get(key) ?? [], f]);
  }
  for (const [file, list2] of byFile) {
    startGroup(file || "tailpolicy");
    for (const f of list2) {
      const props = { title: `tailpolicy ${f.rule}` };
      if (f.location) {
        props.file = f.location.file;
        props.startLine = f.location.line;
        props.startColumn = f.location.column;
        if (f.location.endLine === f.location.line && f.location.endColumn !== void 0) props.endColumn = f.location.endColumn;
      }
      const message = oneLine(f.message, 2e3);
      if (f.severity === "error") error2(message, props);
      else if (f.severity === "warning") warning(message, props);
      else notice(message, props);
    }
    endGroup();
  }
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  info(`tailpolicy: ${errors} error(s), ${warnings} warning(s) in ${[...byFile.keys()].filter(Boolean).length} file(s)`);
}

// src/report/markdown.ts
var COMMENT_LIMIT = 65536;
var SUMMARY_LIMIT = 1e6;
var STATE_ICON = {
  active: "\u{1F7E2} active",
  scheduled: "\u{1F552} scheduled",
  expired: "\u26AA expired",
  invalid: "\u274C invalid",
  excluded: "\u26D4 left out"
};
function grantsTable(result) {
  const rows = grantRows(result.compiled);
  if (rows.length === 0) return "_No grant files._\n";
  const lines = ["| State | Grantees | Resource | Window | Reason | File |", "| --- | --- | --- | --- | --- | --- |"];
  for (const r of rows) {
    lines.push(
      `| ${STATE_ICON[r.state]} | ${md(r.grantees)} | ${md(r.resource)} | ${md(r.window)} | ${md(r.reason, 300)}${r.ticket ? ` (${md(r.ticket)})` : ""} | ${code(r.path)} |`
    );
  }
  return lines.join("\n") + "\n";
}
function findingsTable(findings) {
  if (findings.length === 0) return "";
  const lines = ["| | Where | Rule | Message |", "| --- | --- | --- | --- |"];
  for (const f of findings) {
    const icon = f.severity === "error" ? "\u274C" : f.severity === "warning" ? "\u26A0\uFE0F" : "\u2139\uFE0F";
    const where = f.location ? code(`${f.location.file}:${f.location.line}:${f.location.column}`) : "";
    lines.push(`| ${icon} | ${where} | ${code(f.rule)} | ${md(f.message, 1e3)} |`);
  }
  return lines.join("\n") + "\n";
}
function renderCheckMarkdown(result, title = "tailpolicy check") {
  const c = result.compiled;
  const errors = result.findings.filter((f) => f.severity === "error").length;
  const warnings = result.findings.filter((f) => f.severity === "warning").length;
  const verdict = result.ok ? `\u2705 passed${warnings ? ` with ${warnings} warning(s)` : ""}` : `\u274C ${errors} error(s)${warnings ? `, ${warnings} warning(s)` : ""}`;
  const counts = countByState(c);
  const out = [
    `## ${md(title)}: ${verdict}`,
    "",
    `Evaluated at ${md(humanUtc(c.now))}. Grants: ${counts.active} active, ${counts.scheduled} scheduled, ${counts.expired} expired` + (counts.invalid ? `, ${counts.invalid} invalid` : "") + (counts.excluded ? `, ${counts.excluded} left out` : "") + `. Next change: ${c.nextChange ? md(humanUtc(c.nextChange)) : "none scheduled"}.`,
    "",
    `Compiled policy: ${c.text.length} bytes, digest ${code(c.digest)}${result.pushable ? "" : " \u2014 **the base policy is invalid; nothing can be pushed**"}.`,
    "",
    "### Grants",
    "",
    grantsTable(result)
  ];
  if (result.tests.length) {
    const passed = result.tests.filter((t) => t.passed === true).length;
    out.push(`Policy tests: ${passed} of ${result.tests.length} passed offline.`, "");
  }
  if (result.findings.length) out.push("### Findings", "", findingsTable(result.findings));
  return truncate(out.join("\n"), SUMMARY_LIMIT);
}
function truncate(text, limit) {
  if (text.length <= limit) return text;
  const note = "\n\n_\u2026 cut to fit GitHub's size limit; the full report is in the workflow log._\n";
  const cut = text.lastIndexOf("\n", limit - note.length);
  return text.slice(0, cut > 0 ? cut : limit - note.length) + note;
}
function pre(text, maxLines = 300) {
  const lines = text.split("\n");
  const shown = lines.slice(0, maxLines).map((l) => md(l, 2e3));
  if (lines.length > maxLines) shown.push(`\u2026 ${lines.length - maxLines} more line(s)`);
  return `<pre>
${shown.join("\n")}
</pre>
`;
}

// src/tailscale/auth.ts
var TOKEN_PATH = "/api/v2/oauth/token";
var TOKEN_EXCHANGE_PATH = "/api/v2/oauth/token-exchange";
var REFRESH_MARGIN_SECONDS = 60;
var DEFAULT_TOKEN_LIFETIME_SECONDS = 3600;
function createAuthenticator(credentials, deps) {
  const known = /* @__PURE__ */ new Set();
  const remember = (secret) => {
    if (!secret || known.has(secret)) return;
    known.add(secret);
    deps.onSecret?.(secret);
  };
  const secrets = () => [...known];
  if (credentials.kind === "api-key") {
    remember(credentials.apiKey);
    return {
      kind: credentials.kind,
      authorization: async () => `Bearer ${credentials.apiKey}`,
      invalidate: () => false,
      secrets
    };
  }
  const minting = credentials;
  if (minting.kind === "oauth") remember(minting.clientSecret);
  let cached;
  let pending;
  async function mint() {
    const { path, form } = await tokenRequest(minting, remember, secrets);
    const res = await deps.transport.send({
      method: "POST",
      path,
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
      body: form.toString()
    });
    if (res.status !== 200) throw tokenError(minting, path, res, secrets());
    const body = parseObject(res.text);
    const token = body?.["access_token"];
    if (typeof token !== "string" || token === "") {
      throw new TailscaleResponseError("POST", path, "no access_token in the token response");
    }
    remember(token);
    const lifetime = Number(body?.["expires_in"]);
    const expiresIn = Number.isFinite(lifetime) && lifetime > 0 ? lifetime : DEFAULT_TOKEN_LIFETIME_SECONDS;
    const margin = Math.min(REFRESH_MARGIN_SECONDS, expiresIn / 2);
    cached = { token, refreshAt: deps.now() + (expiresIn - margin) * 1e3 };
    return token;
  }
  return {
    kind: minting.kind,
    async authorization() {
      if (cached && deps.now() < cached.refreshAt) return `Bearer ${cached.token}`;
      pending ??= mint().finally(() => {
        pending = void 0;
      });
      return `Bearer ${await pending}`;
    },
    invalidate() {
      cached = void 0;
      return true;
    },
    secrets
  };
}
async function tokenRequest(credentials, remember, secrets) {
  if (credentials.kind === "oauth") {
    const form = new URLSearchParams({
      client_id: credentials.clientId,
      client_secret: credentials.clientSecret,
      grant_type: "client_credentials"
    });
    if (credentials.scopes?.length) form.set("scope", credentials.scopes.join(" "));
    return { path: TOKEN_PATH, form };
  }
  let idToken;
  try {
    idToken = await credentials.getIdToken(credentials.audience);
  } catch (err) {
    const reason = redactSecrets(err instanceof Error ? err.message : String(err), secrets());
    throw new TailscaleAuthError(
      `Could not get an OIDC ID token for audience ${credentials.audience}: ${reason}; in GitHub Actions the job needs "permissions: id-token: write"`,
      "POST",
      TOKEN_EXCHANGE_PATH,
      "wif",
      void 0
    );
  }
  remember(idToken);
  return { path: TOKEN_EXCHANGE_PATH, form: new URLSearchParams({ client_id: credentials.clientId, jwt: idToken }) };
}
function tokenError(credentials, path, res, secrets) {
  const body = parseObject(res.text);
  const raw = [body?.["message"], body?.["error_description"], body?.["error"]].find((v) => typeof v === "string" && v !== "");
  const serverMessage = redactSecrets(typeof raw === "string" ? raw : "", secrets);
  if (![400, 401, 403].includes(res.status)) {
    return new TailscaleApiError({ method: "POST", path, status: res.status, serverMessage, attempts: res.attempts });
  }
  const said = `(${res.status})${serverMessage ? `: ${serverMessage}` : ""}`;
  const message = credentials.kind === "oauth" ? `OAuth client credentials were rejected by Tailscale ${said}; check oauth-client-id and oauth-client-secret (TS_OAUTH_CLIENT_ID / TS_OAUTH_CLIENT_SECRET)` + (credentials.scopes?.length ? ` and that the client has the scopes ${credentials.scopes.join(" ")}` : "") : `Workload identity token exchange was rejected by Tailscale ${said}; check oauth-client-id (the federated identity's client ID) and audience, and that the identity's issuer and subject match this workflow`;
  return new TailscaleAuthError(message, "POST", path, credentials.kind, res.status, serverMessage);
}
function parseObject(text) {
  try {
    const value = JSON.parse(text);
    return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
  } catch {
    return void 0;
  }
}

// src/tailscale/transport.ts
var BACKOFF_BASE_MS = 500;
var BACKOFF_CAP_MS = 1e4;
var RETRY_AFTER_CAP_MS = 6e4;
var RETRYABLE_STATUSES = /* @__PURE__ */ new Set([429, 500, 502, 503, 504]);
function createTransport(options) {
  const baseUrl = options.apiUrl.replace(/\/+$/, "");
  async function attempt(request) {
    const query = request.query ? `?${new URLSearchParams(request.query).toString()}` : "";
    try {
      const response = await options.fetch(`${baseUrl}${request.path}${query}`, {
        method: request.method,
        headers: { "User-Agent": options.userAgent, ...request.headers },
        body: request.body,
        signal: AbortSignal.timeout(options.timeoutMs)
      });
      const text = await response.text();
      return { kind: "response", status: response.status, headers: response.headers, text };
    } catch (err) {
      const name = err?.name;
      if (name === "TimeoutError" || name === "AbortError") return { kind: "timeout" };
      return { kind: "connection", code: errorCode(err) };
    }
  }
  return {
    async send(request) {
      let mayHaveBeenApplied = false;
      for (let attempts = 1; ; attempts++) {
        const outcome = await attempt(request);
        const retryable = outcome.kind !== "response" || RETRYABLE_STATUSES.has(outcome.status);
        if (!retryable || attempts > options.maxRetries) {
          if (outcome.kind === "response") return { ...outcome, attempts, mayHaveBeenApplied };
          throw new TailscaleNetworkError(
            request.method,
            request.path,
            outcome.kind,
            outcome.kind === "connection" ? outcome.code : void 0,
            attempts,
            options.timeoutMs
          );
        }
        const unhandled = outcome.kind === "connection" ? outcome.code === "ECONNREFUSED" : outcome.kind === "response" && outcome.status === 429;
        if (!unhandled) mayHaveBeenApplied = true;
        const retryAfter = outcome.kind === "response" ? parseRetryAfter(outcome.headers.get("retry-after"), options.now()) : void 0;
        const backoff = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempts - 1));
        const delayMs = retryAfter ?? Math.floor(options.random() * backoff);
        const reason = describe(outcome, options.timeoutMs);
        options.onRetry?.({ method: request.method, path: request.path, attempt: attempts, delayMs, reason });
        await options.sleep(delayMs);
      }
    }
  };
}
function parseRetryAfter(value, nowMs) {
  if (value === null) return void 0;
  const trimmed = value.trim();
  let ms;
  if (/^\d+$/.test(trimmed)) {
    ms = Number(trimmed) * 1e3;
  } else {
    const date = Date.parse(trimmed);
    if (Number.isNaN(date)) return void 0;
    ms = Math.max(0, date - nowMs);
  }
  return Math.min(ms, RETRY_AFTER_CAP_MS);
}
function describe(outcome, timeoutMs) {
  switch (outcome.kind) {
    case "response":
      return `HTTP ${outcome.status}`;
    case "timeout":
      return `no answer within ${timeoutMs} ms`;
    case "connection":
      return `connection failed${outcome.code ? ` (${outcome.code})` : ""}`;
  }
}
function errorCode(err) {
  for (let e = err, depth = 0; e && typeof e === "object" && depth < 4; e = e.cause, depth++) {
    const code2 = e.code;
    if (typeof code2 === "string") return code2;
  }
  return void 0;
}

// src/tailscale/client.ts
var WARNINGS_ONLY = "warning(s) found";
function createTailscaleClient(options) {
  const now = options.now ?? Date.now;
  const timeoutMs = options.timeoutMs ?? 3e4;
  const transport = createTransport({
    apiUrl: options.apiUrl.replace(/\/+$/, "").replace(/\/api\/v2$/, ""),
    timeoutMs,
    maxRetries: options.maxRetries ?? 4,
    fetch: options.fetch ?? fetch,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    random: options.random ?? Math.random,
    now,
    userAgent: options.userAgent ?? "tailpolicy",
    onRetry: options.onRetry
  });
  const auth = createAuthenticator(options.credentials, { transport, now, onSecret: options.onSecret });
  const tailnet = options.tailnet || "-";
  const tailnetPath = `/api/v2/tailnet/${pathEscape(tailnet)}`;
  const redact = (text) => redactSecrets(text, auth.secrets());
  async function send(call) {
    for (let refreshed = false; ; refreshed = true) {
      const res = await transport.send({
        method: call.method,
        path: call.path,
        query: call.query,
        headers: {
          Authorization: await auth.authorization(),
          Accept: call.accept ?? "application/json",
          ...call.contentType ? { "Content-Type": call.contentType } : {},
          ...call.headers
        },
        body: call.body
      });
      if (res.status === 401 && !refreshed && auth.invalidate()) continue;
      return res;
    }
  }
  async function request(call) {
    const res = await send(call);
    if (res.status < 200 || res.status > 299) throw failure(call, res);
    return res;
  }
  async function requestJson(call) {
    return parseJson(call, await request(call));
  }
  function parseJson(call, res) {
    try {
      return JSON.parse(res.text);
    } catch {
      throw new TailscaleResponseError(call.method, call.path, "the body is not JSON");
    }
  }
  function serverError(body) {
    const message = body?.["message"];
    return {
      serverMessage: redact(typeof message === "string" ? message : ""),
      data: parseTestResults(body?.["data"]).map((entry) => ({
        ...entry.user === void 0 ? {} : { user: redact(entry.user) },
        errors: entry.errors.map(redact),
        warnings: entry.warnings.map(redact)
      }))
    };
  }
  function failure(call, res) {
    const { serverMessage, data } = serverError(parseObject(res.text));
    if (res.status === 401) {
      const said = `(401) on ${call.method} ${call.path}${serverMessage ? `: ${serverMessage}` : ""}`;
      const message = auth.kind === "api-key" ? `Tailscale rejected the API access token ${said}; check api-key (TS_API_KEY): it may have expired or been revoked` : `Tailscale rejected a freshly minted access token ${said}; check that the ${auth.kind === "oauth" ? "OAuth client" : "federated identity"} still exists`;
      return new TailscaleAuthError(message, call.method, call.path, auth.kind, 401, serverMessage);
    }
    let hint;
    if (res.status === 403) {
      hint = auth.kind === "api-key" ? "the API access token's user may lack permission for this" : `the credential may lack the "${call.scope}" scope`;
    } else if (res.status === 404 && call.path.startsWith(tailnetPath)) {
      hint = `check the tailnet (${tailnet}); "-" means the credential's own tailnet`;
    }
    const { method, path } = call;
    return new TailscaleApiError({ method, path, status: res.status, serverMessage, data, attempts: res.attempts, hint });
  }
  function etagOf(call, res) {
    const etag = res.headers.get("etag");
    if (!etag) throw new TailscaleResponseError(call.method, call.path, "no ETag header");
    return etag;
  }
  async function getPolicyJson() {
    const call = { method: "GET", path: `${tailnetPath}/acl`, scope: "policy_file:read" };
    const res = await request(call);
    const etag = etagOf(call, res);
    return { policy: parseJson(call, res), etag };
  }
  function dns(method, endpoint, body) {
    return requestJson({
      method,
      path: `${tailnetPath}/dns/${endpoint}`,
      scope: method === "GET" ? "dns:read" : "dns",
      ...body === void 0 ? {} : { contentType: "application/json", body: JSON.stringify(body) }
    });
  }
  const attributesPath = (deviceId) => `/api/v2/device/${pathEscape(deviceId)}/attributes`;
  return {
    async getPolicy() {
      const call = { method: "GET", path: `${tailnetPath}/acl`, scope: "policy_file:read", accept: "application/hujson" };
      const res = await request(call);
      return { hujson: res.text, etag: etagOf(call, res) };
    },
    getPolicyJson,
    async validatePolicy(jsonText) {
      const call = {
        method: "POST",
        path: `${tailnetPath}/acl/validate`,
        scope: "policy_file:read",
        contentType: "application/json",
        body: jsonText
      };
      const res = await send(call);
      if (res.status === 400) {
        const { serverMessage, data: data2 } = serverError(parseObject(res.text));
        return { ok: false, message: serverMessage || "the policy could not be parsed (400)", data: data2 };
      }
      if (res.status < 200 || res.status > 299) throw failure(call, res);
      if (res.text.trim() === "") return { ok: true, data: [] };
      const body = parseObject(res.text);
      if (!body) throw new TailscaleResponseError(call.method, call.path, "the body is not a JSON object");
      const { serverMessage: message, data } = serverError(body);
      const ok = data.every((entry) => entry.errors.length === 0) && (message === "" || message === WARNINGS_ONLY);
      return { ok, ...message ? { message } : {}, data };
    },
    async setPolicy(hujson, ifMatch) {
      const quoted = quoteEtag(ifMatch);
      const call = {
        method: "POST",
        path: `${tailnetPath}/acl`,
        scope: "policy_file",
        contentType: "application/hujson",
        headers: { "If-Match": quoted },
        body: hujson
      };
      const res = await send(call);
      if (res.status === 412) {
        if (res.mayHaveBeenApplied) {
          const live = await getPolicyJson();
          if (sameJson(live.policy, hujson)) return { etag: live.etag };
        }
        const { serverMessage } = serverError(parseObject(res.text));
        throw new PolicyConflictError({ method: call.method, path: call.path, serverMessage, attempts: res.attempts }, quoted);
      }
      if (res.status < 200 || res.status > 299) throw failure(call, res);
      return { etag: res.headers.get("etag") ?? "" };
    },
    async getSplitDns() {
      return splitDns(await dns("GET", "split-dns"));
    },
    async putSplitDns(map) {
      return splitDns(await dns("PUT", "split-dns", map));
    },
    async patchSplitDns(map) {
      return splitDns(await dns("PATCH", "split-dns", map));
    },
    async getNameservers() {
      return strings(field(await dns("GET", "nameservers"), "dns"));
    },
    async setNameservers(nameservers) {
      const res = await dns("POST", "nameservers", { dns: nameservers });
      const magicDNS = field(res, "magicDNS");
      return { nameservers: strings(field(res, "dns")), magicDNS: typeof magicDNS === "boolean" ? magicDNS : void 0 };
    },
    async getSearchPaths() {
      return strings(field(await dns("GET", "searchpaths"), "searchPaths"));
    },
    async setSearchPaths(searchPaths) {
      return strings(field(await dns("POST", "searchpaths", { searchPaths }), "searchPaths"));
    },
    async getPreferences() {
      return { magicDNS: field(await dns("GET", "preferences"), "magicDNS") === true };
    },
    async setPreferences(preferences) {
      return { magicDNS: field(await dns("POST", "preferences", { magicDNS: preferences.magicDNS }), "magicDNS") === true };
    },
    async listDevices() {
      const res = await requestJson({ method: "GET", path: `${tailnetPath}/devices`, query: { fields: "all" }, scope: "devices:core:read" });
      const devices = field(res, "devices");
      return (Array.isArray(devices) ? devices : []).filter(isObject).map(toDevice);
    },
    async getDeviceAttributes(deviceId) {
      const res = await requestJson({ method: "GET", path: attributesPath(deviceId), scope: "devices:posture_attributes:read" });
      const attributes = {};
      for (const [key, value] of Object.entries(objectField(res, "attributes"))) {
        if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") attributes[key] = value;
      }
      const expiries = {};
      for (const [key, value] of Object.entries(objectField(res, "expiries"))) {
        if (typeof value === "string") expiries[key] = value;
      }
      return { attributes, expiries };
    },
    async setDeviceAttribute(deviceId, key, { value, expiry, comment }) {
      const body = JSON.stringify({
        value,
        ...expiry === void 0 ? {} : { expiry: expiry instanceof Date ? expiry.toISOString() : expiry },
        ...comment === void 0 ? {} : { comment }
      });
      const path = `${attributesPath(deviceId)}/${pathEscape(key)}`;
      await request({ method: "POST", path, scope: "devices:posture_attributes", contentType: "application/json", body });
    },
    async deleteDeviceAttribute(deviceId, key) {
      await request({ method: "DELETE", path: `${attributesPath(deviceId)}/${pathEscape(key)}`, scope: "devices:posture_attributes" });
    },
    secrets: () => auth.secrets()
  };
}
function pathEscape(element) {
  return encodeURIComponent(element).replace(/%(24|26|2B|3A|3D|40)/g, (escaped) => decodeURIComponent(escaped));
}
function quoteEtag(etag) {
  const bare = etag.trim().replace(/^"+|"+$/g, "");
  if (bare === "") throw new TypeError('setPolicy needs the ETag read with the policy, or "ts-default"');
  return `"${bare}"`;
}
function parseTestResults(data) {
  if (!Array.isArray(data)) return [];
  return data.map((entry) => {
    if (isObject(entry)) {
      const user = entry["user"];
      return {
        ...typeof user === "string" && user !== "" ? { user } : {},
        errors: strings(entry["errors"]),
        warnings: strings(entry["warnings"])
      };
    }
    return { errors: [typeof entry === "string" ? entry : JSON.stringify(entry)], warnings: [] };
  });
}
function sameJson(value, hujson) {
  const errors = [];
  const parsed = parse(hujson, errors, { allowTrailingComma: true });
  return errors.length === 0 && canonical(parsed) === canonical(value);
}
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (isObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function field(value, key) {
  return isObject(value) ? value[key] : void 0;
}
function objectField(value, key) {
  const inner = field(value, key);
  return isObject(inner) ? inner : {};
}
function strings(value) {
  if (typeof value === "string") return [value];
  if (!Array.isArray(value)) return [];
  return value.map((item) => typeof item === "string" ? item : JSON.stringify(item));
}
function splitDns(value) {
  const map = {};
  if (!isObject(value)) return map;
  for (const [domain, resolvers] of Object.entries(value)) {
    const list2 = strings(resolvers);
    if (list2.length > 0) map[domain] = list2;
  }
  return map;
}
function toDevice(raw) {
  const text = (key) => typeof raw[key] === "string" ? raw[key] : "";
  return {
    ...raw,
    id: text("id"),
    nodeId: text("nodeId"),
    name: text("name"),
    user: text("user"),
    tags: strings(raw["tags"]),
    addresses: strings(raw["addresses"])
  };
}

// src/modes/clients.ts
function tailscaleClient(inputs, mode) {
  const c = inputs.credentials;
  if (c.kind === "none") {
    throw new UserError(
      `Mode "${mode}" talks to Tailscale and needs a credential: set "oauth-client-id" with "oauth-client-secret" (an OAuth client), or with "audience" (workload identity federation), or "api-key".`
    );
  }
  return createTailscaleClient({
    apiUrl: inputs.apiUrl,
    tailnet: inputs.tailnet,
    credentials: c.kind === "wif" ? { kind: "wif", clientId: c.clientId, audience: c.audience, getIdToken: (aud) => getIDToken(aud) } : c,
    timeoutMs: inputs.requestTimeoutMs,
    onSecret: (s) => setSecret(s),
    onRetry: (r) => info(`tailpolicy: retrying ${r.method} ${r.path} in ${Math.round(r.delayMs)} ms (${r.reason})`)
  });
}

// src/git.ts
import { execFile } from "node:child_process";
import { promisify } from "node:util";
var run = promisify(execFile);
var MAX_OUTPUT = 64 * 1024 * 1024;
async function git(root, args) {
  const { stdout } = await run("git", args, { cwd: root, maxBuffer: MAX_OUTPUT, encoding: "utf8" });
  return stdout;
}
async function hasCommit(root, sha) {
  try {
    await git(root, ["cat-file", "-e", `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}
async function ensureCommit(root, sha) {
  if (await hasCommit(root, sha)) return;
  try {
    await git(root, ["fetch", "--no-tags", "--depth=1", "origin", sha]);
  } catch {
  }
  if (!await hasCommit(root, sha)) {
    throw new UserError(
      `Commit ${sha} is not in the checkout and could not be fetched; check out with fetch-depth: 0 (actions/checkout).`
    );
  }
}
async function filesAt(root, ref, dirs) {
  const listing = await git(root, ["ls-tree", "-r", "-z", "--long", ref, "--", ...dirs]);
  const out = [];
  for (const entry of listing.split("\0")) {
    const m = /^(\d+) blob ([0-9a-f]+)\s+(\d+|-)\t(.+)$/s.exec(entry);
    if (!m || m[1] === "120000" || !formatOf(m[4])) continue;
    const size = Number(m[3]);
    const text = size > MAX_FILE_BYTES ? "x".repeat(MAX_FILE_BYTES + 1) : await git(root, ["cat-file", "blob", m[2]]);
    out.push({ path: m[4], text });
  }
  return out;
}
async function isShallow(root) {
  return (await git(root, ["rev-parse", "--is-shallow-repository"])).trim() === "true";
}
async function lastCommits(root, dir) {
  const out = /* @__PURE__ */ new Map();
  const log = await git(root, ["log", "--format=%x00%H", "--name-only", "--no-renames", "HEAD", "--", dir]);
  for (const block of log.split("\0")) {
    const [sha, ...files] = block.split("\n").filter(Boolean);
    if (!sha) continue;
    for (const f of files) if (!out.has(f)) out.set(f, sha);
  }
  return out;
}

// src/report/plan.ts
var PLAN_MARKER = "<!-- tailpolicy:plan -->";
var KIND_ICON = { added: "\u{1F7E2} Added", removed: "\u{1F5D1}\uFE0F Removed", extended: "\u23E9 Extended", shortened: "\u23EA Shortened", changed: "\u270F\uFE0F Changed" };
function renderPlanMarkdown(plan, verdicts, head, opts) {
  const missing = verdicts.filter((v) => !v.approved);
  const errors = head.findings.filter((f) => f.severity === "error").length;
  const ok = errors === 0 && missing.length === 0;
  const out = [
    PLAN_MARKER,
    `## ${md(opts.title ?? "tailpolicy plan")}: ${ok ? "\u2705 ready" : `\u274C ${[errors ? `${errors} error(s)` : "", missing.length ? `${missing.length} grant(s) need approval` : ""].filter(Boolean).join(", ")}`}`,
    ""
  ];
  out.push("### Access", "");
  if (plan.grants.length === 0) out.push("_This pull request changes no grant._", "");
  for (const change of plan.grants) {
    const g = (change.after ?? change.before)?.grant;
    const why = g && change.kind !== "removed" ? ` Reason: \u201C${md(g.reason, 500)}\u201D${g.ticket ? ` (${md(g.ticket)})` : ""}.` : "";
    out.push(`- **${KIND_ICON[change.kind]}** ${code(change.path)}: ${md(change.words, 1e3)}${why}`);
    const v = verdicts.find((x) => x.path === change.path);
    if (v) out.push(`  - ${approvalWords(v, opts.approvalsLookedUp)}`);
    else if (change.kind === "removed") out.push("  - No approval needed to remove access.");
  }
  out.push("");
  out.push("### Policy changes", "");
  out.push(plan.policy.length ? pre(formatChanges(plan.policy)) : "_The compiled policy does not change at this time._\n");
  if (plan.dns.length) out.push("### DNS changes", "", pre(formatChanges(plan.dns)));
  if (head.findings.length) out.push("### Findings", "", findingsTable(head.findings));
  out.push(`<sub>Evaluated at ${md(head.compiled.now.toISOString())}; compiled policy ${code(head.compiled.digest)}.</sub>`);
  return truncate(out.join("\n"), COMMENT_LIMIT - 100);
}
function approvalWords(v, lookedUp) {
  if (v.problem) return `\u274C Cannot be approved: ${md(v.problem)}.`;
  const who = `${v.required} approval(s) from ${md(v.approvers.join(", "))}`;
  if (!lookedUp) return `\u23F3 Needs ${who} (reviews were not looked up: no GitHub token).`;
  const counted = v.counted.map((u) => md(u)).join(", ");
  const ignored = v.ignored.map((i) => `${md(i.user)} (${md(i.why)})`).join("; ");
  const head = v.approved ? `\u2705 Approved by ${counted}.` : `\u274C Needs ${who}; ${v.counted.length ? `approved so far by ${counted}` : "no counting approval yet"}.` + (v.candidates.length ? ` Can approve: ${v.candidates.map((c) => md(c)).join(", ")}.` : " Nobody mapped in access.yaml can approve it.");
  return ignored ? `${head} Not counted: ${ignored}.` : head;
}

// src/review/approvals.ts
function latestReviews(reviews) {
  const ordered = [...reviews].sort((a, b) => (a.submittedAt ?? "").localeCompare(b.submittedAt ?? ""));
  const latest = /* @__PURE__ */ new Map();
  for (const r of ordered) {
    if (!r.user || r.state === "COMMENTED" || r.state === "PENDING") continue;
    latest.set(r.user.toLowerCase(), r);
  }
  return latest;
}
function evaluateApprovals(grant, access2, policy, pr, reviews) {
  const rules = rulesFor(grant, access2);
  const base = { path: grant.path, counted: [], ignored: [], candidates: [] };
  if (!rules) {
    return { ...base, approved: false, required: 1, approvers: [], problem: "no resource or inline rules govern this grant" };
  }
  const groups = groupMembers(policy);
  const byGitHub = /* @__PURE__ */ new Map();
  for (const [login, gh] of access2.people) byGitHub.set(gh.toLowerCase(), [...byGitHub.get(gh.toLowerCase()) ?? [], login]);
  const granteeLogins = new Set(grant.grantees.flatMap((g) => g.startsWith("group:") ? groups.get(g) ?? [] : [g]));
  const author = pr.author?.toLowerCase();
  const whyNot = (gh) => {
    if (gh === author) return "the PR author";
    const logins = byGitHub.get(gh) ?? [];
    if (logins.length === 0) return 'not mapped to a login in access.yaml "people"';
    if (logins.some((l) => granteeLogins.has(l))) return "a grantee";
    if (!logins.some((l) => includesUser(rules.approvers, l, groups))) return `not among the approvers (${rules.approvers.join(", ")})`;
    return void 0;
  };
  const counted = [];
  const ignored = [];
  for (const [gh, review] of latestReviews(reviews)) {
    if (review.state !== "APPROVED") continue;
    const why = whyNot(gh) ?? (review.commitId !== pr.headSha ? "approved an older commit; approve the latest one" : void 0);
    if (why) ignored.push({ user: review.user, why });
    else counted.push(review.user);
  }
  const candidates = [...byGitHub.keys()].filter((gh) => whyNot(gh) === void 0 && !counted.some((c) => c.toLowerCase() === gh)).map((gh) => [...access2.people.values()].find((v) => v.toLowerCase() === gh)).sort();
  return {
    path: grant.path,
    approved: counted.length >= rules.approvals,
    required: rules.approvals,
    counted,
    ignored,
    candidates,
    approvers: rules.approvers
  };
}

// src/review/plan.ts
function makePlan(base, head) {
  const before = new Map(base.grants.map((g) => [g.path, g]));
  const after = new Map(head.grants.map((g) => [g.path, g]));
  const grants = [];
  for (const path of [.../* @__PURE__ */ new Set([...before.keys(), ...after.keys()])].sort()) {
    const b = before.get(path);
    const a = after.get(path);
    if (a && !b) grants.push({ path, kind: "added", after: a, words: describe2(a, head.access, head.now) });
    else if (b && !a) grants.push({ path, kind: "removed", before: b, words: removal(b) });
    else if (a && b && grantKey(a) !== grantKey(b)) {
      const kind = changeKind(b.grant, a.grant);
      grants.push({ path, kind, before: b, after: a, words: describe2(a, head.access, head.now, kind, b.grant) });
    }
  }
  return {
    grants,
    policy: diffPolicies(base.policy, head.policy),
    dns: diffPolicies({ ...base.dns }, { ...head.dns })
  };
}
function grantKey(e) {
  if (!e.grant) return `invalid:${e.findings.map((f) => f.message).join("|")}`;
  const { locate: _locate, ...rest } = e.grant;
  return canonicalJson(rest);
}
function changeKind(before, after) {
  if (!before || !after) return "changed";
  const { expires: be, locate: _l1, ...b } = before;
  const { expires: ae, locate: _l2, ...a } = after;
  if (canonicalJson(a) !== canonicalJson(b)) return "changed";
  return ae.getTime() > be.getTime() ? "extended" : "shortened";
}
function describe2(entry, access2, now, kind = "added", before) {
  const g = entry.grant;
  if (!g) return `${entry.path} is invalid: ${entry.findings.find((f) => f.severity === "error")?.message ?? "see the findings"}`;
  const who = g.grantees.join(", ");
  const what = accessWords(g, access2);
  const from = g.starts && g.starts.getTime() > now.getTime() ? g.starts : now;
  const length = formatDuration(Math.max(0, g.expires.getTime() - from.getTime()));
  const window = g.starts && g.starts.getTime() > now.getTime() ? `from ${humanUtc(g.starts)} for ${length}, until ${humanUtc(g.expires)}` : g.expires.getTime() <= now.getTime() ? `but the grant already expired at ${humanUtc(g.expires)}` : `for ${length}, until ${humanUtc(g.expires)}`;
  const verb = g.grantees.length > 1 ? "get" : "gets";
  if ((kind === "extended" || kind === "shortened") && before) {
    const delta = formatDuration(Math.abs(g.expires.getTime() - before.expires.getTime()));
    return `${kind === "extended" ? "Extends" : "Shortens"} ${who}'s ${what} by ${delta}: now until ${humanUtc(g.expires)} (was ${humanUtc(before.expires)}).`;
  }
  return `${who} ${verb} ${what} ${window}.`;
}
function removal(entry) {
  const g = entry.grant;
  if (!g) return `Removes the invalid grant file ${entry.path}.`;
  return `Removes ${g.grantees.join(", ")}'s grant of ${g.resource ?? "inline rules"} (until ${humanUtc(g.expires)}).`;
}
function accessWords(g, access2) {
  const resource = g.resource !== void 0 ? access2.resources.get(g.resource) : void 0;
  const grants = resource?.grants ?? g.inline?.grants ?? [];
  const ssh = resource?.ssh ?? g.inline?.ssh ?? [];
  const parts = [
    ...grants.map((r) => {
      const ip = Array.isArray(r.ip) ? r.ip.join(", ") : "app capabilities";
      return `${ip} on ${list(r.dst)}`;
    }),
    ...ssh.map((r) => `SSH as ${list(r.users)}${r.action === "check" ? " (check)" : ""} to ${list(r.dst)}`)
  ];
  const label = g.resource !== void 0 ? ` ("${g.resource}")` : " (inline rules)";
  return (parts.length ? parts.join(" and ") : "nothing") + label;
}
function list(v) {
  return Array.isArray(v) ? v.join(", ") : String(v ?? "");
}

// src/modes/offline.ts
import { mkdir as mkdir2, writeFile as writeFile2 } from "node:fs/promises";
import { join } from "node:path";
async function offlineCheck(ctx, opts = {}) {
  const { policyDir, grantsDir } = ctx.inputs;
  const files = await readRepository(ctx.workspace, policyDir, grantsDir);
  const result = checkRepository({
    policyDir,
    policyFiles: files.policyFiles,
    grantFiles: files.grantFiles,
    now: ctx.now,
    source: { ...ctx.source, commit: ctx.sha ?? ctx.source.commit },
    exclude: opts.exclude,
    readFindings: [
      ...files.findings,
      ...[...opts.exclude ?? []].map(
        ([path, why]) => error("grant/unapproved", `Left out of the policy: ${why}.`, { file: path, line: 1, column: 1 })
      )
    ]
  });
  await mkdir2(ctx.outDir, { recursive: true });
  const policyFile = join(ctx.outDir, "policy.hujson");
  await writeFile2(policyFile, result.compiled.text);
  return { result, policyFile };
}
function grantOutputs(result, policyFile) {
  const counts = countByState(result.compiled);
  return {
    "policy-file": policyFile,
    digest: result.compiled.digest,
    "active-grants": String(counts.active),
    "scheduled-grants": String(counts.scheduled),
    "expired-grants": String(counts.expired),
    "next-change": result.compiled.nextChange ? isoUtc(result.compiled.nextChange) : ""
  };
}

// src/modes/check.ts
function pullRequestOf(ctx) {
  const pr = ctx.event.pull_request;
  if (!pr || typeof pr.number !== "number") return void 0;
  return { number: pr.number, headSha: pr.head?.sha, baseSha: pr.base?.sha, author: pr.user?.login ?? null };
}
function githubClient(ctx) {
  if (!ctx.inputs.githubToken || !ctx.owner || !ctx.repo) return void 0;
  return createGitHubClient({
    token: ctx.inputs.githubToken,
    apiUrl: ctx.githubApiUrl,
    owner: ctx.owner,
    repo: ctx.repo,
    dryRun: ctx.inputs.dryRun
  });
}
async function checkMode(ctx) {
  const { result, policyFile } = await offlineCheck(ctx);
  annotate(result.findings);
  const outputs = { ...grantOutputs(result, policyFile), changed: "false" };
  const errors = result.findings.filter((f) => f.severity === "error").length;
  const pr = pullRequestOf(ctx);
  if (!pr) {
    return {
      outputs,
      summary: renderCheckMarkdown(result),
      ...result.ok ? {} : { failure: `The policy or grants have ${errors} error(s); see the annotations.`, exitCode: 1 }
    };
  }
  const review = await reviewPullRequest(ctx, result, pr);
  const failures = [
    errors ? `the policy or grants have ${errors} error(s)` : "",
    review.missing ? `${review.missing} grant(s) lack the approvals they need` : ""
  ].filter(Boolean);
  return {
    outputs,
    summary: review.markdown,
    ...failures.length ? { failure: `Check failed: ${failures.join("; ")}. See the plan in the job summary.`, exitCode: 1 } : {}
  };
}
async function reviewPullRequest(ctx, head, pr) {
  const { policyDir, grantsDir } = ctx.inputs;
  await ensureCommit(ctx.workspace, pr.baseSha);
  const baseFiles = await filesAt(ctx.workspace, pr.baseSha, [policyDir, grantsDir]);
  const prefix = (dir) => (f) => f.path.startsWith(dir.replace(/\/+$/, "") + "/");
  const base = checkRepository({
    policyDir,
    policyFiles: baseFiles.filter(prefix(policyDir)),
    grantFiles: baseFiles.filter(prefix(grantsDir)),
    now: head.compiled.now
  });
  const plan = makePlan(base.compiled, head.compiled);
  const github = githubClient(ctx);
  const reviews = github ? await github.listReviews(pr.number) : [];
  const verdicts = plan.grants.filter((c) => c.kind !== "removed" && c.after?.grant).map((c) => evaluateApprovals(c.after.grant, head.compiled.access, head.compiled.policy, pr, reviews));
  const missing = verdicts.filter((v) => !v.approved).length;
  const markdown = renderPlanMarkdown(plan, verdicts, head, { approvalsLookedUp: github !== void 0 });
  if (github) {
    try {
      await github.upsertStickyComment(pr.number, PLAN_MARKER, markdown);
    } catch (e) {
      if (!(e instanceof GitHubApiError) || e.status !== 403 && e.status !== 404) throw e;
      warning(`Could not comment on the pull request (${e.status}); the plan is in the job summary.`);
    }
  }
  return { markdown, missing };
}

// src/review/merged.ts
async function unapprovedGrants(compiled, root, grantsDir, github) {
  const out = /* @__PURE__ */ new Map();
  const candidates = compiled.grants.filter((g) => g.grant && g.state !== "expired");
  if (candidates.length === 0) return out;
  if (!github) {
    for (const g of candidates) out.set(g.path, "its approval could not be verified (no github-token)");
    return out;
  }
  if (await isShallow(root)) {
    for (const g of candidates) out.set(g.path, "its approval could not be verified: check out with fetch-depth: 0");
    return out;
  }
  const commits = await lastCommits(root, grantsDir);
  const pullsOf = memo((sha) => github.listPullsForCommit(sha));
  const filesOf = memo((n) => github.listPullFiles(n));
  const reviewsOf = memo((n) => github.listReviews(n));
  for (const entry of candidates) {
    const sha = commits.get(entry.path);
    const pull = sha ? await mergedPullFor(await pullsOf(sha), filesOf, entry.path) : void 0;
    if (!pull) {
      out.set(entry.path, "it reached the default branch without a pull request");
      continue;
    }
    const reviews = await reviewsOf(pull.number);
    const verdict = evaluateApprovals(entry.grant, compiled.access, compiled.policy, { author: pull.author, headSha: pull.headSha }, reviews);
    if (!verdict.approved) {
      out.set(entry.path, `pull request #${pull.number} was merged without ${verdict.required} qualifying approval(s)`);
    }
  }
  return out;
}
async function mergedPullFor(pulls, filesOf, path) {
  for (const pull of pulls) {
    if (!pull.merged) continue;
    const files = await filesOf(pull.number);
    if (files.some((f) => f.filename === path || f.previousFilename === path)) return pull;
  }
  return void 0;
}
function memo(load) {
  const cache = /* @__PURE__ */ new Map();
  return (key) => {
    let hit = cache.get(key);
    if (!hit) cache.set(key, hit = load(key));
    return hit;
  };
}

// src/modes/apply.ts
async function applyPolicy(ctx, opts = {}) {
  let exclude = opts.exclude;
  if (!exclude) {
    const first = await offlineCheck(ctx);
    exclude = await unapprovedGrants(first.result.compiled, ctx.workspace, ctx.inputs.grantsDir, opts.github ?? githubClient(ctx));
  }
  const { result, policyFile } = await offlineCheck(ctx, { exclude });
  annotate(result.findings);
  const outcome = { result, policyFile, writes: [], pushed: false, dnsChanged: [] };
  const errors = result.findings.filter((f) => f.severity === "error").length;
  if (!result.pushable) {
    return { ...outcome, failure: `The base policy has ${errors} error(s); nothing was pushed.`, exitCode: 1 };
  }
  const client = opts.client ?? tailscaleClient(ctx.inputs, ctx.inputs.mode);
  const { dryRun, onDrift } = ctx.inputs;
  try {
    const validation = await client.validatePolicy(JSON.stringify(result.compiled.policy));
    if (!validation.ok) {
      const details = validation.data.flatMap((d) => d.errors.map((e) => d.user ? `${d.user}: ${e}` : e));
      return {
        ...outcome,
        failure: `Tailscale rejected the compiled policy: ${validation.message ?? "invalid"}${details.length ? ` (${details.slice(0, 5).join("; ")})` : ""}. Nothing was pushed.`,
        exitCode: 1
      };
    }
    const live = await client.getPolicy();
    const decision = decidePush(result.compiled, live, onDrift);
    outcome.decision = decision;
    if (decision.action === "stop") {
      error2(`The live policy was edited outside Git. What the push would change:
${formatChanges(decision.changes)}`);
      return {
        ...outcome,
        failure: "The tailnet policy was edited outside Git (its content no longer matches its tailpolicy-digest), so it was not overwritten. Bring the edit into the repository, or re-run with on-drift: warn or overwrite to replace it.",
        exitCode: 1
      };
    }
    if (decision.action === "push") {
      if (decision.drift) warning(`The live policy was edited outside Git; on-drift is "warn", so it is replaced by the repository's policy.`);
      outcome.writes.push(`POST /api/v2/tailnet/${ctx.inputs.tailnet}/acl If-Match: ${decision.ifMatch} (${result.compiled.text.length} bytes, ${decision.changes.length} rule change(s))`);
      if (!dryRun) {
        await client.setPolicy(result.compiled.text, decision.ifMatch);
        outcome.pushed = true;
      }
    }
    await applyDns(client, result, outcome, ctx);
  } catch (e) {
    if (e instanceof PolicyConflictError) {
      const takeover = outcome.decision?.action === "push" && outcome.decision.takeover === "default-only";
      return {
        ...outcome,
        writes: [],
        failure: takeover ? "The tailnet's policy was never managed by tailpolicy and is not Tailscale's default, so it was not replaced. Copy it into policy/ first, or run once with on-drift: warn to take it over." : "The tailnet policy changed between reading and writing it (HTTP 412), so nothing was overwritten. Re-run the workflow: it will read the new policy and check it for drift.",
        exitCode: 3
      };
    }
    if (e instanceof TailscaleError) throw new ExternalError(e.message, { cause: e });
    throw e;
  }
  if (!result.ok) return { ...outcome, failure: `${errors} error(s) in the grants: those grants were left out of the pushed policy.`, exitCode: 1 };
  return outcome;
}
async function applyDns(client, result, outcome, ctx) {
  const desired = result.compiled.dns;
  if (!desired) return;
  const live = {
    splitDNS: desired.splitDNS ? await client.getSplitDns() : {},
    nameservers: desired.nameservers || desired.magicDNS !== void 0 ? await client.getNameservers() : [],
    searchPaths: desired.searchPaths ? await client.getSearchPaths() : [],
    magicDNS: desired.magicDNS !== void 0 ? (await client.getPreferences()).magicDNS : false
  };
  const plan = planDns(desired, live);
  const base = `/api/v2/tailnet/${ctx.inputs.tailnet}/dns`;
  const dry = ctx.inputs.dryRun;
  if (plan.splitDNS) {
    outcome.writes.push(`PUT ${base}/split-dns ${JSON.stringify(plan.splitDNS)}`);
    outcome.dnsChanged.push(`split DNS: ${Object.keys(plan.splitDNS).length} domain(s)`);
    if (!dry) await client.putSplitDns(plan.splitDNS);
  }
  if (plan.nameservers) {
    outcome.writes.push(`POST ${base}/nameservers ${JSON.stringify({ dns: plan.nameservers })}`);
    outcome.dnsChanged.push(`nameservers: ${plan.nameservers.join(", ") || "none"}`);
    if (!dry) await client.setNameservers(plan.nameservers);
  }
  if (plan.searchPaths) {
    outcome.writes.push(`POST ${base}/searchpaths ${JSON.stringify({ searchPaths: plan.searchPaths })}`);
    outcome.dnsChanged.push(`search paths: ${plan.searchPaths.join(", ") || "none"}`);
    if (!dry) await client.setSearchPaths(plan.searchPaths);
  }
  if (plan.magicDNS !== void 0) {
    outcome.writes.push(`POST ${base}/preferences ${JSON.stringify({ magicDNS: plan.magicDNS })}`);
    outcome.dnsChanged.push(`MagicDNS ${plan.magicDNS ? "on" : "off"}`);
    if (!dry) await client.setPreferences({ magicDNS: plan.magicDNS });
  }
}
function applySummary(o, ctx, title = "tailpolicy apply") {
  const d = o.decision;
  const dry = ctx.inputs.dryRun;
  const verb = dry ? "would push" : "pushed";
  const status = o.failure ? `\u274C ${md(o.failure, 600)}` : d?.action === "push" ? `\u2705 policy ${verb}${d.drift ? " (replacing an edit made outside Git)" : ""}` : "\u2705 the live policy already matches";
  const out = [`## ${md(title)}${dry ? " (dry run)" : ""}`, "", status, ""];
  if (d && d.action !== "none") {
    out.push(`### ${d.action === "stop" ? "Difference between the live policy and the repository" : "Changes to the tailnet policy"}`, "");
    out.push(d.changes.length ? pre(formatChanges(d.changes)) : "_Only comments or formatting differ._\n");
  }
  if (o.dnsChanged.length) out.push("### DNS", "", ...o.dnsChanged.map((c) => `- ${md(c)}`), "");
  if (dry && o.writes.length) out.push("### Requests a real run would send", "", pre(o.writes.join("\n")));
  out.push("### Grants", "", grantsTable(o.result));
  if (o.result.findings.length) out.push("### Findings", "", findingsTable(o.result.findings));
  return out.join("\n");
}
async function applyMode(ctx) {
  const o = await applyPolicy(ctx);
  for (const w of o.writes) info(`tailpolicy: ${ctx.inputs.dryRun ? "would send" : "sent"} ${w}`);
  const changed = o.pushed || !ctx.inputs.dryRun && o.dnsChanged.length > 0;
  return {
    outputs: { ...grantOutputs(o.result, o.policyFile), changed: String(changed) },
    summary: applySummary(o, ctx),
    ...o.failure ? { failure: o.failure, exitCode: o.exitCode } : {}
  };
}

// src/modes/audit.ts
import { join as join2 } from "node:path";
async function auditMode(ctx) {
  const { githubToken, policyDir, grantsDir } = ctx.inputs;
  const github = githubToken && ctx.owner && ctx.repo ? createGitHubClient({ token: githubToken, apiUrl: ctx.githubApiUrl, owner: ctx.owner, repo: ctx.repo }) : void 0;
  if (!github) info("tailpolicy audit: no github-token or repository; approvals are not looked up.");
  const run4 = await runAudit({
    root: ctx.workspace,
    policyDir,
    grantsDir,
    now: ctx.now,
    github,
    repository: ctx.owner && ctx.repo ? `${ctx.owner}/${ctx.repo}` : void 0,
    env: ctx.env
  });
  const dir = join2(ctx.outDir, "audit");
  const files = await writeAuditFiles(dir, run4);
  info(`tailpolicy audit: wrote ${files.csv}, ${files.json} and ${files.markdown}`);
  const unapproved = run4.report.summary.unapproved ?? 0;
  const summary2 = `## tailpolicy audit ${unapproved ? "\u274C" : "\u2705"}

` + renderSummaryMarkdown(run4.report) + `
The evidence (${code("audit.csv")}, ${code("audit.json")}, ${code("audit.md")}) is in ${code(dir)}, uploaded as the workflow's artifact.
`;
  return {
    outputs: { "policy-file": "" },
    summary: summary2,
    ...unapproved ? { failure: `${unapproved} grant event(s) reached the default branch without a qualifying approval; see audit.md.`, exitCode: 1 } : {}
  };
}

// src/modes/expire.ts
import { execFile as execFile2 } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join as join3 } from "node:path";
import { promisify as promisify2 } from "node:util";

// src/cleanup/plan.ts
var CLEANUP_BRANCH = "tailpolicy/expired";
var CLEANUP_MARKER = "<!-- tailpolicy:cleanup -->";
var SOON_MS = 24 * 36e5;
function expiredGrants(compiled) {
  const groups = groupMembers(compiled.policy);
  const out = [];
  for (const entry of compiled.grants) {
    const g = entry.grant;
    if (!g || entry.state !== "expired") continue;
    const users = [...new Set(g.grantees.flatMap((who) => who.startsWith("group:") ? groups.get(who) ?? [] : [who]))];
    const logins = /* @__PURE__ */ new Set();
    const unmapped = [];
    for (const user of users) {
      const login = compiled.access.people.get(user);
      if (login !== void 0 && isGitHubLogin(login)) logins.add(login);
      else unmapped.push(user);
    }
    out.push({ ...summarize(g), logins: [...logins].sort(), unmapped: unmapped.sort() });
  }
  return out;
}
function expiringSoon(compiled, withinMs = SOON_MS) {
  const until = compiled.now.getTime() + withinMs;
  return compiled.grants.filter((e) => e.grant && e.state !== "expired" && e.grant.expires.getTime() <= until).map((e) => summarize(e.grant)).sort((a, b) => a.expires.getTime() - b.expires.getTime() || (a.path < b.path ? -1 : 1));
}
function summarize(g) {
  return {
    path: g.path,
    grantees: g.grantees,
    resource: g.resource ?? "inline rules",
    reason: g.reason,
    ...g.ticket !== void 0 && { ticket: g.ticket },
    ...g.starts && { starts: g.starts },
    expires: g.expires
  };
}
function isGitHubLogin(login) {
  return /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/.test(login);
}
function planCleanupPull(input) {
  const expired = [...input.expired].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const n = expired.length;
  const deletions = expired.map((g) => g.path);
  const title = `tailpolicy: delete ${n} expired access grant${n === 1 ? "" : "s"}`;
  const commitMessage = `Delete ${n} expired access grant${n === 1 ? "" : "s"}

tailpolicy already took ${n === 1 ? "it" : "them"} out of the tailnet policy; this removes the file${n === 1 ? "" : "s"}.

` + deletions.map((p) => `- ${oneLine(p, 300)}`).join("\n") + "\n";
  return { deletions, title, body: renderCleanupBody(expired, input.soon, input.origins ?? /* @__PURE__ */ new Map()), commitMessage };
}
function expiredTable(expired, origins = /* @__PURE__ */ new Map()) {
  const lines = ["| Grant file | Grantees | Resource | Reason | Expired | Requested in |", "| --- | --- | --- | --- | --- | --- |"];
  for (const g of expired) {
    const origin = origins.get(g.path);
    lines.push(
      `| ${code(g.path)} | ${md(g.grantees.join(", "))} | ${md(g.resource)} | ${md(g.reason, 300)}${g.ticket ? ` (${md(g.ticket, 100)})` : ""} | ${md(humanUtc(g.expires))} | ${origin !== void 0 ? `#${origin}` : "\u2014"} |`
    );
  }
  return lines.join("\n") + "\n";
}
function soonTable(soon) {
  const lines = ["| Grant file | Grantees | Resource | Expires |", "| --- | --- | --- | --- |"];
  for (const g of soon) {
    lines.push(`| ${code(g.path)} | ${md(g.grantees.join(", "))} | ${md(g.resource)} | ${md(humanUtc(g.expires))} |`);
  }
  return lines.join("\n") + "\n";
}
function renderCleanupBody(expired, soon, origins) {
  const n = expired.length;
  const logins = [...new Set(expired.flatMap((g) => g.logins))].sort();
  const unmapped = [...new Set(expired.flatMap((g) => g.unmapped))].sort();
  const out = [
    CLEANUP_MARKER,
    `### ${n} expired access grant${n === 1 ? "" : "s"}`,
    "",
    "tailpolicy takes expired grants out of the tailnet policy on every scheduled run, whether or not this pull request is merged. Merging it deletes their files, so that the grants folder shows only current and upcoming access. No approval is needed to delete a grant.",
    "",
    expiredTable(expired, origins)
  ];
  if (logins.length) out.push(`Grantees: ${logins.map((l) => `@${l}`).join(", ")}: the access listed above has expired. Open a new grant pull request if you still need it.`, "");
  if (unmapped.length) out.push(`No GitHub login in access.yaml \`people\` for: ${md(unmapped.join(", "))}.`, "");
  if (soon.length) out.push("### Expiring within 24 hours", "", soonTable(soon));
  out.push("---", "_Opened by tailpolicy (expire mode) and kept up to date by each scheduled run; closed when nothing is expired._", "");
  return truncate(out.join("\n"), COMMENT_LIMIT);
}

// src/cleanup/schedule.ts
var MINUTE_MS = 6e4;
var HORIZON_MS = 8 * 24 * 36e5;
var FIELDS = [
  [0, 59],
  // minute
  [0, 23],
  // hour
  [1, 31],
  // day of month
  [1, 12],
  // month
  [0, 7]
  // day of week (0 and 7 are Sunday)
];
function parseCron(text) {
  const parts = text.trim().split(/\s+/);
  if (parts.length !== 5) return void 0;
  const sets = [];
  for (const [i, part] of parts.entries()) {
    const set = parseField(part, FIELDS[i][0], FIELDS[i][1]);
    if (!set) return void 0;
    sets.push(set);
  }
  const [minutes, hours, days, months, weekdays] = sets;
  if (weekdays.has(7)) weekdays.add(0);
  const dayRestricted = parts[2] !== "*";
  const weekdayRestricted = parts[4] !== "*";
  return {
    text: parts.join(" "),
    matches(date) {
      if (!minutes.has(date.getUTCMinutes()) || !hours.has(date.getUTCHours()) || !months.has(date.getUTCMonth() + 1)) return false;
      const dom = days.has(date.getUTCDate());
      const dow = weekdays.has(date.getUTCDay());
      return dayRestricted && weekdayRestricted ? dom || dow : dom && dow;
    }
  };
}
function parseField(field2, min, max) {
  const out = /* @__PURE__ */ new Set();
  for (const item of field2.split(",")) {
    const m = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(item);
    if (!m) return void 0;
    const step = m[4] !== void 0 ? Number(m[4]) : 1;
    let from = min;
    let to = max;
    if (m[1] !== "*") {
      from = Number(m[2]);
      to = m[3] !== void 0 ? Number(m[3]) : m[4] !== void 0 ? max : from;
    }
    if (step < 1 || from < min || to > max || from > to) return void 0;
    for (let v = from; v <= to; v += step) out.add(v);
  }
  return out;
}
function nextRun(schedule, at) {
  const start = Math.ceil(at.getTime() / MINUTE_MS) * MINUTE_MS;
  for (let t = start; t <= start + HORIZON_MS; t += MINUTE_MS) {
    if (schedule.matches(new Date(t))) return new Date(t);
  }
  return void 0;
}
function previousRun(schedule, at) {
  const start = Math.floor(at.getTime() / MINUTE_MS) * MINUTE_MS;
  for (let t = start; t >= start - HORIZON_MS; t -= MINUTE_MS) {
    if (schedule.matches(new Date(t))) return new Date(t);
  }
  return void 0;
}
function longestGap(schedule, from) {
  let previous = nextRun(schedule, from);
  if (!previous) return void 0;
  let longest = 0;
  const end = previous.getTime() + 7 * 24 * 36e5;
  while (previous.getTime() < end) {
    const next = nextRun(schedule, new Date(previous.getTime() + MINUTE_MS));
    if (!next) return void 0;
    longest = Math.max(longest, next.getTime() - previous.getTime());
    previous = next;
  }
  return longest;
}

// src/modes/expire.ts
var run2 = promisify2(execFile2);
var MAX_ORIGIN_LOOKUPS = 30;
async function syncCleanupPull(github, target) {
  const open2 = await github.findOpenPullByHead(CLEANUP_BRANCH);
  const branchSha = await github.getBranchSha(CLEANUP_BRANCH);
  const { deletions } = target;
  if (deletions.length === 0) {
    if (open2) await github.closePull(open2.number);
    if (branchSha) await github.deleteBranch(CLEANUP_BRANCH);
    return {
      action: open2 ? "closed" : branchSha ? "branch-deleted" : "none",
      ...open2 && { pull: { number: open2.number, url: open2.htmlUrl } },
      committed: false,
      deletions
    };
  }
  const upToDate = branchSha !== void 0 && open2 !== void 0 && await branchIsExactly(github, branchSha, open2, target);
  if (!upToDate) {
    await github.commitFileChanges({ branch: CLEANUP_BRANCH, baseSha: target.baseSha, message: target.commitMessage, deletions });
  }
  const committed = !upToDate;
  if (open2) {
    const changed = await updateIfNeeded(github, open2, target);
    return { action: changed || committed ? "updated" : "unchanged", pull: { number: open2.number, url: open2.htmlUrl }, committed, deletions };
  }
  try {
    const created = await github.createPull({ title: target.title, head: CLEANUP_BRANCH, base: target.defaultBranch, body: target.body });
    return { action: "created", pull: { number: created.number, url: created.htmlUrl }, committed, deletions };
  } catch (error3) {
    if (!(error3 instanceof GitHubApiError && error3.status === 422 && /already exists/i.test(error3.githubMessage))) throw error3;
    const other = await findOpenPull(github);
    if (!other) throw error3;
    await updateIfNeeded(github, other, target);
    return { action: "updated", pull: { number: other.number, url: other.htmlUrl }, committed, deletions };
  }
}
async function branchIsExactly(github, branchSha, open2, target) {
  if (open2.headSha !== branchSha || open2.baseRef !== target.defaultBranch) return false;
  const [tip] = await github.listCommitsForPath(target.deletions[0], { sha: branchSha });
  if (!tip || tip.sha !== branchSha || tip.parents.length !== 1 || tip.parents[0] !== target.baseSha) return false;
  const files = await github.listPullFiles(open2.number);
  const wanted = new Set(target.deletions);
  return files.length === wanted.size && files.every((f) => f.status === "removed" && wanted.has(f.filename));
}
async function updateIfNeeded(github, pull, target) {
  if (pull.title === target.title && (pull.body ?? "") === target.body) return false;
  await github.updatePull(pull.number, { title: target.title, body: target.body });
  return true;
}
async function findOpenPull(github) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const pull = await github.findOpenPullByHead(CLEANUP_BRANCH);
    if (pull) return pull;
    await new Promise((resolve) => setTimeout(resolve, 1e3 * (attempt + 1)));
  }
  return void 0;
}
async function expireMode(ctx) {
  const github = githubClient(ctx);
  const applied = await revoke(ctx, github);
  for (const w of applied.writes) info(`tailpolicy: ${ctx.inputs.dryRun ? "would send" : "sent"} ${w}`);
  const compiled = applied.result.compiled;
  const expired = expiredGrants(compiled);
  let cleanup;
  let cleanupFailure;
  let skipped = [];
  let origins = /* @__PURE__ */ new Map();
  if (!github) {
    warning(
      "No github-token (or no GITHUB_REPOSITORY): the policy was handled, but no cleanup pull request could be made. Pass github-token (the default is ${{ github.token }}) with permissions contents: write and pull-requests: write."
    );
  } else {
    try {
      const prepared = await prepareCleanup(ctx, github, compiled, expired);
      skipped = prepared.skipped;
      origins = prepared.origins;
      cleanup = await syncCleanupPull(github, prepared.target);
    } catch (error3) {
      if (!(error3 instanceof GitHubApiError)) throw error3;
      cleanupFailure = `${error3.message}${permissionHint(error3)}`;
    }
    for (const w of github.plannedWrites()) info(`tailpolicy: would send ${describeWrite(w)}`);
  }
  const failure = combineFailures(applied, ctx, cleanupFailure);
  const changed = applied.pushed || !ctx.inputs.dryRun && applied.dnsChanged.length > 0;
  const openPull = cleanup && cleanup.action !== "closed" && cleanup.pull && cleanup.pull.number > 0 ? cleanup.pull : void 0;
  return {
    outputs: {
      ...grantOutputs(applied.result, applied.policyFile),
      changed: String(changed),
      "expired-grants": String(expired.length),
      "pr-number": openPull ? String(openPull.number) : "",
      "pr-url": openPull?.url ?? ""
    },
    summary: expireSummary({ ctx, applied, expired, cleanup, cleanupFailure, skipped, origins, github, hasToken: github !== void 0 }),
    ...failure ?? {}
  };
}
async function revoke(ctx, github) {
  try {
    let outcome = await applyPolicy(ctx, { github });
    if (isConflict(outcome)) {
      warning("The tailnet policy changed while this run was writing it (HTTP 412); reading it again and checking it for drift.");
      outcome = await applyPolicy(ctx, { github });
    }
    return outcome;
  } catch (error3) {
    const gh = error3 instanceof GitHubApiError ? error3 : error3 instanceof ExternalError && error3.cause instanceof GitHubApiError ? error3.cause : void 0;
    if (gh) {
      warning(`Could not verify the grants' approvals on GitHub (${gh.message}); pushing the policy without any unexpired grant.`);
      const { result: result2 } = await offlineCheck(ctx);
      const exclude = new Map(
        result2.compiled.grants.filter((g) => g.grant && g.state !== "expired").map((g) => [g.path, "its approval could not be verified (GitHub failed)"])
      );
      const outcome = await applyPolicy(ctx, { github, exclude });
      return { ...outcome, failure: [`Approvals could not be verified (${gh.message}), so every unexpired grant was left out.`, outcome.failure].filter(Boolean).join(" "), exitCode: outcome.exitCode ?? 3 };
    }
    if (!(error3 instanceof ExternalError || error3 instanceof UserError)) throw error3;
    const { result, policyFile } = await offlineCheck(ctx);
    return { result, policyFile, writes: [], pushed: false, dnsChanged: [], failure: error3.message, exitCode: error3.exitCode };
  }
}
function isConflict(o) {
  return o.exitCode === 3 && !o.pushed && o.decision?.action === "push" && !o.result.compiled.baseErrors;
}
async function prepareCleanup(ctx, github, compiled, expired) {
  const defaultBranch = await github.getDefaultBranch();
  const baseSha = await github.getBranchSha(defaultBranch);
  if (!baseSha) throw new GitHubApiError(404, "GET", `/git/ref/heads/${defaultBranch}`, "the default branch has no commit");
  const skipped = [];
  let keep = expired;
  const checkedOut = ctx.sha ?? await workspaceHead(ctx.workspace);
  if (checkedOut !== baseSha && expired.length > 0) {
    keep = [];
    for (const g of expired) {
      const local = await readFile(join3(ctx.workspace, g.path), "utf8").catch(() => void 0);
      const remote = await github.getFileAt(g.path, baseSha);
      if (remote === void 0) skipped.push({ path: g.path, why: `already deleted on ${defaultBranch}` });
      else if (remote !== local) skipped.push({ path: g.path, why: `changed on ${defaultBranch} since this checkout; the next run decides` });
      else keep.push(g);
    }
  }
  const origins = await findOrigins(ctx, github, keep, baseSha, defaultBranch);
  const pull = planCleanupPull({ expired: keep, soon: expiringSoon(compiled), origins });
  return { target: { ...pull, defaultBranch, baseSha }, skipped, origins };
}
async function findOrigins(ctx, github, expired, baseSha, defaultBranch) {
  const origins = /* @__PURE__ */ new Map();
  const shallow = await isShallowCheckout(ctx.workspace);
  for (const g of expired.slice(0, MAX_ORIGIN_LOOKUPS)) {
    try {
      let added = shallow ? void 0 : await addingCommit(ctx.workspace, g.path);
      if (!added) {
        const commits = await github.listCommitsForPath(g.path, { sha: baseSha });
        added = commits[commits.length - 1]?.sha;
      }
      if (!added) continue;
      const pulls = (await github.listPullsForCommit(added)).filter((p) => p.headRef !== CLEANUP_BRANCH);
      const pull = pulls.find((p) => p.merged && p.baseRef === defaultBranch) ?? pulls.find((p) => p.merged) ?? pulls[0];
      if (pull) origins.set(g.path, pull.number);
    } catch (error3) {
      if (!(error3 instanceof GitHubApiError)) throw error3;
      warning(`Could not find the pull request that added ${g.path}: ${error3.message}`);
    }
  }
  return origins;
}
async function git2(root, args) {
  try {
    const { stdout } = await run2("git", args, { cwd: root, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
    return stdout;
  } catch {
    return void 0;
  }
}
async function isShallowCheckout(root) {
  const out = await git2(root, ["rev-parse", "--is-shallow-repository"]);
  return out === void 0 || out.trim() !== "false";
}
async function workspaceHead(root) {
  return (await git2(root, ["rev-parse", "HEAD"]))?.trim() || void 0;
}
async function addingCommit(root, path) {
  return (await git2(root, ["log", "--diff-filter=A", "--format=%H", "-1", "HEAD", "--", path]))?.trim() || void 0;
}
function permissionHint(error3) {
  if (error3.status === 403 || error3.status === 401) {
    return " Give the workflow `permissions: contents: write, pull-requests: write`, and allow GitHub Actions to create pull requests (Settings \u2192 Actions \u2192 General \u2192 Workflow permissions), or pass a github-token that may.";
  }
  return "";
}
function combineFailures(applied, ctx, cleanupFailure) {
  if (!applied.failure && !cleanupFailure) return void 0;
  const policy = applied.failure ? applied.failure : applied.pushed ? "The policy was pushed" : ctx.inputs.dryRun ? "The policy would be pushed" : "The live policy already matched";
  if (!cleanupFailure) return { failure: applied.failure, exitCode: applied.exitCode ?? 1 };
  const text = applied.failure ? `${policy} The cleanup pull request also failed: ${cleanupFailure}` : `${policy}, but the cleanup pull request failed: ${cleanupFailure}`;
  return { failure: text, exitCode: applied.exitCode === 1 ? 1 : 3 };
}
function describeWrite(w) {
  return `${w.method} ${w.route}${w.body ? ` ${JSON.stringify(w.body)}` : ""}`;
}
function expireSummary(s) {
  const dry = s.ctx.inputs.dryRun;
  const out = [`## tailpolicy expire${dry ? " (dry run)" : ""}`, ""];
  out.push(policyLine(s.applied, dry), "", cleanupLine(s, dry), "", ...timing(s.ctx, s.applied.result.compiled), "");
  out.push("### Cleanup pull request", "");
  if (s.expired.length) out.push(expiredTable(s.expired, s.origins));
  else out.push("_No expired grant files._", "");
  if (s.skipped.length) {
    out.push("Left out of the cleanup this run:", "", ...s.skipped.map((k) => `- ${code(k.path)}: ${md(k.why)}`), "");
  }
  const soon = expiringSoon(s.applied.result.compiled);
  if (soon.length) out.push("#### Expiring within 24 hours", "", soonTable(soon));
  const planned = s.github?.plannedWrites() ?? [];
  if (dry && planned.length) {
    out.push("### GitHub requests a real run would send", "", pre(planned.map((w) => describeWrite(w)).join("\n")));
  }
  out.push(applySummary(s.applied, s.ctx, "Tailscale policy").replace(/^## /, "### "));
  return truncate(out.join("\n"), SUMMARY_LIMIT);
}
function policyLine(o, dry) {
  const revoked = o.result.compiled.grants.filter((g) => g.state === "expired").length;
  if (o.failure && !o.pushed) return `\u274C Tailscale: ${md(o.failure, 600)}`;
  const what = o.decision?.action === "push" ? dry ? "the policy would be pushed" : "policy pushed" : "the live policy already matches the repository";
  return `${o.failure ? "\u26A0\uFE0F" : "\u2705"} Tailscale: ${what}; ${revoked} expired grant${revoked === 1 ? " is" : "s are"} out of it.${o.failure ? ` ${md(o.failure, 600)}` : ""}`;
}
function cleanupLine(s, dry) {
  if (!s.hasToken) return "\u26A0\uFE0F Cleanup pull request: not made, because no github-token was given.";
  if (s.cleanupFailure) return `\u274C Cleanup pull request: ${md(s.cleanupFailure, 600)}`;
  const c = s.cleanup;
  if (!c) return "";
  const ref = c.pull && c.pull.number > 0 ? `[#${c.pull.number}](${encodeURI(c.pull.url)})` : "a new pull request";
  const n = c.deletions.length;
  const files = `${n} expired grant file${n === 1 ? "" : "s"}`;
  const would = dry ? "would be " : "";
  switch (c.action) {
    case "created":
      return `\u2705 Cleanup pull request: ${ref} ${would}opened, deleting ${files}.`;
    case "updated":
      return `\u2705 Cleanup pull request: ${ref} ${would}updated${c.committed ? " (new commit on the current default branch)" : ""}, deleting ${files}.`;
    case "unchanged":
      return `\u2705 Cleanup pull request: ${ref} is up to date, deleting ${files}.`;
    case "closed":
      return `\u2705 Cleanup pull request: nothing is expired; ${ref} ${would}closed and its branch deleted.`;
    case "branch-deleted":
      return `\u2705 Cleanup pull request: nothing is expired; the left-over branch ${code(CLEANUP_BRANCH)} ${would}deleted.`;
    case "none":
      return "\u2705 Cleanup pull request: nothing is expired.";
  }
}
function timing(ctx, compiled) {
  const lines = [];
  const next = compiled.nextChange;
  if (next) {
    const events = compiled.grants.flatMap((g) => {
      if (!g.grant || g.state === "expired") return [];
      const who = `${g.grant.grantees.join(", ")} on ${g.grant.resource ?? "inline rules"}`;
      return [
        ...g.grant.starts?.getTime() === next.getTime() ? [`${who} starts`] : [],
        ...g.grant.expires.getTime() === next.getTime() ? [`${who} ends`] : []
      ];
    });
    lines.push(`\u{1F552} Next change: ${md(humanUtc(next))}${events.length ? ` (${md(events.slice(0, 5).join("; "), 400)}${events.length > 5 ? ", \u2026" : ""})` : ""}.`);
  } else {
    lines.push("\u{1F552} Next change: none scheduled (no grant starts or ends later).");
  }
  const cron = typeof ctx.event.schedule === "string" ? parseCron(ctx.event.schedule) : void 0;
  if (!cron) {
    lines.push(
      "",
      "A scheduled run applies each change at its next run after the change is due: revocation can be as late as the schedule's interval plus GitHub's start delay for scheduled runs."
    );
    return lines;
  }
  const gap = longestGap(cron, ctx.now);
  const parts = [`This run was started by the schedule ${code(cron.text)}${gap ? ` (at most ${md(formatDuration(gap))} between runs)` : ""}.`];
  if (!ctx.inputs.now) {
    const due = previousRun(cron, ctx.now);
    if (due) parts.push(`It started ${md(lateness(ctx.now.getTime() - due.getTime()))} after its scheduled time (${md(humanUtc(due))}).`);
  }
  if (next) {
    const at = nextRun(cron, next);
    if (at) parts.push(`The next change is applied by the run scheduled for ${md(humanUtc(at))}, plus GitHub's start delay.`);
  }
  lines.push("", parts.join(" "));
  return lines;
}
function lateness(ms) {
  return ms < 6e4 ? `${Math.max(0, Math.round(ms / 1e3))}s` : formatDuration(ms);
}

// src/modes/context.ts
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as join4 } from "node:path";
function runContext(inputs, env, now) {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  let event = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
    } catch (e) {
      throw new UserError(`Cannot read the event payload at GITHUB_EVENT_PATH: ${e.message}`);
    }
  }
  return {
    inputs,
    now: inputs.now ?? now,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    outDir: join4(env.RUNNER_TEMP || tmpdir(), "tailpolicy"),
    eventName: env.GITHUB_EVENT_NAME || void 0,
    event,
    owner: owner || void 0,
    repo: repo || void 0,
    sha: env.GITHUB_SHA || void 0,
    githubApiUrl: (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, ""),
    source: sourceFromEnv(env),
    env
  };
}

// src/main.ts
var MODES2 = {
  check: checkMode,
  apply: applyMode,
  expire: expireMode,
  audit: auditMode
};
async function run3(env = process.env, now = /* @__PURE__ */ new Date()) {
  let result;
  try {
    const get = envInputs(env);
    for (const name of SECRET_INPUTS) {
      const value = get(name);
      if (value) setSecret(value);
    }
    const inputs = parseInputs(get, env);
    const mode = MODES2[inputs.mode];
    if (!mode) throw new UserError(`Mode "${inputs.mode}" is not available in this version of tailpolicy.`);
    result = await mode(runContext(inputs, env, now));
  } catch (e) {
    if (e instanceof UserError || e instanceof ExternalError || e instanceof GitHubApiError || e instanceof TailscaleError) {
      result = { outputs: {}, summary: "", failure: e.message };
    } else {
      error2(`Internal error in tailpolicy (please report it): ${e.stack ?? String(e)}`);
      result = { outputs: {}, summary: "", failure: "tailpolicy failed with an internal error; see the log." };
    }
  } finally {
    for (const [name, value] of Object.entries(result?.outputs ?? {})) setOutput(name, value);
    if (result?.summary && env.GITHUB_STEP_SUMMARY) await summary.addRaw(result.summary, true).write();
    if (result?.failure) setFailed(result.failure);
  }
}

// src/index.ts
await run3();
