#!/usr/bin/env bash
# Deploys Keycard to Azure and proves the deployment works: resource group, infrastructure (Bicep), the
# app package, Key Vault references resolved, triggers synced and listed, then a smoke test of the API.
# Needs the Azure CLI (signed in with `az login`, Bicep 0.38.3 or later), Node.js 20 or 22 with npm,
# zip, curl and GNU coreutils (timeout, sha256sum).
set -euo pipefail
# sort and comm compare function names byte by byte.
export LC_ALL=C

usage() {
  cat <<'EOF'
Usage: infra/deploy.sh [options]

Creates the resource group if needed, deploys infra/main.bicep with infra/main.bicepparam, builds the
app package (infra/package.sh), publishes it to the Function App (Flex Consumption) and reads that
deployment's own outcome, waits until every Key Vault reference of the app settings is resolved and
restarts the app once, syncs the triggers and checks that Azure lists every function, then runs a
smoke test against the API. Run it again to roll out a new version: every step is idempotent, and the
secrets are never rewritten.

Options:
  -e, --environment NAME     environment name: 1 to 16 of a-z, 0-9 and "-" (default: $KEYCARD_ENV or dev)
  -g, --resource-group NAME  resource group (default: rg-keycard-<environment>)
  -l, --location REGION      Azure region (default: the existing resource group's, else
                             $KEYCARD_LOCATION or westeurope)
      --package DIR          publish DIR/app.zip (with DIR/functions.txt) instead of building one
      --what-if              print what the deployment would change, and stop
      --infra-only           deploy the infrastructure but not the app (no health check, no smoke test)
      --no-deployer-roles    do not give the signed-in user data roles (the smoke test then cannot
                             read the operator token, and skips the operator call)
  -h, --help                 this text

Environment:
  KEYCARD_PUBLISH_TIMEOUT_SECONDS  the most publishing may take, in seconds (default 900)

Afterwards, the operator token:
  az keyvault secret show --vault-name <vault> --name OPERATOR-TOKEN --query value -o tsv
EOF
}

environment="${KEYCARD_ENV:-dev}"
resource_group=""
location=""
package_dir=""
what_if=false
infra_only=false
deployer_roles=true

# How long each wait may last, and how often to look (seconds); tests shorten them.
wait_references="${KEYCARD_WAIT_REFERENCES_SECONDS:-900}"
wait_functions="${KEYCARD_WAIT_FUNCTIONS_SECONDS:-300}"
wait_health="${KEYCARD_WAIT_HEALTH_SECONDS:-300}"
poll_every="${KEYCARD_POLL_SECONDS:-10}"
# Every az call that can hang has a time limit: a quick one, or a deployment's.
az_limit="${KEYCARD_AZ_TIMEOUT_SECONDS:-180}"
deployment_limit="${KEYCARD_DEPLOYMENT_TIMEOUT_SECONDS:-2400}"

while [[ $# -gt 0 ]]; do
  case "$1" in
    -e | --environment) environment="${2:?--environment needs a value}"; shift 2 ;;
    -g | --resource-group) resource_group="${2:?--resource-group needs a value}"; shift 2 ;;
    -l | --location) location="${2:?--location needs a value}"; shift 2 ;;
    --package) package_dir="${2:?--package needs a folder}"; shift 2 ;;
    --what-if) what_if=true; shift ;;
    --infra-only) infra_only=true; shift ;;
    --no-deployer-roles) deployer_roles=false; shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "deploy.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

if [[ ! "$environment" =~ ^[a-z0-9-]{1,16}$ ]]; then
  echo "deploy.sh: the environment name must be 1 to 16 of a-z, 0-9 and \"-\"; got \"${environment}\"" >&2
  exit 2
fi

resource_group="${resource_group:-rg-keycard-${environment}}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
deployment="keycard-${environment}"

step() { printf '\n==> %s\n' "$*"; }
fail() {
  echo "deploy.sh: $*" >&2
  exit 1
}

# az with a time limit; its exit status is az's (124 when the limit was reached).
az_within() {
  local seconds="$1"
  shift
  timeout "$seconds" az "$@"
}

