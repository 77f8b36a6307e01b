#!/usr/bin/env bash
# The benchmarks: each figure is printed with a baseline measured in the same run, and the ratio between them.
#
#   build/bench.sh                       every suite, 5 s per measurement
#   build/bench.sh server --seconds 10   one suite (server, client, identity), longer measurements
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# In-process servers log every request at Information; the figures are what matters here.
export Logging__LogLevel__Default=Warning
dotnet build tests/Stormpath.Benchmarks -c Release -nologo -clp:ErrorsOnly
dotnet tests/Stormpath.Benchmarks/bin/Release/net10.0/Stormpath.Benchmarks.dll "$@"
