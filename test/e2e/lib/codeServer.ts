/**
 * Starts and stops code-server (the VS Code workbench served to a browser) for
 * one test run: loopback only, its own port, user data, extensions, XDG and
 * temp directories, in its own process group so that stopping it leaves
 * nothing behind.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import type { E2eTools } from './env';
import { stopTree } from './procs';

/** How to start one code-server. */
export interface CodeServerOptions {
  tools: E2eTools;
  /** A fresh directory that holds everything this server writes. */
  runDir: string;
  /** The folder the workbench opens. */
  workspace: string;
  /** A packaged extension to install before starting. */
  vsix?: string;
  /** Turns on the smoke-test driver, needed to run extension tests through a payload. */
  smokeTestDriver?: boolean;
  /** User settings written before the start (merged over quiet defaults). */
  userSettings?: Record<string, unknown>;
}

/** A running code-server. */
export interface CodeServer {
  port: number;
  /** The process group leader (code-server's own pid). */
  pid: number;
  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  /** The file code-server's stdout and stderr go to. */
  logFile: string;
  /** The directory extensions are installed into. */
  extensionsDir: string;
  /** The user settings file. */
  userSettingsFile: string;
  /** Stops the process group and every descendant; resolves when all are gone. */
  stop(): Promise<void>;
}

/** Settings that keep the workbench quiet and predictable in a test. */
export const QUIET_SETTINGS: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'git.enabled': false,
  'files.autoSave': 'off',
  'editor.minimap.enabled': false,
  'editor.wordWrap': 'on',
  'window.commandCenter': false,
  // The scenario types whole JSON documents into settings.json: auto-closing
  // would add closing quotes and braces to what it types.
  'editor.autoClosingBrackets': 'never',
  'editor.autoClosingQuotes': 'never',
  'editor.autoClosingOvertype': 'never',
  'editor.autoSurround': 'never',
};

/** Asks the kernel for a free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === 'object' ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/** The environment code-server runs in: Node 24 first on PATH, private XDG and temp directories. */
function serverEnv(tools: E2eTools, runDir: string): NodeJS.ProcessEnv {
  const dirs = {
    XDG_DATA_HOME: path.join(runDir, 'xdg-data'),
    XDG_CONFIG_HOME: path.join(runDir, 'xdg-config'),
    XDG_CACHE_HOME: path.join(runDir, 'xdg-cache'),
    XDG_RUNTIME_DIR: path.join(runDir, 'xdg-runtime'),
    TMPDIR: path.join(runDir, 'tmp'),
  };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true, mode: 0o700 });
  const env: NodeJS.ProcessEnv = { ...process.env, ...dirs };
  env.PATH = `${path.join(tools.node24Dir, 'bin')}:${process.env.PATH ?? ''}`;
  // Variables of an outer VS Code or npm run would confuse the workbench.
  for (const k of Object.keys(env)) {
    if (k.startsWith('VSCODE_') || k.startsWith('npm_') || k === 'ELECTRON_RUN_AS_NODE') delete env[k];
  }
  env.PASSWORD = '';
  // No extension gallery is reachable here: point it at a closed loopback port
  // so the workbench's lookups fail at once instead of resolving a public host.
  env.EXTENSIONS_GALLERY = JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/items' });
  return env;
}

/** The last `n` lines of a file, for error messages. */
export function tail(file: string, n = 40): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-n).join('\n');
  } catch {
    return '(no log)';
  }
}

/**
 * Installs the vsix (when given) and starts code-server; resolves once its
 * health endpoint answers. On failure the process group is stopped and the
 * error carries the end of the log.
 */
export async function startCodeServer(opts: CodeServerOptions): Promise<CodeServer> {
  const { tools, runDir } = opts;
  const userDataDir = path.join(runDir, 'user-data');
  const extensionsDir = path.join(runDir, 'extensions');
  const userSettingsFile = path.join(userDataDir, 'User', 'settings.json');
  mkdirSync(path.dirname(userSettingsFile), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(userSettingsFile, JSON.stringify({ ...QUIET_SETTINGS, ...opts.userSettings }, null, 2));
  const configFile = path.join(runDir, 'config.yaml');
  writeFileSync(configFile, 'auth: none\ncert: false\n');
  const env = serverEnv(tools, runDir);
  const logFile = path.join(runDir, 'code-server.log');
  const common = ['--config', configFile, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];

  if (opts.vsix) {
    const r = spawnSync(tools.node24, [tools.codeServerEntry, ...common, '--install-extension', opts.vsix], {
      env,
      encoding: 'utf8',
      timeout: 120_000,
    });
    writeFileSync(path.join(runDir, 'install-extension.log'), `${r.stdout ?? ''}${r.stderr ?? ''}`);
    if (r.status !== 0 || !/successfully installed/i.test(`${r.stdout}${r.stderr}`)) {
      throw new Error(`installing ${opts.vsix} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
    }
  }

  const port = await freePort();
  const args = [
    tools.codeServerEntry,
    ...common,
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--disable-proxy',
    '--ignore-last-opened',
  ];
  if (opts.smokeTestDriver) args.push('--vscode-option', 'enable-smoke-test-driver');
  args.push(opts.workspace);
  const log = openSync(logFile, 'a');
  const child = spawn(tools.node24, args, { env, cwd: runDir, detached: true, stdio: ['ignore', log, log] });
  closeSync(log);
  const pid = child.pid;
  if (pid === undefined) throw new Error('code-server did not start');
  let exited: number | null | undefined;
  child.on('exit', (code) => (exited = code));

  const stop = async () => {
    await stopTree(pid);
  };
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (exited !== undefined) {
      await stop();
      throw new Error(`code-server exited with ${exited} before it was ready:\n${tail(logFile)}`);
    }
    try {
      const res = await fetch(`${origin}/healthz`);
      if (res.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer on ${origin} within 90 s:\n${tail(logFile)}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { port, pid, origin, logFile, extensionsDir, userSettingsFile, stop };
}
