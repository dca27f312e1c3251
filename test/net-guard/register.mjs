// Loaded with `node --import` into a host process under test. Every outbound socket, datagram
// and name lookup that is not loopback is refused and written to $JUDGEDESK_NET_GUARD_LOG, so the
// test can prove the process never tried to reach the network (DESIGN rule 5).
import { appendFileSync } from 'node:fs';
import dgram from 'node:dgram';
import dns from 'node:dns';
import net from 'node:net';

const logFile = process.env.JUDGEDESK_NET_GUARD_LOG;

function isLoopbackHost(host) {
  if (host === undefined || host === null || host === '') return true; // net defaults to localhost
  const h = String(host)
    .replace(/^\[|\]$/g, '')
    .toLowerCase();
  return h === 'localhost' || h === '::1' || h.startsWith('127.') || h === '::ffff:127.0.0.1';
}

function record(kind, target) {
  const line = JSON.stringify({ kind, target, pid: process.pid, at: new Date().toISOString() });
  if (logFile) appendFileSync(logFile, `${line}\n`);
  process.emitWarning(`net-guard blocked ${kind} ${target}`);
}

function blockedError(kind, target) {
  const error = new Error(`net-guard: ${kind} to ${target} refused (JudgeDesk must not leave this machine)`);
  error.code = 'ENETGUARD';
  return error;
}

// net.Socket#connect covers net.connect, tls.connect, http(s).request and undici's fetch.
const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(...args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  let host;
  let path;
  if (first !== null && typeof first === 'object') {
    host = first.host;
    path = first.path;
  } else if (typeof first === 'string' && Number.isNaN(Number(first))) {
    path = first;
  } else {
    host = typeof args[1] === 'string' ? args[1] : undefined;
  }
  if (path === undefined && !isLoopbackHost(host)) {
    const target = `${host}:${first?.port ?? first}`;
    record('connect', target);
    process.nextTick(() => this.destroy(blockedError('connect', target)));
    return this;
  }
  return originalConnect.apply(this, args);
};

function guardLookup(original, kind) {
  return function guarded(hostname, ...rest) {
    if (!isLoopbackHost(hostname)) {
      record(kind, hostname);
      const callback = rest.find((a) => typeof a === 'function');
      const error = blockedError(kind, hostname);
      if (callback) {
        process.nextTick(() => callback(error));
        return undefined;
      }
      return Promise.reject(error);
    }
    return original.call(this, hostname, ...rest);
  };
}

for (const name of [
  'lookup',
  'resolve',
  'resolve4',
  'resolve6',
  'resolveAny',
  'resolveCname',
  'resolveMx',
  'resolveTxt',
  'resolveSrv',
  'resolveNs',
]) {
  if (typeof dns[name] === 'function') dns[name] = guardLookup(dns[name], `dns.${name}`);
  if (typeof dns.promises[name] === 'function') dns.promises[name] = guardLookup(dns.promises[name], `dns.promises.${name}`);
}
for (const Resolver of [dns.Resolver, dns.promises.Resolver]) {
  for (const name of Object.getOwnPropertyNames(Resolver.prototype)) {
    if (name.startsWith('resolve') && typeof Resolver.prototype[name] === 'function') {
      Resolver.prototype[name] = guardLookup(Resolver.prototype[name], `Resolver.${name}`);
    }
  }
}

const originalSend = dgram.Socket.prototype.send;
dgram.Socket.prototype.send = function guardedSend(msg, ...rest) {
  const address = rest.find((a) => typeof a === 'string');
  if (!isLoopbackHost(address)) {
    record('udp', String(address));
    return undefined;
  }
  return originalSend.call(this, msg, ...rest);
};
const originalDgramConnect = dgram.Socket.prototype.connect;
dgram.Socket.prototype.connect = function guardedDgramConnect(port, address, ...rest) {
  if (!isLoopbackHost(typeof address === 'string' ? address : undefined)) {
    record('udp-connect', `${address}:${port}`);
    return undefined;
  }
  return originalDgramConnect.call(this, port, address, ...rest);
};
