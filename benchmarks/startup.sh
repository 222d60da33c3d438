#!/usr/bin/env bash
# Start-up and memory of each service, JVM (packaged quarkus-app) and native (the -runner binary, when built): a
# Markdown table on stdout (`./bench startup` puts it in BENCHMARKS.md). Builds nothing: package first,
#   ./mvnw -B -ntp package -DskipTests                                                       (JVM)
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 ./mvnw -B -ntp -pl article-service,claim-service,gateway -am package \
#     -DskipTests -Dnative -Dquarkus.native.graalvm-home=/var/cache/crosscheck/native-toolchain   (native; or .ci/run)
#   benchmarks/startup.sh [jvm|native|all]      (default all; BENCH_QUICK=1: 100 requests instead of 1,000)
# For each mode it starts one embedded PostgreSQL (fresh databases), then claim-service, article-service and the
# gateway one after another (each measured alone, the earlier ones left running: the gateway needs them), and
# measures per service:
#   build time     native: image generation, from the builder's build-output-stats.json (not the whole Maven
#                  run); JVM: not recorded
#   size           JVM: the whole target/quarkus-app folder; native: the binary
#   first request  launch to the first successful real request (readiness first, then the request below)
#   RSS idle       2 s after that first request
#   RSS after      after 1,000 sequential requests on one keep-alive connection:
#                  claim-service POST /extract (two-sentence text), article-service GET /api/articles?size=10,
#                  gateway GET /api/articles?size=10 (passed through to the article-service)
# claim-service runs with -Xmx256m in both modes, as in production (k8s); the others with their defaults. A native
# binary from the stand-in toolchain sizes its default heap from the host's memory, not from a container limit,
# so its RSS under load can be higher here than in a pod.
# The article-service's outbox is off, so that no analysis runs in the claim-service behind the figures.
# Ports: 18080-18082 and PostgreSQL 54339 (CROSSCHECK_BENCH_PG_PORT). Quote figures from a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"
case "$what" in jvm) modes=(jvm) ;; native) modes=(native) ;; all) modes=(jvm native) ;;
  *) echo "usage: $0 [jvm|native|all]" >&2; exit 2 ;; esac

REQUESTS=1000
[ "${BENCH_QUICK:-0}" = 1 ] && REQUESTS=100
PG_PORT="${CROSSCHECK_BENCH_PG_PORT:-54339}"
load_at_start="$(cut -d' ' -f1-3 /proc/loadavg)"
PG_JAR=testing/postgres/target/crosscheck-test-postgres.jar
[ -f "$PG_JAR" ] || ./mvnw -B -q -ntp -pl testing/postgres package -DskipTests
WORK="$(mktemp -d /tmp/crosscheck-startup.XXXXXX)"
# The embedded PostgreSQL refuses to run as root from a folder the postgres user cannot enter.
chmod 755 "$WORK"
port_of() { case "$1" in gateway) echo 18080 ;; article-service) echo 18081 ;; claim-service) echo 18082 ;; esac; }
SERVICES=(claim-service article-service gateway)
# The services' shared token, made for this run: POST /extract is a write to the claim-service's filter.
SERVICE_TOKEN="$(openssl rand -hex 32)"
EXTRACT_BODY='{"text":"The ministry said on Wednesday it would build a 90-kilometre rail line. Critics said the plan would cost 2 billion euros."}'

pids=()
pg_started=false
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  pids=()
  if $pg_started; then
    java -cp "$PG_JAR" io.crosscheck.testing.postgres.EmbeddedPostgres stop "$WORK/postgres" "$PG_PORT" >/dev/null 2>&1 || true
    pg_started=false
  fi
}
trap 'cleanup; rm -rf "$WORK"' EXIT
trap 'exit 130' INT TERM

now_ms() { date +%s%3N; }
rss_mb() { awk '/^VmRSS:/ {printf "%d MiB", $2 / 1024}' "/proc/$1/status"; }
mb() { awk -v b="$1" 'BEGIN {printf "%d MiB", b / 1048576}'; }

# One real request of the service; exit status 0 on a 200.
real_request() {
  local port; port="$(port_of "$1")"
  case "$1" in
    claim-service) curl -fs -o /dev/null --max-time 30 -H 'Content-Type: application/json' \
                     -H "Authorization: Bearer $SERVICE_TOKEN" -d "$EXTRACT_BODY" "http://127.0.0.1:$port/extract" ;;
    *) curl -fs -o /dev/null --max-time 30 "http://127.0.0.1:$port/api/articles?size=10" ;;
  esac
}

# N requests of the service on one connection (curl reuses it); prints how many answered 200.
many_requests() {
  local name="$1" n="$2" port cfg; port="$(port_of "$name")"; cfg="$WORK/requests.cfg"
  local url="http://127.0.0.1:$port/api/articles?size=10" data=()
  if [ "$name" = claim-service ]; then
    url="http://127.0.0.1:$port/extract"
    data=(-H 'Content-Type: application/json' -H "Authorization: Bearer $SERVICE_TOKEN" -d "$EXTRACT_BODY")
  fi
  for _ in $(seq 1 "$n"); do printf 'url = "%s"\noutput = "/dev/null"\n' "$url"; done > "$cfg"
  curl -s --max-time 600 -w '%{http_code}\n' "${data[@]}" -K "$cfg" | grep -c '^200$' || true
}

