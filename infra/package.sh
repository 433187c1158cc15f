#!/usr/bin/env bash
# Builds the deployment package: dist/package/app.zip and dist/package/functions.txt (the names of the
# functions it registers, which deploy.sh expects Azure to list).
# The zip holds what the Functions runtime loads and nothing else: package.json (its `main` names
# dist/app/main.js), the bundle dev/bundle-app.mjs wrote in `npm run build` (the app and every package
# it uses in one file, the managed identity in dist/app/identity.js, with their source maps and the
# packages' licence notices), the console's files and host.json. No node_modules: the bundle needs none (the worker provides @azure/functions-core).
# This is the same dist/app/main.js the local stack and the tests serve, and whose cold start
# `npm run bench` measures (bench/README.md gives its SHA-256; so does dist/package/app.sha256).
# Needs Node.js 20 or 22 with npm, and zip.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${root}/dist/package"
command -v zip >/dev/null || { echo "package.sh: zip is not installed" >&2; exit 1; }

(cd "$root" && npm run build --silent)
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
mkdir -p "${stage}/dist"
cp -R "${root}/dist/app" "${root}/dist/console" "${stage}/dist/"
cp "${root}/package.json" "${root}/host.json" "$stage/"
rm -rf "$out"
mkdir -p "$out"
(cd "$stage" && zip -qr "${out}/app.zip" . -x 'dist/console/*.map')
node "${root}/dist/dev/function-names.js" "$stage" >"${out}/functions.txt"
(cd "$stage" && sha256sum dist/app/main.js) >"${out}/app.sha256"
echo "package.sh: ${out}/app.zip ($(wc -l <"${out}/functions.txt") functions, $(du -k "${out}/app.zip" | cut -f1) KiB)"
