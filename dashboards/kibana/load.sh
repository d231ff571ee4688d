#!/usr/bin/env bash
# Loads the secweb Kibana saved objects (data views on the secweb-* aliases and the "secweb — watch" dashboard) into an
# existing Kibana, overwriting earlier versions of the same objects.
#
#   dashboards/kibana/load.sh KIBANA_URL [--space SPACE_ID]
#   e.g. dashboards/kibana/load.sh http://127.0.0.1:5601
#
# Credentials come from the environment only: KIBANA_API_KEY, or KIBANA_USERNAME and KIBANA_PASSWORD.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

usage() { echo "usage: $0 KIBANA_URL [--space SPACE_ID]" >&2; exit 2; }
[[ $# -ge 1 ]] || usage
url="${1%/}"; shift
space=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --space) [[ $# -ge 2 ]] || usage; space="$2"; shift 2 ;;
    *) usage ;;
  esac
done
[[ "$url" =~ ^https?:// ]] || { echo "load.sh: KIBANA_URL must start with http:// or https://, got '$url'" >&2; exit 2; }
command -v curl >/dev/null || { echo "load.sh: curl is needed" >&2; exit 1; }

auth=()
if [[ -n "${KIBANA_API_KEY:-}" ]]; then
  auth=(-H "Authorization: ApiKey ${KIBANA_API_KEY}")
elif [[ -n "${KIBANA_USERNAME:-}" ]]; then
  auth=(-u "${KIBANA_USERNAME}:${KIBANA_PASSWORD:-}")
fi
base="$url${space:+/s/$space}"

# one import of every file, data views first, so the dashboard's references resolve
bundle="$(mktemp --suffix=.ndjson)"
trap 'rm -f "$bundle"' EXIT
cat "$HERE/data-views.ndjson" "$HERE/watch-dashboard.ndjson" > "$bundle"

status=0
answer="$(curl -sS -w '\n%{http_code}' -X POST "$base/api/saved_objects/_import?overwrite=true" \
  -H 'kbn-xsrf: secweb' "${auth[@]}" --form "file=@$bundle")" || status=$?
if [[ $status -ne 0 ]]; then
  echo "load.sh: cannot reach Kibana at $url (curl exit $status)" >&2; exit 1
fi
code="${answer##*$'\n'}"; body="${answer%$'\n'*}"
if [[ "$code" != 200 ]] || ! grep -q '"success":true' <<<"$body"; then
  echo "load.sh: Kibana refused the import (HTTP $code): $body" >&2; exit 1
fi
count="$(grep -o '"successCount":[0-9]*' <<<"$body" | cut -d: -f2)"
echo "loaded $count saved objects into $base; open $base/app/dashboards#/view/secweb-watch"
