#!/bin/sh
# wwandoctor-collect.sh - collect what `wwandoctor check` looks at, on a machine without Python
# (OpenWrt, Yocto, Alpine, busybox), as one text bundle on standard output:
#
#     sh wwandoctor-collect.sh > bundle.txt        # then, on any machine with wwandoctor:
#     wwandoctor analyze bundle.txt
#
# READ-ONLY, like `wwandoctor check`: it only reads /sys, /proc and configuration files and runs
# version and status queries (mmcli -J, journalctl, dmesg, ip). It never writes to /sys, never
# sends AT/QMI/MBIM messages to a modem, never starts, stops or restarts anything, and writes no
# file (the bundle goes to standard output). Every program it runs is looked up first, and is run
# under `timeout` where that exists. Run it as root to see everything (kernel log, config files).
#
# PRIVACY: the bundle is RAW. It contains identifiers: USB serial numbers, MAC and IP addresses,
# the IMEI/IMSI/ICCID that ModemManager shows, host names, APNs and credentials in modem
# connection profiles and /etc/config/network. Do not post the bundle itself; post the report
# that `wwandoctor analyze bundle.txt` prints, which is redacted as usual.
#
# Format (read by wwandoctor/ingest/bundle.py): header lines start with "### wwandoctor-collect 1 ";
# every content line starts with "|".
#   ### wwandoctor-collect 1 attrs DIR      one line per entry of DIR that was read:
#       |name=first line   |name+=next line   (file content)      |name -> target   (symlink)
#       |name/   (directory)      |name?   (file present, content not read)      |name!  (permission denied)
#   ### wwandoctor-collect 1 hex DIR NAME   the bytes of a binary file as hex (USB descriptors)
#   ### wwandoctor-collect 1 command status=ok|timeout|tool-missing|permission-denied rc=N ARGV...
#       its standard output; then "### wwandoctor-collect 1 stderr" and its standard error
#   ### wwandoctor-collect 1 section NAME   (only groups what follows, for the human reader)

# shellcheck disable=SC2046  # directory listings are split into names on purpose (IFS says how)
FORMAT=1
TAG="### wwandoctor-collect $FORMAT"
LC_ALL=C
LANG=C
SYSTEMD_PAGER=
PAGER='cat'
SYSTEMD_COLORS=0
export LC_ALL LANG SYSTEMD_PAGER PAGER SYSTEMD_COLORS
NL='
'
SEP="@@wwandoctor-collect-$$-stdout@@"
# Files outside /sys, /proc and /dev are read below ROOT (default /): a mounted image can be examined.
ROOT=${WWANDOCTOR_ROOT:-}

# The modem drivers whose availability is reported (wwandoctor/collect/kernel.py DRIVERS).
DRIVERS="qmi_wwan cdc_mbim cdc_ncm cdc_ether rndis_host huawei_cdc_ncm cdc_wdm option qcserial sierra usb_wwan
usbserial cdc_acm mhi_pci_generic mhi_wwan_ctrl mhi_wwan_mbim mhi_net wwan mtk_t7xx iosm usb_storage"
# Programs whose processes are reported, as /proc/PID/comm shows them (15 characters at most;
# wwandoctor/collect/processes.py PROGRAMS), and the wrappers whose first arguments name the program.
PROGRAMS="ModemManager NetworkManager qmicli qmi-proxy qmi-network mbimcli mbim-proxy mbim-network uqmi umbim
quectel-CM QConnectManager fibocom-dial pppd wvdial chat dhclient dhclient3 udhcpc udhcpc6 dhcpcd systemd-network
netifd ofonod minicom picocom microcom atinout socat usb_modeswitch qmi-firmware-up"
TOOLS="mmcli ModemManager qmicli mbimcli usb_modeswitch"

have() {
    command -v "$1" >/dev/null 2>&1
}

# TEXT_TOOLS: grep, sed and tr (every busybox has them; without them some filtering is skipped)
TEXT_TOOLS=yes
for _c in grep sed tr; do
    have "$_c" || TEXT_TOOLS=
done

# TIMEOUT: how to bound a command ("timeout", old busybox "timeout -t", or nothing).
TIMEOUT=
if have timeout; then
    if timeout 5 cat /dev/null >/dev/null 2>&1; then
        TIMEOUT="timeout"
    elif timeout -t 5 cat /dev/null >/dev/null 2>&1; then
        TIMEOUT="timeout -t"
    fi
fi

