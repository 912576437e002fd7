#!/usr/bin/env bash
# Posts every request in samples/requests to a running server, in order, and prints each answer's HTTP status and
# response code next to the code the file name expects. Exits non-zero when any answer differs.
#
#   samples/post.sh [base-url] [user]        defaults: http://localhost:8080 alice@contoso.com
#
# Run it against a fresh data directory: the requests use the ids of the sample seed and build on each other.
set -euo pipefail

base_url="${1:-http://localhost:8080}"
user="${2:-alice@contoso.com}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
failures=0

for request in "$here"/requests/*.xml; do
  name="$(basename "$request" .xml)"
  expected="${name##*.}"
  answer="$(curl -sS -u "$user:any-password" -H 'Content-Type: text/xml; charset=utf-8' \
    --data-binary "@$request" -w '\n%{http_code}' "$base_url/EWS/Exchange.asmx")"
  status="${answer##*$'\n'}"
  code="$(grep -o 'ResponseCode[^>]*>[A-Za-z]*<' <<<"$answer" | head -n 1 | sed 's/.*>\(.*\)</\1/')" || true
  verdict="ok"
  if [ "$code" != "$expected" ]; then
    verdict="expected $expected"
    failures=$((failures + 1))
  fi
  printf '%-88s HTTP %s  %-44s %s\n' "$name.xml" "$status" "$code" "$verdict"
done

exit $((failures > 0))