# An `az ... show` that tells "not found" (status 3) from every other failure; what it printed is left
# in $shown. Only "not found" means missing: throttling, a transient 5xx, a missing permission or a
# timeout stop the script, since acting on a wrong "missing" (writing new secrets, say) cannot be
# undone. The Azure CLI exits with 3 for a missing ARM resource and names the error code in
# parentheses, "(ResourceNotFound) ...", which Azure Verified Modules' tooling also matches on.
# Never call it inside $(...): its `exit` would only leave the subshell.
shown=""
az_show() {
  local errors output status=0
  errors="$(mktemp)"
  output="$(mktemp)"
  az_within "$az_limit" "$@" >"$output" 2>"$errors" || status=$?
  shown="$(cat "$output")"
  rm -f "$output"
  if [[ $status -eq 0 ]]; then
    rm -f "$errors"
    return 0
  fi
  if [[ $status -eq 3 ]] ||
    grep -Eq '\((ResourceNotFound|ResourceGroupNotFound|DeploymentNotFound|SecretNotFound|NotFound)\)' "$errors"; then
    rm -f "$errors"
    return 3
  fi
  local what="az $1 $2"
  [[ $status -eq 124 ]] && what="${what} (no answer within ${az_limit} s)"
  echo "deploy.sh: ${what} failed, and only \"not found\" may be taken as missing:" >&2
  sed 's/^/  /' "$errors" >&2
  rm -f "$errors"
  exit 1
}

# Publishing, read from the deployment itself. `az functionapp deployment source config-zip` on Flex
# Consumption uploads, then waits 60 s, reads the host's master key and polls /admin/host/status in a
# loop that never counts its tries (azure-cli appservice/custom.py, check_flex_app_after_deployment):
# on a first deployment the identity's roles are seconds old, so it reports "Failed to fetch host key"
# for a package that was deployed, or waits until the deployment limit. So the upload goes to the
# site's publish endpoint as azure-cli, Azure/functions-action, Core Tools and azd do
# (POST /api/publish answers 202 with the deployment's id), and the outcome is that deployment's own
# status (GET /api/deployments/<id>: 4 succeeded; 3, -1, 5, 6 failed; 0 to 2 under way), within
# publish_limit seconds in all. Nothing here reads a host key.
publish_limit="${KEYCARD_PUBLISH_TIMEOUT_SECONDS:-900}"
# The site's deployment (SCM) origin is read from the site; tests point it at a stand-in.
scm_origin="${KEYCARD_SCM_ORIGIN:-}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The seconds left before $1 (a $SECONDS deadline), at least 1: each request's own time limit.
left_until() {
  local left=$(($1 - SECONDS))
  ((left < 1)) && left=1
  echo "$left"
}

# curl with the ARM token in a header file (never on a command line); prints the HTTP status (000 when
# no answer came) and leaves the body in $work/body.
scm_call() {
  local seconds="$1"
  shift
  curl --silent --show-error --max-time "$seconds" --header @"${work}/auth" --output "${work}/body" \
    --write-out '%{http_code}' "$@" 2>"${work}/curl-error" || true
}

# A field of the JSON body, as text (empty when absent).
body_field() {
  node -e 'const d = JSON.parse(require("fs").readFileSync(0, "utf8")); const v = d[process.argv[1]]; process.stdout.write(v === undefined || v === null ? "" : String(v))' "$1" <"${work}/body" 2>/dev/null || true
}

