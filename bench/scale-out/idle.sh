#!/usr/bin/env bash
# Idle CPU of one silo (Orleans runtime + log polling) over 60 s, after it joined (docs/scale-out.md, Measured).
#   bench/scale-out/idle.sh TRIANGULATE_DLL "Host=...;Database=..."
set -euo pipefail
dll=$1; pg=$2; tick=$(getconf CLK_TCK); work=$(mktemp -d); port=$((20000 + RANDOM % 20000))
cpu() { awk -v t="$tick" '{ print ($14 + $15) / t }' "/proc/$1/stat"; }
nats-server -js -sd "$work/nats" -a 127.0.0.1 -p "$port" >/dev/null 2>&1 & nats=$!
trap 'kill $nats $silo 2>/dev/null; rm -rf "$work"' EXIT
sleep 1
dotnet "$dll" serve --cluster "postgres:$pg" --nats "nats://127.0.0.1:$port" --cluster-id "idle-$RANDOM" --stream "IDLE_$RANDOM" --silo-port $((port+1)) --gateway-port $((port+2)) >"$work/silo.log" 2>&1 & silo=$!
until grep -q "^silo of cluster" "$work/silo.log"; do sleep 0.5; done
sleep 5; a=$(cpu $silo); sleep 60; b=$(cpu $silo)
echo "idle silo: $(echo "$b - $a" | bc -l) CPU-s in 60 s (joined after $(cpu $silo) CPU-s total); load $(cut -d' ' -f1-3 /proc/loadavg)"
