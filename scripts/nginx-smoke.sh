#!/usr/bin/env bash
# Smoke test of the production serving recipe: the built app behind nginx (deploy/nginx.conf.template)
# in front of the sample Siro API, checked with curl and with the @smoke end-to-end specs.
#
#   bash scripts/nginx-smoke.sh
#
# Environment:
#   DIST_DIR=/tmp/x             build into (and serve) this directory instead of dist/
#   NGINX_SMOKE_SKIP_BUILD=1    serve the existing build as is
#   NGINX_SMOKE_SKIP_E2E=1      skip `playwright test --grep @smoke`
#   NGINX_SMOKE_WORKERS=1       Playwright workers for the @smoke specs
#   NGINX_SMOKE_PORT=4180       nginx port (loopback)
#   NGINX_SMOKE_API_PORT=4120   sample API port (loopback)
#   SAMPLE_API_ENTRY=sample-api/main.ts   the API to start (PORT is set for it); with another
#                               entry, SMOKE_RECORDING_ID is the id that must answer 200
#   NGINX_SMOKE_KEEP=1          keep the nginx prefix (config, logs) for a look afterwards
#   FRAME_ANCESTORS             passed to the rendered config
#   MEDIA_SRC                   passed to the rendered config; default the sample API's origin,
#                               where its signed audio URLs point
set -uo pipefail
cd "$(dirname "$0")/.."

NGINX_PORT="${NGINX_SMOKE_PORT:-4180}"
API_PORT="${NGINX_SMOKE_API_PORT:-4120}"
API_ENTRY="${SAMPLE_API_ENTRY:-sample-api/main.ts}"
BASE="http://127.0.0.1:${NGINX_PORT}"
# The sample API signs audio URLs on its own origin (the Host nginx forwards): the CSP must allow it.
export MEDIA_SRC="${MEDIA_SRC:-'self' http://127.0.0.1:${API_PORT}}"
DEFAULT_RECORDING_ID="8d0f5d2e-5c1b-4a7e-9a51-2f6b1c3d4e5f"

die() { echo "nginx smoke: $*" >&2; exit 1; }
step() { echo "nginx smoke: $*"; }

# --- nginx -----------------------------------------------------------------------------------
if ! command -v nginx >/dev/null 2>&1; then
  step "nginx not found: installing Debian's nginx package…"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq || die "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nginx >/dev/null || die "installing nginx failed"
fi
NGINX_BIN="$(command -v nginx)" || die "nginx is still not on PATH (Debian installs it in /usr/sbin)"
step "using $("$NGINX_BIN" -v 2>&1)"

# --- build -----------------------------------------------------------------------------------
if [ -n "${DIST_DIR:-}" ]; then
  DIST_DIR="$(mkdir -p "$DIST_DIR" && cd "$DIST_DIR" && pwd)"
  if [ -z "${NGINX_SMOKE_SKIP_BUILD:-}" ]; then
    npx vite build --outDir "$DIST_DIR" --emptyOutDir --logLevel warn || die "the build failed"
  fi
else
  DIST_DIR="$PWD/dist"
  if [ -z "${NGINX_SMOKE_SKIP_BUILD:-}" ]; then
    npm run build --silent || die "the build failed"
  fi
fi
[ -f "$DIST_DIR/index.html" ] || die "$DIST_DIR/index.html is missing"

# --- processes -------------------------------------------------------------------------------
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port_in_use "$NGINX_PORT" && die "port $NGINX_PORT is taken (set NGINX_SMOKE_PORT)"
port_in_use "$API_PORT" && die "port $API_PORT is taken (set NGINX_SMOKE_API_PORT)"
[ -f "$API_ENTRY" ] || die "$API_ENTRY does not exist (set SAMPLE_API_ENTRY)"

PREFIX="$(mktemp -d "${TMPDIR:-/tmp}/siro-nginx-smoke.XXXXXX")"
WORK="$PREFIX/smoke"
mkdir -p "$WORK"
API_PID=""
NGINX_PID=""