publish() {
  local zip="$1" deadline=$((SECONDS + publish_limit)) http id status seen=false text
  # Read from the site, never built from its name (Flex host names can carry a region and a suffix).
  local scm_host
  scm_host="$(az_within "$az_limit" rest --method get --url "${arm}?api-version=2024-04-01" \
    --query "properties.hostNameSslStates[?hostType=='Repository'].name | [0]" -o tsv)" ||
    fail "could not read the deployment host of ${app_name}"
  [[ -n "$scm_host" ]] || fail "${app_name} names no deployment (Repository) host"
  scm_origin="${scm_origin:-https://${scm_host}}"
  # Audience https://management.core.windows.net/ (the CLI's default), as every Microsoft client uses.
  ( umask 077 && az_within "$az_limit" account get-access-token --query accessToken -o tsv |
    sed 's/^/Authorization: Bearer /' >"${work}/auth" ) || fail "could not get an access token (az login)"

  while :; do
    http="$(scm_call "$(left_until "$deadline")" --request POST --header 'Content-Type: application/zip' \
      --header 'Cache-Control: no-cache' --data-binary @"$zip" \
      "${scm_origin}/api/publish?RemoteBuild=false&Deployer=keycard_deploy_sh")"
    # A first deployment: the identity's role on the deployment container may not be effective yet.
    if [[ "$http" == 400 ]] && grep -q BlobUploadFailed "${work}/body" && ((SECONDS < deadline)); then
      echo "waiting: the app's identity cannot write its deployment container yet"
      sleep "$poll_every"
      continue
    fi
    break
  done
  case "$http" in
    202) id="$(tr -d '"[:space:]' <"${work}/body")" ;;
    409) fail "another deployment is under way on ${app_name}; run deploy.sh again when it has ended" ;;
    000) fail "publishing got no answer from ${scm_origin} ($(cat "${work}/curl-error")); whether it started is unknown: see ${scm_origin}/api/deployments" ;;
    *) fail "publishing was refused: HTTP ${http}: $(head -c 500 "${work}/body")" ;;
  esac
  [[ "$id" =~ ^[A-Za-z0-9-]+$ ]] || fail "publishing answered 202 without a deployment id: $(head -c 200 "${work}/body")"
  echo "deployment ${id} started"

  while :; do
    http="$(scm_call "$(left_until "$deadline")" "${scm_origin}/api/deployments/${id}")"
    if [[ "$http" == 200 || "$http" == 202 ]]; then
      seen=true
      status="$(body_field status)"
      text="$(body_field status_text)"
      case "$status" in
        4) echo "deployment ${id} succeeded"; return 0 ;;
        0 | 1 | 2) ;;
        *)
          echo "deploy.sh: deployment ${id} failed (status ${status:-none}): ${text}" >&2
          if [[ "$(scm_call "$(left_until "$deadline")" "${scm_origin}/api/deployments/${id}/log")" == 200 ]]; then
            node -e 'for (const e of JSON.parse(require("fs").readFileSync(0, "utf8"))) console.error("  " + (e.log_time ?? "") + " " + (e.message ?? ""))' <"${work}/body" || true
          fi
          fail "publishing ${zip} failed; the log: ${scm_origin}/api/deployments/${id}/log"
          ;;
      esac
    elif [[ "$http" == 404 && "$seen" == true ]]; then
      # The record vanished (its worker was recycled): a failed deployment can end this way too.
      fail "deployment ${id} is no longer listed: its outcome is unknown; run deploy.sh again"
    elif [[ "$http" == 401 || "$http" == 403 ]]; then
      fail "reading deployment ${id} was refused: HTTP ${http}"
    fi
    # 404 before the record exists, no answer, or a 5xx: look again until the deadline.
    if ((SECONDS >= deadline)); then
      fail "deployment ${id} has not ended after ${publish_limit} s (last: HTTP ${http}${status:+, status ${status}}${text:+: ${text}}); see ${scm_origin}/api/deployments/${id}"
    fi
    echo "waiting: deployment ${id}${status:+ (status ${status}${text:+: ${text}})}"
    sleep "$poll_every"
  done
}

for tool in az node npm curl timeout sha256sum; do
  command -v "$tool" >/dev/null || fail "$tool is not installed (see --help)"
done

subscription_id="$(az_within "$az_limit" account show --query id -o tsv 2>/dev/null)" ||
  fail "not signed in: run az login"

# @onlyIfNotExists (keeps the secrets from ever being overwritten) needs Bicep 0.38.3 or later.
bicep_version="$(az_within "$az_limit" bicep version 2>/dev/null | grep -Eo '[0-9]+\.[0-9]+\.[0-9]+' | head -1 || true)"
if [[ -z "$bicep_version" ]] || [[ "$(printf '%s\n%s\n' "0.38.3" "$bicep_version" | sort -V | head -1)" != "0.38.3" ]]; then
  fail "Bicep ${bicep_version:-(not installed)} is too old: 0.38.3 or later is needed; run az bicep upgrade"
fi

# Every resource name ends in this token; computed here (not by uniqueString in Bicep) so that the
# Key Vault can be named exactly before the first deployment. Same subscription, group and
# environment: same names, on every run.
resource_token="$(printf '%s' "${subscription_id}/${resource_group}/${environment}" | sha256sum | cut -c1-13)"
vault_name="kv-kc-${resource_token}"

step "Resource group ${resource_group}"
group_exists=false
if az_show group show --name "$resource_group" --query location -o tsv; then
  group_exists=true
  existing_location="$shown"
  if [[ -n "$location" && "$location" != "$existing_location" ]]; then
    fail "${resource_group} is in ${existing_location}, not ${location}: leave out --location, or use another group"
  fi
  location="$existing_location"
  echo "exists, in ${location}"
else
  location="${location:-${KEYCARD_LOCATION:-westeurope}}"
  if [[ "$what_if" == true ]]; then
    echo "would create ${resource_group} in ${location}"
  else
    az_within "$az_limit" group create --name "$resource_group" --location "$location" \
      --tags app=keycard "azd-env-name=${environment}" -o none
    echo "created, in ${location}"
  fi
fi

