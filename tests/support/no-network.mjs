// Preload for `node --import`: every way Node opens a connection or resolves a name throws, and is recorded (one
// JSON line per attempt) in the file named by CLAUSEMARK_NETWORK_LOG, so that an attempt the tool catches and
// swallows is still seen. Used by tests/hardening/network.cli.test.ts to show clausemark never goes on the network.
// Plain JavaScript: node loads it before anything is compiled. Worker threads inherit it (they inherit execArgv).
import { appendFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';

const log = process.env.CLAUSEMARK_NETWORK_LOG;

function blocked(what) {
  return function refuse(...args) {
    const target = args
      .map((arg) =>
        typeof arg === 'object' && arg !== null
          ? JSON.stringify(arg, (_key, value) => (typeof value === 'function' ? undefined : value))
          : String(arg),
      )
      .join(' ');
    const stack = new Error().stack?.split('\n').slice(2, 8).join('\n') ?? '';
    if (log)
      appendFileSync(log, `${JSON.stringify({ what, target: target.slice(0, 300), pid: process.pid, stack })}\n`);
    throw new Error(`network access blocked in this test: ${what} ${target.slice(0, 100)}`);
  };
}

net.connect = blocked('net.connect');
net.createConnection = blocked('net.createConnection');
net.Socket.prototype.connect = blocked('net.Socket#connect');
tls.connect = blocked('tls.connect');
http.request = blocked('http.request');
http.get = blocked('http.get');
https.request = blocked('https.request');
https.get = blocked('https.get');
http2.connect = blocked('http2.connect');
dgram.createSocket = blocked('dgram.createSocket');
for (const name of [
  'lookup',
  'lookupService',
  'resolve',
  'resolve4',
  'resolve6',
  'resolveAny',
  'resolveCname',
  'resolveMx',
  'resolveNs',
  'resolveSrv',
  'resolveTxt',
  'reverse',
]) {
  dns[name] = blocked(`dns.${name}`);
  dns.promises[name] = blocked(`dns.promises.${name}`);
}
globalThis.fetch = blocked('fetch');
if (typeof globalThis.WebSocket === 'function') globalThis.WebSocket = blocked('WebSocket');
// `import { request } from 'node:https'` reads the ES module view of the builtin: bring it up to date.
syncBuiltinESMExports();
