import { execFile } from 'node:child_process';

export interface NodeRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `node <args>` in a child process with only the environment given (no proxy, no NODE_OPTIONS from
 * the test runner): how the document's tools (Redocly, a generated client) are run as a user would.
 */
export function runNode(args: string[], cwd: string, env: Record<string, string>): Promise<NodeRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      args,
      { cwd, env: { PATH: process.env['PATH'] ?? '', ...env }, timeout: 90_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
