# Shared by .ci/run and `make bench`: install what the machine lacks from Debian's
# packages and start Redis and PostgreSQL on 127.0.0.1 when nothing answers there.
export DEBIAN_FRONTEND=noninteractive
apt_updated=""
apt_install() {
  [ -n "$apt_updated" ] || { apt-get update -qq; apt_updated=1; }
  apt-get install -y -qq "$@" >/dev/null
}

ensure_redis() {
  if ! (echo > /dev/tcp/127.0.0.1/6379) 2>/dev/null; then
    command -v redis-server >/dev/null || apt_install redis-server
    redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no
    for _ in $(seq 1 30); do (echo > /dev/tcp/127.0.0.1/6379) 2>/dev/null && break; sleep 1; done
  fi
}

ensure_postgres() {
  if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
    command -v pg_ctlcluster >/dev/null || apt_install postgresql
    version=$(ls /etc/postgresql | sort -n | tail -1)
    hba=/etc/postgresql/$version/main/pg_hba.conf
    grep -q "samling-ci" "$hba" || sed -i "1i host all postgres 127.0.0.1/32 trust # samling-ci" "$hba"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
  fi
}
