#!/usr/bin/env bash
# The benchmark in one command: builds the server and a bare SoapCore baseline in Release, starts them on fresh data
# directories, warms them up, drives them with wrk, and prints a Markdown table of the figures next to their targets.
# The table goes to <out>/latest.md and every figure to <out>/latest.json. See docs/benchmark.md.
#
#   bench/run.sh [--duration 10s] [--warmup 3s] [--growth-duration 5s] [--connections 32] [--threads 2]
#                [--start-runs 3] [--timeout 10s] [--out bench/results] [--update-docs]
#                [--provider sqlite|postgresql] [--replicas 2]
#   --update-docs also replaces the latest figures in docs/benchmark.md with this run's tables.
#   --provider postgresql runs SQLite first, then the same scenarios on a throwaway PostgreSQL cluster with one
#   server and with --replicas servers behind nginx (--replicas 1: one server only), and prints the stores side by side.
#
# Every option can be set in the environment too: BENCH_DURATION, BENCH_WARMUP, BENCH_GROWTH_DURATION,
# BENCH_CONNECTIONS, BENCH_THREADS, BENCH_START_RUNS, BENCH_TIMEOUT, BENCH_OUT, BENCH_UPDATE_DOCS=1,
# BENCH_PROVIDER, BENCH_REPLICAS.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"

duration="${BENCH_DURATION:-10s}"
warmup="${BENCH_WARMUP:-3s}"
growth_duration="${BENCH_GROWTH_DURATION:-5s}"
connections="${BENCH_CONNECTIONS:-32}"
threads="${BENCH_THREADS:-2}"
start_runs="${BENCH_START_RUNS:-3}"
timeout="${BENCH_TIMEOUT:-10s}"
out="${BENCH_OUT:-$here/results}"
update_docs="${BENCH_UPDATE_DOCS:-}"
provider="${BENCH_PROVIDER:-sqlite}"
replicas="${BENCH_REPLICAS:-}"

usage() { sed -n '6,11p' "${BASH_SOURCE[0]}" | sed 's/^# *//'; }

while [ $# -gt 0 ]; do
  case "$1" in
    --duration | --warmup | --growth-duration | --connections | --threads | --start-runs | --timeout | --out | --provider | --replicas)
      if [ $# -lt 2 ]; then
        echo "$1 needs a value" >&2
        exit 2
      fi
      case "$1" in
        --duration) duration="$2" ;;
        --warmup) warmup="$2" ;;
        --growth-duration) growth_duration="$2" ;;
        --connections) connections="$2" ;;
        --threads) threads="$2" ;;
        --start-runs) start_runs="$2" ;;
        --timeout) timeout="$2" ;;
        --out) out="$2" ;;
        --provider) provider="$2" ;;
        --replicas) replicas="$2" ;;
      esac
      shift 2
      ;;
    --update-docs) update_docs=1; shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "Unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
done

case "$provider" in
  sqlite)
    if [ -n "$replicas" ]; then
      echo "--replicas needs --provider postgresql: a SQLite store belongs to one server" >&2
      exit 2
    fi
    ;;
  postgresql)
    replicas="${replicas:-2}"
    if ! [[ "$replicas" =~ ^[1-9][0-9]*$ ]]; then
      echo "--replicas takes a whole number of at least 1, got '$replicas'" >&2
      exit 2
    fi
    ;;
  *)
    echo "--provider takes sqlite or postgresql, got '$provider'" >&2
    exit 2
    ;;
esac

# wrk drives the load; PostgreSQL's runs also need its server programs, and nginx in front of replicas. Debian ships
# all three, and keeps PostgreSQL's programs off PATH, under /usr/lib/postgresql/<version>/bin.
export PATH="$PATH:/usr/sbin"
missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
if [ "$provider" = postgresql ]; then
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
  if [ "$replicas" -ge 2 ] && ! command -v nginx >/dev/null 2>&1; then missing+=(nginx); fi
fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing ${missing[*]}" >&2
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}" >&2
fi

mkdir -p "$out"
out="$(cd "$out" && pwd)"
work="$(mktemp -d)"
cluster=""
pg_bin=""

# PostgreSQL refuses to run as root; as root its programs run as the postgres user that Debian's package creates.
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then
    (cd "$cluster" && runuser -u postgres -- "$@")
  else
    (cd "$cluster" && "$@")
  fi
}