# --- output helpers ---------------------------------------------------------------

# content: prefix every line of standard input with "|" (the last line need not end in a newline).
content() {
    while IFS= read -r _line || [ -n "$_line" ]; do
        printf '|%s\n' "$_line"
    done
}

# file_lines NAME FILE: |NAME=line1, |NAME+=line2 ... (|NAME= for an empty file, |NAME! when it cannot
# be opened). Opening is the test: `[ -e ]` asks access(2), which says nothing under seccomp or LSMs.
file_lines() {
    _sep='='
    if ! { while IFS= read -r _line || [ -n "$_line" ]; do
            printf '|%s%s%s\n' "$1" "$_sep" "$_line"
            _sep='+='
        done; } < "$2" 2>/dev/null; then
        printf '|%s!\n' "$1"
        return 0
    fi
    [ "$_sep" = '=' ] && printf '|%s=\n' "$1"
    return 0
}

# entry DIR NAME: one attrs line for DIR/NAME (nothing when it does not exist)
entry() {
    _f="$1/$2"
    if [ -L "$_f" ]; then
        printf '|%s -> %s\n' "$2" "$(linktarget "$_f")"
    elif [ -d "$_f" ]; then
        printf '|%s/\n' "$2"
    elif [ -e "$_f" ]; then
        file_lines "$2" "$_f"
    fi
}

linktarget() {
    if have readlink; then
        readlink "$1"
    elif have ls && [ -n "$TEXT_TOOLS" ]; then
        ls -ld "$1" | sed 's/.* -> //'
    else
        printf '?'
    fi
}

# attrs DIR NAME...: an attrs record for the entries of DIR that exist
attrs() {
    _dir=$1
    shift
    [ -d "$_dir" ] || [ -L "$_dir" ] || return 0
    printf '%s attrs %s\n' "$TAG" "$_dir"
    for _name in "$@"; do
        entry "$_dir" "$_name"
    done
}

# rooted_attrs DIR NAME...: attrs of a configuration directory, read below ROOT, recorded as DIR
rooted_attrs() {
    _dir=$1
    shift
    [ -d "$ROOT$_dir" ] || return 0
    printf '%s attrs %s\n' "$TAG" "$_dir"
    for _name in "$@"; do
        entry "$ROOT$_dir" "$_name"
    done
}

# present DIR NAME...: record that files exist without reading them (|NAME?)
present() {
    _dir=$1
    shift
    _first=1
    for _name in "$@"; do
        if [ -e "$ROOT$_dir/$_name" ] || [ -L "$ROOT$_dir/$_name" ]; then
            [ -n "$_first" ] && printf '%s attrs %s\n' "$TAG" "$_dir"
            _first=
            if [ -L "$ROOT$_dir/$_name" ]; then
                printf '|%s -> %s\n' "$_name" "$(linktarget "$ROOT$_dir/$_name")"
            else
                printf '|%s?\n' "$_name"
            fi
        fi
    done
}

# listing DIR: the names in DIR (one per line; nothing when it cannot be listed)
listing() {
    [ -d "$1" ] || return 0
    for _p in "$1"/* "$1"/.[!.]*; do
        [ -e "$_p" ] || [ -L "$_p" ] || continue
        printf '%s\n' "${_p##*/}"
    done
}

# suffixed SUFFIX DIR: the names in DIR that end in SUFFIX
suffixed() {
    listing "$2" | while IFS= read -r _name; do
        case $_name in *"$1") printf '%s\n' "$_name" ;; esac
    done
}

# hexdump_file FILE: the bytes as hex. The shell opens the file (busybox hexdump/xxd reopen their
# argument with freopen(3), which some LD_PRELOAD tools such as umockdev do not see).
hexdump_file() {
    if have od && od -An -v -tx1 < "$1" 2>/dev/null; then
        return 0
    elif have hexdump; then
        hexdump -v -e '/1 "%02x"' < "$1" 2>/dev/null
    elif have xxd; then
        xxd -p < "$1" 2>/dev/null
    fi
}

# hexfile DIR NAME: a hex record of a binary file
hexfile() {
    [ -e "$1/$2" ] || return 0
    printf '%s hex %s %s\n' "$TAG" "$1" "$2"
    hexdump_file "$1/$2" | content
}

section() {
    printf '%s section %s\n' "$TAG" "$1"
}

