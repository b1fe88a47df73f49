#!/usr/bin/env bash
# /api/messages throughput with one and with two PlanBot instances on one PostgreSQL store behind nginx, rounds
# interleaved (1, 2, 1, 2, ...). Each request is a new message activity (a unique id, so nothing is deduplicated) that
# PlanBot acknowledges, records and answers (ヘルプ → the help card); replies go to a serviceUrl nginx answers itself.
# Usage: bench/scale-out/messages.sh [ROUNDS (default 2)] [SECONDS per run (default 20)] [CONNECTIONS (default 32)]
# Needs: postgresql, nginx-light, wrk (apt-get install postgresql nginx-light wrk), a Release build of src/PlanBot.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${1:-2}; SECONDS_PER_RUN=${2:-20}; CONNECTIONS=${3:-32}
. bench/scale-out/postgres.sh
WORK=$(mktemp -d /tmp/planbot-bench-messages.XXXXXX)
NGINX_PORT=55480
APP=src/PlanBot/bin/Release/net10.0/PlanBot.dll
[ -f "$APP" ] || dotnet build src/PlanBot -c Release -v q >/dev/null
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done; [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null; pg_bench_stop; rm -rf "$WORK"; }
trap cleanup EXIT

start_instances() { # $1 = how many, on a fresh database
  local store; store=$(pg_bench_db "messages_$RANDOM$RANDOM")
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done; pids=()
  local upstream=""
  for i in $(seq 1 "$1"); do
    local port=$((55480 + i))
    (cd "$WORK" && PlanStore__Provider=PostgreSql ConnectionStrings__PlanStore="$store" ASPNETCORE_URLS="http://127.0.0.1:$port" \
      Logging__LogLevel__Default=Warning DOTNET_gcServer=0 exec dotnet "$OLDPWD/$APP" >"$WORK/planbot-$i.log" 2>&1) &
    pids+=($!)
    upstream+="server 127.0.0.1:$port;"
    until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do sleep 0.5; done
  done
  cat >"$WORK/nginx.conf" <<CONF
pid $WORK/nginx.pid; error_log $WORK/nginx-error.log; worker_processes 1;
events { worker_connections 1024; }
http { access_log off; client_body_temp_path $WORK/body;
  upstream planbot { $upstream keepalive 64; }
  server { listen 127.0.0.1:$NGINX_PORT;
    location /api/messages { proxy_pass http://planbot; proxy_http_version 1.1; proxy_set_header Connection ""; }
    location /teams/ { default_type application/json; return 201 '{"id":"bench-reply"}'; } } }
CONF
  if [ -f "$WORK/nginx.pid" ]; then nginx -c "$WORK/nginx.conf" -s reload; else nginx -c "$WORK/nginx.conf"; fi
  sleep 1
}

cat >"$WORK/message.lua" <<'LUA'
local counter = 0
local thread_id = 0
function setup(thread) thread:set("tid", math.random(1, 1e9)) end
function init(args) thread_id = tid end
function request()
  counter = counter + 1
  local id = string.format("bench-%d-%d", thread_id, counter)
  local body = string.format('{"type":"message","id":"%s","channelId":"msteams","serviceUrl":"http://127.0.0.1:55480/teams/","from":{"id":"29:user-%d","aadObjectId":"00000000-0000-4000-8000-%012d"},"recipient":{"id":"28:planbot"},"conversation":{"id":"a:bench-%d","conversationType":"personal"},"text":"ヘルプ","locale":"ja-JP"}', id, counter % 200, counter % 200, counter % 200)
  return wrk.format("POST", "/api/messages", {["Content-Type"] = "application/json"}, body)
end
LUA

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq 1 "$ROUNDS"); do
  for n in 1 2; do
    start_instances "$n"
    rps=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" -s "$WORK/message.lua" "http://127.0.0.1:$NGINX_PORT" | awk '/Requests\/sec/ {print $2}')
    echo "round $round, $n instance(s): $rps requests/s"
  done
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
