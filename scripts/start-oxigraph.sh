#!/usr/bin/env bash
# Start a throw-away Oxigraph server (the `oxigraph` PyPI package) on loopback for
# govkg's RemoteStore tests. --union-default-graph makes queries without GRAPH see
# every document's graph, as the embedded store does.
#
#   scripts/start-oxigraph.sh [DIR] [PORT]      # prints the store URL when ready
#   export KG_TEST_OXIGRAPH_URL=http://127.0.0.1:7878
#   kill "$(cat DIR/oxigraph.pid)"              # to stop it
#
# DIR (default: a new temporary directory) holds the data, log and pid file.
# Endpoints: /query, /update, /store (Graph Store Protocol).
set -euo pipefail
dir=${1:-$(mktemp -d /tmp/govkg-oxigraph.XXXXXX)}
port=${2:-7878}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

oxigraph serve --location "$dir/data" --bind "127.0.0.1:$port" --union-default-graph \
    > "$dir/server.log" 2>&1 &
echo $! > "$dir/oxigraph.pid"

url="http://127.0.0.1:$port"
for _ in $(seq 1 100); do
    if python3 -c "import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=1)" \
        "$url/query?query=ASK%7B%7D" 2> /dev/null; then
        echo "$url"
        exit 0
    fi
    kill -0 "$(cat "$dir/oxigraph.pid")" 2> /dev/null || break
    sleep 0.1
done
echo "oxigraph did not start; see $dir/server.log:" >&2
tail -n 20 "$dir/server.log" >&2
exit 1