# command SECONDS ARGV...: run a command (bounded), record status, exit code, stdout and stderr.
# Returns the command's exit status (127 when it is not installed); its stdout stays in OUT.
OUT=
command_record() {
    _secs=$1
    shift
    OUT=
    if ! have "$1"; then
        printf '%s command status=tool-missing rc= %s\n' "$TAG" "$*"
        return 127
    fi
    # stderr goes straight into the outer capture; stdout is captured, then appended after SEP.
    _all=$( { _o=$(run_bounded "$_secs" "$@" 2>&4 4>&- </dev/null); _r=$?; printf '\n%s%s%s%s' "$SEP" "$_r" "$NL" "$_o"; } 4>&1 )
    _err=${_all%%"$SEP"*}
    _rest=${_all#*"$SEP"}
    _rc=${_rest%%"$NL"*}
    OUT=
    [ "$_rest" != "$_rc" ] && OUT=${_rest#*"$NL"}
    _err=${_err%"$NL"}
    case $_rc in
        124) _status=timeout ;;
        137|143) if [ -n "$TIMEOUT" ]; then _status=timeout; else _status=ok; fi ;;
        126) _status=permission-denied ;;
        *) _status=ok ;;
    esac
    printf '%s command status=%s rc=%s %s\n' "$TAG" "$_status" "$_rc" "$*"
    [ -n "$OUT" ] && printf '%s\n' "$OUT" | content
    if [ -n "$_err" ]; then
        printf '%s stderr\n' "$TAG"
        printf '%s\n' "$_err" | content
    fi
    return "$_rc"
}

run_bounded() {
    _rb_secs=$1
    shift
    if [ -n "$TIMEOUT" ]; then
        $TIMEOUT "$_rb_secs" "$@"
    else
        "$@"
    fi
}

# --- the collectors -------------------------------------------------------------------

meta() {
    printf '%s meta\n' "$TAG"
    printf '|format=%s\n' "$FORMAT"
    printf '|script=wwandoctor-collect.sh\n'
    have date && printf '|date=%s\n' "$(date -u '+%Y-%m-%dT%H:%M:%SZ' 2>/dev/null)"
    have uname && printf '|release=%s\n' "$(uname -r 2>/dev/null)"
    have id && printf '|uid=%s\n' "$(id -u 2>/dev/null)"
    printf '|pid=%s\n' "$$"
    printf '|timeout=%s\n' "${TIMEOUT:-none}"
    printf '|text-tools=%s\n' "${TEXT_TOOLS:-no}"
    [ -n "$ROOT" ] && printf '|root=%s\n' "$ROOT"
    # merged /usr (/lib -> usr/lib): recorded first, so /lib/modules and /usr/lib/... are laid out as here
    for _top in lib lib64 bin sbin; do
        [ -L "$ROOT/$_top" ] && rooted_attrs / "$_top"
    done
    return 0
}

usb_devices() {
    section usb
    attrs /sys/bus usb
    attrs /sys/bus/usb devices
    for _d in /sys/bus/usb/devices/*; do
        _n=${_d##*/}
        case $_n in *:*|usb*|'*') continue ;; esac
        _class=
        [ -e "$_d/bDeviceClass" ] && IFS= read -r _class < "$_d/bDeviceClass"
        [ "$_class" = 09 ] && continue  # hubs are never modems
        attrs /sys/bus/usb/devices "$_n"
        attrs "$_d" idVendor idProduct bcdDevice manufacturer product serial speed busnum devnum \
            bDeviceClass bDeviceSubClass bDeviceProtocol bNumConfigurations bConfigurationValue \
            power/control power/autosuspend_delay_ms uevent driver
        hexfile "$_d" descriptors
        udev_db "$_d"
        for _i in "$_d/$_n":*; do
            [ -d "$_i" ] || continue
            usb_interface "$_i"
        done
    done
}

# udev_db DEVICE: the udev database entry of a USB device (ID_MM_* properties live there)
udev_db() {
    _bus=
    _dev=
    [ -e "$1/busnum" ] && IFS= read -r _bus < "$1/busnum"
    [ -e "$1/devnum" ] && IFS= read -r _dev < "$1/devnum"
    case "$_bus$_dev" in ''|*[!0-9]*) return 0 ;; esac
    _minor=$(( (_bus - 1) * 128 + _dev - 1 ))
    [ -e "/run/udev/data/c189:$_minor" ] && attrs /run/udev/data "c189:$_minor"
    return 0
}

