#!/usr/bin/env bash
# Makes sure what the integration tests need is here: Chromium and chromedriver, a running MariaDB
# with a fresh test schema, and axe-core. Installs or starts what is missing (as root, via apt-get).
# Usage: prerequisites.sh <target dir> <axe-core version> [<test database name>]
set -euo pipefail
target=$1
axe_version=$2
database=${3:-cpib_it}

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=no
apt_install() {
    if [ "$apt_updated" = no ]; then as_root apt-get update -qq; apt_updated=yes; fi
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    echo "Installing Chromium and chromedriver"
    apt_install chromium chromium-driver
fi

if ! mysqladmin -uroot -h127.0.0.1 --connect-timeout=2 ping >/dev/null 2>&1; then
    if [ ! -x /usr/sbin/mariadbd ]; then
        echo "Installing MariaDB"
        apt_install mariadb-server
    fi
    if [ ! -d /var/lib/mysql/mysql ]; then
        as_root mysql_install_db --user=mysql >/dev/null
    fi
    as_root mkdir -p /run/mysqld && as_root chown mysql:mysql /run/mysqld || true
    echo "Starting MariaDB"
    as_root start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql
    for _ in $(seq 1 60); do
        mysqladmin -uroot -h127.0.0.1 --connect-timeout=2 ping >/dev/null 2>&1 && break
        sleep 1
    done
fi
mysql -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS \`$database\`; CREATE DATABASE \`$database\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

if [ ! -f "$target/npm/node_modules/axe-core/axe.min.js" ]; then
    echo "Installing axe-core $axe_version"
    mkdir -p "$target/npm"
    npm install --silent --no-audit --no-fund --prefix "$target/npm" "axe-core@$axe_version" >/dev/null
fi
