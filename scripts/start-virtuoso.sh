#!/usr/bin/env bash
# Start a throw-away Virtuoso 7 (Debian package virtuoso-opensource) on loopback for
# govkg's RemoteStore tests, with SPARQL Update and the Graph Store Protocol allowed
# for the anonymous SPARQL user (loopback only: do not expose this server).
#
#   scripts/start-virtuoso.sh [DIR] [HTTP_PORT] [SQL_PORT]
#   export KG_TEST_VIRTUOSO_URL=virtuoso+http://127.0.0.1:8890
#   kill "$(cat DIR/virtuoso.pid)"        # to stop it
#
# DIR (default: a new temporary directory) holds the database, log and pid file.
# Endpoints: http://127.0.0.1:HTTP_PORT/sparql (query and update) and
# /sparql-graph-crud (Graph Store Protocol). The default graph is the union of all
# graphs, like the embedded store's. Prints the store URL when ready.
set -euo pipefail
dir=${1:-$(mktemp -d /tmp/govkg-virtuoso.XXXXXX)}
http_port=${2:-8890}
sql_port=${3:-1111}
ini_template=${VIRTUOSO_INI:-/etc/virtuoso-opensource-7/virtuoso.ini}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

# The packaged ini with the database moved to $dir and both ports bound to loopback.
sed -e "s#/var/lib/virtuoso-opensource-7/db#$dir#g" \
    -e "/^\[Parameters\]/,/^\[/ s#^ServerPort *=.*#ServerPort = 127.0.0.1:$sql_port#" \
    -e "/^\[HTTPServer\]/,/^\[/ s#^ServerPort *=.*#ServerPort = 127.0.0.1:$http_port#" \
    -e "s#^DirsAllowed *=.*#DirsAllowed = ., $dir, /usr/share/virtuoso-opensource-7/vad#" \
    -e "s#^ResultSetMaxRows *=.*#ResultSetMaxRows = 1000000#" \
    "$ini_template" > "$dir/virtuoso.ini"

(cd "$dir" && exec virtuoso-t +foreground +configfile "$dir/virtuoso.ini" \
    > "$dir/stdout.log" 2>&1) &
echo $! > "$dir/virtuoso.pid"

fail() {
    echo "virtuoso did not start: $1; see $dir/virtuoso.log:" >&2
    tail -n 20 "$dir/virtuoso.log" "$dir/stdout.log" >&2 || true
    exit 1
}
for _ in $(seq 1 240); do
    isql-vt "127.0.0.1:$sql_port" dba dba exec="status();" > /dev/null 2>&1 && break
    kill -0 "$(cat "$dir/virtuoso.pid")" 2> /dev/null || fail "the process exited"
    sleep 0.25
done
isql-vt "127.0.0.1:$sql_port" dba dba exec="status();" > /dev/null 2>&1 || fail "no SQL connection"

# Anonymous SPARQL user ("SPARQL", acting as "nobody"): may update, may use GSP.
# (7.2.5 needs only the GRANT; the default graph permissions make other versions agree.)
isql-vt "127.0.0.1:$sql_port" dba dba > "$dir/grants.log" <<'SQL'
GRANT SPARQL_UPDATE TO "SPARQL";
DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);
SQL

for _ in $(seq 1 100); do
    if python3 -c "import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=1)" \
        "http://127.0.0.1:$http_port/sparql?query=ASK%7B%7D" 2> /dev/null; then
        echo "virtuoso+http://127.0.0.1:$http_port"
        exit 0
    fi
    sleep 0.1
done
fail "no answer on http://127.0.0.1:$http_port/sparql"