# KEY_PEPPER never changes once keys are stored under it. The Bicep writes the secrets only where
# they do not exist (@onlyIfNotExists); this look-up, by the vault's exact name and through ARM
# (metadata, never the value), tells which deployment this is, and stops on any doubt.
secrets_exist=false
if [[ "$group_exists" == true ]]; then
  vault_id="/subscriptions/${subscription_id}/resourceGroups/${resource_group}/providers/Microsoft.KeyVault/vaults/${vault_name}"
  if az_show resource show --ids "${vault_id}/secrets/KEY-PEPPER" --api-version 2023-07-01 -o none; then
    secrets_exist=true
  fi
fi
if [[ "$secrets_exist" == true ]]; then
  echo "Key Vault ${vault_name} holds KEY-PEPPER: kept as it is"
else
  echo "Key Vault ${vault_name} has no KEY-PEPPER yet: this deployment writes OPERATOR-TOKEN and KEY-PEPPER"
fi

deployer_id=""
if [[ "$deployer_roles" == true ]]; then
  # Empty when signed in as a service principal: then no deployer roles are given.
  deployer_id="$(az_within "$az_limit" ad signed-in-user show --query id -o tsv 2>/dev/null || true)"
fi

parameters=(
  --parameters "${root}/infra/main.bicepparam"
  --parameters environmentName="$environment" location="$location" resourceToken="$resource_token"
  deployerPrincipalId="$deployer_id"
)

if [[ "$what_if" == true ]]; then
  step "What the deployment would change"
  if [[ "$group_exists" == true ]]; then
    az_within "$deployment_limit" deployment group what-if --resource-group "$resource_group" \
      --name "$deployment" "${parameters[@]}"
  else
    echo "the resource group does not exist yet: every resource of infra/main.bicep would be created"
  fi
  exit 0
fi

step "Infrastructure"
az_within "$deployment_limit" deployment group create --resource-group "$resource_group" \
  --name "$deployment" "${parameters[@]}" -o none ||
  fail "the infrastructure deployment failed (details: az deployment group show -g ${resource_group} -n ${deployment})"
output() {
  az_within "$az_limit" deployment group show --resource-group "$resource_group" --name "$deployment" \
    --query "properties.outputs.$1.value" -o tsv
}
app_name="$(output functionAppName)"
api_base_url="$(output apiBaseUrl)"
[[ "$(output keyVaultName)" == "$vault_name" ]] ||
  fail "the deployment named its Key Vault $(output keyVaultName), not ${vault_name}: resourceToken was not applied"
app_id="/subscriptions/${subscription_id}/resourceGroups/${resource_group}/providers/Microsoft.Web/sites/${app_name}"
arm="https://management.azure.com${app_id}"

if [[ "$infra_only" == false ]]; then
  if [[ -z "$package_dir" ]]; then
    step "Package"
    "${root}/infra/package.sh"
    package_dir="${root}/dist/package"
  fi
  [[ -f "${package_dir}/app.zip" && -f "${package_dir}/functions.txt" ]] ||
    fail "${package_dir} has no app.zip and functions.txt (infra/package.sh makes them)"
  step "Publish to ${app_name}"
  publish "${package_dir}/app.zip"
fi

# App Service hands an unresolved Key Vault reference to the app as its literal text (the app then
# refuses to serve: 503 configuration_unavailable). On a first deployment the identity's Key Vault
# role is seconds old, so wait for every reference to report Resolved, then restart once so that no
# instance keeps a value read before.
step "Key Vault references"
deadline=$((SECONDS + wait_references))
while :; do
  pending="$(az_within "$az_limit" rest --method get \
    --url "${arm}/config/configreferences/appsettings?api-version=2024-04-01" \
    --query "value[?properties.status!='Resolved'].[name, properties.status]" -o tsv)" ||
    fail "could not read the status of the Key Vault references"
  [[ -z "$pending" ]] && break
  if ((SECONDS >= deadline)); then
    echo "deploy.sh: Key Vault references still unresolved after ${wait_references} s:" >&2
    awk '{ print "  " $0 }' <<<"$pending" >&2
    fail "check the app identity's Key Vault Secrets User role (a new role can take minutes), then run deploy.sh again"
  fi
  echo "waiting: $(tr '\t\n' ' ;' <<<"$pending")"
  sleep "$poll_every"
done
echo "every reference is resolved; restarting ${app_name} once"
az_within "$az_limit" functionapp restart --resource-group "$resource_group" --name "$app_name" -o none ||
  fail "restarting ${app_name} failed"

if [[ "$infra_only" == true ]]; then
  step "Done (--infra-only: no package published, so no trigger sync, health check or smoke test)"
  echo "Infrastructure of ${environment} is up; run deploy.sh without --infra-only to publish the app."
  exit 0
