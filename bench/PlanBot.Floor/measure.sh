#!/usr/bin/env bash
# Idle memory (VmRSS) of PlanBot's stack layer by layer, beside the bare endpoint and PlanBot itself (bench/README.md,
# section 6, "The stack's floor"). Each target is started on a fresh store, sent the same REQUESTS question activities one
# after the other, left until its CPU time stops moving, and read from /proc/<pid>/status. ROUNDS rounds, the order of
# the targets reversed every other round. Run from anywhere:
#
#   bench/PlanBot.Floor/measure.sh                          # publishes the floor and PlanBot, builds the bare endpoint
#   ROUNDS=3 REQUESTS=200 PLANBOT=/tmp/pb bench/PlanBot.Floor/measure.sh   # PLANBOT: an existing publish of src/PlanBot
#   FLOOR=/tmp/floor-jit TARGETS="bare bare,ef,quartz,identity,http" bench/PlanBot.Floor/measure.sh   # another floor build, some targets
#
# Prints one line per measurement and a table of medians; everything lands in a new folder under /tmp (printed first).
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
rounds=${ROUNDS:-3}
requests=${REQUESTS:-200}
work=$(mktemp -d /tmp/floor-run.XXXXXX)
echo "work folder: $work"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

# Builds: the floor and PlanBot published (ReadyToRun, as PlanBot is deployed); the bare endpoint as the load client runs it.
# FLOOR: an existing publish of the floor instead (e.g. one made with -p:PublishReadyToRun=false).
if [[ -n "${FLOOR:-}" ]]; then
    ln -s "$FLOOR" "$work/floor"
else
    dotnet publish "$repo/bench/PlanBot.Floor" -c Release -o "$work/floor" -v q -nologo >/dev/null
fi
dotnet build "$repo/bench/PlanBot.Bare" -c Release -v q -nologo >/dev/null
bare_dll="$repo/bench/PlanBot.Bare/bin/Release/net10.0/PlanBot.Bare.dll"
if [[ -z "${PLANBOT:-}" ]]; then
    dotnet publish "$repo/src/PlanBot" -c Release -o "$work/planbot" -v q -nologo >/dev/null
    PLANBOT="$work/planbot"
fi

pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# The loopback Teams every reply goes to: the floor with no layer beyond bare answers POST /v3/... with 200.
teams_port=$(free_port)
dotnet "$work/floor/PlanBot.Floor.dll" --urls "http://127.0.0.1:$teams_port" --layers bare --FloorStore="$work/teams.db" >"$work/teams.log" 2>&1 &
pids+=($!)

# PlanBot's store: the seed plan and one admin on the roster (so a question is answered, not refused), made once and
# copied for every start, so each PlanBot starts on an existing store as after a restart.
mkdir -p "$work/template"
printf 'name,email,aadObjectId,department,role\nAsker,asker@example.com,6a0d1c8e-0000-4000-8000-000000000001,経営企画室,admin\n' >"$work/template/roster.csv"
(cd "$PLANBOT" && dotnet PlanBot.dll import --store "Data Source=$work/template/planbot.db" >"$work/template/import.log" 2>&1)
(cd "$PLANBOT" && dotnet PlanBot.dll roster import "$work/template/roster.csv" --store "Data Source=$work/template/planbot.db" >>"$work/template/import.log" 2>&1)

# The requests: question messages in 50 1:1 chats, as the load client sends them, as one curl config (one process,
# one kept-alive connection, each request waiting for the last).
mkdir -p "$work/activities"
write_requests() { # $1 port, $2 config file
    : >"$2"
    for ((n = 1; n <= requests; n++)); do
        body="$work/activities/q-$n.json"
        [[ -f "$body" ]] || printf '{"type":"message","id":"q-%d","timestamp":"%s","serviceUrl":"http://127.0.0.1:%d/","channelId":"msteams","text":"第3四半期の遅延は?","textFormat":"plain","from":{"id":"29:asker","aadObjectId":"6a0d1c8e-0000-4000-8000-000000000001","name":"Asker"},"recipient":{"id":"28:planbot","name":"PlanBot"},"conversation":{"id":"a:asker-%d","conversationType":"personal","tenantId":"72f988bf-86f1-41af-91ab-2d7cd011db47"},"channelData":{"tenant":{"id":"72f988bf-86f1-41af-91ab-2d7cd011db47"}},"locale":"ja-JP"}' \
            "$n" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$teams_port" "$((n % 50))" >"$body"
        ((n == 1)) || echo next >>"$2"
        printf 'url = "http://127.0.0.1:%d/api/messages"\nheader = "Content-Type: application/json"\ndata-binary = "@%s"\noutput = "/dev/null"\nwrite-out = "%%{http_code}\\n"\n' "$1" "$body" >>"$2"
    done
}

cpu_ticks() { sed 's/.*) //' "/proc/$1/stat" | awk '{print $12 + $13}'; }
status_kb() { awk -v key="$2:" '$1 == key {print $2}' "/proc/$1/status"; }
mb() { awk -v kb="$1" 'BEGIN {printf "%.1f", kb / 1024}'; }

until_ok() { # $1 url, $2 pid
    for ((i = 0; i < 600; i++)); do
        kill -0 "$2" 2>/dev/null || { echo "process $2 exited before $1 answered" >&2; return 1; }
        curl -sf -o /dev/null "$1" && return 0
        sleep 0.1
    done
    echo "$1 did not answer within 60 s" >&2
    return 1
}