stop() { # pid: ends the process group started with setsid, or the process itself
  local pid="$1"
  [ -n "$pid" ] || return 0
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
cleanup() {
  stop "$NGINX_PID"
  stop "$API_PID"
  if [ -z "${NGINX_SMOKE_KEEP:-}" ]; then rm -rf "$PREFIX"; else echo "nginx smoke: kept $PREFIX"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Own process groups, so that stopping one also stops npx/tsx's children.
SETSID=""
if command -v setsid >/dev/null 2>&1; then SETSID="setsid"; fi

SAMPLE_API_QUIET=1 PORT="$API_PORT" $SETSID npx tsx "$API_ENTRY" >"$WORK/sample-api.log" 2>&1 &
API_PID=$!

CONF="$(SIRO_API_URL="http://127.0.0.1:${API_PORT}" LISTEN_HOST=127.0.0.1 LISTEN_PORT="$NGINX_PORT" \
  DIST_DIR="$DIST_DIR" NGINX_PREFIX="$PREFIX" npx tsx deploy/render-nginx-conf.ts)" \
  || die "rendering the nginx config failed"
ERROR_LOG="$PREFIX/logs/error.log"
ACCESS_LOG="$PREFIX/logs/access.log"
"$NGINX_BIN" -t -q -p "$PREFIX" -c "$CONF" -e "$ERROR_LOG" || die "nginx rejects $CONF"
$SETSID "$NGINX_BIN" -p "$PREFIX" -c "$CONF" -e "$ERROR_LOG" -g 'daemon off;' >"$WORK/nginx.out" 2>&1 &
NGINX_PID=$!

wait_for() { # name pid url
  for _ in $(seq 1 120); do
    if ! kill -0 "$2" 2>/dev/null; then return 1; fi
    if curl -fsS -o /dev/null --max-time 2 "$3" 2>/dev/null; then return 0; fi
    sleep 0.25
  done
  return 1
}
wait_for "sample API" "$API_PID" "http://127.0.0.1:${API_PORT}/healthz" \
  || { cat "$WORK/sample-api.log" >&2; die "the sample API did not come up on port $API_PORT"; }
wait_for nginx "$NGINX_PID" "$BASE/" \
  || { cat "$WORK/nginx.out" "$ERROR_LOG" >&2 2>/dev/null; die "nginx did not come up on port $NGINX_PORT"; }
step "nginx on $BASE (config $CONF), sample API on port $API_PORT"

# --- checks ----------------------------------------------------------------------------------
PASSED=0
FAILED=0
pass() { PASSED=$((PASSED + 1)); echo "  ok   $1"; }
fail() { FAILED=$((FAILED + 1)); echo "  FAIL $1: $2"; }

# request URL [curl args…]: sets STATUS, headers in $WORK/headers, body in $WORK/body
request() {
  local url="$1"
  shift
  STATUS="$(curl -sS --path-as-is --max-time 10 -D "$WORK/headers" -o "$WORK/body" -w '%{http_code}' "$@" "$url")" || STATUS="000"
}
header() { # name: value of that response header, without CR
  grep -i "^$1:" "$WORK/headers" | tail -n 1 | cut -d: -f2- | sed -e 's/^ *//' -e 's/\r$//'
}
is_json() { case "$(header content-type)" in application/json*) return 0 ;; *) return 1 ;; esac; }

# module export (with fallback): asks the TypeScript source, so the checks follow it.
ts_value() {
  npx tsx --eval "import('./$1').then((m) => console.log(String(m.$2 ?? '')))" 2>/dev/null || true
}
# With the hash of the built page's inline script, as the renderer reads it from dist/.
EXPECTED_CSP="$(SMOKE_INDEX_HTML="$DIST_DIR/index.html" npx tsx --eval \
  "import('node:fs').then(async (fs) => { const m = await import('./deploy/security-headers.ts'); console.log(m.contentSecurityPolicy(m.securitySettings(process.env, fs.readFileSync(process.env.SMOKE_INDEX_HTML, 'utf8')))); })")"
[ -n "$EXPECTED_CSP" ] || die "could not read the CSP from deploy/security-headers.ts"
TOKEN=""
RECORDING_ID=""
if [ -f sample-api/server.ts ]; then
  TOKEN="$(ts_value sample-api/server.ts DEMO_TOKEN)"
  RECORDING_ID="$(ts_value sample-api/server.ts SAMPLE_RECORDING_ID)"
fi
if [ -z "$RECORDING_ID" ] && [ -f sample-api/ids.ts ]; then
  RECORDING_ID="$(ts_value sample-api/ids.ts SAMPLE_RECORDING_ID)"
fi
if [ "$API_ENTRY" != sample-api/main.ts ]; then RECORDING_ID="${SMOKE_RECORDING_ID:-}"; fi
TOKEN="${TOKEN:-siro-demo-token}"