usb_interface() {
    attrs "$1" bInterfaceNumber bAlternateSetting bInterfaceClass bInterfaceSubClass bInterfaceProtocol \
        bNumEndpoints modalias driver uevent
    for _sub in usbmisc net tty; do
        [ -d "$1/$_sub" ] && attrs "$1/$_sub" $(listing "$1/$_sub")
    done
    for _t in "$1"/tty[A-Z]*[0-9] "$1"/tty[0-9]*; do
        [ -d "$_t" ] && attrs "$1" "${_t##*/}"
    done
    wwan_below "$1"
}

# wwan_below DIR: wwanN devices below DIR and their ports
wwan_below() {
    [ -d "$1/wwan" ] || return 0
    attrs "$1/wwan" $(listing "$1/wwan")
    for _w in "$1"/wwan/wwan*; do
        [ -d "$_w" ] && attrs "$_w" $(listing "$_w")
    done
}

pci_devices() {
    section pci
    [ -d /sys/bus/pci/devices ] || return 0
    attrs /sys/bus pci
    attrs /sys/bus/pci devices
    for _p in /sys/bus/pci/devices/*; do
        [ -e "$_p" ] || continue
        attrs /sys/bus/pci/devices "${_p##*/}"
        attrs "$_p" vendor device subsystem_vendor subsystem_device class driver t7xx_mode
    done
}

class_devices() {
    section wwan
    [ -d /sys/class/wwan ] && attrs /sys/class wwan
    for _w in /sys/class/wwan/*; do
        [ -e "$_w" ] || continue
        attrs /sys/class/wwan "${_w##*/}"
        attrs "$_w" type uevent
    done
    [ -d /sys/class/usbmisc ] && attrs /sys/class/usbmisc $(listing /sys/class/usbmisc)
    section rfkill
    [ -d /sys/class/rfkill ] && attrs /sys/class rfkill
    for _r in /sys/class/rfkill/*; do
        [ -e "$_r" ] || continue
        attrs /sys/class/rfkill "${_r##*/}"
        attrs "$_r" name type index soft hard state
    done
}

net_devices() {
    section net
    [ -d /sys/class/net ] || return 0
    attrs /sys/class net
    for _d in /sys/class/net/*; do
        [ -e "$_d" ] || continue
        attrs /sys/class/net "${_d##*/}"
        attrs "$_d" type uevent operstate carrier mtu flags address statistics/rx_bytes statistics/tx_bytes \
            device qmi qmi/raw_ip qmi/pass_through qmi/add_mux
        # the bound driver of the device and of its parents up to the USB interface or PCI function
        _up="$_d/device"
        for _level in 1 2 3 4 5; do
            [ -d "$_up" ] || break
            [ -L "$_up/driver" ] && attrs "$_up" driver
            _up="$_up/.."
        done
    done
    attrs /proc net
    attrs /proc/net route ipv6_route if_inet6
    if have ip; then
        command_record 5 ip addr
        command_record 5 ip route
        command_record 5 ip -6 route
    else
        command_record 5 ifconfig -a
        command_record 5 route -n
    fi
}

kernel() {
    section kernel
    attrs /proc version modules
    _release=
    have uname && _release=$(uname -r 2>/dev/null)
    _mdir="/lib/modules/$_release"
    # modem drivers only, with - and _ both accepted (cdc-wdm.ko is module cdc_wdm)
    if [ -n "$_release" ] && [ -d "$ROOT$_mdir" ] && [ -n "$TEXT_TOOLS" ]; then
        _re=$(printf '%s\n' $DRIVERS | sed 's/_/[-_]/g' | tr '\n' '|' | sed 's/|$//')
        printf '%s attrs %s\n' "$TAG" "$_mdir"
        for _f in modules.builtin modules.dep; do
            [ -e "$ROOT$_mdir/$_f" ] || continue
            grep -E "^[^:]*/($_re)\\.ko" "$ROOT$_mdir/$_f" 2>/dev/null | {
                _sep='='
                while IFS= read -r _line; do
                    printf '|%s%s%s\n' "$_f" "$_sep" "$_line"
                    _sep='+='
                done
                [ "$_sep" = '=' ] && printf '|%s=\n' "$_f"
            }
        done
        modules_alias "$_mdir"
    fi
    attrs /sys module
    for _m in $DRIVERS; do
        [ -d "/sys/module/$_m" ] && attrs "/sys/module/$_m" initstate
    done
    attrs /sys/kernel/security lockdown
    hexfile /sys/firmware/efi/efivars SecureBoot-8be4df61-93ca-11d2-aa0d-00e098032b8c
}

