#!/usr/bin/env bash
# Deploys Keycard to Azure: resource group, infrastructure (Bicep), the app, then a health check.
# Needs the Azure CLI (signed in with `az login`), Node.js 20 or 22 with npm, zip and curl.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: infra/deploy.sh [options]

Creates the resource group if needed, deploys infra/main.bicep with infra/main.bicepparam, builds
the app, publishes it to the Function App (Flex Consumption, zip deploy) and waits for
/api/v1/health. Run it again to roll out a new version: every step is idempotent.

Options:
  -e, --environment NAME     environment name, part of every resource name (default: $KEYCARD_ENV or dev)
  -g, --resource-group NAME  resource group (default: rg-keycard-<environment>)
  -l, --location REGION      Azure region (default: $KEYCARD_LOCATION or westeurope)
      --what-if              print what the deployment would change, and stop
      --infra-only           deploy the infrastructure but not the app
      --no-deployer-roles    do not give the signed-in user data roles (Cosmos DB, storage, email, Key Vault)
  -h, --help                 this text

Afterwards, the operator token:
  az keyvault secret show --vault-name <vault> --name OPERATOR-TOKEN --query value -o tsv
EOF
}

environment="${KEYCARD_ENV:-dev}"
resource_group=""
location="${KEYCARD_LOCATION:-westeurope}"
what_if=false
infra_only=false
deployer_roles=true

while [[ $# -gt 0 ]]; do
  case "$1" in
    -e | --environment) environment="${2:?--environment needs a value}"; shift 2 ;;
    -g | --resource-group) resource_group="${2:?--resource-group needs a value}"; shift 2 ;;
    -l | --location) location="${2:?--location needs a value}"; shift 2 ;;
    --what-if) what_if=true; shift ;;
    --infra-only) infra_only=true; shift ;;
    --no-deployer-roles) deployer_roles=false; shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "deploy.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

resource_group="${resource_group:-rg-keycard-${environment}}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
deployment="keycard-${environment}"

step() { printf '\n==> %s\n' "$*"; }
fail() { echo "deploy.sh: $*" >&2; exit 1; }

for tool in az node npm zip curl; do
  command -v "$tool" >/dev/null || fail "$tool is not installed (see --help)"
done
az account show --query id -o tsv >/dev/null 2>&1 || fail "not signed in: run az login"

deployer_id=""
if [[ "$deployer_roles" == true ]]; then
  # Empty when signed in as a service principal: then no deployer roles are given.
  deployer_id="$(az ad signed-in-user show --query id -o tsv 2>/dev/null || true)"
fi

step "Resource group ${resource_group} (${location})"
if [[ "$(az group exists --name "$resource_group")" != true ]]; then
  if [[ "$what_if" == true ]]; then
    echo "would create resource group ${resource_group}"
  else
    az group create --name "$resource_group" --location "$location" --tags app=keycard "azd-env-name=${environment}" -o none
  fi
fi

# KEY_PEPPER must never change once keys are stored under it: the secrets are written by the first
# deployment only, and kept by every later one. Read through ARM, which shows a secret's metadata
# (never its value) to whoever may deploy.
write_secrets=true
if [[ "$(az group exists --name "$resource_group")" == true ]]; then
  vault_id="$(az keyvault list --resource-group "$resource_group" --query "[?tags.app=='keycard'].id | [0]" -o tsv)"
  if [[ -n "$vault_id" ]] &&
    az resource show --ids "${vault_id}/secrets/KEY-PEPPER" --api-version 2023-07-01 -o none 2>/dev/null; then
    write_secrets=false
  fi
fi

parameters=(
  --parameters "${root}/infra/main.bicepparam"
  --parameters environmentName="$environment" location="$location"
  deployerPrincipalId="$deployer_id" writeSecrets="$write_secrets"
)

if [[ "$what_if" == true ]]; then
  step "What the deployment would change (writeSecrets=${write_secrets})"
  if [[ "$(az group exists --name "$resource_group")" == true ]]; then
    az deployment group what-if --resource-group "$resource_group" --name "$deployment" "${parameters[@]}"
  else
    echo "the resource group does not exist yet: every resource of infra/main.bicep would be created"
  fi
  exit 0
fi

step "Infrastructure (writeSecrets=${write_secrets})"
az deployment group create --resource-group "$resource_group" --name "$deployment" "${parameters[@]}" -o none
output() {
  az deployment group show --resource-group "$resource_group" --name "$deployment" \
    --query "properties.outputs.$1.value" -o tsv
}
app_name="$(output functionAppName)"
api_base_url="$(output apiBaseUrl)"
vault_name="$(output keyVaultName)"

if [[ "$infra_only" == false ]]; then
  step "Build"
  stage="$(mktemp -d)"
  trap 'rm -rf "$stage"' EXIT
  (cd "$root" && npm ci --no-audit --no-fund && npm run build)
  # What the Functions runtime loads: package.json `main` (dist/functions/*.js), what they import
  # (dist/shared), host.json and the production dependencies.
  mkdir -p "${stage}/dist"
  cp -R "${root}/dist/functions" "${root}/dist/shared" "${stage}/dist/"
  cp "${root}/package.json" "${root}/package-lock.json" "${root}/host.json" "$stage/"
  (cd "$stage" && npm ci --omit=dev --ignore-scripts --no-audit --no-fund && zip -qr app.zip . -x '*.map')

  step "Publish to ${app_name}"
  az functionapp deployment source config-zip --resource-group "$resource_group" --name "$app_name" \
    --src "${stage}/app.zip" -o none
fi

step "Health"
healthy=false
for _ in $(seq 1 36); do
  if curl --fail --silent --max-time 10 "${api_base_url}/health" >/dev/null; then
    healthy=true
    break
  fi
  sleep 5
done
[[ "$healthy" == true ]] || [[ "$infra_only" == true ]] ||
  fail "${api_base_url}/health did not answer 200 within 3 minutes (Application Insights has the host's logs)"

cat <<EOF

Keycard is up: ${api_base_url}
  health:         ${api_base_url}/health
  OpenAPI:        ${api_base_url}/openapi.json
  operator token: az keyvault secret show --vault-name ${vault_name} --name OPERATOR-TOKEN --query value -o tsv
EOF
