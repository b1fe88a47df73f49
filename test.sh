#!/usr/bin/env bash
# Runs every test of PlanBot: installs the Teams emulator the end-to-end tests drive (tests/e2e, npm), then the .NET suite.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --prefix tests/e2e --no-audit --no-fund --loglevel=error
dotnet test PlanBot.sln "$@"