# modules_alias DIR: the usb: aliases that can match the devices present (their vendor, or any vendor)
modules_alias() {
    [ -e "$ROOT$1/modules.alias" ] || return 0
    _vids=
    for _v in /sys/bus/usb/devices/*/idVendor; do
        [ -e "$_v" ] || continue
        IFS= read -r _id < "$_v"
        case $_id in ''|*[!0-9a-fA-F]*) continue ;; esac
        _vids="$_vids|$_id"
    done
    grep -iE "^alias usb:v(\\*$_vids)" "$ROOT$1/modules.alias" 2>/dev/null | {
        _sep='='
        while IFS= read -r _line; do
            printf '|modules.alias%s%s\n' "$_sep" "$_line"
            _sep='+='
        done
    }
}

processes() {
    section processes
    [ -d /proc/1 ] && attrs /proc 1
    # shellcheck disable=SC2086  # split the list into words
    set -- $PROGRAMS
    _programs=" $* "
    for _p in /proc/[0-9]*; do
        _pid=${_p##*/}
        [ "$_pid" = "$$" ] && continue
        [ -e "$_p/comm" ] || continue
        _comm=
        IFS= read -r _comm < "$_p/comm" 2>/dev/null || [ -n "$_comm" ] || continue
        case $_programs in
            *" $_comm "*) ;;
            *)
                case $_comm in
                    busybox|sh|bash|dash|ash|perl*|env|timeout|nohup|python*) wrapped_program "$_p" || continue ;;
                    *) continue ;;
                esac
                ;;
        esac
        printf '%s attrs %s\n' "$TAG" "$_p"
        entry "$_p" comm
        entry "$_p" stat
        printf '%s hex %s cmdline\n' "$TAG" "$_p"
        hexdump_file "$_p/cmdline" | content
    done
}

# wrapped_program /proc/PID: true when argument 1 or 2 (not an option) names a program of interest
wrapped_program() {
    [ -n "$TEXT_TOOLS" ] || return 1
    _n=0
    _found=1
    set -f
    for _arg in $(tr '\0\n ' '\n__' < "$1/cmdline" 2>/dev/null); do
        _n=$((_n + 1))
        [ "$_n" -eq 1 ] && continue
        [ "$_n" -gt 3 ] && break
        case $_arg in -*) continue ;; esac
        case $_programs in *" ${_arg##*/} "*) _found=0 ;; esac
    done
    set +f
    return "$_found"
}

kernel_log() {
    section kernel-log
    # the same order as `wwandoctor check`: the journal, /dev/kmsg, dmesg; the first with lines wins
    command_record 10 journalctl -k -b -o json --no-pager --output-fields=MESSAGE,_SOURCE_MONOTONIC_TIMESTAMP
    case $OUT in '{'*|*"$NL{"*) return 0 ;; esac
    if [ -f /dev/kmsg ] && [ -e /dev/kmsg ]; then  # a regular file (a copy): it can be read to its end
        printf '%s attrs /dev\n' "$TAG"
        file_lines kmsg /dev/kmsg
        [ -s /dev/kmsg ] && return 0
    elif [ -c /dev/kmsg ] && [ -n "$TIMEOUT" ]; then  # reading the device blocks at its end
        command_record 2 cat /dev/kmsg
        [ -n "$OUT" ] && return 0
    fi
    command_record 10 dmesg
    return 0
}

other_logs() {
    section logs
    command_record 10 journalctl -b -u ModemManager -o cat --no-pager -n 500 -q
    have logread && command_record 10 logread
    return 0
}

versions() {
    section versions
    for _t in $TOOLS; do
        command_record 3 "$_t" --version
    done
    if [ -d /run/systemd/system ]; then
        attrs /run/systemd system
        command_record 3 systemctl is-active ModemManager NetworkManager
    fi
    return 0
}

modemmanager() {
    section modemmanager
    command_record 5 mmcli -L -J || return 0
    [ -n "$TEXT_TOOLS" ] || return 0
    for _m in $(printf '%s\n' "$OUT" | tr ',' '\n' | sed -n 's/.*ModemManager1\/Modem\/\([0-9][0-9]*\).*/\1/p'); do
        command_record 5 mmcli -m "$_m" -J || continue
        _modem=$OUT
        for _s in $(printf '%s\n' "$_modem" | tr ',' '\n' | sed -n 's/.*"sim" *: *"[^"]*\/SIM\/\([0-9][0-9]*\)".*/\1/p'); do
            command_record 5 mmcli -i "$_s" -J
        done
        for _b in $(printf '%s\n' "$_modem" | tr ',' '\n' | sed -n 's/.*ModemManager1\/Bearer\/\([0-9][0-9]*\).*/\1/p'); do
            command_record 5 mmcli -b "$_b" -J
        done
    done
    return 0
}