fi

# After a zip deployment to Flex Consumption, timer and queue triggers can stay unregistered until the
# triggers are synced (Azure/azure-functions-host#10169, Azure/functions-action#373): sync, then
# check that Azure lists every function the package registers.
step "Triggers"
az_within "$az_limit" rest --method post --url "${arm}/syncfunctiontriggers?api-version=2024-04-01" -o none ||
  fail "syncing the triggers of ${app_name} failed"
expected="$(sort -u "${package_dir}/functions.txt" | sed '/^$/d')"
deadline=$((SECONDS + wait_functions))
while :; do
  listed="$(az_within "$az_limit" functionapp function list --resource-group "$resource_group" \
    --name "$app_name" --query "[].name" -o tsv | sed 's#^.*/##' | sort -u)" || listed=""
  missing="$(comm -23 <(printf '%s\n' "$expected") <(printf '%s\n' "$listed"))"
  [[ -z "$missing" ]] && break
  if ((SECONDS >= deadline)); then
    fail "Azure does not list these functions of the package after ${wait_functions} s: $(tr '\n' ' ' <<<"$missing")(sync the triggers again: az rest --method post --url ${arm}/syncfunctiontriggers?api-version=2024-04-01)"
  fi
  echo "waiting for: $(tr '\n' ' ' <<<"$missing")"
  sleep "$poll_every"
done
echo "all $(wc -l <<<"$expected") functions are listed"

step "Health"
deadline=$((SECONDS + wait_health))
until curl --fail --silent --max-time 10 "${api_base_url}/health" >/dev/null; do
  if ((SECONDS >= deadline)); then
    body="$(curl --silent --max-time 10 "${api_base_url}/health" || true)"
    fail "${api_base_url}/health did not answer 200 within ${wait_health} s: ${body:-no answer} (the host's logs are in Application Insights)"
  fi
  sleep "$poll_every"
done
echo "healthy"

# Health alone proves little: a shadowed route or an unresolved secret still leaves /health green.
step "Smoke test"
smoke_failures=0
# check <what> <method> <path> <expected status> <text the body must hold> [curl options...]
check() {
  local what="$1" method="$2" path="$3" want="$4" holds="$5"
  shift 5
  local body status
  body="$(mktemp)"
  status="$(curl --silent --max-time 30 --output "$body" --write-out '%{http_code}' \
    --request "$method" "$@" "${api_base_url}${path}" || true)"
  status="${status:-000}"
  if [[ "$status" == "$want" ]] && grep -q -- "$holds" "$body"; then
    echo "  ok    ${what}: ${method} ${path} -> ${status}"
  else
    echo "  FAIL  ${what}: ${method} ${path} -> ${status}, expected ${want} with ${holds}: $(head -c 300 "$body")"
    smoke_failures=$((smoke_failures + 1))
  fi
  rm -f "$body"
}
check "the contract" GET /openapi.json 200 '"openapi":"3.1.0"'
check "the catalog" GET /catalog 200 '"countries"'
check "a route a catch-all could shadow" GET /tenants 401 '"code":"unauthenticated"'
check "an unknown path" GET /smoke-test-no-such-path 404 '"code":"not_found"'
check "a known path, another method" DELETE /catalog 405 '"code":"method_not_allowed"'
operator_token=""
if [[ "$deployer_roles" == true ]]; then
  operator_token="$(az_within "$az_limit" keyvault secret show --vault-name "$vault_name" \
    --name OPERATOR-TOKEN --query value -o tsv 2>/dev/null || true)"
fi
if [[ -n "$operator_token" ]]; then
  # A well-formed key (its check symbol is right) that is never minted: the operator's token works
  # (it resolved from Key Vault) and the store answers.
  smoke_key="BBBBB-BBBBB-BBBBB-BBBBB-BBBBB"
  check "an operator call" POST /product-keys/lookup 422 '"code":"key_not_found"' \
    --header "Authorization: Bearer ${operator_token}" --header 'Content-Type: application/json' \
    --data "{\"key\":\"${smoke_key}\"}"
else
  echo "  skip  an operator call: the operator token could not be read (--no-deployer-roles, or no Key Vault Secrets User role yet)"
fi
((smoke_failures == 0)) ||
  fail "${smoke_failures} smoke check(s) failed against ${api_base_url} (docs/deploy.md: when it fails)"

cat <<EOF

Keycard is up: ${api_base_url}
  health:         ${api_base_url}/health
  OpenAPI:        ${api_base_url}/openapi.json
  operator token: az keyvault secret show --vault-name ${vault_name} --name OPERATOR-TOKEN --query value -o tsv
EOF
