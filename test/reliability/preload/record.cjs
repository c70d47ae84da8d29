/**
 * A `--require` preload for the security tests: records every network
 * connection, DNS look-up, HTTP request, child process and file read that the
 * process (and its worker threads, which inherit --require) attempts, one JSON
 * line per event in the file named by ST_RECORD. Network and child-process
 * calls fail after being recorded; file reads go ahead.
 */
'use strict';
const fs = require('node:fs');
const out = process.env.ST_RECORD;
if (out) {
  const fd = fs.openSync(out, 'a');
  const writeSync = fs.writeSync;
  const record = (kind, detail) => {
    try {
      writeSync(fd, JSON.stringify({ kind, detail: String(detail) }) + '\n');
    } catch {
      // Recording must never change what the process does.
    }
  };
  const blocked = (kind) =>
    function (...args) {
      record(kind, args[0] && typeof args[0] === 'object' ? JSON.stringify(args[0]) : args[0]);
      throw new Error(`sourcetrace security test: ${kind} is not allowed`);
    };

  const net = require('node:net');
  net.Socket.prototype.connect = blocked('net.connect');
  net.connect = net.createConnection = blocked('net.connect');
  const tls = require('node:tls');
  tls.connect = blocked('tls.connect');
  const dns = require('node:dns');
  for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) dns[name] = blocked(`dns.${name}`);
  for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6']) dns.promises[name] = blocked(`dns.${name}`);
  for (const mod of ['node:http', 'node:https']) {
    const m = require(mod);
    m.request = blocked(`${mod}.request`);
    m.get = blocked(`${mod}.get`);
  }
  if (typeof globalThis.fetch === 'function') globalThis.fetch = blocked('fetch');
  const cp = require('node:child_process');
  for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) cp[name] = blocked(`child_process.${name}`);

  // File reads: every way to open or read a file by path.
  const wrap = (obj, name, kind) => {
    const orig = obj[name];
    if (typeof orig !== 'function') return;
    obj[name] = function (p, ...rest) {
      if (typeof p === 'string' || p instanceof URL || Buffer.isBuffer(p)) {
        const flags = name.startsWith('open') ? rest[0] : undefined;
        const writing = typeof flags === 'string' && /[wa+]/.test(flags);
        record(writing ? 'write' : kind, p instanceof URL ? p.pathname : String(p));
      }
      return orig.call(this, p, ...rest);
    };
  };
  for (const name of ['openSync', 'open', 'readFileSync', 'readFile', 'createReadStream', 'readdirSync', 'readdir', 'opendirSync']) wrap(fs, name, name.startsWith('readdir') || name.startsWith('opendir') ? 'list' : 'read');
  for (const name of ['open', 'readFile', 'readdir', 'opendir']) wrap(fs.promises, name, name.startsWith('read') && name !== 'readFile' ? 'list' : name === 'opendir' ? 'list' : 'read');
}
