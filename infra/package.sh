#!/usr/bin/env bash
# Builds the deployment package: dist/package/app.zip (what the Functions runtime loads: package.json
# `main`, the code it imports, host.json, the production dependencies) and dist/package/functions.txt
# (the names of the functions it registers, which deploy.sh expects Azure to list).
# Needs Node.js 20 or 22 with npm, and zip.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${root}/dist/package"
command -v zip >/dev/null || { echo "package.sh: zip is not installed" >&2; exit 1; }

(cd "$root" && npm run build --silent)
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
mkdir -p "${stage}/dist"
cp -R "${root}/dist/functions" "${root}/dist/shared" "${root}/dist/console" "${stage}/dist/"
cp "${root}/package.json" "${root}/package-lock.json" "${root}/host.json" "$stage/"
(cd "$stage" && npm ci --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error)
rm -rf "$out"
mkdir -p "$out"
(cd "$stage" && zip -qr "${out}/app.zip" . -x '*.map')
node "${root}/dist/dev/function-names.js" "$stage" >"${out}/functions.txt"
echo "package.sh: ${out}/app.zip ($(wc -l <"${out}/functions.txt") functions)"
