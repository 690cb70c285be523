#!/usr/bin/env bash
# Source this from .ci/run (". .ci/postgres.sh"): installs PostgreSQL when missing, starts it, creates the
# test role and database, and exports TRIANGULATE_PG so the PostgreSQL store tests run. Idempotent; it
# never fails the caller: on any problem it warns and leaves TRIANGULATE_PG unset, and those tests skip.

tri_pg_setup() {
  local role=triangulate db=triangulate_test
  if ! compgen -G "/usr/lib/postgresql/*/bin/postgres" >/dev/null; then
    [ "$(id -u)" = "0" ] || { echo "postgres.sh: PostgreSQL is not installed and this is not root"; return 1; }
    apt-get update -qq >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null 2>&1 \
      || { echo "postgres.sh: apt-get install postgresql failed"; return 1; }
  fi
  command -v pg_lsclusters >/dev/null 2>&1 || { echo "postgres.sh: pg_lsclusters missing (postgresql-common)"; return 1; }

  local version
  version="$(ls /usr/lib/postgresql | sort -V | tail -1)"
  if [ -z "$(pg_lsclusters -h 2>/dev/null)" ]; then
    pg_createcluster "$version" main >/dev/null || { echo "postgres.sh: pg_createcluster failed"; return 1; }
  fi

  local ver cluster port status
  read -r ver cluster port status _ <<<"$(pg_lsclusters -h | head -1)"
  if [ "$status" != "online" ]; then
    pg_ctlcluster "$ver" "$cluster" start >/dev/null 2>&1 || { echo "postgres.sh: cannot start cluster $ver/$cluster"; return 1; }
  fi
  local i
  for i in $(seq 1 30); do
    pg_isready -q -h 127.0.0.1 -p "$port" && break
    sleep 1
  done
  pg_isready -q -h 127.0.0.1 -p "$port" || { echo "postgres.sh: server on port $port not ready"; return 1; }

  # Test assemblies run in parallel and each keeps idle pooled connections; the real-process cluster tests alone
  # peak near 50 (three silos, their Orleans providers and the test host). Debian's default of 100 ran out once
  # in CI ("53300: remaining connection slots are reserved"), so raise it, once, and restart to apply it.
  local wanted=400 current
  current="$(cd / && runuser -u postgres -- psql -p "$port" -qtAc "SHOW max_connections" 2>/dev/null)"
  if [ "${current:-0}" -lt "$wanted" ] 2>/dev/null; then
    if (cd / && runuser -u postgres -- psql -p "$port" -qtAc "ALTER SYSTEM SET max_connections = $wanted") >/dev/null \
      && pg_ctlcluster "$ver" "$cluster" restart >/dev/null 2>&1; then
      for i in $(seq 1 30); do
        pg_isready -q -h 127.0.0.1 -p "$port" && break
        sleep 1
      done
    else
      echo "postgres.sh: could not raise max_connections to $wanted (it stays at ${current:-unknown})"
    fi
  fi

  # psql as the postgres superuser; cd / so it does not complain about an unreadable working folder.
  local psql=(runuser -u postgres -- psql -p "$port" -v ON_ERROR_STOP=1 -qtA)
  (cd / && "${psql[@]}" -c "SELECT 1 FROM pg_roles WHERE rolname = '$role'" | grep -q 1) \
    || (cd / && "${psql[@]}" -c "CREATE ROLE $role LOGIN PASSWORD '$role'") >/dev/null \
    || { echo "postgres.sh: cannot create role $role"; return 1; }
  (cd / && "${psql[@]}" -c "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1) \
    || (cd / && "${psql[@]}" -c "CREATE DATABASE $db OWNER $role") >/dev/null \
    || { echo "postgres.sh: cannot create database $db"; return 1; }

  export TRIANGULATE_PG="Host=127.0.0.1;Port=$port;Username=$role;Password=$role;Database=$db"
  echo "postgres.sh: PostgreSQL $ver ready on port $port, TRIANGULATE_PG exported"
}

tri_pg_setup || echo "warning: PostgreSQL unavailable; PostgreSQL store tests will be skipped"
