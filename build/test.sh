#!/usr/bin/env bash
# The one test command. On a fresh machine it installs what the tests need from Debian packages (PostgreSQL,
# and Chromium for the browser tests), starts throwaway services on loopback ports, runs every test project in
# Stormpath.Identity.sln, and stops what it started, whether the tests pass or not.
#
#   build/test.sh                                   everything in Stormpath.Identity.sln
#   build/test.sh tests/Stormpath.Server.Tests      one test project (builds only what it needs)
#   build/test.sh ... --filter Name~LoginAttempts   further arguments go to `dotnet test`
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
# shellcheck source=build/services.sh
source "$root/build/services.sh"
trap stop_services EXIT INT TERM

ensure_debian_packages postgresql chromium
start_postgres
# The browser tests drive Debian's Chromium; Playwright's own browser download cannot work here.
export STORMPATH_TEST_CHROMIUM=/usr/bin/chromium
# The SDK compatibility tests run Stormpath's official Node.js SDK, pinned by its package-lock.json.
command -v node >/dev/null || ensure_debian_packages nodejs npm
(cd tests/Stormpath.Server.Tests/SdkCompatibility/node && npm ci --no-audit --no-fund --loglevel=error >/dev/null)

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
dotnet tool restore >/dev/null
target=Stormpath.Identity.sln
if [ $# -gt 0 ] && [ -e "$1" ]; then target=$1; shift; fi
dotnet build "$target" -c Release -nologo -clp:ErrorsOnly

results=$(mktemp -d /tmp/stormpath-test-results.XXXXXX)
status=0
dotnet test "$target" -c Release --no-build --logger "trx" --results-directory "$results" "$@" || status=$?

# One closing line across all projects, counted from the result files.
passed=0 failed=0 skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); passed=$((passed + ${p:-0}))
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters"); failed=$((failed + ${f:-0}))
  n=$(sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p' <<<"$counters"); skipped=$((skipped + ${n:-0}))
done
rm -rf "$results"
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
