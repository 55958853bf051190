#!/bin/sh
# Record real mmcli output against python-dbusmock playing ModemManager (mm_template.py).
# Needs: mmcli (Debian modemmanager), dbus-daemon, /usr/bin/python3 with python3-dbusmock.
# Usage: tests/samples/mmcli/record.sh   (writes into the directory of this script)
# Each command's stdout goes to <scenario>.<cmd>.out; stderr and the exit status, when
# not empty/0, to <scenario>.<cmd>.err and <scenario>.<cmd>.rc.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
dbus-daemon --session --fork --print-address=1 --print-pid=1 >"$tmp/bus"
DBUS_SYSTEM_BUS_ADDRESS=$(sed -n 1p "$tmp/bus"); export DBUS_SYSTEM_BUS_ADDRESS
bus_pid=$(sed -n 2p "$tmp/bus")

save() {  # save NAME command...
    name=$1; shift
    rc=0
    "$@" >"$here/$name.out" 2>"$tmp/err" || rc=$?
    if [ -s "$tmp/err" ]; then cp "$tmp/err" "$here/$name.err"; else rm -f "$here/$name.err"; fi
    if [ "$rc" != 0 ]; then echo "$rc" >"$here/$name.rc"; else rm -f "$here/$name.rc"; fi
}

# The bus is up but nothing owns org.freedesktop.ModemManager1: the daemon is not running.
save not-running.L mmcli -L -J

for scenario in connected fcc-locked no-sim empty; do
    /usr/bin/python3 -m dbusmock --system --template "$here/mm_template.py" \
        --parameters "{\"scenario\": \"$scenario\"}" >"$tmp/mock.log" 2>&1 &
    mock=$!
    i=0
    until mmcli -L -J >/dev/null 2>&1 || [ $i -ge 50 ]; do sleep 0.1; i=$((i + 1)); done
    save "$scenario.L" mmcli -L -J
    if [ "$scenario" != empty ]; then
        save "$scenario.m0" mmcli -m 0 -J
        save "$scenario.i0" mmcli -i 0 -J
        save "$scenario.b0" mmcli -b 0 -J
    fi
    kill "$mock"; wait "$mock" 2>/dev/null || true
done
kill "$bus_pid"

# No D-Bus system bus at all.
DBUS_SYSTEM_BUS_ADDRESS=unix:path=$tmp/no-such-socket save no-bus.L mmcli -L -J
rm -rf "$tmp"
mmcli --version | head -1 >"$here/mmcli-version.txt"