check_page() { # name path
  request "$BASE$2"
  local csp
  csp="$(header content-security-policy)"
  if [ "$STATUS" != 200 ]; then fail "$1" "expected 200, got $STATUS"
  elif [[ "$(header content-type)" != text/html* ]]; then fail "$1" "expected text/html, got '$(header content-type)'"
  elif [ "$csp" != "$EXPECTED_CSP" ]; then fail "$1" "Content-Security-Policy is '$csp', expected '$EXPECTED_CSP'"
  elif [ "$(header x-content-type-options)" != nosniff ]; then fail "$1" "X-Content-Type-Options: nosniff is missing"
  elif [ "$(header cache-control)" != no-cache ]; then fail "$1" "expected Cache-Control: no-cache, got '$(header cache-control)'"
  elif ! grep -q 'id="root"' "$WORK/body"; then fail "$1" "the body is not the app's index.html"
  else pass "$1"; fi
}
check_page "GET / is index.html with the CSP and nosniff" /
check_page "GET /recordings/anything falls back to index.html" /recordings/anything

# The entry module: index.html names smaller files too (the early paints' chunks, some under
# nginx's gzip_min_length).
JS_ASSET="$(grep -oE '<script type="module"[^>]* src="/assets/[^"]+\.js"' "$DIST_DIR/index.html" | grep -oE '/assets/[^"]+\.js' | head -n 1)"
if [ -z "$JS_ASSET" ]; then
  fail "hashed JS asset" "no /assets/*.js referenced by $DIST_DIR/index.html"
else
  request "$BASE$JS_ASSET" -H 'Accept-Encoding: gzip'
  if [ "$STATUS" != 200 ]; then fail "GET $JS_ASSET" "expected 200, got $STATUS"
  elif [[ "$(header cache-control)" != *immutable* ]]; then fail "GET $JS_ASSET" "Cache-Control is '$(header cache-control)', expected immutable"
  elif [ "$(header content-encoding)" != gzip ]; then fail "GET $JS_ASSET" "expected Content-Encoding: gzip, got '$(header content-encoding)'"
  elif [ -z "$(header content-security-policy)" ]; then fail "GET $JS_ASSET" "Content-Security-Policy is missing"
  else pass "GET $JS_ASSET: gzip, immutable, security headers"; fi
fi

request "$BASE/assets/missing.js"
if [ "$STATUS" != 404 ]; then fail "GET /assets/missing.js" "expected 404, got $STATUS"
elif grep -q 'id="root"' "$WORK/body"; then fail "GET /assets/missing.js" "answered with index.html"
elif [ -z "$(header content-security-policy)" ]; then fail "GET /assets/missing.js" "Content-Security-Policy is missing on the 404"
else pass "GET /assets/missing.js is a real 404"; fi

request "$BASE/api/siro/v1/core/recordings/${RECORDING_ID:-$DEFAULT_RECORDING_ID}" -H "x-siro-auth-token: $TOKEN"
if [ -n "$RECORDING_ID" ] && [ "$STATUS" != 200 ]; then
  fail "API through nginx" "expected 200 for sample recording $RECORDING_ID, got $STATUS: $(head -c 200 "$WORK/body")"
elif [ "$STATUS" != 200 ] && [ "$STATUS" != 404 ]; then
  fail "API through nginx" "expected 200 (or 404), got $STATUS: $(head -c 200 "$WORK/body")"
elif ! is_json; then fail "API through nginx" "expected JSON, got '$(header content-type)'"
elif [ -z "$(header content-security-policy)" ]; then fail "API through nginx" "Content-Security-Policy is missing"
elif [ -n "$(header set-cookie)" ]; then fail "API through nginx" "the API's Set-Cookie reached the browser"
else pass "GET /api/siro/v1/core/recordings/<id> with the token: $STATUS JSON from the API"; fi

request "$BASE/api/siro/v1/core/recordings/a%2Fb" -H "x-siro-auth-token: $TOKEN"
if [ "$STATUS" = 200 ] || [ "$STATUS" = 000 ]; then fail "encoded %2F" "expected the API's 404, got $STATUS"
elif ! is_json; then fail "encoded %2F" "got $STATUS '$(header content-type)' from nginx instead of the API's JSON"
elif grep -qi '<html' "$WORK/body"; then fail "encoded %2F" "got an HTML page"
else pass "GET /api/siro/v1/core/recordings/a%2Fb reaches the API as one segment ($STATUS JSON)"; fi

request "$BASE/api/siro/v1/%2e%2e/v1/core/recordings/x" -H "x-siro-auth-token: $TOKEN"
if [ "$STATUS" = 400 ] && is_json; then pass "dot segments are refused with a 400 JSON"
else fail "dot segments" "expected 400 JSON, got $STATUS '$(header content-type)'"; fi

request "$BASE/api/siro/healthz" -H "x-siro-auth-token: $TOKEN"
if [ "$STATUS" = 404 ] && is_json && grep -q '"error":"Not found."' "$WORK/body"; then
  pass "an API path the app does not call is a 404 JSON from nginx"
else
  fail "API allowlist" "expected nginx's 404 JSON for /api/siro/healthz, got $STATUS: $(head -c 200 "$WORK/body")"
fi

# As an attacker would: paths an edge could read as another, forged headers, oversized bodies,
# upgrades, other /api paths (deploy/proxies.test.ts has the same cases with an echoing upstream).
RID="${RECORDING_ID:-$DEFAULT_RECORDING_ID}"
for path in '/api/siro/v1/core/recordings/..\..\..\healthz' '/api/siro/v1/core/recordings/..\..\..\v1\users\me' \
  "/api/siro/v1/core/recordings/$RID%5c..%5chealthz" '/api/siro/v1/core/recordings/%2e%2e/x' '/api/siro/v1/core/recordings/%73earch' \
  "/api/siro/v1/core/recordings/$RID/comments/..;"; do
  request "$BASE$path" -H "x-siro-auth-token: $TOKEN"
  if [ "$STATUS" = 400 ] && is_json; then pass "GET $path is refused with a 400 JSON"
  else fail "ambiguous path $path" "expected 400 JSON, got $STATUS: $(head -c 200 "$WORK/body")"; fi
done

request "$BASE/api/siro/v1/core/recordings/$RID" -H "x-siro-auth-token: $TOKEN" -H 'X-HTTP-Method-Override: DELETE' -H 'Cookie: s=1'
if [ "$(header cache-control)" = no-store ]; then pass "API answers carry Cache-Control: no-store"
else fail "API caching" "expected Cache-Control: no-store, got '$(header cache-control)'"; fi

head -c 2000000 /dev/zero | tr '\0' 'a' >"$WORK/big-body"
request "$BASE/api/siro/v1/core/recordings/$RID/signedUrl" -X POST -H "x-siro-auth-token: $TOKEN" -H 'content-type: application/json' --data-binary "@$WORK/big-body"
if [ "$STATUS" = 413 ] && is_json && grep -q '"error":"The request is too large."' "$WORK/body"; then pass "a 2 MB body is refused with a 413 JSON"
else fail "body limit" "expected 413 JSON, got $STATUS: $(head -c 200 "$WORK/body")"; fi

request "$BASE/api/siro/v1/core/recordings/$RID" -H "x-siro-auth-token: $TOKEN" -H 'Connection: Upgrade' -H 'Upgrade: websocket' \
  -H 'Sec-WebSocket-Version: 13' -H 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ=='
if [ "$STATUS" = 404 ] && is_json; then pass "a WebSocket upgrade on the API path is a 404 JSON"
else fail "upgrade" "expected 404 JSON, got $STATUS"; fi

for path in /api/other /api; do
  request "$BASE$path"
  if [ "$STATUS" = 404 ] && is_json; then pass "GET $path is a 404 JSON, not the page"
  else fail "GET $path" "expected 404 JSON, got $STATUS '$(header content-type)'"; fi
done

if [ -n "${NGINX_SMOKE_SKIP_E2E:-}" ]; then
  step "skipping playwright test --grep @smoke (NGINX_SMOKE_SKIP_E2E is set)"
else
  if bash scripts/ensure-chromium.sh \
    && E2E_BASE_URL="$BASE" E2E_SKIP_WEBSERVER=1 npx playwright test --grep @smoke --workers="${NGINX_SMOKE_WORKERS:-1}"; then
    pass "playwright test --grep @smoke against nginx"
  else
    fail "playwright test --grep @smoke" "the end-to-end smoke specs failed against $BASE"
  fi
fi

# The API goes away: nginx answers for it.
stop "$API_PID"
API_PID=""
request "$BASE/api/siro/v1/core/recordings/${RECORDING_ID:-$DEFAULT_RECORDING_ID}" -H "x-siro-auth-token: $TOKEN"
if [ "$STATUS" = 502 ] && is_json && grep -q '"error":"The Siro API could not be reached."' "$WORK/body" \
  && [ -n "$(header content-security-policy)" ]; then
  pass "API down: 502 JSON {\"error\":\"The Siro API could not be reached.\"}"
else
  fail "API down" "expected 502 JSON with the error message, got $STATUS '$(header content-type)': $(head -c 200 "$WORK/body")"
fi

if [ ! -s "$ACCESS_LOG" ]; then fail "access log" "$ACCESS_LOG is empty"
elif grep -qF -- "$TOKEN" "$ACCESS_LOG" "$ERROR_LOG"; then fail "logs" "the token appears in the nginx logs"
else pass "the nginx logs never contain the token"; fi

echo "nginx smoke: $PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
