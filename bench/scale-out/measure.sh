#!/usr/bin/env bash
# Per-article CPU cost and throughput: single-process `triangulate ingest` into PostgreSQL against 1, 2 and 3
# `serve --cluster` silos fed through nats-server, on the same input and the same machine (docs/scale-out.md).
# CPU is read from /proc (user+system seconds of each process, children included for the single run), so
# neighbours' load shows in wall time but not in the CPU figures. PostgreSQL CPU is the sum over all postgres
# processes (other users of the server count too: quote it as an upper bound).
# Fixed costs (process start, models, Orleans runtime) are taken out on both sides so the per-article figures
# compare: the single process's CPU for a one-document ingest is subtracted from the full run's; each silo is
# warmed with the same one document (and flushed) before its CPU is read. Both then divide by articles - 1.
#
#   bench/scale-out/measure.sh TRIANGULATE_DLL INPUT "Host=...;Database=..." [silo counts, default "1 2 3"]
set -euo pipefail
dll="$1"; input="$2"; pg="$3"; counts="${4:-1 2 3}"
# One transaction size on both sides (the silos' default): section recomputes are scheduled per batch, so unequal
# batches would compare two recompute schedules rather than the two paths.
batch="${BATCH:-64}"
tick=$(getconf CLK_TCK)
work="$(mktemp -d)"; port=$((20000 + RANDOM % 20000))
cpu() { awk -v t="$tick" '{ print ($14 + $15 + $16 + $17) / t }' "/proc/$1/stat" 2>/dev/null || echo 0; }
pgcpu() { local s=0; for p in $(pgrep -x postgres); do s=$(echo "$s + $(cpu "$p")" | bc -l); done; echo "$s"; }
psql_() { PGPASSWORD="$(sed -n 's/.*Password=\([^;]*\).*/\1/p' <<<"$pg")" psql -h 127.0.0.1 -U "$(sed -n 's/.*Username=\([^;]*\).*/\1/p' <<<"$pg")" -d "$(sed -n 's/.*Database=\([^;]*\).*/\1/p' <<<"$pg")" -qtAc "$1"; }
nats-server -js -sd "$work/nats" -a 127.0.0.1 -p "$port" >"$work/nats.log" 2>&1 & nats=$!
trap 'kill $nats 2>/dev/null; rm -rf "$work"' EXIT
sleep 1
head -n 1 "$input" >"$work/warm.jsonl"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

psql_ "DROP SCHEMA IF EXISTS triangulate CASCADE" >/dev/null
/usr/bin/time -f "%U %S" -o "$work/time" dotnet "$dll" ingest "$work/warm.jsonl" --db "postgres:$pg" --quiet >/dev/null
read -r wu wsy <"$work/time"; fixed=$(echo "$wu + $wsy" | bc -l)
psql_ "DROP SCHEMA IF EXISTS triangulate CASCADE" >/dev/null
n0=$(cpu $nats); g0=$(pgcpu); s=$(date +%s.%N)
/usr/bin/time -f "%U %S" -o "$work/time" dotnet "$dll" ingest "$input" --db "postgres:$pg" --batch "$batch" --quiet --timings >"$work/single.out"
e=$(date +%s.%N); g1=$(pgcpu)
articles=$(psql_ "SELECT count(*) FROM triangulate.articles")
read -r u sy <"$work/time"
grep -E "^(stage|writer) time:" "$work/single.out" | sed "s/^/  single /"
echo "single  articles=$articles wall_s=$(echo "$e - $s" | bc -l | xargs printf %.1f) cpu_s=$(echo "$u + $sy" | bc -l) fixed_cpu_s=$fixed cpu_ms_per_article=$(echo "1000 * ($u + $sy - $fixed) / ($articles - 1)" | bc -l | xargs printf %.2f) pg_cpu_s=$(echo "$g1 - $g0" | bc -l | xargs printf %.1f)"

for k in $counts; do
  psql_ "DROP SCHEMA IF EXISTS triangulate CASCADE" >/dev/null
  id="bench-$k-$RANDOM"; stream="BENCH_${k}_$RANDOM"; pids=()
  # k silos share this machine's cores: give each its share of stage threads (at least one), as one would when
  # co-locating silos. With every silo at all cores, k × cores stage threads fight over the cores, and what
  # that measures is the .NET thread pool's spinning under oversubscription, not the cluster path (round 4).
  threads=$(( $(nproc) / k )); [ "$threads" -ge 1 ] || threads=1
  for i in $(seq 1 "$k"); do
    dotnet "$dll" serve --cluster "postgres:$pg" --nats "nats://127.0.0.1:$port" --cluster-id "$id" --stream "$stream" \
      --parallelism "$threads" --batch "$batch" --silo-port $((port + 10 + i)) --gateway-port $((port + 20 + i)) >"$work/silo$i.log" 2>&1 & pids+=($!)
  done
  for i in $(seq 1 "$k"); do until grep -q "^silo of cluster" "$work/silo$i.log"; do sleep 0.5; done; done
  # Warm-up: every silo loads its pipeline before it joins (SiloHost); one document loads the writer's store
  # and engine and runs the stages once.
  dotnet "$dll" cluster append "$work/warm.jsonl" --nats "nats://127.0.0.1:$port" --stream "$stream" >/dev/null
  until dotnet "$dll" cluster status --cluster "postgres:$pg" --nats "nats://127.0.0.1:$port" --cluster-id "$id" --stream "$stream" 2>/dev/null | grep -q "lag 0 "; do sleep 2; done
  dotnet "$dll" cluster flush --cluster "postgres:$pg" --cluster-id "$id" >/dev/null
  before=0; for p in "${pids[@]}"; do before=$(echo "$before + $(cpu "$p")" | bc -l); done
  n0=$(cpu $nats); g0=$(pgcpu); s=$(date +%s.%N)
  dotnet "$dll" cluster append "$input" --nats "nats://127.0.0.1:$port" --stream "$stream" >/dev/null
  until dotnet "$dll" cluster status --cluster "postgres:$pg" --nats "nats://127.0.0.1:$port" --cluster-id "$id" --stream "$stream" 2>/dev/null | grep -q "lag 0 "; do sleep 2; done
  dotnet "$dll" cluster flush --cluster "postgres:$pg" --cluster-id "$id" >/dev/null
  e=$(date +%s.%N); g1=$(pgcpu); n1=$(cpu $nats)
  after=0; per=""; for p in "${pids[@]}"; do c=$(cpu "$p"); after=$(echo "$after + $c" | bc -l); per="$per $(printf %.1f "$c")"; done
  articles=$(psql_ "SELECT count(*) FROM triangulate.articles")
  silo_cpu=$(echo "$after - $before" | bc -l)
  echo "silos=$k threads_per_silo=$threads articles=$articles wall_s=$(echo "$e - $s" | bc -l | xargs printf %.1f) silo_cpu_s=$(printf %.1f "$silo_cpu") cpu_ms_per_article=$(echo "1000 * $silo_cpu / ($articles - 1)" | bc -l | xargs printf %.2f) per_silo_cpu_total_s=[$per ] nats_cpu_s=$(echo "$n1 - $n0" | bc -l | xargs printf %.2f) pg_cpu_s=$(echo "$g1 - $g0" | bc -l | xargs printf %.1f)"
  for p in "${pids[@]}"; do kill -TERM "$p"; done; wait "${pids[@]}" 2>/dev/null || true
  # Each silo prints its summed stage and writer times when it stops (the same lines as `ingest --timings`).
  for i in $(seq 1 "$k"); do grep -E "^(stage|writer) time:" "$work/silo$i.log" | sed "s/^/  silo $i /"; done
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