# On failure the servers' logs are kept beside the results, as they usually say what went wrong. The PostgreSQL
# cluster is stopped and deleted however the run ends.
finish() {
  local status=$?
  if [ "$status" -ne 0 ] && [ -n "$(find "$work/run" -name '*.log' -print -quit 2>/dev/null)" ]; then
    mkdir -p "$out/logs"
    # PostgreSQL's runs keep their servers' (and nginx's) logs in folders of their own.
    (cd "$work/run" && find . -name '*.log' -exec cp --parents {} "$out/logs/" \;)
    if [ -n "$cluster" ] && [ -f "$cluster/server.log" ]; then cp "$cluster/server.log" "$out/logs/postgresql.log"; fi
    echo "The benchmark failed; the servers' logs are in $out/logs" >&2
  fi
  if [ -n "$cluster" ]; then
    if [ -f "$cluster/data/postmaster.pid" ]; then
      as_postgres "$pg_bin/pg_ctl" stop -D "$cluster/data" -m fast -w -t 60 >/dev/null 2>&1 ||
        as_postgres "$pg_bin/pg_ctl" stop -D "$cluster/data" -m immediate -w >/dev/null 2>&1 || true
    fi
    rm -rf "$cluster"
  fi
  rm -rf "$work"
  exit "$status"
}
trap finish EXIT

publish() {
  echo "Building $(basename "$1") (Release)" >&2
  dotnet publish "$1" -c Release -o "$2" --nologo -v quiet "${@:3}" >&2
}
# The server as the Dockerfile publishes it: for this machine's runtime, compiled ahead of time.
case "$(uname -m)" in
  aarch64 | arm64) runtime=linux-arm64 ;;
  *) runtime=linux-x64 ;;
esac
publish "$root/src/Ews.ImGroups.Host" "$work/bin/server" --runtime "$runtime" --self-contained false
publish "$here/Ews.ImGroups.Bench.Baseline" "$work/bin/baseline"
publish "$here/Ews.ImGroups.Bench.Runner" "$work/bin/runner"

# A throwaway PostgreSQL cluster: trust authentication for postgres on a free loopback port, its socket in its own
# folder, and the server's default durability (fsync and synchronous commits on), as SQLite's commits are durable too.
postgres_options=()
if [ "$provider" = postgresql ]; then
  pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  cluster="$(mktemp -d)"
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$cluster"; fi
  echo "Starting $("$pg_bin/postgres" --version)" >&2
  # Skipping initdb's flush to disk only speeds up creating the cluster; the server it starts keeps fsync on.
  as_postgres "$pg_bin/initdb" -D "$cluster/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >/dev/null
  {
    echo "listen_addresses = '127.0.0.1'"
    echo "unix_socket_directories = '$cluster'"
    echo "max_connections = 300"
  } >>"$cluster/data/postgresql.conf"
  port=""
  for attempt in 1 2 3 4 5; do
    # A port nothing listens on, between the registered ports and Linux's ephemeral range.
    candidate=$((20000 + RANDOM % 12000))
    if (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then continue; fi
    if as_postgres "$pg_bin/pg_ctl" start -D "$cluster/data" -l "$cluster/server.log" -w -t 60 -o "-p $candidate" >/dev/null; then
      port="$candidate"
      break
    fi
    # Only a port taken in the meantime is worth another try.
    if ! grep -q "could not bind" "$cluster/server.log"; then break; fi
  done
  if [ -z "$port" ]; then
    echo "PostgreSQL did not start:" >&2
    cat "$cluster/server.log" >&2
    exit 1
  fi
  postgres_options=(
    --replicas "$replicas"
    --postgres "Host=127.0.0.1;Port=$port;Username=postgres"
    --postgres-data "$cluster/data"
  )
fi

mkdir -p "$work/run"
dotnet "$work/bin/runner/Ews.ImGroups.Bench.Runner.dll" \
  --server "$work/bin/server/Ews.ImGroups.Host" \
  --baseline "$work/bin/baseline/Ews.ImGroups.Bench.Baseline" \
  --script "$here/wrk/ews.lua" \
  --out "$out" \
  --work "$work/run" \
  --docs-page "${update_docs:+$root/docs/benchmark.md}" \
  --duration "$duration" \
  --warmup "$warmup" \
  --growth-duration "$growth_duration" \
  --connections "$connections" \
  --threads "$threads" \
  --start-runs "$start_runs" \
  --timeout "$timeout" \
  --provider "$provider" \
  "${postgres_options[@]}"