configs() {
    section configs
    for _fd in /etc/ModemManager/fcc-unlock.d /usr/lib/ModemManager/fcc-unlock.d /usr/lib64/ModemManager/fcc-unlock.d \
            "$ROOT"/usr/lib/*/ModemManager/fcc-unlock.d /usr/share/ModemManager/fcc-unlock.available.d; do
        _fd=${_fd#"$ROOT"}
        [ -d "$ROOT$_fd" ] || continue
        _names=$(listing "$ROOT$_fd")
        if [ -n "$_names" ]; then
            present "$_fd" $_names
        else
            printf '%s attrs %s\n' "$TAG" "$_fd"
        fi
    done
    # file names may hold spaces ("Mobile 1.nmconnection"): split listings on newlines only, no globbing
    _ifs=$IFS
    IFS=$NL
    set -f
    rooted_attrs /etc/network interfaces
    rooted_attrs /etc/network/interfaces.d $(listing "$ROOT/etc/network/interfaces.d")
    rooted_attrs /etc/netplan $(suffixed .yaml "$ROOT/etc/netplan")
    for _nm in /etc/NetworkManager/system-connections /run/NetworkManager/system-connections; do
        [ -n "$TEXT_TOOLS" ] || break
        _keep=
        for _f in $(listing "$ROOT$_nm"); do
            # modem profiles only: Wi-Fi and VPN profiles hold secrets that do not concern the modem;
            # one that cannot be read is kept (recorded as not readable)
            if grep -qE '^(type=(gsm|cdma)|interface-name=(ww|cdc-wdm|usb|ppp|rmnet|mhi|qmimux))' "$ROOT$_nm/$_f" 2>/dev/null \
                    || ! { : < "$ROOT$_nm/$_f"; } 2>/dev/null; then
                _keep="$_keep$NL$_f"
            fi
        done
        [ -n "$_keep" ] && rooted_attrs "$_nm" $_keep
    done
    for _nd in /etc/systemd/network /run/systemd/network; do
        rooted_attrs "$_nd" $(suffixed .network "$ROOT$_nd")
    done
    rooted_attrs /etc qmi-network.conf mbim-network.conf usb_modeswitch.conf
    resolv_conf
    rooted_attrs /etc/config network
    rooted_attrs /etc/usb_modeswitch.d $(listing "$ROOT/etc/usb_modeswitch.d")
    present /usr/share/usb_modeswitch configPack.tar.gz
    present /lib/udev/rules.d 40-usb_modeswitch.rules
    present /usr/lib/udev/rules.d 40-usb_modeswitch.rules
    set +f
    IFS=$_ifs
    return 0
}

# resolv_conf: the nameserver lines of /etc/resolv.conf below ROOT (through a symlink such as
# systemd-resolved's stub-resolv.conf); search and domain lines stay out: they can name a private network
resolv_conf() {
    _rc="$ROOT/etc/resolv.conf"
    [ -e "$_rc" ] || return 0
    printf '%s attrs %s\n' "$TAG" /etc
    _sep='='
    if ! { while IFS= read -r _line || [ -n "$_line" ]; do
            case $_line in
                nameserver[\ \	]*)
                    printf '|resolv.conf%s%s\n' "$_sep" "$_line"
                    _sep='+=' ;;
            esac
        done; } < "$_rc" 2>/dev/null; then
        printf '|resolv.conf!\n'
        return 0
    fi
    [ "$_sep" = '=' ] && printf '|resolv.conf=\n'
    return 0
}

main() {
    printf '%s begin\n' "$TAG"
    printf '|Raw data from wwandoctor-collect.sh: it holds identifiers (serial numbers, IMEI/ICCID, addresses).\n'
    printf '|Read it with: wwandoctor analyze THIS-FILE  (the report it prints is redacted)\n'
    meta
    processes
    usb_devices
    pci_devices
    class_devices
    net_devices
    kernel
    configs
    versions
    modemmanager
    kernel_log
    other_logs
    printf '%s end\n' "$TAG"
}

main
