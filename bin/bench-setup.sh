#!/usr/bin/env bash
# `make bench` set-up: wrk (load generator) and nginx (load balancer) from Debian's
# packages, Redis and PostgreSQL on 127.0.0.1.
set -euo pipefail
source "$(dirname "$0")/services.sh"
command -v wrk >/dev/null || apt_install wrk
command -v nginx >/dev/null || apt_install nginx
ensure_redis
ensure_postgres
