#!/usr/bin/env bash
# Times repeated views of Meridian pages as a signed-in user and prints the median and 95th percentile.
#
#   bench/page-timing.sh BASE_URL USER PASSWORD COUNT PATH...
#   bench/page-timing.sh http://localhost:8080 demo-officer officer-demo-2026 50 /going-global /insight/scorecard
#
# Signs in through the login form (session cookie), views each path once to warm up, then COUNT times, and prints
# one line per path: path, requests, median and p95 of the total time in milliseconds (curl's time_total), and the
# first view's time. Timings are figures to compare side by side, never assertions.
set -euo pipefail
base="$1"; user="$2"; password="$3"; count="$4"; shift 4
jar="$(mktemp)"; trap 'rm -f "$jar"' EXIT
csrf="$(curl -s -c "$jar" -b "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')"
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$user" --data-urlencode "password=$password" \
  --data-urlencode "_csrf=$csrf" "$base/login"
for path in "$@"; do
  first="$(curl -s -o /dev/null -b "$jar" -w '%{http_code} %{time_total}' "$base$path")"
  if [ "${first%% *}" != "200" ]; then
    echo "$path: HTTP ${first%% *}" >&2; exit 1
  fi
  for _ in $(seq "$count"); do
    curl -s -o /dev/null -b "$jar" -w '%{time_total}\n' "$base$path"
  done | sort -n | awk -v path="$path" -v first="${first#* }" '
    { t[NR] = $1 * 1000 }
    END {
      median = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
      p95 = t[int(0.95 * NR + 0.999999)]
      printf "%-40s n=%d median=%.1f ms p95=%.1f ms first=%.1f ms\n", path, NR, median, p95, first * 1000
    }'
done
