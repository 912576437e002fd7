#!/usr/bin/env bash
# The benchmark in one command: builds the server and a bare SoapCore baseline in Release, starts them on fresh data
# directories, warms them up, drives them with wrk, and prints a Markdown table of the figures next to their targets.
# The table goes to <out>/latest.md and every figure to <out>/latest.json. See docs/benchmark.md.
#
#   bench/run.sh [--duration 10s] [--warmup 3s] [--growth-duration 5s] [--connections 32] [--threads 2]
#                [--start-runs 3] [--timeout 10s] [--out bench/results] [--update-docs]
#   --update-docs also replaces the latest figures in docs/benchmark.md with this run's tables.
#
# Every option can be set in the environment too: BENCH_DURATION, BENCH_WARMUP, BENCH_GROWTH_DURATION,
# BENCH_CONNECTIONS, BENCH_THREADS, BENCH_START_RUNS, BENCH_TIMEOUT, BENCH_OUT, BENCH_UPDATE_DOCS=1.
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

usage() { sed -n '6,8p' "${BASH_SOURCE[0]}" | sed 's/^# *//'; }

while [ $# -gt 0 ]; do
  case "$1" in
    --duration | --warmup | --growth-duration | --connections | --threads | --start-runs | --timeout | --out)
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
      esac
      shift 2
      ;;
    --update-docs) update_docs=1; shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "Unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
done

# wrk drives the load; Debian ships it.
if ! command -v wrk >/dev/null 2>&1; then
  echo "Installing wrk" >&2
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends wrk >&2
fi

mkdir -p "$out"
out="$(cd "$out" && pwd)"
work="$(mktemp -d)"

# On failure the servers' logs are kept beside the results, as they usually say what went wrong.
finish() {
  local status=$?
  if [ "$status" -ne 0 ] && compgen -G "$work/run/*.log" >/dev/null; then
    mkdir -p "$out/logs"
    cp "$work"/run/*.log "$out/logs/"
    echo "The benchmark failed; the servers' logs are in $out/logs" >&2
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
  --timeout "$timeout"
