/**
 * `npm start --quiet`: leaves out the line each request logs and what functions log at information,
 * trace or debug level; keeps every warning and error (to stderr), so a quiet stack (the benches) still
 * says why something failed. The host's lines: dev/functions-host/host.ts (`GET /path → 200 (3 ms)`)
 * and http.ts (`[function] level: …`, the levels of @azure/functions' InvocationContext).
 */
const REQUEST_LINE = /^[A-Z]+ \S+ → \d{3} \(\d+ ms\)$/;
const CHATTY_LEVEL = /^\[[^\]]+\] (information|trace|debug): /;

export function isQuietable(line: string): boolean {
  return REQUEST_LINE.test(line) || CHATTY_LEVEL.test(line);
}

export function quietLog(line: string): void {
  if (!isQuietable(line)) console.error(line);
}