launch() {  # mode service db -> sets LAUNCHED_PID
  local mode="$1" name="$2" db="$3" port; port="$(port_of "$name")"
  local env_args=(QUARKUS_HTTP_PORT="$port"
                  QUARKUS_REST_CLIENT_ARTICLE_SERVICE_URL="http://127.0.0.1:$(port_of article-service)"
                  QUARKUS_REST_CLIENT_CLAIM_SERVICE_URL="http://127.0.0.1:$(port_of claim-service)"
                  CROSSCHECK_OUTBOX_ENABLED=false CROSSCHECK_SERVICE_AUTH_TOKEN="$SERVICE_TOKEN")
  if [ -n "$db" ]; then
    env_args+=(QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$db"
               QUARKUS_DATASOURCE_USERNAME=crosscheck QUARKUS_DATASOURCE_PASSWORD=)
  fi
  local cmd
  if [ "$mode" = jvm ]; then
    cmd=(java)
    [ "$name" = claim-service ] && cmd+=(-Xmx256m)
    cmd+=(-jar "$name/target/quarkus-app/quarkus-run.jar")
  else
    cmd=("$name/target/$name-1.0.0-SNAPSHOT-runner")
    [ "$name" = claim-service ] && cmd+=(-Xmx256m)
  fi
  env "${env_args[@]}" "${cmd[@]}" >"$WORK/$mode-$name.log" 2>&1 &
  LAUNCHED_PID=$!
  pids+=("$LAUNCHED_PID")
}

rows=()
for mode in "${modes[@]}"; do
  available=()
  for name in "${SERVICES[@]}"; do
    if [ "$mode" = jvm ] && [ -f "$name/target/quarkus-app/quarkus-run.jar" ]; then available+=("$name")
    elif [ "$mode" = native ] && [ -x "$name/target/$name-1.0.0-SNAPSHOT-runner" ]; then available+=("$name")
    else rows+=("| $name | $mode | | not built | | | |"); fi
  done
  [ ${#available[@]} -gt 0 ] || continue
  java -cp "$PG_JAR" io.crosscheck.testing.postgres.EmbeddedPostgres start "$WORK/postgres" "$PG_PORT" \
    "articles_$mode" "claims_$mode" >"$WORK/postgres-$mode.log" 2>&1
  pg_started=true
  for name in "${available[@]}"; do
    case "$name" in article-service) db="articles_$mode" ;; claim-service) db="claims_$mode" ;; *) db="" ;; esac
    port="$(port_of "$name")"
    if [ "$mode" = jvm ]; then
      size="$(du -sb "$name/target/quarkus-app" | awk '{print $1}')"; size="$(mb "$size") (quarkus-app/)"
      build="n/a"
    else
      size="$(mb "$(stat -c %s "$name/target/$name-1.0.0-SNAPSHOT-runner")")"
      stats="$(ls "$name"/target/*-native-image-source-jar/*build-output-stats.json 2>/dev/null | head -1 || true)"
      build="$( [ -n "$stats" ] && python3 -c 'import json,sys; s=json.load(open(sys.argv[1]))["resource_usage"]["total_secs"]; print("%d min %02d s (image)" % (s // 60, s % 60))' "$stats" 2>/dev/null || echo "n/a")"
    fi
    start="$(now_ms)"
    launch "$mode" "$name" "$db"
    pid="$LAUNCHED_PID"
    first=""
    for _ in $(seq 1 6000); do   # up to ~2 min
      kill -0 "$pid" 2>/dev/null || break
      if curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$port/q/health/ready" && real_request "$name"; then
        first="$(( $(now_ms) - start ))"; break
      fi
      sleep 0.02
    done
    if [ -z "$first" ]; then
      echo "error: $name ($mode) did not answer; its log:" >&2; tail -30 "$WORK/$mode-$name.log" >&2
      rows+=("| $name | $mode | $build | $size | failed | | |"); continue
    fi
    sleep 2
    idle="$(rss_mb "$pid")"
    ok="$(many_requests "$name" "$REQUESTS")"
    after="$(rss_mb "$pid")"
    [ "$ok" = "$REQUESTS" ] || after="$after ($ok/$REQUESTS answered 200)"
    rows+=("| $name | $mode | $build | $size | $(awk -v ms="$first" 'BEGIN {printf "%.2f s", ms / 1000}') | $idle | $after |")
  done
  cleanup
done

echo "startup: $(nproc) cores; load average $load_at_start at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end" >&2
label=1,000; [ "$REQUESTS" = 1000 ] || label="$REQUESTS"
echo "| service | mode | build time | size | first request | RSS idle | RSS after $label requests |"
echo "|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
echo
echo "First request: from launch to the first 200 of a real request (claim-service POST /extract, the others"
echo "GET /api/articles?size=10). RSS after: after $REQUESTS sequential such requests. claim-service runs with -Xmx256m."
echo "Native build time is the image generation reported by the builder; sizes: JVM the quarkus-app folder."
