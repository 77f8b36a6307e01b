#!/usr/bin/env bash
# Throwaway services for tests and benchmarks: installed from Debian packages when missing, started on
# free loopback ports in a temporary folder, stopped by stop_services. Source this file; do not run it.
#
#   ensure_debian_packages postgresql ...   install what is missing (apt-get, as root)
#   start_postgres                          exports STORMPATH_TEST_POSTGRES (an Npgsql connection string)
#   stop_services                           stops everything started here and removes its folders

_services_dir=""
_services_pids=()
_pg_data=""
_pg_ctl=""

_log() { printf '[services] %s\n' "$*" >&2; }

ensure_debian_packages() {
  local missing=()
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    _log "missing Debian packages: ${missing[*]} — install them (sudo apt-get install ${missing[*]}) and rerun"
    return 1
  fi
  _log "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# A loopback port nothing listens on, chosen at random so parallel runs rarely race for one.
free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$(( 20000 + RANDOM % 30000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  _log "no free loopback port found"
  return 1
}

_services_tmp() {
  if [ -z "$_services_dir" ]; then
    _services_dir=$(mktemp -d /tmp/stormpath-services.XXXXXX)
    chmod 755 "$_services_dir"
  fi
}

start_postgres() {
  _services_tmp
  local bindir
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    _log "PostgreSQL server binaries not found under /usr/lib/postgresql; install the postgresql package"
    return 1
  fi
  _pg_ctl="$bindir/pg_ctl"
  _pg_data="$_services_dir/postgres"
  mkdir -p "$_pg_data"
  # PostgreSQL refuses to run as root, so the cluster belongs to the postgres user when we are root.
  local as=()
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$_pg_data"
    as=(runuser -u postgres --)
  fi
  local port
  port=$(free_port)
  "${as[@]}" "$bindir/initdb" -D "$_pg_data" -U postgres -A trust -E UTF8 --no-locale >"$_services_dir/initdb.log" 2>&1 \
    || { cat "$_services_dir/initdb.log" >&2; return 1; }
  "${as[@]}" "$_pg_ctl" -D "$_pg_data" -l "$_pg_data/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$_pg_data -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    start >/dev/null || { cat "$_pg_data/server.log" >&2; return 1; }
  export STORMPATH_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=100"
  _log "PostgreSQL on 127.0.0.1:$port"
}

stop_services() {
  if [ -n "$_pg_data" ] && [ -f "$_pg_data/postmaster.pid" ]; then
    local as=()
    [ "$(id -u)" -eq 0 ] && as=(runuser -u postgres --)
    "${as[@]}" "$_pg_ctl" -D "$_pg_data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  local pid
  for pid in "${_services_pids[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  _services_pids=()
  [ -n "$_services_dir" ] && rm -rf "$_services_dir"
  _services_dir=""
  _pg_data=""
}