# Idle: three seconds in a row with at most 2 clock ticks (20 ms) of CPU each; at most 60 s.
until_idle() {
    local prev now quiet=0 waited=0
    prev=$(cpu_ticks "$1")
    while ((quiet < 3 && waited < 60)); do
        sleep 1
        waited=$((waited + 1))
        now=$(cpu_ticks "$1")
        if ((now - prev <= 2)); then quiet=$((quiet + 1)); else quiet=0; fi
        prev=$now
    done
    echo "$waited"
}

# TARGETS (space-separated) measures a subset, e.g. TARGETS="PlanBot.Bare bare".
read -r -a targets <<<"${TARGETS:-PlanBot.Bare bare bare,ef bare,ef,quartz bare,ef,quartz,identity bare,ef,quartz,identity,http PlanBot}"
results="$work/results.tsv"
printf 'round\ttarget\trss_ready_mb\trss_idle_mb\tanon_mb\tfile_mb\tshmem_mb\tdlls\tidle_wait_s\tok\tload1\n' >"$results"

measure() { # $1 round, $2 target
    local round=$1 target=$2 dir port pid ready_url
    dir="$work/r$round-${target//,/-}"
    mkdir -p "$dir"
    port=$(free_port)
    case "$target" in
        PlanBot.Bare)
            dotnet "$bare_dll" --urls "http://127.0.0.1:$port" --BareStore="$dir/bare.db" >"$dir/out.log" 2>&1 &
            ready_url="http://127.0.0.1:$port/healthz" ;;
        PlanBot)
            cp "$work/template/planbot.db" "$dir/planbot.db"
            (cd "$PLANBOT" && ConnectionStrings__PlanStore="Data Source=$dir/planbot.db" DOTNET_ENVIRONMENT=Production \
                ASPNETCORE_ENVIRONMENT=Production PlanBot__LocalMode=true exec dotnet PlanBot.dll --urls "http://127.0.0.1:$port" >"$dir/out.log" 2>&1) &
            ready_url="http://127.0.0.1:$port/healthz/ready" ;;
        *)
            dotnet "$work/floor/PlanBot.Floor.dll" --urls "http://127.0.0.1:$port" --layers "$target" --FloorStore="$dir/floor.db" >"$dir/out.log" 2>&1 &
            ready_url="http://127.0.0.1:$port/healthz/ready" ;;
    esac
    pid=$!
    pids+=("$pid")
    until_ok "$ready_url" "$pid"
    until_idle "$pid" >/dev/null
    local ready_kb ok waited idle_kb anon file shmem dlls load
    ready_kb=$(status_kb "$pid" VmRSS)
    write_requests "$port" "$dir/requests.curl"
    ok=$(curl -s -K "$dir/requests.curl" | grep -c '^200$' || true)
    waited=$(until_idle "$pid")
    idle_kb=$(status_kb "$pid" VmRSS)
    anon=$(status_kb "$pid" RssAnon); file=$(status_kb "$pid" RssFile); shmem=$(status_kb "$pid" RssShmem)
    dlls=$(grep -o '[^/]*\.dll$' "/proc/$pid/maps" | sort -u | wc -l)
    load=$(cut -d' ' -f1 /proc/loadavg)
    kill -TERM "$pid"
    wait "$pid" 2>/dev/null || true
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$target" "$(mb "$ready_kb")" "$(mb "$idle_kb")" \
        "$(mb "$anon")" "$(mb "$file")" "$(mb "$shmem")" "$dlls" "$waited" "$ok" "$load" | tee -a "$results"
}

for ((round = 1; round <= rounds; round++)); do
    order=("${targets[@]}")
    if ((round % 2 == 0)); then
        order=()
        for ((i = ${#targets[@]} - 1; i >= 0; i--)); do order+=("${targets[i]}"); done
    fi
    for target in "${order[@]}"; do measure "$round" "$target"; done
done

echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$results" <<'EOF'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
order = []
for r in rows:
    if r["target"] not in order:
        order.append(r["target"])
names = ["PlanBot.Bare", "bare", "bare,ef", "bare,ef,quartz", "bare,ef,quartz,identity", "bare,ef,quartz,identity,http", "PlanBot"]
def med(target, key):
    return statistics.median(float(r[key]) for r in rows if r["target"] == target)
base = med("bare", "rss_idle_mb") if "bare" in order else med(order[0], "rss_idle_mb")
print("| layers | RSS idle, MB (median) | rounds | vs floor bare | RSS at ready | anon / file / shmem | assemblies mapped | requests 200 |")
print("|---|---|---|---|---|---|---|---|")
for t in names:
    if t not in order:
        continue
    each = ", ".join(r["rss_idle_mb"] for r in rows if r["target"] == t)
    label = t if t in ("PlanBot.Bare", "PlanBot") else "floor: " + t
    print(f"| {label} | {med(t, 'rss_idle_mb'):.0f} | {each} | {med(t, 'rss_idle_mb') / base:.2f}× | {med(t, 'rss_ready_mb'):.0f} | "
          f"{med(t, 'anon_mb'):.0f} / {med(t, 'file_mb'):.0f} / {med(t, 'shmem_mb'):.0f} | {med(t, 'dlls'):.0f} | "
          f"{min(int(r['ok']) for r in rows if r['target'] == t)} |")
EOF
