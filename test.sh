#!/usr/bin/env bash
# Runs every test of PlanBot: installs the Teams emulator the end-to-end tests drive (tests/e2e, npm), then the .NET suite.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --prefix tests/e2e --no-audit --no-fund --loglevel=error
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test PlanBot.sln "$@" 2>&1 | tee "$log" || status=$?
# One closing line over all test projects, in the plain form CI reads.
awk '/^(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { if ($i == "Passed:") p += $(i+1); if ($i == "Failed:") f += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
