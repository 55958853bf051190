"""Known messages of every WWAN component, each mapped to one typed fact (a *signal*).

One row per fact and phrasing family: the fact it proves (``kind:value``), the regex that
recognises the message in any output (kernel log, journal, syslog, tool output, a line no
parser understood), the program and source file that prints it, and the facts that a later
line clears it with (a failed FCC unlock followed by "state changed (... -> registered)" is
no longer a lock). Rules test facts with ``signal: NAME``; a new phrasing of a known fact is
one more pattern here, not a change to every rule that reads it.

Started from ``data/log-signatures.csv``; wordings checked against the sources named.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Callable, Dict, Iterable, List, Optional, Tuple

from wwandoctor import regex_cache
from wwandoctor.lazyregex import LazyRegex
from wwandoctor.snapshot import LogLine


@dataclass(frozen=True)
class Signature:
    """One phrasing of a known message and the fact it proves."""
    fact: str                 # kind:value
    pattern: str              # Python regex, searched in the message text
    source: str               # who prints it, file (and line where known)
    cleared_by: Tuple[str, ...] = ()
    # A part of the message that proves the fact when a sentence of the post quotes only that part
    # ("I get 'Operation not permitted' on /dev/cdc-wdm0"); ``quote_context`` must then match the
    # sentence (what the quoted part is about). Lower-confidence evidence: see scan_quotes.
    quote: str = ""
    quote_context: str = ""


_MM_UP = "mm:enabled"
# Sierra AT!GSTATUS?'s operating mode, the second column of its second line ("Bootup Time:   1                Mode:        LOW
# POWER MODE"; newer firmware prints "Reset Counter: 1" in the first column): ModemManager's Sierra MBIM plugin
# (mm-broadband-modem-mbim-sierra.c, "GSTATUS Possible Responses") and the posts quoted in the rows below
_GSTATUS_MODE = r"\b(?:Bootup Time|Reset Counter):\s+\d+\s+Mode:\s+"
# the modules of WWAN drivers, as a sentence names them
_WWAN_MODULES = (r"\b(?:option|qcserial|usb_wwan|usbserial|qmi_wwan\w*|cdc_mbim|cdc_wdm|cdc_ncm|huawei_cdc_ncm|cdc_ether"
                 r"|rndis_host|usbnet|GobiNet|GobiSerial|sierra\w*|mhi\w*|mtk_t7xx|iosm|wwan\w*|xmm7360\w*)\b")
# the usbnet-based drivers of modems' network functions, as the kernel names them in a netdev line
_USBNET_MODEM_DRIVERS = (r"(?:rndis_host|cdc_ether|cdc_ncm|huawei_cdc_ncm|cdc_mbim|qmi_wwan\w*|GobiNet|sierra_net"
                         r"|cdc_eem)")
# A module loader's refusal for a modem driver, up to the error text: kmod's "insmod: ERROR: could not insert
# module X.ko: " (tools/insmod.c:147) / "modprobe: ERROR: could not insert 'X': " (tools/modprobe.c:637); busybox's
# "insmod: can't insert 'X.ko': " (modutils/insmod.c:72) / "modprobe: can't load module X (path): " (modutils/modprobe.c:497);
# libkmod's "Failed to insert module '/path/X.ko': " (libkmod-module.c, modprobe -v) and systemd-modules-load's
# "Failed to insert module 'X': " (src/shared/module-util.c module_load_and_warn, "%m" = strerror)
_KMOD_INSERT_WWAN = (r"(?:(?:insmod|modprobe): ERROR: could not insert (?:module )?|insmod: can't insert |modprobe: can't load module "
                     r"|\b[Ff]ailed to insert module )'?(?:[\w./-]*/)?(?:option|qcserial|usb_wwan"
                     r"|usbserial|qmi_wwan\w*|cdc_mbim|cdc_wdm|cdc-wdm|cdc_ncm|huawei_cdc_ncm|cdc_ether|rndis_host|GobiNet"
                     r"|GobiSerial|gobi\w*|sierra\w*|mhi\w*|mtk_t7xx|t7xx|iosm|xmm7360\w*|wwan\w*|quectel\w*|simcom\w*"
                     r"|fibocom\w*)(?:\.ko)?'?(?: \([^()\s]*\))?: ")
# The start of a line an OpenWrt protocol handler (qmi.sh, mbim.sh) echoes: netifd logs it as "<iface> (<pid>): <text>"
# (netifd proto-shell.c proto_shell_handler's stdout/stderr relay); a handler's own words are matched whole.
# A post may keep netifd's syslog tag without logread's date and facility ("netifd: wwan (2345): ...").
_NETIFD_LINE = r"^(?:netifd: )?(?:[\w.@-]+ \(\d+\): )?"
# strerror(EACCES) "Permission denied" (glibc string/_strerror.c, printed by bash, minicom, gammu...), and as a post
# retypes it: "permision denied", "permisson denied", "premission denied"
_PERMISSION_DENIED = r"(?:Permis+i?on|Premis+ion|Permis+ion) denied"
# After the <stat> of a +CREG/+CGREG/+CEREG/+C5GREG answer: the end, a quoted location field, an
# empty field, or the quote/bracket of a program that printed the answer inside a list or string.
# In a sentence the answer is followed by the person's next words ("received +CGREG: 0,3 after the SIM was
# reactivated", "..., +CGREG: 0.3, sent a restart"): a lowercase word never follows <stat> in the modem's own line.
_STAT_END = r"""(?=\s*$|\s*['"\])]|,\s*"|,,|[,.;!?]?\s+[a-z]{2,}\b|[.;!?]\s*$)"""
# <n>, before <stat>: a paste or a sentence may show the comma as a dot or with a space ("+CGREG: 0.3", "+CREG: 0, 3")
_REG_N = r"(?:\d\s?[,.]\s?)?"
# gammu --networkinfo / --monitor: "Network state        : home network" (+CREG, circuit-switched) and "Packet network
# state : ..." (+CGREG); gammu/misc.c:33-69 PrintNetworkInfo prints each GSM_NetworkInfo_State as these words, mapped
# from the +CREG/+CGREG <stat> in libgammu/phone/at/atgen.c:3074-3098,3187-3214 (0 not logged into network, 1 home,
# 2 requesting, 3 denied, 4 unknown, 5 roaming) (gammu/gammu 78fd6a921)
_GAMMU_STATE = r"^\s*Network state\s*:\s*"
_GAMMU_PACKET_STATE = r"^\s*Packet network state\s*:\s*"
_GAMMU_ANY_STATE = r"^\s*(?:Packet )?[Nn]etwork state\s*:\s*"

# 3GPP TS 27.007 9.2 +CME ERROR <err>, numeric (AT+CMEE=1) or verbose (AT+CMEE=2) - the numbers and texts as
# ModemManager lists them (include/ModemManager-errors.h:331-446, src/mm-error-helpers.c:128-236). A prose
# quote often drops the "+" ("giving a CME ERROR: 133"); the verbose form is read only after "+CME ERROR:" or
# "+CEER:" (27.007 6.10 extended error report: the last failure's cause text).
_CME = r"(?:\+|\b)CME ERROR:? ?"
_CME_VERBOSE = r"(?:\+CME ERROR|\+CEER): ?[\"']?"
_CME_OR_CEER_TEXT = r"(?:" + _CME_VERBOSE + r"|\+CEER: [^\n]*?)"
# ModemManager's D-Bus error for a +CME ERROR cause: "org.freedesktop.ModemManager1.Error.MobileEquipment." + the nick
# of MMMobileEquipmentError (include/ModemManager-errors.h:59 MM_MOBILE_EQUIPMENT_ERROR_DBUS_PREFIX), as mmcli
# ("error: couldn't connect the modem: 'GDBus.Error:org...'") and NetworkManager ("failed to connect modem: ...") print it
_MM_ME_ERROR = r"\bError\.MobileEquipment\."
# mbimcli's answer to a command the modem refused: "error: operation failed: <MbimStatusError nick>"
# (libmbim src/mbimcli/mbimcli-basic-connect.c:416 g_printerr, the GError of src/libmbim-glib/mbim-message.c:86
# set_error_from_status = mbim_status_error_get_string, nicks src/libmbim-glib/mbim-errors.h:148-180; libmbim 2f6c6ad)
_MBIM_FAILED = r"\boperation failed: "

# NetworkManager 0.8-0.9 logging the error ModemManager 0.4-0.6 answered its enable or connect call with: "GSM modem enable
# failed: (%d) %s", "GSM connection failed: (%d) %s" (0.8.0: "GSM modem connection failed"), the CDMA twins; %s is the
# GError's message, for a modem's refusal the MMMobileError text of ModemManager 0.5 src/mm-errors.c:239-290 (errors[],
# the 27.007 +CME ERROR texts). NetworkManager 0.8 src/modem-manager/nm-modem-gsm.c:234,384, nm-modem-cdma.c:114,166;
# 0.8.6/0.9.4 nm-modem-gsm.c:208,318 (nm_log_warn), nm-modem-cdma.c:98,129 (NetworkManager/NetworkManager tags 0.8, 0.9.4.0)
_NM_MM05 = r"\b(?:GSM|CDMA) (?:modem )?(?:enable|connection) failed: \(-?\d+\) "
# the same errors' D-Bus names, as dbus-send, nm-applet or a 0.x client prints them: ModemManager 0.5 src/mm-manager.c:1103
# dbus_g_error_domain_register (MM_MOBILE_ERROR, "org.freedesktop.ModemManager.Modem.Gsm", ...), names src/mm-errors.c:171-222
_MM05_DBUS = r"\borg\.freedesktop\.ModemManager\.Modem\.Gsm\."

TABLE: Tuple[Signature, ...] = (
    # --- ModemManager state -------------------------------------------------------------
    Signature(_MM_UP, r"state changed \([\w-]+\s*(?:->|→)\s*(?:enabled|searching|registered|connecting|connected)\)",
              "ModemManager src/mm-iface-modem.c (\"state changed (%s -> %s)\")"),
    Signature("mm:bus-name-not-acquired", r"[Cc]ould not acquire the '?org\.freedesktop\.ModemManager1'? service name",
              "ModemManager src/main.c bus_acquired/name_lost: mm_warn (\"could not acquire the '%s' service name\")"),
    # ModemManager is not installed: the shell finds no mmcli, systemd knows no ModemManager unit
    Signature("mm:not-installed",
              r"\bmmcli: (?:command )?not found\b|\bcommand not found: mmcli\b|\bUnit ModemManager\.service (?:could not be found|not found)",
              "bash execute_cmd.c (\"%s: command not found\", printed as \"-bash: mmcli: command not found\"); busybox shell/ash.c "
              "(\"%s: not found\"); zsh (\"command not found: %s\"); systemd src/systemctl/systemctl-show.c (\"Unit %s could not be "
              "found.\") and the start job's \"Failed to start ModemManager.service: Unit ModemManager.service not found.\""),
    # usb_modeswitch is not on the system: a lookup found no program (GNU which.c "which: no %s in (%s)"; the which
    # reader's "which usb_modeswitch => not found" for an interpreter's nil, ingest/which.py) or the shell has none
    Signature("modeswitch:not-installed",
              r"\bwhich: no usb_modeswitch in \(|^which\s+usb_modeswitch => not found$"
              r"|\busb_modeswitch: (?:command )?not found\b|\bcommand not found: usb_modeswitch\b",
              "GNU which which.c (fprintf(stderr, \"which: no %s in (%s)\\n\", ...)); Elixir System.find_executable/1 (nil when "
              "the program is not on the PATH), read by ingest/which.py; bash execute_cmd.c (\"%s: command not found\"), busybox "
              "shell/ash.c (\"%s: not found\"), zsh (\"command not found: %s\")"),
    Signature("mm:not-running", r"hotplug: couldn't report initial kernel events: ModemManager not running"
              r"|(?:ModemManager|mmcli)[^\n]*:? error: couldn't (?:find|get) the ModemManager process in the bus"
              r"|couldn't find the ModemManager process in the bus"
              # the bus has no ModemManager and cannot start one: dbus-daemon's activation error, as mmcli ("couldn't create
              # manager: ...") and other clients print it
              r"|\bThe name org\.freedesktop\.ModemManager1 was not provided by any \.service files"
              # mmcli cannot reach the system bus at all: no dbus-daemon, so no ModemManager on it either
              r"|\berror: couldn't get bus: Could not connect: (?:Connection refused|No such file or directory)"
              # NetworkManager's modem device when ModemManager is gone from the bus
              r"|\(reason 'modem-manager-unavailable'"
              # systemd refuses ModemManager's unit: it has no command to start (a broken or empty unit file)
              r"|\bModemManager\.service:? (?:Service )?(?:lacks both ExecStart= and ExecStop= setting|has no ExecStart=[^\n]{0,60}?)"
              r"\.? Refusing",
              "OpenWrt modemmanager package hotplug helper (modemmanager.common); mmcli/mmcli.c; dbus bus/activation.c "
              "(DBUS_ERROR_SERVICE_UNKNOWN \"The name %s was not provided by any .service files\"); ModemManager "
              "cli/mmcli.c main (g_bus_get_sync (G_BUS_TYPE_SYSTEM) failed: \"error: couldn't get bus: %s\"; GLib's "
              "\"Could not connect: <strerror>\" when the system bus socket refuses or does not exist); NetworkManager "
              "src/core/devices/nm-device-utils.c:112 NM_DEVICE_STATE_REASON_MODEM_MANAGER_UNAVAILABLE "
              "(\"modem-manager-unavailable\") in nm-device.c's \"state change: %s -> %s (reason '%s', ...)\" "
              "(NetworkManager 355bc90299); systemd src/core/service.c service_verify (\"Service has no ExecStart=, ExecStop=, "
              "or SuccessAction=. Refusing.\"; older releases \"Service lacks both ExecStart= and ExecStop= setting. "
              "Refusing.\"), logged with the unit's name in front"),
    # The daemon itself aborts: a GLib assertion in one of ModemManager's own source files (mm-*.c;
    # mmcli's are mmcli*.c, libqmi/libmbim's qmi-*/mbim-*), systemd's record of the crash, or the
    # kernel's segfault line for the ModemManager process. Started again by its supervisor it crashes
    # again at the same point: it never gets to manage the modem.
    Signature("mm:daemon-crashed",
              r"ERROR:(?:(?!libmm-glib/)[\w.+-]*/)*mm-[\w-]+\.c:\d+:\w+: (?:assertion failed|code should not be reached)"
              r"|ModemManager\.service: Main process exited, code=(?:dumped|killed), "
              r"status=\d+/(?:ABRT|SEGV|BUS|ILL|FPE|TRAP)\b"
              r"|\bModemManager\[\d+\]: segfault at "
              r"|ModemManager\.service: Failed with result '(?:core-dump|signal)'",
              "GLib glib/gtestutils.c:3425-3429 g_assertion_message (\"**\\n[DOMAIN:]ERROR:%s:%d:%s: %s\" with "
              "__FILE__, then g_abort) and :3489 g_assertion_message_expr (\"assertion failed: (%s)\", or \"code "
              "should not be reached\"), ModemManager's daemon sources src/**/mm-*.c (e.g. src/kerneldevice/mm-kernel-device-generic.c:241 g_assert in "
              "ptr_array_add_sysfs_attribute_link_basename; libmm-glib/ is mmcli's too); systemd src/core/service.c "
              "service_sigchld_event (\"Main process exited, code=%s, status=%i/%s\", code dumped/killed by a "
              "fatal signal), src/core/unit.c unit_log_failure (\"Failed with result '%s'.\", service result \"core-dump\" "
              "or \"signal\" from src/core/service.c service_result_table); linux arch/x86/mm/fault.c show_signal_msg (\"%s[%d]: segfault at %lx ...\")",
              cleared_by=(_MM_UP,)),
    # --- the board's modem power manager failed: the power-on sequence never ran ----------------
    # On phones and boards the module is switched on by a daemon that drives its power, reset and
    # PWRKEY GPIOs (eg25-manager on the PinePhone/PinePhone Pro). Its fatal messages come before the
    # power-on sequence (g_error aborts: systemd then records SIGTRAP / a core dump); a unit of that kind
    # failing is the same fact, whatever the board.
    Signature("board:power-manager-failed",
              r"\bunable to find a suitable config file\b|\beg25-?manager\S*:? unable to parse config file\b"
              r"|\bConfiguration file lacks (?:UART port definition|initial AT commands list)"
              r"|\bUnable to open GPIO chip\b|\bUnable to (?:get|request) output GPIO \d+"
              r"|\b(?:eg25-?manager|[\w@-]*modem[\w@-]*(?:power|pwr|gpio)[\w@-]*|[\w@-]*(?:power|pwr|gpio)[\w@-]*modem[\w@-]*)"
              r"\.service: (?:Main process exited, code=(?:dumped|killed), status=\d+/[A-Z]+"
              r"|Failed with result '(?:core-dump|signal|exit-code|timeout)')",
              "eg25-manager src/manager.c:264,268 parse_config_file (g_error \"unable to find a suitable config file!\", "
              "\"unable to parse config file: %s\": no <compatible>.toml for the board in /etc/eg25-manager or "
              "/usr/share/eg25-manager, read before gpio_sequence_poweron runs), src/at.c:276,290 (\"Configuration file "
              "lacks UART port definition\", \"... lacks initial AT commands list\"), src/gpio.c:93,99,123,129 (\"Unable to "
              "open GPIO chip %s\", \"Unable to get/request output GPIO %d\") (sailfish-on-dontbeevil/eg25-manager-1 "
              "ea19b02); systemd src/core/service.c service_sigchld_event (\"Main process exited, code=%s, status=%i/%s\") "
              "and src/core/unit.c unit_log_failure (\"Failed with result '%s'.\") for the manager's unit",
              cleared_by=(_MM_UP,)),
    # The system is going down: systemd reached a shutdown target, logind announced it, or systemd-shutdown runs.
    # Services stopped then are stopped for the shutdown, not by a fault.
    Signature("host:shutting-down",
              r"\bReached target (?:System )?(?:Power-?Off|Power Off|Reboot|Halt|Shutdown)\b"
              r"|\bSystem is (?:powering down|rebooting|halting)\b|\bsystemd-shutdown\[\d+\]: ",
              "systemd units/poweroff.target, reboot.target, halt.target, shutdown.target (Description \"System Power "
              "Off\" / \"Power-Off\", \"System Reboot\" / \"Reboot\", \"System Halt\", \"System Shutdown\" / "
              "\"Shutdown\") in src/core/job.c (\"Reached target %s.\"); src/login/logind-dbus.c (\"System is powering "
              "down.\", \"System is rebooting.\", \"System is halting.\"); src/shutdown/shutdown.c (systemd-shutdown)"),
    # ModemManager skips a port udev did not tag ID_MM_CANDIDATE: its udev rules (80-mm-candidate.rules) did not
    # run on it - rules not installed where udev reads them, or udev not done with the device
    Signature("mm:port-not-candidate",
              r"\bport \S+ not candidate\b|\(\w+/[\w.:-]+\): port not candidate\b",
              "ModemManager src/mm-base-manager.c:563-569 device_added (mm_obj_dbg \"port %s not candidate\"; 1.10-1.12 "
              "mm-base-manager.c:334 \"(%s/%s): port not candidate\") for a port without ID_MM_CANDIDATE, which "
              "src/80-mm-candidate.rules:21-31 sets on tty, net, usbmisc cdc-wdm and wwan ports (linux-mobile-broadband/"
              "ModemManager 9a2d5863)",
              cleared_by=(_MM_UP,)),
    # ModemManager probed the device's ports and picked a plugin, then could not build a modem from them (the reason
    # follows: no primary AT port answered, no usable control port): it will not manage this device
    Signature("mm:modem-not-created", r"\bcouldn't create modem for device '[^']*': \S"
              # ModemManager 0.4-0.6: the chosen plugin could not build a modem from the port it claimed
              r"|\bplugin '[^']+' claimed to support \w+/\S+ but couldn't: \(-?\d+\) ",
              "ModemManager 0.5.2 src/mm-manager.c:569 (mm_warn \"plugin '%s' claimed to support %s/%s but couldn't: (%d) %s\" when the plugin's grab_port fails) (ModemManager tag 0.5.2); ModemManager src/mm-base-manager.c:294 device_support_check_ready (mm_obj_warn \"couldn't create modem for "
              "device '%s': %s\" when mm_device_create_modem() fails; linux-mobile-broadband/ModemManager 9a2d5863)",
              cleared_by=(_MM_UP,)),
    # Victron Venus OS: the GSM settings page finds no modem under its modem service (com.victronenergy.modem, run by
    # dbus-modem, which drives the SIMCom modules of Victron's GX GSM / GX LTE 4G): no modem that service manages
    Signature("venus:no-modem", r"(?i:\bno GSM modem connected\b)",
              "victronenergy/gui-v2 pages/settings/PageSettingsGsm.qml (\"No GSM modem connected\", "
              "page_settings_no_gsm_modem_connected, shown while com.victronenergy.modem /SimStatus is not valid); the "
              "older gui PageSettingsGsm.qml (qsTr, show: !simStatus.valid); victronenergy/dbus-modem README.md (\"manages "
              "a cellular modem ... based on the Simcom SIM5360E module\", the service that publishes /SimStatus)"),
    # ModemManager refused a D-Bus caller that polkit does not authorize (a service user such as
    # systemd-network or geoclue, or a desktop user without an active session): the request never reached the modem
    Signature("mm:unauthorized",
              r"PolicyKit authorization failed: (?:not authorized|challenge needed) for '?org\.freedesktop\.ModemManager1\.[\w.]+"
              # the same error name refuses a bearer for the network state (mm-base-bearer.c connection_forbidden_reason_str)
              r"|org\.freedesktop\.ModemManager1\.Error\.Core\.Unauthorized\b(?!:\s*(?:Not allowed to connect bearer|"
              r"Registered in roaming|Not registered in the network|Emergency services only))",
              "ModemManager src/mm-auth-provider.c:105,111 authorize_ready (\"PolicyKit authorization failed: challenge "
              "needed for '%s'\", \"PolicyKit authorization failed: not authorized for '%s'\", MM_CORE_ERROR_UNAUTHORIZED, "
              "D-Bus name org.freedesktop.ModemManager1.Error.Core.Unauthorized: include/ModemManager-errors.h:140) "
              "(linux-mobile-broadband/ModemManager 9a2d5863)"),
    # --- FCC lock -----------------------------------------------------------------------
    # Sierra's low-power voter "BIOS": the host has not sent the FCC authentication that a laptop SKU waits
    # for (qmicli --dms-set-fcc-authentication, the request of ModemManager's 1199 unlock script, clears it)
    Signature("fcc:radio-locked", r"[Rr]adio state(?: retrieved)?:\s*'?fcc-locked'?"
              r"|\bLPM (?:force flags|voters)\b[^\n]*\bBIOS:\s*1\b",
              "libmbim src/mbimcli/mbimcli-quectel.c (\"Radio state retrieved: '%s'\"); "
              "MbimQuectelRadioState fcc-locked; Sierra AT!PCINFO? (LPM force flags / LPM voters ... BIOS:1); "
              "libqmi qmicli-dms.c --dms-set-fcc-authentication; ModemManager data/dispatcher-fcc-unlock/1199",
              cleared_by=(_MM_UP,),
              quote=r"\bfcc-locked\b"),
    Signature("fcc:unlock-failed", r"couldn't run FCC unlock"
              r"|fcc unlock operation launch aborted: no valid program found"
              r"|WWAN FCC unlock is not supported|WWAN module is not supported"
              r"|\bWWAN\b(?: \w+){0,3} (?:is )?not supported in this (?:machine|product|platform)"
              r"|couldn't (?:run|set) (?:\w+ )?FCC auth(?:entication)?\b"
              r"|(?i:fcc[ _-]?unlock)\S*:? (?:\S+ ){0,4}(?:failed|error|not supported|unsupported)"
              r"|Current platform: ?\S* do not support FccLock"
              # Lenovo's unlock services refusing the machine (the SAR service's gate is the package's machine list, the
              # same as the unlock's) or a US SIM (US carrier certification withheld: the unlock is not run)
              r"|\bSar config is not supported in this machine\b"
              r"|\bWWAN is not enabled for USA\b|\bSIM is (?:detected|detetected), Hence FCC unlock will not be executed"
              r"|\bSIM is of USA, Exiting FCC unlock\b",
              "ModemManager src/mm-broadband-modem.c (\"couldn't run FCC unlock: %s\"), "
              "src/mm-dispatcher-fcc-unlock.c (\"launch aborted: no valid program found\"); "
              "lenovo/lenovo-wwan-unlock f3f86be, closed binaries DPR_Fcc_unlock_service (\"WWAN is not supported in this "
              "machine\", \"WWAN FCC unlock is not supported in this product\", \"Verizon SIM is detetected, Hence FCC unlock will "
              "not be executed\", \"Available SIM is of USA, Exiting FCC unlock !\", \"WWAN is not enabled for USA !! Please wait "
              "for some more time\") and configservice_lenovo (\"Lenovo Sar config is not supported in this machine\"), as "
              "`strings` shows them; its README: \"Systems not listed are currently not supported\", \"Enabled only for non-USA "
              "SIM\"; Foxconn's FoxFlss unlock tool (foxconn-pc/fii_linux "
              "Application/FoxFlss, a closed binary: \"Current platform:%s do not support FccLock!\" when the machine's "
              "SKU is not on its list, as third-party wrappers of it quote it); ModemManager 1.12-1.16 built-in unlock after a failed power-up: "
              "src/mm-broadband-modem-qmi.c:1676 (1.16.0) \"couldn't set FCC authentication: %s\", "
              "src/mm-broadband-modem-mbim.c:1553 (1.16.0) \"couldn't set FCC auth: %s\"", cleared_by=(_MM_UP,)),
    # A vendor's FCC-lock command named in the input (run, or told in a sentence): the person addresses the laptop
    # module's FCC lock. Intel XMM7360 / Fibocom L850-GL NVM item fix_cat_fcclock (xmm7360/xmm7360-usb-modeswitch
    # README.md: "at@nvm:fix_cat_fcclock.fcclock_mode=0", "at@store_nvm(fix_cat_fcclock)"); Fibocom's challenge
    # unlock and lock mode (mrhaav/openwrt atc/fib-fm350_gl/fm350_fcc_unlock.sh: AT+GTFCCEFFSTATUS?, AT+GTFCCLOCKGEN,
    # AT+GTFCCLOCKVER=, AT+GTFCCLOCKMODE=0)
    Signature("fcc:lock-command",
              r"(?i:\bAT@nvm:fix_cat_fcclock\b|\bAT@store_nvm\(fix_cat_fcclock\)|\bAT\+GTFCC(?:LOCK\w*|EFFSTATUS)\b)",
              "xmm7360/xmm7360-usb-modeswitch README.md (at@nvm:fix_cat_fcclock.fcclock_mode=0, "
              "at@store_nvm(fix_cat_fcclock)); mrhaav/openwrt atc/fib-fm350_gl/fm350_fcc_unlock.sh (AT+GTFCCEFFSTATUS?, "
              "AT+GTFCCLOCKGEN, AT+GTFCCLOCKVER=, AT+GTFCCLOCKMODE=0)"),
    # --- the modem's own radio state over AT ---------------------------------------------
    Signature("radio:on", r"\+CFUN: ?1\b|" + _GSTATUS_MODE + r"ONLINE\b|^\"online\"$",
              "3GPP TS 27.007 8.2 +CFUN (1 = full functionality); Sierra AT!GSTATUS? \"Mode:        ONLINE\""),
    # A vendor's +CME ERROR text for the same state: the NB-IoT / Cat.1 reference firmware's code range 512-537
    # ("REF error": AirM2M cmicomm.h MtErrorResultCode, the CIoT modem interface of its EC6xx SDK: 524 CME_IN_CFUN0_STATE
    # "UE is in minimal function mode", 531/532 "USIM PIN/PUK is blocked"). Only the verbose text (AT+CMEE=2) is read:
    # the numbers are the vendor's and mean other things on other modules.
    Signature("radio:off", r"\+CFUN: ?[04]\b|State: LowPowerMode|" + _GSTATUS_MODE + r"LOW POWER MODE\b|"
              # uqmi --get-device-operating-mode's JSON string (uqmi commands-dms.c modes[])
              r"^\"(?:low_power|persistent_low_power)\"$|"
              + _MBIM_FAILED + r"RadioPowerOff\b"
              r"|\+CME ERROR: ?UE is in minimal function mode\b"
              # the answer told in a sentence: "it returns back with `at+cfun?` with 4,0", "AT+CFUN? gives 0"
              r"|(?i:\bAT\+CFUN\?)[`'\"]?\s+(?:(?:returns?|returned|gives|gave|shows?|showed|answers?|answered|says|said|"
              r"reports?|reported|with|is|was|still)\s+){1,3}[`'\"]?[04](?:,\d)?(?![\w.]|,\S)",
              "3GPP TS 27.007 8.2 +CFUN (0 = minimum functionality, 4 = radio off / flight mode); Sierra AT!PCINFO?; "
              "Sierra AT!GSTATUS? (\"Mode:        LOW POWER MODE\", an MC7710's answer in the Ubuntu forums thread "
              "'Problem with Sierra mc7710 LTE modem', 2012-08-10); "
              "AirM2M cmicomm.h MtErrorResultCode 524 CME_IN_CFUN0_STATE (\"UE is in minimal function mode\"); "
              "libmbim MbimStatusError RadioPowerOff (20) in mbimcli's \"error: operation failed: %s\" (mbim-errors.h:172); "
              "uqmi commands-dms.c modes[] (\"low_power\", \"persistent_low_power\")",
              cleared_by=("radio:on", _MM_UP)),
    # Factory test mode (FTM): the Qualcomm-based modem's operating mode for RF calibration in the factory
    # (QMI DMS operating mode 2 "factory-test"); SIMCom's and Quectel's <fun> 5 of +CFUN, a value 27.007 8.2
    # leaves to manufacturers. A module that boots into it by itself has lost its RF calibration (NV) data.
    Signature("radio:factory-test",
              r"\+CFUN: ?5\b|\bMode: '?factory-test'?|\bfactory_test\b|(?i:\b(?:stuck|is|remains|stays|boots?) in "
              r"(?:the )?(?:factory test mode|FTM\b))",
              "3GPP TS 27.007 8.2 +CFUN (<fun> 5...127 reserved for manufacturers); SIMCom SIM7500/SIM7600 AT command "
              "manual +CFUN <fun> 5 = factory test mode; libqmi QmiDmsOperatingMode factory-test (qmicli "
              "--dms-get-operating-mode \"Mode: '%s'\"), uqmi --get-device-operating-mode factory_test",
              cleared_by=("radio:on", _MM_UP, "reg:registered")),
    # AT+CFUN=1 refused: the modem cannot turn its radio on (the joined reply, or a sentence "AT+CFUN=1 returns ERROR")
    Signature("radio:on-refused",
              r"^AT\+CFUN=1(?:,0)?\s* => (?:ERROR|\+CME ERROR: .+)$"
              r"|\bAT\+CFUN=1\b[^\n]{0,12}?\b(?:returns|gives|answers|responds(?: with)?|fails with)\s+(?:\+?CME )?ERROR\b"
              # the refusal told first: "CME ERROR: 4 when trying to set CFUN = 1"
              r"|\b(?:\+?CME )?ERROR(?::? ?\d+)?\s+(?:when|while|on|after)\s+(?:trying\s+to\s+)?(?:set(?:ting)?|send(?:ing)?|issu(?:e|ing))"
              r"\s+(?:AT\+)?CFUN ?= ?1\b",
              "3GPP TS 27.007 8.2 +CFUN=1 (full functionality) answered with ERROR / +CME ERROR (9.2): the modem refuses "
              "to turn its radio on (factory test mode, a low-power voter such as a firmware image mismatch)",
              cleared_by=("radio:on", _MM_UP, "reg:registered")),
    Signature("radio:w-disable", r"W_DISABLE:\s*1\b|HW restricted: '?yes'?",
              "Sierra AT!PCINFO? (LPM force flags W_DISABLE:1); libqmi qmicli --dms-get-operating-mode (HW restricted)"),
    # --- the host board's supply sagged under its minimum (Raspberry Pi firmware's under-voltage flag) ------------
    # The Pi's USB ports hang off the same 5 V rail: a modem's transmit peaks on a weak supply brown the whole board out
    Signature("board:under-voltage",
              r"\bUnder-voltage detected! \(0x[0-9a-fA-F]+\)|\bhwmon\d*:? Undervoltage detected!|^\s*Undervoltage detected!\s*$",
              "linux drivers/hwmon/raspberrypi-hwmon.c rpi_firmware_get_throttled (dev_crit \"Undervoltage detected!\" on the "
              "hwmon device when the firmware's sticky under-voltage bit sets, dev_info \"Voltage normalised\" when it clears); "
              "raspberrypi/linux downstream drivers/firmware/raspberrypi.c and drivers/hwmon/raspberrypi-hwmon.c "
              "(pr_crit_ratelimited \"Under-voltage detected! (0x%08x)\" with the get_throttled value)"),
    # --- the module restarted by itself in the middle of a session ---------------------------------
    Signature("modem:restarted",
              r"^" + re.escape("after answered AT commands => ") + r"|\bmodem reset detected, triggering reprobe",
              "a module's start-up line after earlier AT commands were answered and no restart command was sent "
              "(at_exchanges): Quectel \"RDY\" (ModemManager src/plugins/quectel/mm-shared-quectel.c:95,168-174 "
              "reads it as a modem reset and logs \"modem reset detected, triggering reprobe\"), SIMCom A76xx "
              "\"*ATREADY: 1\" (A76XX AT command manual power-on URC)"),
    # --- enabling the modem failed (the radio could not be powered up) ------------------------
    Signature("mm:enable-failed", r"state changed \(enabling\s*(?:->|→)\s*disabled\)|couldn't enable (?:the )?modem\b(?![\s-]*manager)"
              r"|failed enabling modem|failed to enable/disable modem|modem state changed, 'enabling' --> 'disabled'",
              "ModemManager src/mm-iface-modem.c (enabling -> disabled on failure); mmcli (\"couldn't enable the modem\"); "
              "NetworkManager src/core/devices/wwan/nm-modem-broadband.c", cleared_by=(_MM_UP,)),
    # the modem refused to power its radio up: ModemManager turns the QMI InvalidTransition/Internal answer to the
    # operating-mode change, and any MBIM radio-state failure, into "Invalid transition" (since 1.18); a post often
    # quotes only that ("an error in the terminal saying 'Invalid transition'")
    Signature("mm:power-up-refused",
              r"couldn't enable interface: 'Invalid transition'|failed enabling modem: Invalid transition"
              # the D-Bus error as mmcli prints it; a post may retype its kind ("Error.Core.Failed: Invalid transition"):
              # the text is ModemManager's only "Invalid transition", whatever the error's name before it
              r"|Error\.Core\.\w+: Invalid transition",
              "ModemManager src/mm-broadband-modem-qmi.c and src/mm-broadband-modem-mbim.c (modem_power_up: "
              "MM_CORE_ERROR_RETRY \"Invalid transition\"), src/mm-broadband-modem.c (\"couldn't enable interface: "
              "'%s'\"), src/mm-iface-modem-simple.c (\"failed enabling modem: %s\")",
              cleared_by=(_MM_UP,), quote=r"^\W*Invalid transition\W*$",
              quote_context=r"(?i)\benabl|\berror|\bmodem|ModemManager|\bmmcli\b|\bfail"),
    # ModemManager 0.3-0.6 enabling a modem: the AT port refused (or did not answer) AT+CSCS for every character set it
    # tries (UTF-8, UCS2, 8859-1, IRA, GSM), so enabling failed; NetworkManager 0.8-0.9 logs it as "GSM modem enable
    # failed: (N) Failed to find a usable modem character set". The port had answered AT when probed: the modem
    # stopped answering or refuses basic commands on it. No rule concludes a cause from it alone; the rfkill rule for an
    # AT modem that fails enabling stands down on it (its reason is not the radio)
    Signature("mm:charset-unusable", r"\bFailed to find a usable modem character set\b",
              "ModemManager 0.5.2 src/mm-generic-gsm.c:1230-1266 (best_charsets[], enabled_set_charset_done: "
              "g_error_new_literal (MM_MODEM_ERROR, MM_MODEM_ERROR_UNSUPPORTED_CHARSET, \"Failed to find a usable modem "
              "character set\"); 0.3.997-0.4 :738); NetworkManager 0.8 src/modem-manager/nm-modem-gsm.c:384 (\"GSM modem "
              "enable failed: (%d) %s\")"),
    Signature("port:mbim-or-qmi", r"\bcdc-wdm\d|libmbim|MbimDevice|QmiDevice|\bwwan\d+(?:mbim|qmi)\d|\bMBIM\b|\bQMI\b",
              "libqmi / libmbim / cdc-wdm control ports"),
    # the control port opened as MBIM: qmicli's QMI-over-MBIM, mbimcli or umbim on a device node (the port is cdc_mbim's)
    Signature("port:opened-as-mbim",
              r"--device-open-mbim\b|\b(?:mbimcli|umbim)\b[^\n]*?\s(?:-d|--device)(?:\s+|=)['\"]?/dev/(?:cdc-wdm|wwan)",
              "libqmi src/qmicli/qmicli.c (--device-open-mbim: QMI over MBIM, opened with QMI_DEVICE_OPEN_FLAGS_MBIM); "
              "libmbim src/mbimcli/mbimcli.c (-d, --device=[PATH]); umbim (-d <device>)"),
    Signature("port:serial-at", r"\((?:ttyACM|ttyUSB)\d+\) opening serial port|\((?:ttyACM|ttyUSB)\d+\): --> 'AT",
              "ModemManager src/mm-port-serial.c (\"(%s) opening serial port...\"), AT traces"),
    # the person tries to get serial (AT) ports: binds a USB serial driver by id, or a terminal finds no tty
    Signature("serial:ports-wanted",
              r"/sys/bus/usb-serial/drivers/\w+/new_id"
              r"|(?:minicom|picocom|microcom|screen|atinout|socat)\b[^\n]*(?:cannot open|can't open|No such file)[^\n]*/dev/tty(?:USB|ACM)\d"
              r"|/dev/tty(?:USB|ACM)(?:\d+|\*)'?:? No such file or directory",
              "linux drivers/usb/serial/bus.c new_id_store (the usb-serial driver's new_id attribute); minicom src/main.c "
              "(\"minicom: cannot open %s: %s\"), picocom (\"FATAL: cannot open %s: %s\"); ENOENT from open(2)"),
    # pyserial cannot open the serial port it was given: it does not exist (ENOENT). Python scripts and vendor libraries
    # (HAT samples, AT tools) raise it with the port named twice
    Signature("serial:ports-wanted",
              r"\bcould not open port /dev/tty(?:USB|ACM)\d+: \[Errno 2\] No such file or directory",
              "pyserial serial/serialposix.py:325 Serial.open (raise SerialException(msg.errno, \"could not open port {}: "
              "{}\".format(self._port, msg)), msg the OSError \"[Errno 2] No such file or directory: '<port>'\")"),
    # --- a serial (AT) port another program holds ---------------------------------------------
    # ModemManager opens every tty it probes or manages with TIOCEXCL (mm-port-serial.c:1229), so another
    # program's open() fails with EBUSY; gammu reports an open failure other than ENOENT/EACCES, or an
    # advisory lock held by another process, as ERR_DEVICEOPENERROR.
    Signature("port:tty-busy",
              r"/dev/tty(?:USB|ACM|HS|AMA|S|mxc)\d+\b[^\n]{0,60}?(?:Device or resource busy|\[Errno 16\]|\bEBUSY\b)"
              r"|(?:Device or resource busy|\[Errno 16\])[^\n]{0,40}?/dev/tty(?:USB|ACM|HS|AMA|S|mxc)\d+"
              r"|Error opening device\. Unknown, busy or no permissions|Error opening device, it is already opened by (?:another app|other application)"
              # gammu's error names as GSM_LogError and gammu-smsd print them (gsmcomon.c:85,86,88)
              r"|\b(?:DEVICEOPENERROR|DEVICELOCKED|DEVICEBUSY)\[\d+\]"
              r"|failed to lock device, probably opened by other process|\bError opening device, it is locked\b"
              # pppd's UUCP lock: another process holds the modem's tty (ppp-project/ppp pppd/utils.c:983,1067 lock())
              r"|\bDevice (?:/dev/)?tty(?:USB|ACM|HS|AMA|S|mxc)\d+ is locked by pid \d+"
              # NetworkManager 0.7 opens the tty O_EXCL and logs open(2)'s errno: 16 = EBUSY
              r"|\(tty(?:USB|ACM|HS)\d+\) cannot open device \(errno 16\)"
              # sakis3g found processes with the modem's tty open (ls -l /proc/*/fd/*) for 10 s and names them
              r"|\bPort /dev/tty\w+ is currently occupied by\b"
              # ModemManager 0.4-0.6 could not open a tty another program holds (its message names the port without /dev/)
              r"|\bCould not open serial device tty(?:USB|ACM|HS|S)\d+: Device or resource busy\b",
              "ModemManager 0.4-0.6 src/mm-serial-port.c mm_serial_port_open (0.5.2:748-762: open(\"/dev/%s\", O_RDWR | O_EXCL | ...) fails: g_set_error \"Could not open serial device %s: %s\", strerror EBUSY; logged by mm-generic-gsm.c:742 \"%s: failed to open serial port: (%d) %s\") (ModemManager tag 0.5.2); sakis3g src/sakis3g (Trixarian/sakis3g-source ba3db72) :2901-2933 tty_not_busy (show_fmt_error \"Port %s is currently occupied by %s.\", the commands of the processes holding it); ModemManager src/mm-port-serial.c:1229-1232 (ioctl TIOCEXCL on every tty it opens: another open() gets "
              "EBUSY, strerror \"Device or resource busy\"); minicom/picocom/pyserial print open(2)'s strerror with the "
              "path; gammu libgammu/device/serial/ser_unx.c:183-222 serial_open (ENOENT -> DEVICENOTEXIST, EACCES -> "
              "DEVICENOPERMISSION, anything else or flock EWOULDBLOCK \"failed to lock device, probably opened by other "
              "process\" -> DEVICEOPENERROR) with the texts of libgammu/gsmcomon.c:85,88 (gammu/gammu 0c207bf: ERR_DEVICEBUSY \"Error opening device, it is already opened by other application.\"), and devfunc.c:292 lock_device "
              "(\"Device already locked by PID %d.\" -> ERR_DEVICELOCKED, gsmcomon.c:86 \"Error opening device, it is "
              "locked.\": a live process holds gammu's lock file) (gammu/gammu 78fd6a921); pppd "
              "pppd/utils.c:983,1067 lock() (notice \"Device %s is locked by pid %d\": the UUCP lock file of a running "
              "process, ppp-project/ppp ce4629f); NetworkManager 0.7 src/nm-serial-device.c nm_serial_device_open "
              "(nm_warning(\"(%s) cannot open device (errno %d)\"), errno 16 EBUSY)",
              cleared_by=()),
    # A login console (getty) on the serial line the modem is wired to: getty's prompt, or login(1) refusing the
    # "user name" the modem's own echo and replies made, read back where the modem's answers were expected. On a
    # board's UART (Raspberry Pi serial0) the kernel console and its serial getty own the port the module uses.
    Signature("serial:login-console",
              r"\bLogin incorrect\b|\b[\w.-]+ login: ?Password: ?",
              "util-linux agetty-cmd/agetty.c:38,758 (LOGIN_PROMPT \"login: \" after the host name), login-utils/login.c:888 "
              "(\"<host> login: \"), login.c:1005,1035 (\"Login incorrect\") (util-linux/util-linux 39465c780); busybox "
              "loginutils/getty.c and login.c print the same prompt and refusal"),
    # An AT command sent to a serial port: a terminal line holding only the command (typed, or its echo), a
    # program's send/write log of it, or Python's bytes of it (b'AT\r'). Upper-case AT only (the Hayes prefix
    # as sent); prose ("an AT command") and the carrier AT&T are not a command line.
    Signature("serial:at-command-sent",
              r"(?-i:^\s*(?:[^\s'\"]*[#$>]\s+)?(?:TX:?\s*)?AT(?!&T\b)(?:[+&^$!#%*]?[A-Z][\w?=,\"'.]*)?\s*$"
              r"|\b(?:[Ss]end(?:ing)?|[Ss]ent|[Ww]rit(?:e|ing)|TX)\b[^\n]{0,30}?(?<![\w&])AT(?!&T\b)(?:[+&^$!#%*]?[A-Z][\w?=,\"]*)?(?![\w&])(?!\s+(?:[Cc]ommand|[Pp]ort|[Ii]nterface))"
              r"|\bb['\"]AT[^'\"\n]{0,40}\\r)",
              "ITU-T V.250 5.2.1 (a command line starts with the prefix \"AT\" and ends with <CR>); a serial terminal "
              "(minicom, picocom, screen) echoes the typed line; pyserial's write() takes bytes (b'AT\\r')"),
    # brltty (the braille display daemon) took a USB serial adapter: Ubuntu's brltty udev rules (85-brltty.rules) match
    # generic converter ids (CH340 1a86:7523, some FTDI and CP210x ids) and start brltty on them; its usbfs
    # SET_CONFIGURATION finds the serial driver bound, and the converter is then taken from it (no /dev/ttyUSB left)
    Signature("usb:claimed-by-brltty",
              r"\busbfs: interface \d+ claimed by \S+ while 'brltty' (?:sets config #\d+|resets device)",
              "linux drivers/usb/core/devio.c:1465-1467 proc_setconfig dev_warn (\"usbfs: interface %d claimed by %s while "
              "'%s' sets config #%d\", the caller's comm) (v5.4.286 157e1f2b8), the same file's \"... while '%s' resets "
              "device\"; brltty's udev rules (Types/udev.sh, installed as 85-brltty.rules) and Launchpad bug 1990357 "
              "(brltty 6.4 on Ubuntu 22.04 claims CH340 1a86:7523)"),
    # pyserial's read() found the port ready but got nothing: another process read the bytes first, or the device
    # went away (its own words, "device disconnected or multiple access on port?")
    Signature("serial:shared-read",
              r"device reports readiness to read but returned no data",
              "pyserial serial/serialposix.py Serial.read (pyserial/pyserial 0085e1e: SerialException(\"device reports "
              "readiness to read but returned no data (device disconnected or multiple access on port?)\"))"),
    # gammu read bytes on the modem's port that answer nothing it asked: a reply it cannot parse (ERR_UNKNOWNRESPONSE), a
    # frame no request waits for (ERR_FRAMENOTREQUESTED, logged "Frame not request now") or one it does not know
    # (ERR_UNKNOWNFRAME). Another program on the same port (ModemManager probing it, Bluetooth's hciuart or a serial
    # console on a board UART) or a wrong speed garbles the exchange; GSM_LogError prints "%s failed with error %s[%d]: %s"
    Signature("serial:reply-unexpected",
              r"\b(?:UNKNOWNRESPONSE|FRAMENOTREQUESTED|UNKNOWNFRAME)\[\d+\]|\bUnknown response from phone\b"
              r"|\bFrame not request(?:ed right)? now\b|^\s*UNKNOWN (?:response|frame)\s*$",
              "gammu libgammu/gsmcomon.c:98-100 (gammu/gammu 0c207bf: ERR_FRAMENOTREQUESTED \"Frame not requested right now\", "
              "ERR_UNKNOWNRESPONSE \"Unknown response from phone. See <http://wammu.eu/support/bugs/> ...\", ERR_UNKNOWNFRAME "
              "\"Unknown frame\"), gsmcomon.c GSM_LogError (\"%s failed with error %s[%d]: %s\"), libgammu/gsmstate.c "
              "GSM_DispatchMessage (smprintf_level \"\\nUNKNOWN response\", \"\\nUNKNOWN frame\", \"\\nFrame not request now\" "
              "in the debug log)"),
    # A serial phone/modem tool tried the port and nothing answered: Wammu's search (Wammu/PhoneSearch.py
    # AllSearchThread.run "All finished, found %d phones", Wammu/PhoneWizard.py PhoneSearchPage.OnDone "No phone
    # has been found!" - it only searches a node that exists and that the user may open, Wammu/Utils.py
    # CheckDeviceNode), or gammu's ERR_TIMEOUT (libgammu/gsmcomon.c:97)
    Signature("serial:no-answer",
              r"All finished, found 0 phones|No phone has been found!"
              r"|No response in specified timeout\. Probably (?:the )?phone (?:is )?not connected",
              "Wammu/PhoneSearch.py AllSearchThread.run (\"All finished, found %d phones\"), Wammu/PhoneWizard.py "
              "PhoneSearchPage.OnDone (\"No phone has been found!\"), Wammu/Utils.py CheckDeviceNode (a missing node or "
              "one without permission is not searched) (gammu/wammu); gammu libgammu/gsmcomon.c:97 ERR_TIMEOUT"),
    Signature("serial:tty-searched", r"^(?:Checking|Finished) /dev/tty(?:ACM|USB)\d+ - \[",
              "Wammu/PhoneSearch.py AllSearchThread.search_device / run (\"Checking %s\", \"Finished %s\" with the name "
              "'<device> - [<connections>]') (gammu/wammu)"),
    # --- a program may not open the modem's device node ------------------------------------
    Signature("port:open-denied",
              r"(?i)(?:Cannot open device file|couldn't open the (?:Qmi|Mbim)Device|error opening serial device)\b.*"
              r"(?:" + _PERMISSION_DENIED + r"|Operation not permitted)|(?:cannot|could not|failed to|unable to) open\b.*/dev/\S+.*"
              r"(?:" + _PERMISSION_DENIED + r"|Operation not permitted)|/dev/(?:cdc-wdm|ttyUSB|ttyACM|ttyHS|wwan)\S*:? .*" + _PERMISSION_DENIED
              + r"|\bError opening device, you don't have (?:the required permission|permissions)\b"
              # NetworkManager 0.7's tty open, errno 13 = EACCES
              + r"|\(tty(?:USB|ACM|HS)\d+\) cannot open device \(errno 13\)"
              + r"|\bCould not open serial device tty(?:USB|ACM|HS|S)\d+: " + _PERMISSION_DENIED,
              "ModemManager 0.4-0.6 src/mm-serial-port.c mm_serial_port_open (0.5.2:748-762: open(\"/dev/%s\", O_RDWR | O_EXCL | ...) fails: \"Could not open serial device %s: %s\", strerror EACCES) (ModemManager tag 0.5.2); NetworkManager 0.7 src/nm-serial-device.c nm_serial_device_open (\"(%s) cannot open device (errno %d)\", 13 "
              "EACCES); gammu libgammu/gsmcomon.c:89 ERR_DEVICENOPERMISSION (\"Error opening device, you don't have the required "
              "permission.\"; \"Error opening device, you don't have permissions.\" in older releases' error table), from libgammu/device/serial/ser_unx.c:198 open(2) EACCES, or devfunc.c:287,305 a lock file it "
              "may not write; printed by gammu/common.c:191 Print_Error) (gammu/gammu 78fd6a921); "
              "libqmi src/libqmi-glib/qmi-endpoint-qmux.c:227 (\"Cannot open device file '%s': %s\", strerror of open(2): "
              "EACCES \"Permission denied\", EPERM \"Operation not permitted\" from a device cgroup); libmbim "
              "mbim-device.c; libqmi qfu-utils / qmi-firmware-update (\"error opening serial device\")",
              quote=r"(?i)\b(?:Operation not permitted|" + _PERMISSION_DENIED + r"|EPERM|EACCES)\b",
              quote_context=r"/dev/(?:cdc-wdm|wwan|ttyUSB|ttyACM|ttyHS)|\b(?:qmicli|mbimcli|uqmi|umbim|quectel-CM|minicom|picocom|"
                            r"qmi-firmware-update|QmiDevice|MbimDevice)\b"),
    # `sudo echo ... > /dev/ttyUSB2`: sudo runs echo as root, but the redirection is opened by the calling (unprivileged)
    # shell before sudo starts, so the modem's node is opened as the user and refused ("bash: /dev/ttyUSB2: Permission
    # denied") unless that user may write it (dialout)
    Signature("shell:sudo-redirect-to-node",
              r"\bsudo\s+(?:-\w+\s+)*(?:echo|printf|cat)\b[^|;&\n>]*?(?<![0-9&])>>?\s*['\"]?/dev/(?:tty(?:USB|ACM|HS|AMA|S)\d+"
              r"|cdc-wdm\d+|wwan\w+|serial\w*)",
              "ShellCheck SC2024 (koalaman/shellcheck src/ShellCheck/Checks/Commands.hs checkSudoRedirect, 75863a887: \"sudo doesn't affect "
              "redirects. Use ..| sudo tee file\"); bash manual 3.6 Redirections (performed by the shell before the "
              "command runs, with the shell's own user)"),
    # --- libqmi opened a control port in a mode its driver does not speak ---------------------
    Signature("port:qmi-mode-on-non-qmi-port", r"requested QMI mode but unexpected transport type found",
              "libqmi src/libqmi-glib/qmi-device.c:2653 g_warning (\"[%s] requested QMI mode but unexpected transport type "
              "found\", since 1.26, commit e3851c8d): QMI (QMUX) asked on a port whose driver is not qmi_wwan - cdc_mbim "
              "(the MBIM configuration) or a vendor driver's port"),
    Signature("port:mbim-mode-on-non-mbim-port", r"requested MBIM mode but unexpected transport type found",
              "libqmi src/libqmi-glib/qmi-device.c:2635 g_warning (\"[%s] requested MBIM mode but unexpected transport type "
              "found\", since 1.26): QMI-over-MBIM asked on a port whose driver is not cdc_mbim - qmi_wwan (the QMI "
              "configuration)"),
    # a tool was pointed at a control port that does not exist
    Signature("port:node-missing", r"Cannot open device file '/dev/[^']+': No such file or directory"
              # OpenWrt's qmi.sh / mbim.sh: the uci "device" is no character device
              r"|" + _NETIFD_LINE + r"(?:mbim\[\d+\] )?The specified control device does not exist$"
              # gammu / gammu-smsd / python-gammu: the configured port= node does not exist (open(2) ENOENT)
              r"|Error opening device, it doesn't exist|\bERR_DEVICENOTEXIST\b|\bDEVICENOTEXIST\[\d+\]",
              "libqmi src/libqmi-glib/qmi-endpoint-qmux.c:227 / libmbim src/libmbim-glib/mbim-device.c:1441 (\"Cannot open "
              "device file '%s': %s\" with strerror(ENOENT)); only these libraries print it, whether the line keeps "
              "qmicli's \"error: couldn't open the QmiDevice: \" or not; OpenWrt package/network/utils/uqmi/files/lib/netifd/"
              "proto/qmi.sh proto_qmi_setup (openwrt/openwrt 002e1fd6: [ -c \"$device\" ] || echo \"The specified control "
              "device does not exist\") and package/network/utils/umbim/files/lib/netifd/proto/mbim.sh _proto_mbim_setup "
              "(openwrt/openwrt 00225efc: echo \"mbim[$$]\" \"The specified control device does not exist\"); gammu "
              "libgammu/gsmcomon.c:87 (gammu/gammu 0c207bf: ERR_DEVICENOTEXIST, \"DEVICENOTEXIST\", \"Error opening device, it "
              "doesn't exist.\"; GSM_LogError prints \"%s failed with error %s[%d]: %s\", python-gammu raises it as "
              "gammu.ERR_DEVICENOTEXIST)"),
    # pppd was given a tty that does not exist: a word of its command line or options file that is no option is tried
    # as the device name (tty.c setdevname: stat() of /dev/<word> fails, it returns 0), and then options.c reports it as
    # an unknown option. A tty's name printed so means the node named is not there (the port moved or is gone)
    Signature("port:node-missing",
              r"\bpppd: (?:In file \S+: )?unrecognized option '(?:/dev/)?tty(?:USB|ACM|HS|S|AMA|mxc|EHS|GS)\d+'",
              "ppp-project/ppp pppd/options.c options_from_file (option_error(\"In file %s: unrecognized option '%s'\", "
              "filename, cmd)) and parse_args (option_error(\"unrecognized option '%s'\", arg)), reached when "
              "pppd/tty.c setdevname finds no such device (stat() fails: return 0); option_error prints \"%s: %s\" "
              "with progname on stderr (RMerl/asuswrt-merlin release/src/router/pppd/pppd/options.c, ppp 2.4.x)"),
    # nmcli was given a modem's interface or port name that NetworkManager has no device of (nmcli device connect / up /
    # modify / show <ifname>, nmcli connection up ... ifname <ifname>): the name is not this machine's
    Signature("port:node-missing",
              r"\bError: Device '(?:wwan\w*|wwp\w+|cdc-wdm\d+|tty(?:USB|ACM)\d+|usb\d+|ppp\d+)' not found\.",
              "NetworkManager src/nmcli/devices.c:1200 (nmc_printerr \"Error: Device '%s' not found.\\n\" for a device "
              "argument no NMDevice has as its interface name) and :3664 (the same text for the ifname of a connect request) "
              "(NetworkManager/NetworkManager 355bc90299)"),
    # --- USB composition the modem reports over AT ---------------------------------------
    Signature("composition:ecm-or-rndis", r"\+QCFG: ?\"usbnet\",\s*[13]\b",
              "Quectel AT+QCFG=\"usbnet\" (0 RmNet/QMI, 1 ECM, 2 MBIM, 3 RNDIS): LTE/5G module AT command manuals"),
    Signature("composition:qmi", r"\+QCFG: ?\"usbnet\",\s*0\b|Interface bitmask: ?[0-9A-Fa-f]+ \([^)]*\brmnet\d",
              "Quectel AT+QCFG=\"usbnet\" 0 = RmNet/QMI (knowledge.md 2.6); Sierra AT!USBCOMP? \"Interface bitmask: "
              "0000050D (diag,nmea,modem,rmnet0,rmnet1)\" (johnofleek/PiloT networkManagerDocs/instructions_EM7455.md)"),
    Signature("composition:mbim", r"\+QCFG: ?\"usbnet\",\s*2\b|Interface bitmask: ?[0-9A-Fa-f]+ \([^)]*\bmbim\b",
              "Quectel AT+QCFG=\"usbnet\" 2 = MBIM (knowledge.md 2.6); Sierra AT!USBCOMP? interface bitmask naming "
              "mbim (MBIM 0x1000, knowledge.md 2.6)"),
    # a composition command refused: the firmware cannot switch (or needs unlocking first)
    Signature("composition:switch-refused",
              r"^AT(?:\+GTUSBMODE|!USBCOMP|\+QCFG=\"usbnet\"|#USBCFG|\^SETPORT|\+CUSBPIDSWITCH)\S* => "
              r"(?:.*\+CME ERROR|ERROR\b)",
              "Fibocom AT+GTUSBMODE (xmm7360/xmm7360-usb-modeswitch README.md \"MBIM Switch\"; "
              "ModemManager src/plugins/fibocom/77-mm-fibocom-port-types.rules GTUSBMODE=31/32); Sierra AT!USBCOMP, "
              "Quectel AT+QCFG=\"usbnet\", Huawei AT^SETPORT (knowledge.md 2.6); Telit AT#USBCFG; SIMCom AT+CUSBPIDSWITCH; "
              "3GPP TS 27.007 9.2 +CME ERROR (4 = operation not supported)"),
    # --- SIM ----------------------------------------------------------------------------
    Signature("sim:card-error", r"Illegal SIM/USIM application state|" + _CME + r"(?:13|SIM failure)\b|\+CMS ERROR: 313\b"
              r"|" + _MM_ME_ERROR + r"SimFailure\b"
              r"|[Cc]ard state: '?error'?|\bUIM card error\b"
              r"|" + _NM_MM05 + r"SIM failure\b|" + _MM05_DBUS + r"SimFailure\b",
              "NetworkManager 0.8-0.9 \"GSM connection failed: (%d) %s\" (signatures._NM_MM05) with ModemManager 0.5 src/mm-errors.c (\"SIM failure\" :250, D-Bus name Modem.Gsm.SimFailure :182); libqmi qmi-errors.h (QMI_PROTOCOL_ERROR 0x... \"Illegal SIM/USIM application state\"); "
              "3GPP TS 27.007 9.2 CME error 13 (SIM failure; ModemManager's D-Bus name MobileEquipment.SimFailure, "
              "include/ModemManager-errors.h:339), 3GPP TS 27.005 3.2.5 +CMS ERROR 313 (SIM failure); qmicli --uim-get-card-status (libqmi src/qmicli/qmicli-uim.c:1617 "
              "\"\\tCard state: '%s'\\n\")"),
    Signature("sim:invalid", r"\binvalid-sim-state\b|\[\w+\] (?:sim-not-present|sim-invalid)\b"
              r"|\bSIM (?:is )?(?:invalid|blocked)\b|\(reason 'gsm-sim-wrong'"
              r"|" + _CME + r"15\b|\+CME ERROR: ?SIM wrong\b|" + _MBIM_FAILED + r"BadSim\b"
              r"|" + _MM_ME_ERROR + r"SimWrong\b|\blibmbim\.Error\.Status\.BadSim\b"
              r"|" + _NM_MM05 + r"SIM wrong\b|" + _MM05_DBUS + r"SimWrong\b",
              "NetworkManager 0.8-0.9 \"GSM connection failed: (%d) %s\" (signatures._NM_MM05) with ModemManager 0.5 src/mm-errors.c (\"SIM wrong\", D-Bus name Modem.Gsm.SimWrong :184); 3GPP TS 27.007 9.2 +CME ERROR 15 SIM wrong (ModemManager-errors.h MM_MOBILE_EQUIPMENT_ERROR_SIM_WRONG, D-Bus "
              "name MobileEquipment.SimWrong :341); libmbim D-Bus error org.freedesktop.libmbim.Error.Status.BadSim; "
              "libmbim MbimStatusError BadSim (4) in mbimcli's \"error: operation failed: %s\" (mbim-errors.h:153); "
              "libqmi QmiWdsVerboseCallEndReasonCm invalid-sim-state (libqmi-glib/qmi-enums-wds.h); "
              "libqmi qmi-errors.h QMI_PROTOCOL_ERROR_INVALID_SIM_STATE ... (\"Illegal SIM/USIM application state\"); "
              "NetworkManager src/core/devices/nm-device.c:17881 (\"state change: %s -> %s (reason '%s', ...)\"; 1.10 src/devices/nm-device.c:12856) with the NMDeviceStateReason nicks of src/core/devices/nm-device-utils.c:84-120 (gsm-sim-wrong)"),
    Signature("sim:missing", r"\bsim-missing\b|SIM is missing|" + _CME + r"(?:10|SIM not inserted)\b|SIM not inserted"
              r"|\+QSIMSTAT: \d,0\b|\+CPIN: NOT (?:INSERTED|READY)|\bSIMStatus: SIM_ABSENT\b"
              r"|\(reason 'gsm-sim-not-inserted'|" + _NETIFD_LINE + r"(?:SIM not initialized$|PIN status failed \(sim_not_present\))"
              r"|\+CMS ERROR: 310\b|^\s*#QSS: ?(?:\d,)?0\s*$|QMI protocol error \(\d+\): 'UimUninitialized'"
              r"|^\s*State: 'not-present'\s*$"
              r"|" + _MBIM_FAILED + r"SimNotInserted\b|\blibmbim\.Error\.Status\.SimNotInserted\b"
              # gammu's ERR_NOSIM: the modem answered +CME ERROR 10/13/14/15 or +CMS ERROR 313-315; gammu-smsd logs the
              # error's name after its (translated) text: "(NOSIM[49])"
              r"|\bCan not access SIM card\b|\(NOSIM\[\d+\]\)"
              # uqmi prints a QMI error as its text, a JSON string on a line of its own (uqmi commands.c uqmi_add_error(
              # qmi_get_error_str(req.ret)), qmi-errors.c generated from libqmi's qmi-errors.h: UimUninitialized (37)
              # "UIM uninitialized", NoSim (72) "No SIM") (mirror/dd-wrt src/router/uqmi)
              r"|^\s*\"(?:UIM uninitialized|No SIM)\"\s*$",
              "ModemManager MM_MODEM_STATE_FAILED_REASON_SIM_MISSING (\"sim-missing\"); 3GPP TS 27.007 CME error 10; "
              "3GPP TS 27.005 3.2.5 +CMS ERROR 310 (SIM not inserted); Telit #QSS (read \"#QSS: <mode>,<status>\", "
              "unsolicited \"#QSS: <status>\", status 0 = SIM not inserted: ModemManager src/plugins/telit/"
              "mm-modem-helpers-telit.c:924, mm-broadband-modem-telit.c:526, tests test-mm-modem-helpers-telit.c:837-838); "
              "libqmi QMI_PROTOCOL_ERROR_UIM_UNINITIALIZED 'UimUninitialized' (src/libqmi-glib/qmi-errors.h:264: no "
              "initialized card); qmicli --dms-uim-get-state (src/qmicli/qmicli-dms.c:1462 \"UIM state retrieved:\\n"
              "\\tState: '%s'\", QmiDmsUimState not-present, qmi-enums-dms.h:341); "
              "quectel-CM / fibocom-dial QMIThread.c requestGetSIMStatus (dbg_time \"%s SIMStatus: %s\", SIM_ABSENT when "
              "the UIM card state is not present; coolsnowwolf/lede package/wwan/app/fibocom-dial/src/QMIThread.c:1220-1338); "
              "NetworkManager src/core/devices/nm-device.c:17881 (\"state change: %s -> %s (reason '%s', ...)\"; 1.10 src/devices/nm-device.c:12856) with the NMDeviceStateReason nicks of src/core/devices/nm-device-utils.c:84-120 (gsm-sim-not-inserted); OpenWrt package/network/utils/uqmi/files/lib/netifd/proto/qmi.sh proto_qmi_setup (openwrt/openwrt 002e1fd6; netifd logs the handler's echo as \"netifd: <iface> (<pid>): <text>\") (\"SIM not initialized\": UIM uninitialized until the timeout; "
              "\"PIN status failed (${pin1_status:-sim_not_present})\"); libmbim MbimStatusError SimNotInserted (3) in "
              "mbimcli's \"error: operation failed: %s\" and as the D-Bus error org.freedesktop.libmbim.Error.Status."
              "SimNotInserted (src/libmbim-glib/mbim-errors.h:29,152; linux-mobile-broadband/libmbim 2f6c6ad); gammu "
              "libgammu/gsmcomon.c:132 ERR_NOSIM (\"Can not access SIM card.\"), returned by libgammu/phone/at/atgen.c:347-351 "
              "ATGEN_HandleCMEError for +CME ERROR 10 (SIM not inserted), 13, 14, 15 and :433-435 for +CMS ERROR 313-315 "
              "(gammu/gammu 78fd6a921)"),
    # The SIMCom (A76xx, SIM7500/7600) and ASR-based modules' unsolicited reports that the card is gone: the hot-swap
    # removal URC, or the SIM interface not available (also while +CFUN=0 powers it down, hence cleared by a later
    # +CPIN: READY)
    Signature("sim:missing", r"\+CPIN: SIM REMOVED\b|\+SIMCARD: NOT AVAILABLE\b"
              # Huawei's <sim_state> 255 = no USIM card, in ^SYSINFO (5th field) and the ^SIMST report
              r"|\^SYSINFO: ?\d+,\d+,\d+,\d+,255\b|\^SIMST: ?255\b",
              "SIMCom A76XX Series AT Command Manual (URCs \"+CPIN: SIM REMOVED\" when the card is pulled with hot-swap "
              "detection on, \"+SIMCARD: NOT AVAILABLE\" when the SIM cannot be accessed); openluat Air724 SIM-detect notes "
              "(USIM_CD low -> \"+CPIN: SIM REMOVED\"); Huawei AT command interface specification ^SYSINFO "
              "(<srv_status>,<srv_domain>,<roam_status>,<sys_mode>,<sim_state>: ModemManager src/plugins/huawei/"
              "mm-modem-helpers-huawei.c:290-294 parses the fields) and ^SIMST, <sim_state> 255 = USIM card not present",
              cleared_by=("sim:ready",)),
    # OpenWrt's ModemManager protocol handler: ModemManager reports the modem failed for a missing SIM (mmcli state
    # failed, reason sim-missing); netifd logs the handler's echo and keeps the error code on the interface (ifstatus, LuCI)
    Signature("sim:missing",
              _NETIFD_LINE + r"SIM missing$|\bMM_FAILED_REASON_SIM_MISSING\b",
              "OpenWrt net/modemmanager/files/lib/netifd/proto/modemmanager.sh:327-328 modemmanager_check_state_failed "
              "(echo \"SIM missing\"; proto_notify_error MM_FAILED_REASON_SIM_MISSING for state-failed-reason sim-missing) "
              "(openwrt/packages 0521bb5679)"),
    # OpenWrt's qmi protocol handler: the UIM card application state read after the SIM initialised is empty (no
    # application: the card absent or unreadable) or "illegal", and the handler power-cycles the SIM and tries again
    # until its timeout, then fails the interface with SIM_ILLEGAL_STATE (ifstatus, LuCI). Read as sim:missing, whose
    # rows are cleared by sim:ready: the handler going on to its PIN check (the sim:ready row below) clears it.
    Signature("sim:missing",
              _NETIFD_LINE + r"SIM in illegal state - Power-cycling SIM$|\bSIM_ILLEGAL_STATE\b",
              "OpenWrt package/network/utils/uqmi/files/lib/netifd/proto/qmi.sh proto_qmi_setup (openwrt/openwrt "
              "002e1fd6) :110-111 (card_application_state empty or \"illegal\": echo \"SIM in illegal state - Power-cycling "
              "SIM\", uqmi --uim-power-off / --uim-power-on), :125 (proto_notify_error SIM_ILLEGAL_STATE after the timeout); "
              "netifd logs the handler's echo as \"netifd: <iface> (<pid>): <text>\""),
    # gammu --identify prints "SIM IMSI" only when AT+CIMI answered (gammu/misc.c:304-315; libgammu/phone/at/atgen.c:5599):
    # the SIM is in, read and unlocked (27.007 5.6 +CIMI fails with a PIN pending)
    Signature("sim:ready", r"\+CPIN: ?READY\b|^\s*SIM IMSI\s*:\s*[\dxX*]{6,}\s*$"
              r"|^\s*Security status\s*:\s*Nothing to enter\.",
              "3GPP TS 27.007 8.3 +CPIN (READY: no PIN/PUK pending), 5.6 +CIMI (the IMSI, read from an unlocked SIM); gammu "
              "--identify, gammu/misc.c:304-315 (\"SIM IMSI\" printed when GSM_GetSIMIMSI succeeded); gammu/common.c "
              "PrintSecurityStatus (\"Nothing to enter.\" for SEC_None, +CPIN: READY) after LISTFORMAT \"Security status\" "
              "(gammu/gammu 78fd6a921)"),
    # OpenWrt's qmi protocol handler past the SIM checks: the PIN state read and nothing to enter (the SIM application
    # is ready)
    Signature("sim:ready", _NETIFD_LINE + r"(?:PIN verification is disabled|PIN already verified)$",
              "OpenWrt package/network/utils/uqmi/files/lib/netifd/proto/qmi.sh proto_qmi_setup (openwrt/openwrt "
              "002e1fd6) :153-154 (pin1_status disabled: echo \"PIN verification is disabled\"), :183-184 (verified: "
              "echo \"PIN already verified\"); reached only after the UIM application left the illegal state"),
    # A query that reads the SIM answered with an error (the joined "<command> => <reply>" line of at_exchanges): +CPIN?
    # (27.007 8.3) fails only when the SIM cannot be read, +CIMI (5.6) and +CCID also with a PIN pending. With the default
    # AT+CMEE=0 (27.007 9.1) the modem hides the cause code (10 SIM not inserted, 13 SIM failure) behind a bare ERROR.
    # "SIM busy" (14) is the card still starting, not a fault.
    Signature("sim:query-refused",
              r"^AT(?:\+CPIN\?|\+CIMI|\+CCID\??|\+ICCID\??|\+QCCID|\^ICCID\?|\+CNUM|\+CRSM=\S*)\s* => "
              r"(?:ERROR|\+CME ERROR: (?!14\b|SIM busy\b).+)$",
              "3GPP TS 27.007 8.3 +CPIN? (read: the SIM's PIN state, an error when the SIM cannot be read), 5.6 +CIMI, 9.1 "
              "+CMEE (0: only ERROR, no <err>), 9.2 +CME ERROR 14 SIM busy; vendors' ICCID reads (Quectel AT+QCCID, Huawei "
              "AT^ICCID?, SIMCom AT+CCID / AT+ICCID)",
              cleared_by=("sim:ready", "reg:registered", _MM_UP)),
    Signature("sim:locked", r"\+CPIN: (?:SIM P[IU][NK]2?|PH-(?:NET|NETSUB|SP|CORP|SIM|FSIM)\s*P[IU][NK])"
              r"|\bunlock required: '?(?:sim-pin|sim-puk|ph-net-pin|ph-net-puk|ph-sp-pin|ph-corp-pin)"
              r"|\+CME ERROR: (?:11|12|SIM PIN required|SIM PUK required)\b|\bPINerror\b"
              # gammu's security status (getsecuritystatus, or after a "Security error. Maybe no PIN?")
              r"|^\s*(?:Security status\s*:\s*)?Waiting for (?:PIN|PUK|network code|phone code)\.\s*$"
              # the device is locked to an operator (SIM lock): PH-SIM (5-7) and personalisation PIN/PUK (40-47)
              r"|" + _CME + r"(?:[5-7]|4[0-7])\b"
              r"|\+CME ERROR: ?(?i:PH-F?SIM P[IU][NK] required|(?:network|network subset|service provider|corporate) "
              r"personali[sz]ation P[IU][NK] required)\b"
              r"|" + _MM_ME_ERROR + r"(?:SimPin|SimPuk|PhSimPin|PhFsimPin|PhFsimPuk|NetworkPin|NetworkPuk|NetworkSubsetPin"
              r"|NetworkSubsetPuk|ServicePin|ServicePuk|CorpPin|CorpPuk)\b"
              # the NB-IoT / Cat.1 reference firmware's own verbose codes (531, 532; see radio:off)
              r"|\+CME ERROR: ?USIM P[IU][NK] is blocked\b"
              r"|\bSIMStatus: SIM_(?:PIN|PUK|NETWORK_PERSONALIZATION)\b"
              # uqmi's text of libqmi's PinBlocked (35) / PinAlwaysBlocked (36) (uqmi qmi-errors.c, see sim:missing)
              r"|^\s*\"PIN (?:always )?blocked\"\s*$"
              r"|\bmodem is locked with '(?:sim|ph)-[\w-]+'"
              r"|\(reason '(?:gsm-sim-pin-required|gsm-sim-puk-required|sim-pin-incorrect|gsm-pin-check-failed)'"
              r"|" + _NETIFD_LINE + r"(?:SIM locked PUK required|Unable to verify PIN|PIN not specified but required"
              r"|PIN verify count value is \d+ this is below the limit of 3)$"
              r"|PIN1 state: '(?:enabled-not-verified|blocked|permanently-blocked)'"
              r"|\"pin1_status\"\s*:\s*\"(?:not_verified|blocked)\""
              r"|^AT\+CPIN=\S* => \+CME ERROR: (?:16|[Ii]ncorrect password)\b"
              r"|\+CMS ERROR: 31[16]\b|QMI protocol error \(\d+\): 'PinBlocked'|QMI protocol error \(\d+\): 'PinAlwaysBlocked'"
              r"|" + _MBIM_FAILED + r"PinRequired\b|" + _NETIFD_LINE + r"mbim\[\d+\] PIN required$"
              # gammu-smsd's check of the SIM's security state or its start failing with ERR_SECURITYERROR (atgen.c
              # ATGEN_HandleCMEError: +CME ERROR 5, 11, 12, 16-18, 40-47), the name after the translated text; not
              # the same error of a phonebook command ("gammu deletememory MC"), which no PIN explains
              r"|\bError (?:getting security status|at init connection): [^\n]*\(SECURITYERROR\[\d+\]\)"
              # NetworkManager 0.8-0.9 / ModemManager 0.4-0.6: the connect or enable refused for a PIN, PUK or operator lock
              r"|" + _NM_MM05 + r"(?:SIM P[IU][NK] required|PH-F?SIM P[IU][NK] required|(?:Network|Network subset|Service provider|Corporate) "
              r"personalization P[IU][NK] required)\b|" + _MM05_DBUS + r"(?:SimPinRequired|SimPukRequired|PhSimPinRequired|PhFSimPinRequired"
              r"|PhFSimPukRequired|NetworkPinRequired|NetworkPukRequired|NetworkSubsetPinRequired|NetworkSubsetPukRequired|ServicePinRequired"
              r"|ServicePukRequired|CorporatePinRequired|CorporatePukRequired)\b"
              r"|\bdevice state change: \d+ -> (?:9|120) \(reason 34\)"
              # oFono's SimManager property: the PIN/PUK or operator lock the SIM waits for (not pin2/puk2/none)
              r"|^\s*PinRequired = (?:pin|puk|phone|firstphone|firstphonepuk|network|networkpuk|netsub|netsubpuk|service"
              r"|servicepuk|corp|corppuk)\s*$"
              # sakis3g's PIN check: the SIM wants a PUK or an operator code, or the PIN it sent was refused
              r"|\bModem responded \"?(?:SIM PUK|PH-\w+ P[IU][NK])\"? while checking for PIN\b"
              r"|\bWRONG PIN\. Aborting to prevent you from locking your SIM card\b"
              # UMTSkeeper's words for sakis3g's exit status 12 (the same wrong PIN)
              r"|\bWrong PIN\. Aborting to prevent SIM LOCK\b|\bWrong PIN \(second time\)! Aborting\b"
              # comgt's default script: the PIN it sent was refused (ERROR) or got no answer in 20 s
              r"|" + _NETIFD_LINE + r"\s*ERROR entering PIN code\s*$",
              "comgt 0.32 comgt.h _default_code (ng-alt/comgt e0e2977) :66-78 (:enterpin AT+CPIN=\"<pin>\" waitfor 20 \"OK\",\"ERR\"; :pinerror / :timeerror print \"ERROR entering PIN code\"); sakis3g src/sakis3g (Trixarian/sakis3g-source ba3db72) :3170-3198 tty_pin_unlock; UMTSkeeper umtskeeper:2270-2290 GetSakisErrorMsg (12: \"Wrong PIN. Aborting to prevent SIM LOCK\"), :2483 (\"Wrong PIN (second time)! Aborting. ...\") (daladim/umtskeeper c638cec) (\"Modem responded \\\"%s\\\" while checking for PIN.\" with the +CPIN: answer other than SIM PIN, \"WRONG PIN. Aborting to prevent you from locking your SIM card.\"); oFono test/list-modems (print \"        %s = %s\" of each interface's properties, rilmodem/ofono efc9c0a8) org.ofono.SimManager PinRequired, src/sim.c:131-148 passwd_name[] (\"pin\", \"puk\", \"phone\", ... \"corppuk\"), :426; NetworkManager 0.7-0.8 src/nm-device.c (0.8:3050 nm_info \"(%s): device state change: %d -> %d (reason %d)\", NM_DEVICE_STATE_FAILED = 9, include/NetworkManager.h NMDeviceStateReason GSM_PIN_CHECK_FAILED = 34) and 0.9.x (\"(reason '%s') [%d %d %d]\", the nick) (NetworkManager/NetworkManager tags 0.8, 0.9.2); NetworkManager 0.8-0.9 \"GSM modem enable failed: (%d) %s\" / \"GSM connection failed: (%d) %s\" with ModemManager 0.5 src/mm-errors.c (SIM PIN/PUK required, PH-SIM and personalization PIN/PUK required; D-Bus names org.freedesktop.ModemManager.Modem.Gsm.SimPinRequired ..., mm-errors.c:176-206); 3GPP TS 27.007 +CPIN responses; ModemManager MMModemLock names (mmcli 'unlock required'); quectel-CM / "
              "fibocom-dial QMIThread.c requestGetSIMStatus (\"SIMStatus: SIM_PIN\" / SIM_PUK / "
              "SIM_NETWORK_PERSONALIZATION); ModemManager src/mm-iface-modem-simple.c:663 mm_obj_warn (\"modem is locked "
              "with '%s'\", the MMModemLock nick: simple connect refused until the SIM is unlocked); NetworkManager src/core/devices/nm-device.c:17881 (\"state change: %s -> %s (reason '%s', ...)\"; 1.10 src/devices/nm-device.c:12856) with the NMDeviceStateReason nicks of src/core/devices/nm-device-utils.c:84-120 "
              "(gsm-sim-pin-required, gsm-sim-puk-required, sim-pin-incorrect, gsm-pin-check-failed); AirM2M cmicomm.h "
              "MtErrorResultCode 531/532 (\"USIM PIN is blocked\", \"USIM PUK is blocked\"); OpenWrt package/network/utils/uqmi/files/lib/netifd/proto/qmi.sh proto_qmi_setup (openwrt/openwrt 002e1fd6; netifd logs the handler's echo as \"netifd: <iface> (<pid>): <text>\"); libqmi "
              "src/qmicli/qmicli-uim.c:1665 (\"\\t\\tPIN1 state: '%s'\\n\", QmiUimPinState enabled-not-verified / blocked / "
              "permanently-blocked, qmi-enums-uim.h:243-247); uqmi --get-pin-status \"pin1_status\" (not_verified, blocked: "
              "the values OpenWrt qmi.sh acts on); 3GPP TS 27.007 9.2.1 +CME ERROR 16 (incorrect password) to AT+CPIN=<pin>; "
              "3GPP TS 27.005 3.2.5 +CMS ERROR 311 SIM PIN required, 316 SIM PUK required; libqmi qmi-errors.h:262-263 "
              "PinBlocked (35), PinAlwaysBlocked (36); libmbim MbimStatusError PinRequired (5) in mbimcli's \"error: "
              "operation failed: %s\" (mbim-errors.h:154); OpenWrt package/network/utils/umbim/files/lib/netifd/proto/"
              "mbim.sh _proto_mbim_setup (openwrt/openwrt 00225efc: umbim pinstate names pin1, echo \"mbim[$$]\" \"PIN required\"); "
              "3GPP TS 27.007 9.2.1 +CME ERROR 5 PH-SIM PIN, 6/7 PH-FSIM PIN/PUK, 40-47 network / network subset / service "
              "provider / corporate personalisation PIN/PUK (the device's SIM lock), texts as ModemManager "
              "src/mm-error-helpers.c:133-163 gives them; ModemManager's D-Bus error names \"org.freedesktop.ModemManager1."
              "Error.MobileEquipment.\" + nick (include/ModemManager-errors.h:59, nicks SimPin, SimPuk, PhSimPin, PhFsimPin, "
              "PhFsimPuk, NetworkPin ... CorpPuk :333-363) (linux-mobile-broadband/ModemManager 9a2d5863); gammu "
              "gammu/common.c PrintSecurityStatus (\"Waiting for PIN.\", \"Waiting for PUK.\", \"Waiting for phone code.\", "
              "\"Waiting for network code.\", after LISTFORMAT \"Security status\" when gammu reports ERR_SECURITYERROR, or "
              "alone from gammu getsecuritystatus) (gammu/gammu 78fd6a921)"),
    # OpenWrt's ModemManager protocol handler refusing to go on with a locked SIM: no PIN configured, too few PIN
    # tries left, a PUK wanted, or the configured PIN refused by mmcli --pin
    Signature("sim:locked",
              _NETIFD_LINE + r"(?:PIN required|please check PIN \(remaining attempts: \d+\)"
              r"|unlock with PUK required \(remaining attempts: \d+\))$"
              r"|\bMM_(?:PINCODE_REQUIRED|CHECK_UNLOCK_PIN|PINCODE_WRONG)\b",
              "OpenWrt net/modemmanager/files/lib/netifd/proto/modemmanager.sh:346-347 modemmanager_check_state_lock_simpin "
              "(\"please check PIN (remaining attempts: %s)\", MM_CHECK_UNLOCK_PIN), :356-357 "
              "modemmanager_check_state_lock_simpuk (\"unlock with PUK required (remaining attempts: %s)\"), :399-400 "
              "modemmanager_check_state_locked (\"PIN required\", MM_PINCODE_REQUIRED when no pincode is set), :440 "
              "(MM_PINCODE_WRONG when mmcli --pin fails) (openwrt/packages 0521bb5679)"),
    # qmicli --uim-get-card-status: an application of the card waits for its PIN or PUK, is blocked, or the device's
    # personalisation (operator lock) wants its code
    Signature("sim:locked",
              r"^\s*Application state: '(?:pin1-or-upin-pin-required|puk1-or-upin-puk-required|pin1-blocked)'"
              r"|^\s*Personalization state: '(?:code-required|puk-code-required|permanently-blocked)'",
              "libqmi src/qmicli/qmicli-uim.c get_card_status_ready (\"\\t\\tApplication state: '%s'\\n\", \"\\t\\tPersonalization "
              "state: '%s'\\n\"), the nicks of QmiUimCardApplicationState (pin1-or-upin-pin-required, puk1-or-upin-puk-required, "
              "pin1-blocked) and QmiUimCardApplicationPersonalizationState (code-required, puk-code-required, "
              "permanently-blocked), src/libqmi-glib/qmi-enums-uim.h"),
    # --- registration -------------------------------------------------------------------
    Signature("sim:other-slot", r"\+GTDUALSIM ?: ?1\b|\+QUIMSLOT: ?2\b|\+SIMTYPE: ?1\b"
              # ModemManager's failed reason for an active eSIM that holds no profile (the physical card's slot unused)
              r"|\besim-without-profiles\b",
              "Fibocom AT+GTDUALSIM (0 = SIM1, 1 = SIM2/eSIM), AT+SIMTYPE (1 = eSIM); Quectel AT+QUIMSLOT (2 = slot 2); "
              "ModemManager MM_MODEM_STATE_FAILED_REASON_ESIM_WITHOUT_PROFILES \"esim-without-profiles\" (\"eSIM is not "
              "initialized\", include/ModemManager-enums.h:157,169, since 1.20), set by src/mm-broadband-modem.c:13417-13420 "
              "when initialization fails with MM_CORE_ERROR_WRONG_SIM_STATE, shown by mmcli as \"failed reason\" "
              "(cli/mmcli-output.c:128) and in \"Modem in failed state: %s\" (mm-broadband-modem.c:13707) "
              "(linux-mobile-broadband/ModemManager 9a2d5863)"),
    Signature("reg:registered", r"EMM state:\s*Registered\s+Normal Service|\+QENG: ?\"servingcell\",\"(?:NOCONN|CONNECT)\"|"
              r"\+C(?:E|G|5G)?REG: ?" + _REG_N + r"[15]" + _STAT_END + r"|\"registration\"\s*:\s*\"registered\""
              r"|[Rr]egistration state: '(?:registered|home|roaming)'"
              # TinyGSM's examples: waitForNetwork() true = +CREG/+CGREG/+CEREG home or roaming (isNetworkConnected)
              r"|\bWaiting for network\.{3} ?success\b"
              r"|" + _GAMMU_ANY_STATE + r"(?:home|roaming) network\s*$"
              # quectel-CM / fibocom-dial polling the serving system: the packet domain attached
              r"|\brequestRegistrationState2? MCC: \d+, MNC: \d+, PS: Attached\b"
              # mbimcli --query-registration-state: MbimRegisterState home (3), roaming (4), partner (5)
              r"|^\s*Register state: '(?:home|roaming|partner)'"
              r"|^\s*Status = (?:registered|roaming)\s*$"
              # NetworkManager 0.7's +CREG stat 1/5 (comgt's own "Registered on Home network: <operator>" is not read: its
              # script then checks +CSQ, and a "Signal strength measure 0,0 too low!" after it is the finding)
              r"|^(?:<info>\s+)?Registered on (?:Home|Roaming) network\s*$",
              "NetworkManager 0.7 src/nm-gsm-device.c:408,422 (nm_info \"Registered on Home network\", \"Registered on Roaming network\") (tag 0.7.2); oFono test/list-modems org.ofono.NetworkRegistration Status, src/common.c:679-697 registration_status_to_string (\"registered\", \"roaming\") (rilmodem/ofono efc9c0a8); Sierra AT!GSTATUS? (\"EMM state:     Registered     Normal Service\"); Quectel AT+QENG=\"servingcell\" "
              "<state> NOCONN (camped, idle) / CONNECT (Quectel LTE/5G AT manuals; the same state words as "
              "ModemManager src/plugins/cinterion/mm-modem-helpers-cinterion.c:1500-1538 ^SMONI); "
              "3GPP TS 27.007 7.2 +CREG/+CGREG/+CEREG/+C5GREG stat 1 (home) / 5 (roaming); uqmi; qmicli; TinyGSM "
              "examples/WebClient/WebClient.ino:184-190 (SerialMon.print(\"Waiting for network...\"), then \" success\" when "
              "modem.waitForNetwork() returns true: src/TinyGsmModem.tpp:778 waitForNetworkImpl returns true once "
              "isNetworkConnected(): registered home or roaming) (vshymanskyy/TinyGSM 4c55210); quectel-CM / fibocom-dial "
              "QMIThread.c:1965,2112 requestRegistrationState2 \"PS: Attached\" (coolsnowwolf/lede 81636b77c); libmbim "
              "src/mbimcli/mbimcli-basic-connect.c:1722 (\"\\t        Register state: '%s'\", MbimRegisterState home/roaming/"
              "partner, src/libmbim-glib/mbim-enums.h:621-623)"),
    Signature("reg:searching", r"EMM state:\s*Deregistered\b|\+QENG: ?\"servingcell\",\"SEARCH\"|\+CPSI: ?NO SERVICE\b|"
              r"\"registration\"\s*:\s*\"searching\"|\+C(?:E|G|5G)?REG: ?" + _REG_N + r"2" + _STAT_END +
              r"|[Rr]egistration state: 'not-registered-searching'|\(reason 'gsm-registration-timeout'"
              r"|" + _NETIFD_LINE + r"Network registration failed, registration timeout reached$"
              # TinyGSM's examples: Serial.print("Waiting for network..."); if (!modem.waitForNetwork()) println(" fail")
              r"|\bWaiting for network\.{3} ?fail\b"
              r"|" + _GAMMU_ANY_STATE + r"requesting network\s*$"
              # ModemManager gave up waiting for the registration (simple connect / enable): it searched until its timeout
              r"|\b3GPP registration check timed out\b|\bregistration in network(?:: timed out| failed: Network timeout)\b"
              r"|" + _MM_ME_ERROR + r"NetworkTimeout\b|" + _CME + r"31\b|\+CME ERROR: ?(?i:network timeout)"
              # quectel-CM / fibocom-dial: the packet domain not attached (it polls until it is; a later "PS: Attached" clears it)
              r"|\brequestRegistrationState2? MCC: \d+, MNC: \d+, PS: Detached\b"
              # ModemManager 0.5: still searching when the registration timed out (mm-generic-gsm.c:3089-3092, :3399)
              r"|" + _NM_MM05 + r"Network timeout\b|" + _MM05_DBUS + r"NetworkTimeout\b"
              r"|\bdevice state change: \d+ -> (?:9|120) \(reason 32\)"
              r"|^\s*Status = searching\s*$"
              # sakis3g polled AT+COPS? until its timeout and the modem never named an operator
              r"|\bModem (?:was |is )?unable to register a network\b"
              # comgt's default script polled AT+CREG? for 120 s without +CREG: 0,1 or 0,5 (a modem set to +CREG=2 answers
              # "+CREG: 2,1" and fails it too: the ways to tell are the +CREG lines around it)
              r"|" + _NETIFD_LINE + r"\s*Failed to register\s*$"
              # (NetworkManager 0.7 polls +CREG and logs each stat 2 answer; a later "Registered on ..." clears it)
              r"|^(?:<info>\s+)?Searching for a network\.\.\.\s*$",
              "NetworkManager 0.7 src/nm-gsm-device.c automatic_registration_get_reply (0.7.2:412 nm_info (\"Searching for a network...\") on +CREG stat 2) (NetworkManager/NetworkManager tag 0.7.2); comgt 0.32 comgt.h _default_code (ng-alt/comgt e0e2977) :83-99 (:waitreg AT+CREG? waitfor \"+CREG: 0,1\",\"+CREG: 0,5\", :regtimeout print \"Failed to register\" after 120 s); sakis3g src/sakis3g (Trixarian/sakis3g-source ba3db72) :3262-3270 tty_registered_network; UMTSkeeper umtskeeper:2270-2290 GetSakisErrorMsg (13: \"Modem is unable to register a network\") (daladim/umtskeeper c638cec) (+COPS: without an operator), :3341-3343 (\"Modem unable to register a network.\", \"Modem was unable to register a network. Would you like to manually select a network?\"); oFono test/list-modems (print \"        %s = %s\" of each interface's properties, rilmodem/ofono efc9c0a8) org.ofono.NetworkRegistration Status, src/common.c:679-697 registration_status_to_string (\"searching\"), src/network.c:815; NetworkManager 0.7-0.8 src/nm-device.c (0.8:3050 nm_info \"(%s): device state change: %d -> %d (reason %d)\", NM_DEVICE_STATE_FAILED = 9, include/NetworkManager.h NMDeviceStateReason GSM_REGISTRATION_TIMEOUT = 32) and 0.9.x (\"(reason '%s') [%d %d %d]\", the nick) (NetworkManager/NetworkManager tags 0.8, 0.9.2); NetworkManager 0.8-0.9 \"GSM connection failed: (%d) %s\" (signatures._NM_MM05) with ModemManager 0.5 src/mm-errors.c (\"Network timeout\", D-Bus Modem.Gsm.NetworkTimeout :197; mm-generic-gsm.c:3089-3092 reg status searching, :3399 registration timeout -> MM_MOBILE_ERROR_NETWORK_TIMEOUT) (ModemManager tag 0.5.2); Sierra AT!GSTATUS? (\"EMM state: Deregistered\", 3GPP TS 24.301 5.1.3.2 EMM-DEREGISTERED); Quectel AT+QENG=\"servingcell\" SEARCH; "
              "SIMCom AT+CPSI? (\"+CPSI: NO SERVICE,Online\"); "
              "uqmi commands-nas.c cmd_nas_get_serving_system_cb (\"registration\": searching); "
              "quectel-CM / fibocom-dial QMIThread.c requestRegistrationState2 (dbg_time \"%s MCC: %d, MNC: %d, PS: %s, "
              "DataCap: %s\", PS Attached/Detached from the NAS serving system; coolsnowwolf/lede 81636b77c "
              "package/wwan/app/fibocom-dial/src/QMIThread.c:1965,2112); "
              "ModemManager src/mm-iface-modem-3gpp.c:583 (mm_obj_info \"3GPP registration check timed out\", then "
              "MM_MOBILE_EQUIPMENT_ERROR_NETWORK_TIMEOUT, text \"Network timeout\" src/mm-error-helpers.c:154, D-Bus "
              "...Error.MobileEquipment.NetworkTimeout), src/mm-iface-modem-simple.c:192,529 (\"registration in network: "
              "timed out\", \"registration in network failed: %s\"); 3GPP TS 27.007 9.2 +CME ERROR 31 network timeout; "
              "TinyGSM examples (e.g. examples/AllFunctions/AllFunctions.ino: \"Waiting for network...\" then \" fail\" "
              "when modem.waitForNetwork() times out); 3GPP TS 27.007 7.2 stat 2 (searching); NetworkManager src/core/devices/nm-device.c:17881 (\"state change: %s -> %s (reason '%s', ...)\"; 1.10 src/devices/nm-device.c:12856) with the NMDeviceStateReason nicks of src/core/devices/nm-device-utils.c:84-120 (gsm-registration-timeout); OpenWrt package/network/utils/uqmi/files/lib/netifd/proto/qmi.sh proto_qmi_setup (openwrt/openwrt 002e1fd6; netifd logs the handler's echo as \"netifd: <iface> (<pid>): <text>\") (searching until the timeout); gammu --networkinfo, gammu/misc.c:33-69 PrintNetworkInfo (gammu: home/roaming network); gammu --networkinfo, gammu/misc.c:33-69 PrintNetworkInfo (gammu: requesting network)",
              cleared_by=(_MM_UP, "reg:registered")),
    Signature("reg:denied", r"\"registration\"\s*:\s*\"registering_denied\"|[Rr]egistration state:? '?(?:registration-)?denied'?"
              r"|" + _GAMMU_PACKET_STATE + r"registration to network denied\s*$"
              r"|\+C(?:E|G|5G)REG: ?" + _REG_N + r"3" + _STAT_END +
              r"|\(reason 'gsm-registration-denied'|" + _NETIFD_LINE + r"Network registration failed \(reason: '(?:registering|registration)_denied'\)"
              r"|3GPP [Rr]egistration state changed \([\w-]+ -> denied\)"
              r"|" + _CME + r"(?:10[235678]|11[1-4])\b"
              r"|" + _CME_OR_CEER_TEXT + r"(?i:IMSI unknown in (?:HLR|HSS)|Illegal (?:MS|UE|ME)\b|IMEI not accepted"
              r"|(?:GPRS|PS) services not allowed|PLMN not allowed|location area not allowed|location/tracking area not allowed"
              r"|tracking area not allowed|roaming not allowed in this)"
              r"|" + _MM_ME_ERROR + r"(?:ImsiUnknownIn(?:Hss|Hlr)|GprsImsiUnknownInHlr|IllegalUe|(?:Gprs)?IllegalM[se]|ImeiNotAccepted"
              r"|PsServicesNotAllowed(?:InPlmn)?|GprsServiceNotAllowed|PsAndNonPsServicesNotAllowed|GprsAndNonGprsServicesNotAllowed"
              r"|(?:Gprs)?PlmnNotAllowed|AreaNotAllowed|GprsLocationNotAllowed|RoamingNotAllowedInArea|GprsRomaingNotAllowed)\b"
              # mbimcli's registration / packet service status: the network's reject cause (MbimNwError nicks 2-14)
              r"|^\s*Network error: '(?:imsi-unknown-in-hlr|illegal-ms|imsi-unknown-in-vlr|imei-not-accepted|illegal-me"
              r"|gprs-not-allowed|gprs-and-non-gprs-not-allowed|plmn-not-allowed|location-area-not-allowed"
              r"|roaming-not-allowed-in-location-area|gprs-not-allowed-in-plmn)'"
              # ModemManager 0.5 reported a denied registration (+CREG stat 3) as "network not allowed" (mm-generic-gsm.c:3083-3087),
              # and the network's GPRS attach rejects as their 27.007 texts
              r"|" + _NM_MM05 + r"(?:Network not allowed - emergency calls only|Illegal M[SE]|GPRS services not allowed|PLMN not allowed"
              r"|Location area not allowed|Roaming not allowed in this location area)\b"
              r"|" + _MM05_DBUS + r"(?:NetworkNotAllowed|GprsIllegalM[se]|GprsServiceNotAllowed|GprsPlmnNotAllowed|GprsLocationNotAllowed"
              r"|GprsRoamingNotAllowed)\b"
              r"|\bdevice state change: \d+ -> (?:9|120) \(reason 31\)"
              r"|^\s*Status = denied\s*$"
              r"|\bAutomatic registration failed: registration denied\b",
              "NetworkManager 0.7 src/nm-gsm-device.c automatic_registration_get_reply (0.7.2:416 nm_warning (\"Automatic registration failed: registration denied.\")) (NetworkManager/NetworkManager tag 0.7.2); oFono test/list-modems (print \"        %s = %s\" of each interface's properties, rilmodem/ofono efc9c0a8) org.ofono.NetworkRegistration Status, src/common.c:679-697 registration_status_to_string (\"denied\"), src/network.c:815; NetworkManager 0.7-0.8 src/nm-device.c (0.8:3050 nm_info \"(%s): device state change: %d -> %d (reason %d)\", NM_DEVICE_STATE_FAILED = 9, include/NetworkManager.h NMDeviceStateReason GSM_REGISTRATION_DENIED = 31) and 0.9.x (\"(reason '%s') [%d %d %d]\", the nick) (NetworkManager/NetworkManager tags 0.8, 0.9.2); NetworkManager 0.8-0.9 \"GSM connection failed: (%d) %s\" (signatures._NM_MM05) with ModemManager 0.5 src/mm-errors.c (mm-generic-gsm.c:3083-3087 reg status denied -> MM_MOBILE_ERROR_NETWORK_NOT_ALLOWED \"Network not allowed - emergency calls only\"; GPRS rejects \"Illegal MS\" ... \"Roaming not allowed in this location area\", D-Bus Modem.Gsm.NetworkNotAllowed, GprsIllegalMs ... GprsRoamingNotAllowed :198,211-216) (ModemManager tag 0.5.2); ModemManager D-Bus errors org.freedesktop.ModemManager1.Error.MobileEquipment.<nick> for the same +CME "
              "causes, include/ModemManager-errors.h:381-393 (ImsiUnknownInHss ... PsServicesNotAllowedInPlmn; "
              "linux-mobile-broadband/ModemManager 9a2d5863) and before 1.18 the Gprs* nicks (1.16.0 ModemManager-errors.h:212-220, "
              "with its \"GprsRomaingNotAllowed\" spelling); libmbim mbimcli --query-registration-state (src/mbimcli/mbimcli-basic-connect.c:1720-1722 "
              "\"\\t         Network error: '%s'\") with the MbimNwError nicks 2-14 (src/libmbim-glib/mbim-enums.h:521-533); "
              "uqmi commands-nas.c (\"registering_denied\"); qmicli --nas-get-serving-system; 3GPP TS 27.007 10.1.20 "
              "+CGREG / 10.1.22 +CEREG / 10.1.25 +C5GREG stat 3 (the packet, EPS and 5GS domains; +CREG is reg:cs-denied); "
              "NetworkManager src/core/devices/nm-device.c:17881 (\"state change: %s -> %s (reason '%s', ...)\"; 1.10 src/devices/nm-device.c:12856) with the NMDeviceStateReason nicks of src/core/devices/nm-device-utils.c:84-120 (gsm-registration-denied); OpenWrt package/network/utils/uqmi/files/lib/netifd/proto/qmi.sh proto_qmi_setup (openwrt/openwrt 002e1fd6; netifd logs the handler's echo as \"netifd: <iface> (<pid>): <text>\") (\"Network registration failed (reason: '$registration_state')\"); "
              "ModemManager src/mm-iface-modem-3gpp.c:2436 (\"3GPP registration state changed (%s -> %s)\"; 1.8.0 :1365 "
              "\"3GPP Registration state changed\"); 3GPP TS 27.007 9.2 +CME ERROR network rejects 102 IMSI unknown in "
              "HLR/HSS, 103 illegal MS/UE, 105 IMEI not accepted, 106 illegal ME, 107 GPRS/PS services not allowed, "
              "108 PS and non-PS services not allowed, 111 PLMN not allowed, 112 location/tracking area not allowed, "
              "113 roaming not allowed in this area, 114 PS services not allowed in PLMN (ModemManager-errors.h:381-393); gammu --networkinfo, gammu/misc.c:33-69 PrintNetworkInfo (gammu's Packet network state: registration to network denied)",
              cleared_by=(_MM_UP, "reg:registered")),
    # +CREG is the circuit-switched domain only (27.007 7.2): a data-only subscription is refused CS service
    # while the packet domain attaches (TS 24.301 5.5.1.3.4.3: combined attach accepted for EPS only, EMM
    # cause #18 "CS domain not available" / #2 "IMSI unknown in HSS"), so +CREG: 0,3 next to +CEREG: 0,1
    # is a working data modem. Not decisive alone: rules read it with the packet domain's state.
    Signature("reg:cs-denied", r"\+CREG: ?" + _REG_N + r"3" + _STAT_END
              + r"|" + _GAMMU_STATE + r"registration to network denied\s*$",
              "3GPP TS 27.007 7.2 +CREG <stat> 3 (registration denied) of the circuit-switched domain; TS 24.301 "
              "5.5.1.3.4.3 (combined attach successful for EPS services only, EMM causes #2, #18) and TS 24.008 "
              "4.7.3.2.3.2 (combined GPRS attach accepted for GPRS only): CS refused while the packet domain is registered; gammu --networkinfo, gammu/misc.c:33-69 PrintNetworkInfo (gammu's Network state: registration to network denied)",
              cleared_by=(_MM_UP, "reg:registered")),
    Signature("reg:not-searching", r"\+C(?:E|G|5G)?REG: ?" + _REG_N + r"0" + _STAT_END
              + r"|" + _GAMMU_ANY_STATE + r"not logged into network\s*$"
              # NetworkManager 0.7-0.9: activation failed for GSM_REGISTRATION_NOT_SEARCHING (30; 0.8's translate_mm_error
              # gives it for ModemManager 0.5's "No network service")
              + r"|\bdevice state change: \d+ -> (?:9|120) \(reason 30\)|\(reason 'gsm-registration-idle'"
              + r"|^\s*Status = unregistered\s*$"
              # NetworkManager 0.7's own GSM code: +CREG stat 0 after 15 tries
              + r"|\bAutomatic registration failed: not registered and not searching\b",
              "NetworkManager 0.7 src/nm-gsm-device.c automatic_registration_get_reply (0.7.2:401 nm_warning (\"Automatic registration failed: not registered and not searching.\")) (NetworkManager/NetworkManager tag 0.7.2); oFono test/list-modems (print \"        %s = %s\" of each interface's properties, rilmodem/ofono efc9c0a8) org.ofono.NetworkRegistration Status, src/common.c:679-697 registration_status_to_string (\"unregistered\"), src/network.c:815; NetworkManager 0.7-0.8 src/nm-device.c (0.8:3050 nm_info \"(%s): device state change: %d -> %d (reason %d)\", NM_DEVICE_STATE_FAILED = 9, include/NetworkManager.h NMDeviceStateReason GSM_REGISTRATION_NOT_SEARCHING = 30) and 0.9.x (\"(reason '%s') [%d %d %d]\", the nick gsm-registration-idle, 0.9.2 src/nm-device.c:3799-3800, today src/core/devices/nm-device-utils.c:86) (NetworkManager/NetworkManager tags 0.8, 0.9.2); nm-modem-gsm.c translate_mm_error (0.8.6.0); 3GPP TS 27.007 7.2 +CREG/+CGREG/+CEREG stat 0 (not registered, the MT is not searching: "
              "no usable SIM, radio off, or deregistered by +COPS=2); gammu --networkinfo, gammu/misc.c:33-69 PrintNetworkInfo (gammu: not logged into network)",
              cleared_by=(_MM_UP, "reg:registered", "reg:searching", "reg:denied")),
    # stat 4 "unknown": the MT cannot tell (27.007: e.g. out of coverage); some modems answer it while their radio is
    # off (the MediaTek-based D-Link DWM-157 at +CFUN: 4, gammu issue 395). A weak fact: rules read it with the SIM
    # and packet states beside it
    Signature("reg:unknown", r"\+C(?:E|G|5G)?REG: ?" + _REG_N + r"4" + _STAT_END
              + r"|" + _GAMMU_ANY_STATE + r"unknown\s*$",
              "3GPP TS 27.007 7.2 +CREG/+CGREG/+CEREG stat 4 (unknown, e.g. out of GERAN/UTRAN/E-UTRAN coverage); gammu "
              "--networkinfo, gammu/misc.c:33-69 PrintNetworkInfo (gammu: unknown = GSM_NetworkStatusUnknown, stat 4 in "
              "libgammu/phone/at/atgen.c:3090,3206) (gammu/gammu 78fd6a921)",
              cleared_by=(_MM_UP, "reg:registered", "reg:searching", "reg:denied", "reg:not-searching")),
    Signature("reg:no-service", _CME + r"(?:30|115)\b|\+CME ERROR: ?(?i:no network service|no cells in (?:location|tracking)\b)"
              r"|" + _MM_ME_ERROR + r"(?:NoNetwork|NoCellsInArea|GprsNoCellsInLocationArea)\b"
              r"|" + _MBIM_FAILED + r"(?:NotRegistered|PacketServiceDetached|ProviderNotVisible)\b"
              r"|\bcall end reason \(\d+\): (?:generic|gsm-wcdma|cdma)-no-service\b|\bverbose call end reason \(3,\s*2001\)"
              # ModemManager 0.5 mm-generic-gsm.c:3093-3096 reg_status_updated: the registration found the modem idle
              r"|" + _NM_MM05 + r"No network service\b|" + _MM05_DBUS + r"NoNetwork\b",
              "NetworkManager 0.8-0.9 \"GSM connection failed: (%d) %s\" (signatures._NM_MM05) with ModemManager 0.5 src/mm-errors.c (\"No network service\", D-Bus Modem.Gsm.NoNetwork :196; mm-generic-gsm.c:3093-3096 registration idle -> MM_MOBILE_ERROR_NO_NETWORK) (ModemManager tag 0.5.2); 3GPP TS 27.007 9.2 +CME ERROR 30 no network service, 115 no cells in location/tracking area "
              "(ModemManager include/ModemManager-errors.h:353,394; src/mm-error-helpers.c:153) and their D-Bus names "
              "...Error.MobileEquipment.NoNetwork / NoCellsInArea (1.16.0: GprsNoCellsInLocationArea): a command that needs "
              "the network refused because the modem is not registered; libmbim MbimStatusError NotRegistered (7), "
              "ProviderNotVisible (10), PacketServiceDetached (12) (src/libmbim-glib/mbim-errors.h:156-161) in mbimcli's "
              "\"error: operation failed: %s\"; libqmi src/qmicli/qmicli-wds.c:802,811 (\"call end reason (%u): %s\", "
              "\"verbose call end reason (%u,%d): [%s] %s\") with QmiWdsCallEndReason generic-no-service (3), "
              "cdma-no-service (515), gsm-wcdma-no-service (1002) and verbose type 3 (CM) reason 2001 no-service "
              "(src/libqmi-glib/qmi-enums-wds.h:198,224,229,888; libqmi 972c8b78)",
              cleared_by=(_MM_UP, "reg:registered")),
    # The LilyGO T-SIM examples wait for registration printing "Signal:" and TinyGSM's getSignalQuality() (the +CSQ
    # <rssi>) on each turn (a serial monitor may put "12:49:18.255 -> " before it), and give up after 6 minutes of
    # rssi 99 with their own message
    Signature("reg:no-signal", r"\+CSQ: 99,99\b|^(?:[\d:.]+ -> )?Signal: ?99\s*$"
              r"|> It seems that there is no signal\. Please check whether the ?LTE antenna is connected"
              # comgt's default script: +CSQ answered 0,0 (rssi <= -113 dBm) four times in a row
              r"|\bSignal strength measure 0,0 too low!",
              "comgt 0.32 comgt.h _default_code / _sig_code (:sigexit print \"Signal strength measure 0,0 too low!\" after "
              "four AT+CSQ answers of 0,0; RMerl/asuswrt-merlin copy); "
              "3GPP TS 27.007 8.5 +CSQ (99 = not known or not detectable, 0 = -113 dBm or less); Xinyuan-LilyGO/LilyGO-T-SIM7000G "
              "examples/Arduino_NetworkTest/Arduino_NetworkTest.ino (the registration loop: Serial.print(\"Signal:\"); "
              "Serial.println(sq) with sq = modem.getSignalQuality(), and after 360 s with sq == 99 \"> It seems that "
              "there is no signal. Please check whether the LTE antenna is connected...\")",
              cleared_by=(_MM_UP, "reg:registered")),
    Signature("reg:limited-service", r"EMM state:\s*(?:Registered|Deregistered)\s+Limited Service|\+QENG: ?\"servingcell\",\"LIMSRV\"|\^SMONI: [^\n]*,LIMSRV\s*$"
              r"|" + _CME + r"32\b|\+CME ERROR: ?(?i:network not allowed - emergency calls only)"
              r"|" + _MM_ME_ERROR + r"(?:NetworkNotAllowed|NotAllowedEmergencyOnly)\b",
              "3GPP TS 27.007 9.2 +CME ERROR 32 network not allowed - emergency calls only, ModemManager "
              "...Error.MobileEquipment.NetworkNotAllowed / NotAllowedEmergencyOnly (include/ModemManager-errors.h:355,370); "
              "Sierra AT!GSTATUS? EMM state with the 3GPP TS 24.301 5.1.3.2 substate LIMITED-SERVICE; "
              "Quectel AT+QENG=\"servingcell\" LIMSRV (camped, limited service: emergency calls only); Cinterion "
              "^SMONI LIMSRV (ModemManager src/plugins/cinterion/mm-modem-helpers-cinterion.c:1503,1520,1538)",
              cleared_by=(_MM_UP, "reg:registered")),
    # OpenWrt's mbim protocol handler when umbim's registration step exits non-zero: umbim returns the MBIM register state
    # unless it is home (1 deregistered, 2 searching, 4 roaming, 5 partner, 6 denied); before allow_roaming/allow_partner
    # (openwrt/openwrt PR 10456) a roaming SIM ended here too. The code is printed from that change on.
    Signature("reg:not-home", _NETIFD_LINE + r"mbim\[\d+\]\s+Subscriber registration failed(?:\s+\(code \d+\))?\s*$",
              "OpenWrt package/network/utils/umbim/files/lib/netifd/proto/mbim.sh _proto_mbim_setup (openwrt/openwrt "
              "00225efc: umbim ... registration || echo \"mbim[$$]\" \"Subscriber registration failed\"; after PR 10456 with "
              "\"(code $reg_status)\"); umbim cli.c mbim_registration_response (returns 0 for MBIM_REGISTER_STATE_HOME, "
              "else the register state)",
              cleared_by=(_MM_UP, "reg:registered"),
              quote=r"(?i)\bSubscriber registration failed\b", quote_context=r"(?i)\b(?:u?mbim|netifd|OpenWrt|logread)\b"),
    # --- the radio technologies the modem may use ---------------------------------------------
    Signature("rat:single-legacy", r"\+CNMP: ?(?:13|14)\b|\+QCFG: ?\"nwscanmode\",\s*[12]\b",
              "SIMCom AT+CNMP? 13 = GSM only, 14 = WCDMA only (ModemManager src/plugins/simtech/"
              "mm-broadband-modem-simtech.c:985-995); Quectel AT+QCFG=\"nwscanmode\" 1 = GSM only, 2 = WCDMA only "
              "(Quectel UC/EC2x AT manuals)"),
    # --- data call rejected by the network for the APN / credentials --------------------
    Signature("call:rejected-apn",
              r"\[3gpp\] (?:missing-or-unknown-apn|user-authentication-failed|service-option-not-subscribed"
              r"|unknown-pdp-address-or-type|activation-rejected-unspecified|activation-rejected-by-ggsn-or-gw)"
              r"|verbose call end reason \(6,\s*(?:27|28|29|30|31|33)\)"
              r"|status=0x000e, type=0x0006, reason=(?:0x)?0*(?:1[bcdef]|21)\b"
              r"|" + _NETIFD_LINE + r"Unable to connect(?:, check APN and authentication| IPv[46])$"
              r"|" + _CME + r"(?:12[789]|13[0-3]|149|179)\b"
              r"|" + _CME_OR_CEER_TEXT + r"(?i:missing or unknown APN|unknown PDP address or type|user authentication failed"
              r"|activation rejected|service option not supported|requested service option not subscribed"
              r"|service option not subscribed|PDP authentication failure|requested APN not supported)"
              r"|" + _MBIM_FAILED + r"(?:InvalidAccessString|InvalidUserNamePwd|ServiceNotActivated)\b"
              # mbimcli --connect's status: the network's session-management cause (MbimNwError nicks)
              r"|^\s*Network error: '(?:missing-or-unknown-apn|unknown-pdp-address-or-type|user-authentication-failed"
              r"|activation-rejected-by-ggsn-or-gw|activation-rejected-unspecified|service-option-not-supported"
              r"|requested-service-option-not-subscribed|requested-apn-not-supported-in-current-rat-and-plmn)'"
              r"|" + _NM_MM05 + r"(?:Service option not supported|Requested service option not subscribed|PDP authentication failure)\b"
              r"|" + _MM05_DBUS + r"(?:GprsOptionNotSupported|GprsNotSubscribed|GprsPdpAuthFailure)\b"
              # wvdial's summary when pppd reported the peer refused its PAP/CHAP credentials (pppd_mon.auth_failed)
              r"|\bWe failed to authenticate ourselves to the peer\b",
              "wvdial wvdialer.cc:433-437 (wlach/wvdial 6d6d7ff: if (pppd_mon.auth_failed()) log(\"Authentication error.\\nWe failed to authenticate ourselves to the peer.\\nMaybe bad account or password?\\n\")); NetworkManager 0.8-0.9 \"GSM connection failed: (%d) %s\" (signatures._NM_MM05) with ModemManager 0.5 src/mm-errors.c (\"Service option not supported\", \"Requested service option not subscribed\", \"PDP authentication failure\"; D-Bus Modem.Gsm.GprsOptionNotSupported, GprsNotSubscribed, GprsPdpAuthFailure :217-220) (ModemManager tag 0.5.2); libmbim MbimStatusError ServiceNotActivated (17), InvalidAccessString (18: the APN), InvalidUserNamePwd (19) "
              "in mbimcli's \"error: operation failed: %s\" (mbim-errors.h:169-171); mbimcli --connect / --query-connection-state "
              "(src/mbimcli/mbimcli-basic-connect.c:1012-1018 \"\\t   Network error: '%s'\") with the MbimNwError nicks 27-33, "
              "66 (src/libmbim-glib/mbim-enums.h:543-549,564; libmbim 2f6c6ad); "
              "3GPP TS 27.007 9.2 +CME ERROR 127 missing or unknown APN, 128 unknown PDP address or type, 129 user "
              "authentication failed, 130/131 activation rejected (by GGSN or GW / unspecified), 132 service option "
              "not supported, 133 requested service option not subscribed, 149 PDP authentication failure, 179 "
              "requested APN not supported (ModemManager include/ModemManager-errors.h:403-410,425,436, texts "
              "src/mm-error-helpers.c:203-225); 27.007 6.10 +CEER with the same cause text; "
              "libqmi QmiWdsVerboseCallEndReason3gpp (27 missing-or-unknown-apn, 29 user-authentication-failed, "
              "33 service-option-not-subscribed); 3GPP TS 24.008 10.5.6.6 SM causes; libmbim MbimNwError; OpenWrt package/network/utils/uqmi/files/lib/netifd/proto/qmi.sh proto_qmi_setup (openwrt/openwrt 002e1fd6; netifd logs the handler's echo as \"netifd: <iface> (<pid>): <text>\") "
              "(\"Unable to connect IPv4\" / \"IPv6\": the start-network after registration failed; before 2020 "
              "\"Unable to connect, check APN and authentication\", also in mbim.sh)"),
    # ModemManager refusing the connect for the network's session-management cause: the D-Bus error mmcli and
    # NetworkManager print (1.18+ nicks, and the "Gprs" nicks of 1.4-1.16), or the bearer's own warning with the cause text
    Signature("call:rejected-apn",
              _MM_ME_ERROR + r"(?:Gprs)?(?:MissingOrUnknownApn|UnknownPdpAddressOrType|UserAuthenticationFailed"
              r"|ActivationRejected(?:ByGgsnOrGw|Unspecified)|ServiceOptionNotSupported|ServiceOptionNotSubscribed"
              r"|PdpAuthFailure|RequestedApnNotSupported)\b"
              r"|\bconnection attempt #\d+ failed: [^\n]*?(?:Missing or unknown APN|Unknown PDP address or type"
              r"|User authentication failed|Activation rejected (?:by GGSN or GW|\(unspecified\))"
              r"|Requested service option not subscribed|Service option not supported|PDP authentication failure"
              r"|Requested APN not supported)\b",
              "ModemManager include/ModemManager-errors.h:403-409,425,436 (MMMobileEquipmentError 127-133, 149, 179, nicks "
              "MissingOrUnknownApn ... RequestedApnNotSupported since 1.18; 1.16.0 :226-232 GprsMissingOrUnknownApn ... "
              "GprsServiceOptionNotSubscribed), D-Bus prefix org.freedesktop.ModemManager1.Error.MobileEquipment. (:59); texts "
              "src/mm-error-helpers.c:203-236 (\"Missing or unknown APN\", \"User authentication failed\", \"Requested service "
              "option not subscribed\" ...); src/mm-base-bearer.c:987 (mm_obj_warn \"connection attempt #%u failed: %s\") "
              "(linux-mobile-broadband/ModemManager 9a2d5863)"),
    # --- an example's placeholder left as the APN of a PDP context ----------------------------------
    # The APN an example sketch or manual ships ("YourAPN", "your.apn", "<apn>") in a context listing
    # (+CGDCONT: <cid>,"<PDP_type>","<APN>",...) or in the command that writes it, 27.007 10.1.1, or in a
    # vendor's APN command. Context 1 is also the LTE attach APN on most modules: a wrong APN there keeps
    # the modem from registering ("Waiting for network"), not only the data call.
    Signature("apn:placeholder",
              r"(?:\+CGDCONT: ?\d+, ?\"[^\"]*\", ?|AT\+CGDCONT=\d+, ?\"[^\"]*\", ?|AT\+QICSGP=\d+(?:, ?\d)?, ?|AT\+CSTT=|AT\+CNCFG=\d+, ?\d, ?"
              r"|AT\+SAPBR=3, ?\d+, ?\"APN\", ?|AT\+UPSD=\d+, ?1, ?)"
              r"\"(?i:your[ ._-]?apn(?:[ ._-]?here)?|my[ ._-]?apn|apn[ ._-]?name|insert[ ._-]?apn(?:[ ._-]?here)?|apn|<apn>"
              r"|\[apn\]|x{3,}|internet\.apn|example\.apn|carrier[ ._-]?apn|set[ ._-]?your[ ._-]?apn)\"",
              "3GPP TS 27.007 10.1.1 +CGDCONT (+CGDCONT: <cid>,<PDP_type>,<APN>,...; the APN as configured); the APN "
              "commands of Quectel AT+QICSGP, SIMCom AT+CSTT / AT+CNCFG / AT+SAPBR=3,<cid>,\"APN\", u-blox "
              "AT+UPSD=<profile>,1; the placeholder an example ships in its place (TinyGSM examples' \"YourAPN\")"),
    # --- an empty APN written into a PDP context ---------------------------------------------------
    # The command that writes context <cid> with an empty APN (27.007 10.1.1: the APN omitted, the network chooses), as a
    # dialer sends it: a wvdial "InitN = AT+CGDCONT=1,\"IP\",\"\"" line, chat's "send (AT+CGDCONT=...)", an echoed command.
    # Not the listing (+CGDCONT: with a colon): an empty stored context is normal on LTE.
    Signature("apn:empty-written",
              r"AT\+CGDCONT=\d+, ?\"[A-Za-z0-9]+\", ?\"\"(?!\w)",
              "3GPP TS 27.007 10.1.1 +CGDCONT=<cid>,<PDP_type>,<APN> (an empty <APN>: the subscription's default is asked for); "
              "wvdial wvdialer.cc sends each InitN string as written (wlach/wvdial 6d6d7ff); chat(8) logs \"send (...)\" with -v"),
    # --- the initial EPS bearer: the APN and settings the modem attaches to LTE with ----------------------
    # Setting it failed (ModemManager, mmcli, or OpenWrt's modemmanager proto handler reporting mmcli's failure
    # to netifd), or the modem kept other settings than those requested
    Signature("eps:init-bearer-failed",
              r"\bcouldn't set initial EPS bearer properties\b|\bfailed setting initial EPS bearer settings\b"
              r"|\brequested and reloaded initial EPS bearer settings don't match\b"
              r"|\bMM_INIT_EPS_BEARER_(?:SET_FAILED|APN_NOT_CONFIGURED)\b",
              "ModemManager cli/mmcli-modem-3gpp.c:252 (\"error: couldn't set initial EPS bearer properties: '%s'\"), "
              "src/mm-iface-modem-3gpp.c:1312 (\"failed setting initial EPS bearer settings: %s\"), :1267 (\"requested and "
              "reloaded initial EPS bearer settings don't match\") (linux-mobile-broadband/ModemManager 9a2d5863); OpenWrt "
              "net/modemmanager/files/lib/netifd/proto/modemmanager.sh:540 (proto_notify_error MM_INIT_EPS_BEARER_SET_FAILED "
              "when mmcli --3gpp-set-initial-eps-bearer-settings fails; MM_INIT_EPS_BEARER_APN_NOT_CONFIGURED before "
              "83f3e116b1) (openwrt/packages 0521bb5679)"),
    # OpenWrt's modemmanager proto handler cleared the modem's initial EPS bearer: since 246506690f (2025-08) it does so
    # at every connect when the interface leaves init_epsbearer unset, wiping an attach APN the modem had stored
    Signature("eps:init-bearer-cleared",
              _NETIFD_LINE + r"Deleting inital EPS bearer\.\.\.",
              "OpenWrt net/modemmanager/files/lib/netifd/proto/modemmanager.sh:532 (echo \"Deleting inital EPS bearer...\", "
              "the upstream spelling), called from :627-628 when init_epsbearer is unset (openwrt/packages 0521bb5679, "
              "246506690f \"always reset the init_eps if not configured\")"),
    # the same handler's registration or connection failed
    Signature("netifd:mm-connect-failed",
              _NETIFD_LINE + r"(?:Connection failed|3GPP operator registration failed) -> attempting restart"
              r"|\bMM_(?:CONNECT_FAILED|3GPP_OPERATOR_REGISTRATION_FAILED)\b",
              "OpenWrt net/modemmanager/files/lib/netifd/proto/modemmanager.sh:733,736 (mmcli --simple-connect failed: "
              "\"Connection failed -> attempting restart\" with force_connection, else MM_CONNECT_FAILED) and :560,563 "
              "(mmcli --3gpp-register-in-operator failed: \"3GPP operator registration failed -> attempting restart\" / "
              "MM_3GPP_OPERATOR_REGISTRATION_FAILED) (openwrt/packages 0521bb5679)"),
    # --- NetworkManager could not read a cellular setting of the connection profile -------------------
    # A keyfile profile's [gsm] key with a value NetworkManager cannot interpret ("yes"/"no" where a boolean is
    # "true"/"false"): the key is skipped and its default used, so the APN, auto-config or roaming the file meant is
    # not what NetworkManager hands ModemManager for the bearer
    Signature("nm:gsm-setting-unread",
              r"\bkeyfile: gsm\.[\w-]+: invalid setting: ",
              "NetworkManager src/libnm-core-impl/nm-keyfile.c:2032,3611 read_handle_warn (\"invalid setting: %s\", the "
              "GKeyFile error, e.g. \"Key file contains key \u201c%s\u201d which has a value that cannot be interpreted.\"), "
              "formatted \"%s.%s: %s\" (setting.property) by src/core/settings/plugins/keyfile/nms-keyfile-reader.c _fmt_warn "
              "and logged at :83 \"keyfile: %s\" (NetworkManager 355bc90299)"),
    # --- NetworkManager found no device for a profile: the profile's interface name is no device's ------------
    # "Error: Connection activation failed: No suitable device found for this connection (device end1 not available
    # because profile is not compatible with device (mismatching interface name))": the profile is pinned by
    # connection.interface-name to a name (cdc-wdm0, ttyUSB2, wwan0 from a guide) that no present device has
    Signature("nm:profile-ifname-mismatch",
              r"\bmismatching interface name\b",
              "NetworkManager src/core/devices/nm-device.c:9974 check_connection_compatible (\"mismatching interface "
              "name\"), wrapped by src/core/nm-manager.c:4729 (\"device %s not available because %s\") and :6510 (\"No "
              "suitable device found for this connection (%s).\") (NetworkManager 355bc90299)"),
    # --- the packet data path over AT: activation refused, or attached / a context active ----------
    # A data activation command answered with ERROR or +CME ERROR (the joined "<command> => <reply>"
    # line of at_exchanges): the attach or the PDP context did not come up; the reply alone does not
    # say what failed. Deactivations (=0) are not activations.
    Signature("data:activation-failed",
              r"^AT(?:\+CGACT=1\b|\+CGATT=1\b|\+CGDATA\b|\+QIACT=|\+CNACT=\d+,1\b|\+CNACT=1\b|\+CIICR\b|\+NETOPEN\b"
              r"|\+SAPBR=1,|\+UPSDA=\d+,3\b|\+QNETDEVCTL=\d+,1\b|#SGACT=\d+,1\b|\^NDISDUP=\d+,1\b)\S* => "
              r"(?:ERROR|\+CME ERROR: .+)$|" + _CME + r"148\b|\+CME ERROR: ?(?i:unspecified GPRS error)"
              r"|" + _NM_MM05 + r"Unspecified GPRS error\b|" + _MM05_DBUS + r"GprsUnspecified\b",
              "NetworkManager 0.8-0.9 \"GSM connection failed: (%d) %s\" (signatures._NM_MM05) with ModemManager 0.5 src/mm-errors.c (\"Unspecified GPRS error\", D-Bus Modem.Gsm.GprsUnspecified :221) (ModemManager tag 0.5.2); 3GPP TS 27.007 10.1.10 +CGACT (<state> 1 = activate), 10.1.9 +CGATT (1 = attach), 10.1.12 +CGDATA; "
              "vendors' activation commands (AT manuals): Quectel TCP/IP AT+QIACT, AT+QNETDEVCTL; SIMCom AT+CNACT "
              "(SIM7080), AT+CIICR (SIM800 bring up wireless connection), AT+NETOPEN (SIM7600), AT+SAPBR=1 (open "
              "bearer); u-blox AT+UPSDA=<profile>,3 (activate); Telit AT#SGACT=<cid>,1; Huawei AT^NDISDUP=<cid>,1; "
              "27.007 9.2 +CME ERROR 148 unspecified GPRS error (ModemManager-errors.h:424)"),
    # The packet-data dial refused at once: the modem answers the D*99 dial with ERROR / +CME ERROR (the joined
    # "<dial> => <reply>" line of at_exchanges; 27.007 10.2.1.1: the MT attaches and activates the context before
    # CONNECT, so ERROR means it could not even start), or wvdial's report of that answer (wlach/wvdial 6d6d7ff
    # wvdialer.cc:33 dial_responses, :1037-1038 case 5 ERROR: err("Invalid dial command.")). A NO CARRIER is not this.
    Signature("data:dial-refused",
              r"^ATD[TP]?\*9[89][*#]\S* => (?:ERROR|\+CME ERROR: .+)$|^(?:--> ?|WvDial<Err>: )?Invalid dial command\.?$",
              "3GPP TS 27.007 10.2.1.1 D*99 (request packet domain service), 9.2 +CME ERROR; wvdial wvdialer.cc:1037-1038 "
              "(wlach/wvdial 6d6d7ff: the dial answered \"error\" -> err(\"Invalid dial command.\"))",
              quote=r"(?i)\binvalid dial command\b", quote_context=r"(?i)\bwvdial\b|\bdial"),
    # A dial of anything but the packet service code (a phone number, a mistyped "*991#"), as sent or echoed: a refusal
    # of it says nothing about the SIM
    Signature("data:dial-other-number", r"(?i)^(?:-->\s*)?(?:Sending:\s*)?ATD[TP]?(?!\*9[89][*#])[\d*#+][^\s=]*$",
              "3GPP TS 27.007 10.2.1.1 (D*99 followed by '*' or '#' requests packet domain service; other dial strings are "
              "circuit-switched calls, ITU-T V.250 6.3.1)"),
    # The modem's AT port answers: wvdial's line after every init string got OK (wlach/wvdial 6d6d7ff wvdialer.cc:796
    # log("Modem initialized.\n")), or an OK to a command in a transcript (the joined line of at_exchanges). A device
    # that answers AT on a serial port is in its modem mode (no longer a storage device waiting for a switch).
    Signature("at:port-answers", r"^Modem initialized\.$|^AT\S* => OK$",
              "wvdial wvdialer.cc:796 (wlach/wvdial 6d6d7ff: log(\"Modem initialized.\\n\") after the init strings); "
              "ITU-T V.250 5.7.1 final result code OK"),
    # detached from the packet domain: +CGATT? 0, and gammu --networkinfo's "GPRS : detached" (gammu/misc.c:89-99, the
    # +CGATT? answer of libgammu/phone/at/atgen.c:3398 ATGEN_GetGPRSState)
    Signature("data:detached", r"\+CGATT: ?0\b|^\s*GPRS\s*:\s*detached\s*$",
              "3GPP TS 27.007 10.1.9 +CGATT? (0 = detached from the packet domain); gammu --networkinfo, gammu/misc.c:89-99 "
              "(\"GPRS\": attached / detached, from AT+CGATT?, libgammu/phone/at/atgen.c:3398) (gammu/gammu 78fd6a921)",
              cleared_by=("data:active", _MM_UP, "reg:registered")),
    Signature("data:active",
              r"\+CGATT: ?1\b|\+CGACT: ?\d+, ?1\b"
              r"|\+(?:CGPADDR|QIACT|CNACT): ?\d+,(?: ?\d+,){0,2} ?\"?(?!0+\.0+\.0+\.0+)\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}",
              "3GPP TS 27.007 10.1.9 +CGATT? (1 = attached to the packet domain), 10.1.10 +CGACT? (<cid>,1 = "
              "context active), 10.1.14 +CGPADDR (the context's address); Quectel AT+QIACT? (+QIACT: <cid>,"
              "<state>,<type>,\"<address>\"), SIMCom AT+CNACT? (+CNACT: <pdpidx>,<status>,\"<address>\")",
              ),
    # --- a connection program's own report that the data call brought no address ------------------
    # Not the modem's reply but the program driving it: OpenWrt's luci-app-modem dial task reads the context's
    # address (AT+CGPADDR) and logs "Unable to get IPv4 address" when there is none; the LilyGO/TinyGSM
    # example sketches print "Enable network failed!" when the module's own data activation (setNetworkActive /
    # enableNetwork: AT+NETOPEN, AT+CGACT on the module's internal stack) fails. Which side failed, the
    # line alone does not say.
    # pppd's link ended because the modem hung up (DCD dropped): main.c hangup_modem/notice "Modem hangup", pppd(8)
    # EXIT STATUS 16 "The link was terminated by the modem hanging up." (wrappers such as python-pppd print that text,
    # kppp its "exit code=16"). Before any IP address was negotiated it means no data call came up on the port.
    Signature("ppp:modem-hangup",
              r"\bpppd\[\d+\]: Modem hangup\b|^Modem hangup\s*$|\bThe link was terminated by the modem hanging up\b"
              r"|\bpppd\b[^\n]{0,40}\bexit(?:ed)? (?:code|status)[ =:]*16\b"
              r"|(?i:\bthe PPP daemon has died\b[^\n]{0,80}?\(exit code = 16\))",
              "ppp-project/ppp pppd/main.c (hangup_modem: notice(\"Modem hangup\")); pppd(8) EXIT STATUS 16 "
              "(\"The link was terminated by the modem hanging up.\"), quoted by wrappers (python-pppd PPPConnectionError); "
              "wvdial wvdialer.cc:519-528 (\"The PPP daemon has died: A modem hung up the phone (exit code = 16)\") "
              "(wlach/wvdial 6d6d7ff)"),
    # pppd's LCP echo check gave up on a link that was up (LCP OPENED): the peer answered none of the last N
    # echo-requests ("lcp-echo-failure N"). On a cellular dial-up the peer is the modem's own PPP stack (the
    # network's side ends in the modem), so the modem stopped answering on its serial link while it kept DCD up
    Signature("ppp:echo-unanswered",
              r"\bNo response to \d+ echo-requests\b|\bSerial link appears to be disconnected\.?",
              "ppp-project/ppp pppd/lcp.c:2206-2214 LcpLinkFailure (only in state OPENED: info(\"No response to %d "
              "echo-requests\"), notice(\"Serial link appears to be disconnected.\"), exit status EXIT_PEER_DEAD, "
              "lcp_close \"Peer not responding\") (ppp-project/ppp ce4629f)"),
    # comgt (gcom) could not write a byte to the serial port it had opened: write(2) failed (the tty was hung up
    # because its device went away, or the port takes no data). comgt's script error report prints it as
    # "Error @<pos>, line <n>, Could not write to COM device. (1)"; OpenWrt's 3g.sh runs comgt before pppd
    Signature("serial:write-failed",
              r"\bCould not write to COM device\b",
              "comgt 0.32 comgt.c:216-227 writecom (res=write(comfd,&ch,1); if(res!=1) serror(\"Could not write to COM "
              "device\",1)), comgt.c:320 serror (sprintf(lmsg,\"Error @%d, line %d, %s. (%d)\\n\",...), printed by vmsg as "
              "\"comgt HH:MM:SS -> %s\") (ng-alt/comgt e0e2977, comgt 0.31 and 0.32)"),
    # The packet-data dial was answered NO CARRIER, as NetworkManager and ModemManager 0.x report it: ModemManager
    # 0.5's connect error for the modem's NO CARRIER (NetworkManager 0.8-0.9 "GSM connection failed: (N) No carrier",
    # its D-Bus name ...Modem.NoCarrier) and NetworkManager 0.7's own dial. pppd/chat/wvdial/AT lines of it are read by
    # ppp-dial-failed's own pattern
    Signature("dial:no-carrier",
              _NM_MM05 + r"No carrier\b|\borg\.freedesktop\.ModemManager\.Modem\.NoCarrier\b|\bdial_done\(\): No carrier\b",
              "ModemManager 0.5.2 src/mm-serial-parsers.c:136 (the modem's NO CARRIER -> mm_modem_connect_error_for_code "
              "(MM_MODEM_CONNECT_ERROR_NO_CARRIER)), src/mm-errors.c:129-130 (\"No carrier\"), :110 (D-Bus name NoCarrier, "
              "registered under org.freedesktop.ModemManager.Modem, mm-manager.c:1102); NetworkManager 0.8-0.9 "
              "nm-modem-gsm.c \"GSM connection failed: (%d) %s\" (0.9.4.0:208), 0.7 src/nm-gsm-device.c:174 dial_done "
              "(nm_warning (\"No carrier\")) (NetworkManager/NetworkManager tags 0.7.2, 0.9.4.0)"),
    # NetworkManager started pppd for the modem and got no IPv4 configuration from it (its nm-pppd-plugin reports the IPCP
    # result) within 20 s (30 s for PPPoE): the PPP link or the data call behind it never came up (or pppd could not load
    # the plugin at all)
    Signature("ppp:no-ip-config",
              r"\bpppd timed out or didn't initialize our dbus module\b|\bLooks like pppd didn't initialize our dbus module\b",
              "NetworkManager src/ppp-manager/nm-ppp-manager.c pppd_timed_out (0.7.2:742 nm_warning (\"Looks like pppd didn't "
              "initialize our dbus module\"); 0.8.6.0:723, 0.9.4.0:783 nm_log_warn (\"pppd timed out or didn't initialize our "
              "dbus module\")), the timeout nm_ppp_manager_start sets (0.8.6.0:974, 20 s from src/modem-manager/nm-modem.c:250, "
              "30 s for PPPoE) and removes only when the plugin's IP4 config arrives (:465) (NetworkManager/NetworkManager tags)"),
    # pppd found no PPP support in the kernel: its own message (sys-linux.c ppp_available, no_ppp_msg "This system lacks
    # kernel support for PPP."), and its exit status 4 as wrappers report it (pppd.h EXIT_NO_KERNEL_SUPPORT 4, main.c
    # "if (!ppp_available()) { option_error(\"%s\", no_ppp_msg); exit(EXIT_NO_KERNEL_SUPPORT); }"; pppd(8) EXIT STATUS 4
    # "The kernel does not support PPP"; wvdial: "The PPP daemon has died. (exit code = 4)")
    Signature("ppp:no-kernel-support",
              r"\bThis system lacks kernel support for PPP\b|(?i:\bthe PPP daemon has died\b[^\n]{0,80}?\(exit code = 4\))"
              r"|\bpppd\b[^\n]{0,40}\bexit(?:ed)? (?:code|status)[ =:]*4\b(?!\.\d)"
              # the tty's line discipline N_PPP is ppp_async's (MODULE_ALIAS_LDISC(N_PPP)): TIOCSETD gives EINVAL when
              # the kernel has no such discipline and cannot load it (drivers/tty/tty_ldisc.c tty_ldisc_get)
              r"|\bCouldn't set tty to PPP discipline: Invalid argument\b",
              "ppp-project/ppp pppd/pppd.h (#define EXIT_NO_KERNEL_SUPPORT 4), pppd/main.c (ppp_available() false: "
              "option_error(no_ppp_msg); exit(EXIT_NO_KERNEL_SUPPORT)), pppd/sys-linux.c ppp_available (no_ppp_msg \"This "
              "system lacks kernel support for PPP.\"); pppd(8) EXIT STATUS 4; wvdial's \"The PPP daemon has died. (exit code = N)\"; "
              "pppd/sys-linux.c:604 (tty_establish_ppp: error(\"Couldn't set tty to PPP discipline: %m\")) (ppp-project/ppp "
              "ce4629f), with EINVAL from linux drivers/tty/tty_ldisc.c tty_ldisc_get and drivers/net/ppp/ppp_async.c "
              "MODULE_ALIAS_LDISC(N_PPP)"),
    # The modem's serial port gave no answer to the dialler's AT commands: wvdial resent its first init string and
    # still got nothing. The port may be the wrong one (DIAG, NMEA), held by another program, or the modem not up.
    Signature("serial:at-unanswered",
              r"^(?:--> ?)?Modem not responding\.$"
              # NetworkManager 0.7's own serial GSM code and ModemManager 0.2: the init command (ATZ / AT E0) unanswered
              r"|\bModem initialization timed out\b"
              # ModemManager 0.4-0.6: a command on the AT port got no reply in time (NetworkManager 0.8-0.9 logs its error)
              r"|" + _NM_MM05 + r"Serial command timed out\b",
              "ModemManager 0.5.2 src/mm-serial-port.c:547-549 (g_error_new_literal (MM_SERIAL_ERROR, MM_SERIAL_ERROR_RESPONSE_TIMEOUT, \"Serial command timed out\")) in NetworkManager 0.8-0.9 \"GSM modem enable failed: (%d) %s\" (signatures._NM_MM05); wvdial wvdialer.cc:781 (err(\"Modem not responding.\n\") after \"Re-Sending: %s\" got no answer) "
              "(wlach/wvdial 6d6d7ff); NetworkManager 0.7 src/nm-gsm-device.c init_done (nm_warning(\"Modem initialization "
              "timed out\") when the init command got no reply, logged as \"<WARN>  init_done(): Modem initialization timed "
              "out\"); ModemManager 0.2 src/mm-generic-gsm.c init_done (g_error_new(..., \"Modem initialization timed out.\"))"),
    # The modem answered ERROR to one of wvdial's init strings (Init1..Init9): the command itself (shown in the
    # exchange, read by the AT rows) or a state it needs (SIM PIN, a +CGDCONT syntax) was refused
    Signature("serial:init-refused",
              r"^(?:--> ?)?Bad init string\.$",
              "wvdial wvdialer.cc:784,789 (err(\"Bad init string.\n\") when an init string is answered with ERROR) "
              "(wlach/wvdial 6d6d7ff)"),
    # chat's expect timed out: the string it waited for (OK, CONNECT) never came; with -v chat logs "alarm", then
    # "Failed" (chat.c:565 sigalrm, :986-988)
    Signature("chat:expect-timeout",
              r"(?:^|\bchat(?:\[\d+\])?: ?)alarm\s*$",
              "ppp-project/ppp chat/chat.c:565 (sigalrm: msgf(\"alarm\")), :986-988 (\"Failed\" / \"Failed (%s)\") "
              "(ppp-project/ppp ce4629f)"),
    # pppd brought the link up but left an existing default route (Ethernet, Wi-Fi) in place: traffic never takes ppp0
    Signature("ppp:default-route-kept",
              r"\bnot replacing (?:existing )?default route (?:via|through|to) \S+",
              "ppp-project/ppp pppd/sys-linux.c sifdefaultroute (before cd6bb90, 2025): error(\"not replacing existing default "
              "route via %I with metric %d\") / (\"... through %s with metric %d\") / (\"not replacing default route to %s [%I]\"); "
              "2.4.x without the metric (\"not replacing existing default route via %I\"); 2.3 syslog \"ppp not replacing "
              "existing default route to %s[%s]\""),
    Signature("data:call-failed",
              r"(?:^|\] |\d\d:\d\d:\d\d )Unable to get IPv4 address\s*$|(?:^|[\]>] ?)Enable network failed!",
              "Siriling/5G-Modem-Support luci-app-modem/root/usr/share/modem/modem_network_task.sh modem_network_task (AT+CGPADDR "
              "gives no IPv4: echo \"[date] Unable to get IPv4 address\" >> modem<n>_dial.cache, then redial); "
              "Xinyuan-LilyGO/LilyGO-T-A76XX examples/HttpsBuiltlnGet/HttpsBuiltlnGet.ino setup() (108cf020: "
              "if (!modem.setNetworkActive()) Serial.println(\"Enable network failed!\")), the same in the other "
              "LilyGO A76XX/SIM7xxx examples (enableNetwork)",
              cleared_by=("data:active",)),
    # --- the modem already holds a data session of the same settings: a new start is refused ---------
    # QMI WDS verbose call end reason, type internal (2), reason 241 "interface-in-use-config-match": a bearer left up
    # from an earlier attempt, or a context the modem activated by itself, with the same APN and IP type, holds the data
    # interface; qmicli and ModemManager print the reason's nickname
    Signature("data:session-exists",
              r"\binterface-in-use-config-match\b|\bverbose call end reason \(2,\s*241\)|"
              # the enum's own name, as a post quotes it, and quectel-CM's number (241 is no other type's verbose reason)
              r"(?i:\binterface_in_use_config_match\b)|\bcall_end_reason_verbose\s*(?:is|=|:)\s*`?241\b",
              "libqmi src/libqmi-glib/qmi-enums-wds.h:504 (QMI_WDS_VERBOSE_CALL_END_REASON_INTERNAL_INTERFACE_IN_USE_CONFIG_MATCH = "
              "241, nickname interface-in-use-config-match; no other verbose reason of any type is 241), printed by qmicli "
              "src/qmicli/qmicli-wds.c \"verbose call end reason "
              "(%u,%d): [%s] %s\" and by ModemManager's QMI bearer (src/mm-bearer-qmi.c, the call end reason in the connection "
              "error); quectel-CM QMIThread.c requestSetupDataCall (dbg_time \"call_end_reason_type is %d\" then "
              "\"call_end_reason_verbose is %d\", immortalwrt package/quectel_cm_5G/src/QMIThread.c cff5cd98)",
              cleared_by=("data:active",)),
    # --- the module is camped on a cell: SIMCom's UE system information with a serving PLMN ----------
    # AT+CPSI? answers "<System Mode>,<Operation Mode>,<MCC>-<MNC>,..."; LilyGO's sketches print the reply after
    # "Inquiring UE system information:" (TinyGSM getSystemInformation). "NO SERVICE" is reg:searching.
    Signature("reg:camped",
              r"(?:\+CPSI: ?|Inquiring UE system information: ?)(?!NO SERVICE)[A-Z][\w-]*(?: [\w-]+)?,Online,\d{3}-\d{2,3},",
              "SIMCom AT+CPSI? (SIM7500/SIM7600 and A76XX AT command manuals: <System Mode>,<Operation Mode>,<MCC>-<MNC>,"
              "<TAC>,<SCellID>,...); Xinyuan-LilyGO/LilyGO-T-A76XX examples/HttpsBuiltlnGet/HttpsBuiltlnGet.ino setup() "
              "(Serial.print(\"Inquiring UE system information:\") then the reply of modem.getSystemInformation)",
              cleared_by=("reg:searching",)),
    # --- QMI client ids leaked: every new client is refused -----------------------------
    Signature("qmi:client-ids-exhausted", r"ClientIdsExhausted|[Cc]lient IDs (?:have been )?exhausted"
              r"|\b(?:QMI_ERR_)?CLIENT_IDS_EXHAUSTED\b|:?\bclient_ids_exhausted\b",
              "libqmi src/libqmi-glib/qmi-errors.h QMI_PROTOCOL_ERROR_CLIENT_IDS_EXHAUSTED (5, nick "
              "\"ClientIdsExhausted\"), qmi-device.c (\"Client IDs exhausted for service %s\"); Qualcomm "
              "QMI_ERR_CLIENT_IDS_EXHAUSTED (0x0005) as other QMI client libraries spell it"),
    # --- MBIM: the function answers a request with an error message, not its done message ---
    # umbim -v dumps every message it reads: the raw bytes, then the header fields with printf("  header_type: %04X\n")
    # (openwrt/umbim mbim-dev.c mbim_recv, lines 91-97 at 6584f5e); MBIM_FUNCTION_ERROR_MSG is 0x80000004 (MBIM 1.0 9.4.4),
    # on which umbim sends CLOSE and exits -1 (mbim-dev.c:124-127). Its bytes are little-endian: "04 00 00 80".
    Signature("mbim:function-error", r"^\s*header_type: 80000004\s*$|^reading \(\d+\): 04 00 00 80 ",
              "openwrt/umbim mbim-dev.c mbim_recv (verbose: printf(\"reading (%zu): \") and printf(\"  header_type: %04X\\n\"), "
              "lines 91-97; MBIM_MESSAGE_TYPE_FUNCTION_ERROR handled at 124-127: close, return_code -1); MBIM 1.0 9.4.4 "
              "MBIM_FUNCTION_ERROR_MSG = 0x80000004"),
    # --- DHCP ---------------------------------------------------------------------------
    Signature("dhcp:lease", r"\bbound to \S+ -- renewal in|DHCPACK (?:of|from) |udhcpc[^\n]*: lease of \S+ obtained"
              r"|dhcpcd[^\n]*: leased \S+ for",
              "ISC dhclient (\"bound to %s -- renewal in %ld seconds.\"); busybox udhcpc (\"lease of %s obtained\"); dhcpcd"),
    Signature("dhcp:no-offer", r"No DHCPOFFERS received|udhcpc[^\n]*: no lease, failing|dhcpcd[^\n]*: no IPv4 lease",
              "ISC dhclient client/dhclient.c (\"No DHCPOFFERS received.\"); busybox udhcpc",
              cleared_by=("dhcp:lease",)),
    # --- name resolution over the link: a lookup failed, while an address answered -----------------
    Signature("dns:lookup-failed",
              r"\bping6?: [\w.-]+: (?:Temporary failure in name resolution|Name or service not known)"
              r"|\bping6?: (?:bad address|unknown host) '?[\w.-]+|\bCould not resolve host: [\w.-]+"
              r"|\bunknown host [\w.-]+\.[a-z]{2,}\b",
              "glibc resolv/gai_strerror.c (EAI_AGAIN \"Temporary failure in name resolution\", EAI_NONAME \"Name or "
              "service not known\") as iputils ping prints them (\"ping: %s: %s\"); busybox libbb/xconnect.c "
              "(\"bad address '%s'\"); curl lib/hostip.c (\"Could not resolve host: %s\")",
              cleared_by=("dns:lookup-ok",)),
    Signature("ping:address-answers",
              r"^\s*\d+ bytes from \d+\.\d+\.\d+\.\d+: (?:icmp_seq|seq)=\d+ ttl=\d+",
              "iputils ping (\"%d bytes from %s: icmp_seq=%u ttl=%d\", the address printed bare when pinged by address) and "
              "busybox networking/ping.c (\"%d bytes from %s: seq=%u ttl=%d\")"),
    Signature("dns:lookup-ok",
              r"^\s*\d+ bytes from [\w-]+(?:\.[\w-]+)+ \(\d+\.\d+\.\d+\.\d+\): icmp_seq=\d+",
              "iputils ping (a name and its address in the reply: the name was resolved)"),
    # --- kernel refuses to load a module --------------------------------------------------
    # the running kernel's directory of USB serial, USB network, WWAN or MHI modules does not exist: ls's "cannot access
    # %s" with ENOENT's text (coreutils src/ls.c; glibc strerror, in English, German, French, Spanish), the path under
    # /lib/modules/<release>/kernel/drivers. That kernel was built with none of those drivers as modules.
    Signature("module:driver-dir-missing",
              r"/lib/modules/[^/\s'\"]+/kernel/drivers/(?:usb/serial|net/usb|net/wwan|bus/mhi)/?['\"\u2019]?(?:\s+nicht\s+m\u00f6glich)?:"
              r"\s*(?:No such file or directory|Datei oder Verzeichnis nicht gefunden|Aucun fichier ou (?:dossier|r\u00e9pertoire) de ce "
              r"type|No existe el archivo o el directorio)",
              "coreutils src/ls.c (file_failure: _(\"cannot access %s\"), de: \"Zugriff auf %s nicht m\u00f6glich\") with "
              "glibc's ENOENT text (\"No such file or directory\", de \"Datei oder Verzeichnis nicht gefunden\"); the module "
              "tree /lib/modules/$(uname -r)/kernel/drivers/{usb/serial,net/usb,net/wwan,bus/mhi} (linux Makefile modules_install)"),
    # ls cannot find the modem's serial port nodes, in any locale: coreutils src/ls.c file_failure() reports a name it cannot
    # stat with error (0, errno, _("cannot access %s"), quoteaf (file)), and gnulib/glibc error() puts the program name
    # before it ("ls: cannot access '/dev/ttyUSB*': No such file or directory", de "ls: Zugriff auf '/dev/ttyUSB*' nicht
    # möglich", ja "ls: /dev/ttyUSB*にアクセスできません"); busybox ls prints "ls: /dev/ttyUSB*: No such file or directory"
    # (bb_simple_perror_msg). An unmatched glob reaches ls as the literal name: no such node exists. ls prints nothing
    # else after "ls: " but its errors; a permission error on the node is no absence
    Signature("ls:serial-nodes-absent",
              r"^\s*ls: (?!.*(?:Permission denied|Keine Berechtigung|Permiso denegado|Permission non accord|"
              r"Permiss\u00e3o negada|\u041e\u0442\u043a\u0430\u0437\u0430\u043d\u043e|\u6743\u9650\u4e0d\u591f|\u8a31\u53ef\u304c\u3042\u308a\u307e\u305b\u3093))"
              r".{0,60}?(?<![\w/])/dev/tty(?:USB|ACM)[\d*?]*",
              "coreutils src/ls.c (file_failure: error (0, errno, _(\"cannot access %s\"), ...), the locale's translation) "
              "with gnulib/glibc error() (\"ls: \" before it); busybox coreutils/ls.c (bb_simple_perror_msg: \"ls: %s: %s\")"),
    # Windows configured a USB device (or one interface of it, "...&MI_02") without any driver: Kernel-PnP's event 400
    # ("Device %1 was configured." then "Driver Name: %2", "Class Guid: %3", ...), as Device Manager's Events tab and
    # Event Viewer show it, with "null" for the driver name when no INF matched the device's hardware ids (Microsoft-
    # Windows-Kernel-PnP/Configuration, event 400 template; zh-CN "驱动程序名称: null"). Windows found no driver for the id.
    Signature("win:device-no-driver",
              r"^\s*(?:Driver Name|\u9a71\u52a8\u7a0b\u5e8f\u540d\u79f0)\s*[:\uff1a]\s*null\s*$"
              # Device Manager's status for such a device: "The drivers for this device are not installed. (Code 28)"
              r"|\bThe drivers for this device are not installed\b|\((?:Code|\u4ee3\u7801)\s*28\)",
              "Microsoft-Windows-Kernel-PnP event 400 (\"Device %1 was configured. Driver Name: %2 Class Guid: %3 ... Parent "
              "Device: %14\", channel Microsoft-Windows-Kernel-PnP/Configuration); the driver name is null when no driver "
              "package matched the device. Device Manager error code 28, CM_PROB_FAILED_INSTALL (\"The drivers for this "
              "device are not installed. (Code 28)\", Microsoft's Device Manager error messages)"),
    Signature("module:load-eperm",
              _KMOD_INSERT_WWAN + r"Operation not permitted",
              "kmod tools/insmod.c / tools/modprobe.c (\"could not insert module %s: %s\"); init_module "
              "returns EPERM under lockdown (security/lockdown) or module signature enforcement",
              quote=r"(?i)\bOperation not permitted\b", quote_context=r"\b(?:insmod|modprobe)\b"),
    # the kernel's signature check refused the module: strerror(EKEYREJECTED) / strerror(ENOKEY) as kmod prints it
    Signature("module:load-key-rejected",
              _KMOD_INSERT_WWAN + r"(?:Key was rejected by service|Required key not available)",
              "kmod tools/insmod.c (\"could not insert module %s: %s\"), tools/modprobe.c (\"could not insert '%s': "
              "%s\") with strerror(EKEYREJECTED) \"Key was rejected by service\" (linux kernel/module/signing.c "
              "module_sig_check returns -EKEYREJECTED when signatures are enforced) or strerror(ENOKEY) \"Required key "
              "not available\" (older kernels returned -ENOKEY for a module signed with an unknown key)",
              # the error quoted in a sentence about loading a module: 'insmod says "Required key not available"'
              quote=r"(?i)\b(?:Key was rejected by service|Required key not available)\b",
              quote_context=r"(?i)\b(?:insmod|modprobe|module|driver|\.ko)\b"),
    # the kernel's lockdown refused a program raw access to the hardware: PCI config writes (setpci, the XMM7360
    # PCIe-to-USB switch script), IO ports, /dev/mem. Unsigned module loading has its own rule (module-load-blocked-
    # lockdown); the other reasons (hibernation, tracefs, kprobes, debugfs) are printed on healthy Secure Boot
    # machines and are no finding
    Signature("lockdown:pci-access-refused",
              r"\bLockdown: (?:[^:\n]{1,40}: )?(?i:direct PCI access|raw io port access|/dev/mem,kmem,port) is restricted\b"
              # setpci's own side of the same refusal: the write to the device's sysfs config file gets EPERM from the
              # kernel's lockdown check (only root may open that file for writing, so EPERM is not a missing right)
              r"|\bpcilib: sysfs_write: write failed: Operation not permitted\b",
              "linux security/lockdown/lockdown.c:67 lockdown_is_locked_down pr_notice_once(\"Lockdown: %s: %s is "
              "restricted; see man kernel_lockdown.7\", current->comm, lockdown_reasons[what]) (v5.4 printed \"Lockdown: "
              "%s is restricted; ...\" without the program), with security/security.c lockdown_reasons[] "
              "(LOCKDOWN_PCI_ACCESS \"direct PCI access\", LOCKDOWN_IOPORT \"raw io port access\", LOCKDOWN_DEV_MEM "
              "\"/dev/mem,kmem,port\"); pciutils lib/sysfs.c:571 sysfs_write (d->access->warning(\"sysfs_write: write failed: %s\", "
              "strerror(errno)), lib/init.c:218 pci_generic_warn prefixes \"pcilib: \") (pciutils/pciutils 0f5b941) with EPERM from linux "
              "drivers/pci/pci-sysfs.c pci_write_config (ret = security_locked_down(LOCKDOWN_PCI_ACCESS); if (ret) return ret)"),
    Signature("module:unknown-symbol",
              r"\b(?:option|qcserial|usb_wwan|usbserial|qmi_wwan\w*|cdc_mbim|cdc_wdm|cdc_ncm|huawei_cdc_ncm|cdc_ether"
              r"|rndis_host|usbnet|GobiNet|GobiSerial|sierra\w*|mhi\w*|mtk_t7xx|iosm|wwan\w*|pcie_mhi)"
              r": Unknown symbol \w+ \(err -?\d+\)"
              r"|" + _KMOD_INSERT_WWAN + r"(?i:Unknown symbol in module)",
              "linux kernel/module/main.c simplify_symbols: pr_warn(\"%s: Unknown symbol %s (err %d)\") - the "
              "module needs a symbol no loaded module exports (its dependency is missing or built for another kernel); "
              "the loader's own words for that refusal (init_module -ENOENT): kmod tools/insmod.c:57 mod_strerror "
              "\"Unknown symbol in module\", tools/modprobe.c:632 \"could not insert '%s': Unknown symbol in module, or "
              "unknown parameter (see dmesg)\", busybox modutils/modutils.c:280 moderror \"unknown symbol in module, or "
              "unknown parameter\"",
              quote=r"\bUnknown symbol \w+",
              quote_context=_WWAN_MODULES),
    # the module was built for another kernel (its vermagic or symbol CRCs differ from the running kernel's)
    Signature("module:built-for-other-kernel",
              r"\b(?:option|qcserial|usb_wwan|usbserial|qmi_wwan\w*|cdc_mbim|cdc_wdm|cdc_ncm|huawei_cdc_ncm|cdc_ether"
              r"|rndis_host|usbnet|GobiNet|GobiSerial|sierra\w*|mhi\w*|mtk_t7xx|iosm|wwan\w*|pcie_mhi|xmm7360\w*)"
              r": (?:version magic '[^']*' should be '|disagrees about version of symbol \w+|no symbol version for \w+)"
              r"|" + _KMOD_INSERT_WWAN + r"(?i:Invalid module format|Exec format error)",
              "linux kernel/module/main.c check_modinfo (pr_err \"%s: version magic '%s' should be '%s'\", -ENOEXEC; "
              "kernel/module.c before 6.0), kernel/module/version.c check_version (\"%s: disagrees about version of symbol "
              "%s\", \"%s: no symbol version for %s\"); the loaders' words for -ENOEXEC: kmod tools/insmod.c:55 "
              "mod_strerror \"Invalid module format\", tools/modprobe.c:637 strerror \"Exec format error\", busybox "
              "modutils/modutils.c:278 \"invalid module format\""),
    # the kernel did not trust the key a module is signed with (a module signed by hand or by DKMS with
    # a key the kernel's keyrings do not hold); with enforcement the load is refused
    Signature("module:signature-untrusted",
              r"PKCS#7 signature not signed with a trusted key"
              r"|(?:^|: )[Ll]oading of (?:unsigned module|module with unavailable key) is rejected",
              "linux certs/system_keyring.c verify_pkcs7_message_sig (\"PKCS#7 signature not signed with a trusted key\", "
              "-ENOKEY from pkcs7_validate_trust; pr_err in v4.x kernels such as Ubuntu xenial's verify_pkcs7_signature), "
              "kernel/module/signing.c module_sig_check (pr_notice \"Loading of %s is rejected\", no module name; "
              "v5.4-era kernel/module.c \"%s: loading of %s is rejected\")"),
    # --- building an out-of-tree driver ---------------------------------------------------------
    Signature("build:kernel-tree-missing",
              r"(?:^|make(?:\[\d+\])?: )\*\*\* /(?:usr/)?lib/modules/[^/\s]+/build: "
              r"|(?:^|make\[\d+\]: )\*\*\* No rule to make target [`']?modules'?\."
              r"|Your kernel headers for kernel \S+ cannot be found",
              "linux Documentation/kbuild/modules.rst (an external module is built with make -C "
              "/lib/modules/`uname -r`/build M=$PWD, the running kernel's build tree from its headers package); GNU make "
              "main.c (\"*** %s: %s.  Stop.\" when the -C directory cannot be entered, in the user's language) and "
              "remake.c (\"No rule to make target '%s'\": the directory is not a configured kernel tree) - mirror/make "
              "c63a5bc6 src/main.c:1778-1779 (chdir failure -> pfatal_with_name), src/output.c:483-498,548-551, "
              "src/remake.c:461 (make before 3.82 quoted `modules'); dkms dkms.in:1287 prepare_kernel (dkms-project/dkms "
              "04154266: \"Your kernel headers for kernel $1 cannot be found at .../build or .../source.\")"),
    # The external module being built is a copy of drivers the kernel has in its own tree: make echoes the recipe it runs
    # (GNU make src/job.c start_job_command prints each command line unless it starts with @), "make -C <kernel build
    # dir> M=<dir> modules" (linux Documentation/kbuild/modules.rst), and <dir> is a copy of the kernel's drivers/usb/serial
    # or drivers/net/usb (Quectel's Linux USB driver: option.c, usb_wwan.c, qcserial.c, qmi_wwan.c with more Quectel ids,
    # bacnh85/Quectel_Linux_USB_Driver Makefile "$(MAKE) -C $(KDIR) M=$(MKBUILD)/drivers/usb/serial modules"; its
    # README: "option.c.patch | Quectel USB serial device IDs"), Quectel's qmi_wwan_q or a GobiNet / GobiSerial QMI driver
    # (what qmi_wwan and qcserial do in the tree). What such a copy adds is ids: it is needed only for a modem whose id
    # the running kernel's tables lack.
    Signature("build:in-tree-driver-copy",
              r"(?:^|\s)make\s+(?:\S+\s+)*?-C\s*\S+\s+(?:\S+\s+)*?M=\S*?(?:/drivers/(?:usb/serial|net/usb)\b"
              r"|(?i:quectel[\w&-]*usb|qmi_wwan\w*|gobi(?:net|serial)|usb[_-]?serial[_-]?option))",
              "GNU make src/job.c start_job_command (the recipe line echoed before it runs); linux "
              "Documentation/kbuild/modules.rst (make -C <kernel build dir> M=$PWD); bacnh85/Quectel_Linux_USB_Driver "
              "Makefile (M=$(MKBUILD)/drivers/usb/serial, M=$(MKBUILD)/drivers/net/usb) and README.md (patches/option.c.patch "
              "and qmi_wwan.c.patch: Quectel device ids)"),
    # The build of an external module ran and failed, so no .ko exists for the running kernel: the compiler
    # stopped in a driver source (an out-of-tree driver written for older kernel interfaces), kbuild's compile
    # or modpost step failed, or DKMS reports the build failed.
    Signature("build:module-compile-failed",
              r"(?:^|make(?:\[\d+\])?: )\*\*\* \[(?:[\w./-]*/)?scripts/Makefile\.(?:build|modpost|modfinal):\d+: [^\]\s]+\] Error \d+"
              r"|(?:^|/)scripts/Makefile\.(?:build|modpost|modfinal):\d+: recipe for target '[^']+' failed"
              r"|\bERROR: (?:modpost: )?\"\w+\" \[[^\]\s]+\.ko\] undefined!"
              r"|\bError! Bad return status for module build on kernel: \S+"
              r"|(?:^|[\s/`'\"(])(?:xmm7360\w*|qmi_wwan\w*|GobiNet|GobiUSBNet|QMIDevice|QMIProtocol|GobiSerial|gobi\w*"
              r"|option|qcserial|usb_wwan|cdc_mbim|cdc_ncm|huawei_cdc_ncm|cdc_ether|cdc-wdm|cdc_wdm|sierra\w*|mhi\w*"
              r"|t7xx\w*|iosm\w*|wwan\w*|quectel\w*|fibocom\w*|simcom\w*|rmnet\w*|pcie_mhi\w*)\.c:\d+(?::\d+)?: "
              r"(?:fatal )?error: ",
              "GNU make src/job.c:571 child_error (\"%s[%s: %s] Error %d%s%s\": the failed recipe's makefile:line and "
              "target; make before 4.0 printed \"%s:%lu: recipe for target '%s' failed\" first) for kbuild's compile "
              "rule (linux scripts/Makefile.build $(obj)/%.o: $(src)/%.c, quiet_cmd_cc_o_c \"CC [M]  $@\") or modpost "
              "(scripts/Makefile.modpost); linux scripts/mod/modpost.c check_exports (modpost_log LOG_ERROR "
              "\"\\\"%s\\\" [%s.ko] undefined!\" printed as \"ERROR: modpost: ...\": the module uses a symbol this "
              "kernel does not export); dkms dkms.in:1606 (dkms-project/dkms 04154266: report_build_problem 10 \"Bad "
              "return status for module build on kernel: $kernelver ($arch)\", die prefix \"Error! \"); gcc "
              "gcc/diagnostic.cc diagnostic location prefix \"FILE:LINE:COL: error: \" (\"fatal error: \" for a "
              "missing header) in a modem driver's source file, e.g. gcc/c/c-typeck.cc convert_for_assignment "
              "\"initialization of %qT from incompatible pointer type %qT\", gcc/c/c-decl.cc implicit_decl_warning "
              "\"implicit declaration of function %qE\" (an error since gcc 14)",
              quote=r"(?:error: )?(?:initialization of .{1,200} from incompatible pointer type|implicit declaration of "
                    r"function|passing argument \d+ of .{1,80} from incompatible pointer type)",
              quote_context=r"\b(?:modules?|drivers?|dkms|kbuild|\w+\.ko)\b"),
    # --- firmware updater ---------------------------------------------------------------
    Signature("fwupdate:tty-timeout", r"error waiting for (?:TTY|serial device in download mode): ",
              "libqmi src/qmi-firmware-update/qfu-updater.c (g_prefix_error \"error waiting for TTY: \" before 1.32; "
              "\"error waiting for serial device in download mode: \" since 1.32, qfu-updater.c:879, commit 8fa701a9)"),
    # The download-mode port answered, but not in the boot loader's protocol: its reply is no HDLC frame (QDL)
    # and, since libqmi 1.24, no Sahara hello either. Before 1.24 the updater printed the QDL framing error
    # ("error: error creating device: HDLC ..."); since 1.24 both failures are debug lines and it ends with
    # "unsupported download protocol". A timeout ("timed out waiting for the response") is not this fact.
    Signature("fwupdate:download-protocol-error",
              r"\bHDLC trailing control character not found|\bminimum HDLC frame size not received"
              r"|\berror unframing message: (?:unescaping failed|crc check failed)"
              r"|^(?:error: )?unsupported download protocol\s*$",
              "libqmi src/qmi-firmware-update/qfu-qdl-device.c:188 (\"unescaping failed: too few bytes as output: %\" "
              "G_GSIZE_FORMAT), :197 (\"crc check failed: 0x%04x != 0x%04x\"), :393 (\"HDLC trailing control character "
              "not found\"), :402 (\"minimum HDLC frame size not received\"), :416 (g_prefix_error \"error unframing "
              "message: \"); libqmi < 1.24 qfu-updater.c:792 run_context_step_select_device (g_prefix_error \"error "
              "creating device: \", commit df8fecca^), since 1.24 qfu-updater.c:857 (\"unsupported download protocol\"), "
              "printed by qfu-operation-update.c:65 (\"error: %s\\n\") (linux-mobile-broadband/libqmi 972c8b78)",
              # the 1.24+ summary quoted in a sentence about the updater ("qmi-firmware-update says 'unsupported
              # download protocol'")
              quote=r"\bunsupported download protocol\b",
              quote_context=r"(?i)\bqmi-firmware-update\b|\bfirmware[ -]?(?:update|upgrade|download|flash)"),
    # --- the generic usb-serial driver bound the device: its ids were handed to usbserial by hand ----------------
    # (modprobe usbserial vendor=0x.... product=0x...., or generic's new_id): no modem driver of the kernel took it
    Signature("usbserial:generic-bound",
              r"\busbserial_generic \S+: (?:The \"generic\" usb-serial driver is only for testing|generic converter detected)",
              "linux drivers/usb/serial/generic.c usb_serial_generic_probe (dev_info \"The \\\"generic\\\" usb-serial driver is "
              "only for testing and one-off prototypes.\" / \"Tell linux-usb@vger.kernel.org to add your device to a proper "
              "driver.\"; the device ids come from its vendor/product module parameters or new_id; before 3.x the same words in "
              "usb-serial.c usb_serial_probe under CONFIG_USB_SERIAL_GENERIC), usb-serial.c (\"%s converter detected\" with "
              "the driver's description \"generic\"); only the driver's own lines: \"generic converter now attached to ttyUSB0\" "
              "alone is also how a post says what it hoped to see"),
    # --- vendor (out-of-tree) drivers ---------------------------------------------------
    Signature("vendor-driver:non-vendor-interface", r"Ignoring non vendor class interface #\d+",
              "Sierra GobiNet QMIDevice.c/GobiUSBNet.c and GobiSerial.c: DBG(\"Ignoring non vendor class interface #%d\")"),
    # libqmi found the control port bound to a driver that is neither qmi_wwan nor cdc_mbim (Quectel's qmi_wwan_q,
    # Fibocom's qmi_wwan_f, a GobiNet-style vendor driver): it cannot tell QMI from MBIM and refuses to open it
    Signature("vendor-driver:control-port",
              r"unexpected usb driver detected: (?!cdc_mbim\b|qmi_wwan\b)\w+",
              "libqmi src/libqmi-glib/qmi-helpers.c:495 qmi_helpers_get_transport_type (\"unexpected usb driver "
              "detected: %s\", the driver of /sys/class/usbmisc/<port>/device/driver), shown by qmi-device.c:2601 "
              "g_warning (\"[%s] couldn't detect transport type of port: %s\") before :2624 \"Cannot automatically "
              "select QMI/MBIM mode\" (linux-mobile-broadband/libqmi 972c8b78)"),
    Signature("vendor-driver:probe-failed", r"\b(?:GobiNet|GobiSerial|qmi_wwan_q|qmi_wwan_r|GobiQMI): probe of \S+ failed with error",
              "linux drivers/base/dd.c really_probe (\"probe of %s failed with error %d\") for a vendor driver",
              quote=r"probe of \S+ failed with error -?\d+", quote_context=r"\b(?:GobiNet|GobiSerial|qmi_wwan_q|qmi_wwan_r)\b"),
    # Quectel qmi_wwan_q / mhi_netdev_quectel and Fibocom qmi_wwan_f take QMAP frames apart themselves
    # (qmap_packet_decode): skb_len is the frame's length field minus its padding. A packet of up to
    # 0x5ff (1535) bytes dropped against the link's MTU is a real packet the MTU is too small for;
    # a larger "length" is a header misread (the data is not in the QMAP framing the driver expects).
    # --- ping's path-MTU answers ---------------------------------------------------------
    # A ping with the Don't Fragment bit that a hop on the path answers "fragmentation needed" with an MTU below
    # 1500, or that the host refuses itself once it has learned a smaller path MTU: the path carries smaller packets
    # than a link's default 1500 (knowledge.md 2.26). "mtu=1500" is only the local link's own limit, not read.
    Signature("mtu:path-smaller",
              r"\bFrag needed and DF set \(mtu = (?:1[0-4]\d\d|[5-9]\d\d)\)"
              r"|\blocal error: [Mm]essage too long, mtu=(?:1[0-4]\d\d|[5-9]\d\d)\b",
              "iputils ping/ping.c pr_icmph (\"Frag needed and DF set (mtu = %u)\", ICMP_FRAG_NEEDED) and "
              "ping4_receive_error_msg (\"local error: message too long, mtu=%u\", EMSGSIZE from the socket error queue)"),
    Signature("vendor-driver:rx-larger-than-mtu",
              r"drop skb_len=(?:[0-9a-fA-F]{1,2}|[0-5][0-9a-fA-F]{2})(?: \(\d+\))? larger than (?:qmap )?mtu=\d+",
              "Quectel qmi_wwan_q.c:1777 qmap_packet_decode (dev_info \"drop skb_len=%x larger than mtu=%d\"), "
              "mhi_netdev_quectel.c:1458 (\"drop skb_len=%x larger than qmap mtu=%d\") - coolsnowwolf/lede 81636b77 "
              "package/wwan/driver/quectel_QMI_WWAN, quectel_MHI: a received packet longer than the qmap link's MTU is dropped"),
    Signature("vendor-driver:qmap-frame-invalid",
              r"drop skb_len=[0-9a-fA-F]+ larger than 1500\b"
              r"|drop skb_len=(?:[6-9a-fA-F][0-9a-fA-F]{2}|[0-9a-fA-F]{4,})(?: \(\d+\))? larger than (?:qmap )?mtu=\d+"
              r"|drop qmap unknow pkt, len=\d+, pkt_len=\d+|drop qmap unknow mux_id [0-9a-fA-F]+",
              "Fibocom qmi_wwan_f.c:1592,1597,1620,2213 and Quectel qmi_wwan_q.c:1766,1782 qmap_packet_decode "
              "(\"drop skb_len=%x larger than 1500\", \"drop qmap unknow pkt, len=%d, pkt_len=%d\", "
              "\"drop qmap unknow mux_id %x\") - coolsnowwolf/lede 81636b77 package/wwan/driver: a QMAP header whose "
              "length or mux id fits no link, i.e. the received data is not in the QMAP format and mux ids the driver set up"),
    # --- kernel drivers ------------------------------------------------------------------
    # The stack's transmit watchdog on a USB modem's network function: the device is still on the bus with
    # carrier, but its bulk OUT endpoint has taken no frame for watchdog_timeo (usbnet: 5 s). usbnet only
    # unlinks the queued URBs, it does not reset the device. Old kernels print "NETDEV WATCHDOG: <if>
    # (<driver>): ..."; since 6.9 netdev_crit prefixes "<driver> <bus id> <if>: NETDEV WATCHDOG: CPU: N: ..."
    Signature("usbnet:tx-timeout",
              r"NETDEV WATCHDOG: \S+ \(" + _USBNET_MODEM_DRIVERS + r"\): transmit queue \d+ timed out"
              r"|\b" + _USBNET_MODEM_DRIVERS + r" \S+ \S+: NETDEV WATCHDOG: (?:CPU: \d+: )?transmit queue \d+ timed out",
              "linux net/sched/sch_generic.c dev_watchdog (WARN_ONCE \"NETDEV WATCHDOG: %s (%s): transmit queue %u "
              "timed out\" with netdev_drivername; since v6.9 netdev_crit \"NETDEV WATCHDOG: CPU: %d: transmit queue "
              "%u timed out %u ms\"); drivers/net/usb/usbnet.c:1325 usbnet_tx_timeout (unlink_urbs on the tx queue, "
              "no device reset; TX_TIMEOUT_JIFFIES 5*HZ)"),
    # A Qualcomm firmware bug: every received frame is addressed to 00:a0:c6:00:00:00, not to the host's MAC;
    # mainline qmi_wwan rewrites the destination (and replaces that MAC if the device hands it out), the
    # vendor drivers (GobiNet) and cdc_ether do not, so the stack drops every packet. The address shows in
    # tcpdump -e, in ip link (the interface got it from the firmware) or in the post's words.
    Signature("fw:bogus-dest-mac", r"\b00([:-])[aA]0\1[cC]6\1(?:00\1){2}00\b",
              "linux drivers/net/usb/qmi_wwan.c buggy_fw_addr {0x00, 0xa0, 0xc6, 0x00, 0x00, 0x00} and qmi_wwan_rx_fixup "
              "(\"Another common firmware bug results in all packets being addressed to 00:a0:c6:00:00:00 despite the "
              "host address being different\"), qmi_wwan_bind (\"if device is assigned the well-known buggy firmware "
              "MAC address, replace it with a random address\"); commit \"qmi_wwan: Set random MAC on devices with buggy fw\""),
    Signature("cdc_ether:unexpected-notification", r"cdc_ether \S+(?: \S+)?: CDC: unexpected notification [0-9a-fA-F]{2}!",
              "linux drivers/net/usb/cdc_ether.c usbnet_cdc_status (netdev_err \"CDC: unexpected notification %02x!\"): "
              "the device sent a CDC notification other than NETWORK_CONNECTION / SPEED_CHANGE"),
    Signature("qmi_wwan:cdc-descriptors-missing", r"qmi_wwan \S+: CDC functional descriptors missing",
              "linux v3.4-3.8 drivers/net/usb/qmi_wwan.c qmi_wwan_bind (CDC class interface without functional descriptors)",
              quote=r"CDC functional descriptors missing", quote_context=r"qmi_wwan|\bQMI\b|dmesg|kernel"),
    # A post quotes a QMI/MBIM tool's command line with the answer it got after it ("uqmi -d /dev/cdc-wdm0
    # --get-data-status returns "disconnected""): the control port answered that request (the readers of uqmi and
    # qmicli take the line as the tool's, so the prose reader never sees it; model/prose_states.py
    # said:control-request-answered reads the same in a sentence)
    Signature("qmi:request-answered-quoted",
              r"^\$?\s*(?:uqmi|qmicli|mbimcli|umbim)\s(?:[^\"'“]*?\s)?--[\w-]+\S*\s+(?:returns?|returned|answers?|answered|"
              r"gives?|gave|shows?|showed|prints?|printed|reports?|reported)\s+(?:back\s+)?[\"'“]",
              "the post's own wording around a uqmi / qmicli / mbimcli / umbim command line (no program prints it)"),
    # A usbnet minidriver's bind asked the device to select the data interface's setting (usbnet_get_endpoints ->
    # usb_set_interface, a SET_INTERFACE control request) and got no answer: -62 ETIME (the host controller saw no
    # response packet) or -110 ETIMEDOUT (the request timed out). A device that answers nothing right after it
    # enumerated is a firmware that stopped; -22 (no bulk endpoint pair: a composition question) and -19 (the device
    # already gone) are not read. sierra_net prints the status; a sentence may quote the call with its number.
    Signature("usbnet:bind-unanswered",
              r"Error in usbnet_get_endpoints \(-(?:62|110)\)"
              r"|\busbnet_get_endpoints\b(?:\(\))?\s+(?:\w+\s+){0,2}?(?:returns?|returning|returned|fails?\s+with|failed\s+with|"
              r"gives?|gave|errors?\s+(?:out\s+)?with)\s+(?:error\s+)?\(?-(?:62|110)\b",
              "linux drivers/net/usb/sierra_net.c sierra_net_bind (dev_err \"Error in usbnet_get_endpoints (%d)\"); "
              "drivers/net/usb/usbnet.c usbnet_get_endpoints (usb_set_interface on the chosen altsetting unless "
              "FLAG_NO_SETINT, its status returned; -EINVAL when no bulk in/out pair); "
              "Documentation/driver-api/usb/error-codes.rst (-ETIME: no response packet received within the "
              "prescribed bus turn-around time; -ETIMEDOUT: a synchronous request timed out) (gregkh/linux bfe8ef37)"),
    Signature("class-driver:function-broken",
              r"\b(?:cdc_mbim|cdc_ncm|huawei_cdc_ncm) \S+: (?:MBIM functional descriptor missing|bind\(\) failure)",
              "linux drivers/net/usb/cdc_ncm.c:876 (\"MBIM functional descriptor missing\"), :993 (\"bind() failure\"): "
              "the firmware's NCM/MBIM function lacks the descriptors its class requires (v7.2.13 line numbers)"),
    # --- firmware the host must give a USB modem ------------------------------------------
    # ti_usb_3410_5052 downloads firmware into MultiTech MultiModem USB modems (06e0:f111 ...) at every plug-in;
    # without the file the device stays in its one-endpoint boot configuration and no ttyUSB appears.
    Signature("firmware:modem-file-missing", r"\bti_download_firmware - firmware not found",
              "linux drivers/usb/serial/ti_usb_3410_5052.c ti_download_firmware (dev_err \"%s - firmware not found\" "
              "after request_firmware of ti_usb-v%04x-p%04x.fw, then mts_cdma.fw / mts_gsm.fw / mts_edge.fw / "
              "mts_mt9234mu.fw / mts_mt9234zba.fw by product id, failed)"),
    # firmware_loader's warning for the MultiTech modem images (ti_usb_3410_5052 first asks for the per-id
    # ti_usb-vVVVV-pPPPP.fw, which normally is absent: that line alone is no fault)
    Signature("firmware:modem-file-missing", r"Direct firmware load for mts_\w+\.fw failed with error -?\d+",
              "linux drivers/base/firmware_loader/main.c _request_firmware (dev_warn \"Direct firmware load for %s "
              "failed with error %d\"); the file names from drivers/usb/serial/ti_usb_3410_5052.c MODULE_FIRMWARE"),
    # gobi_loader (run by its udev rule 60-gobi.rules for each Gobi QDL id) cannot find the images in the
    # firmware directory: perror() appends ": <strerror>" to its own text, which ends in ": "
    Signature("gobi_loader:firmware-missing",
              r"Failed to open (?:secondary |tertiary )?firmware: ?: |Failed to change directory: ?: ",
              "gobi_loader gobi_loader.c main (perror \"Failed to change directory: \" for the firmware directory, "
              "\"Failed to open firmware: \" amss.mbn, \"Failed to open secondary firmware: \" apps.mbn, \"Failed "
              "to open tertiary firmware: \" UQCN.mbn / uqcn.mbn with -2000), kicer/gobi_loader"),
    # --- PCIe (MHI) modems ----------------------------------------------------------------
    Signature("mhi:firmware-missing",
              r"(?:mhi[-_]pci[-_]generic|mhi|mtk_t7xx|iosm)\S* \S+: Direct firmware load for (?:\S+) failed with error -2",
              "linux drivers/base/firmware_loader/main.c (\"Direct firmware load for %s failed with error %d\") "
              "for the MHI controller's fw/edl images (drivers/bus/mhi/host/pci_generic.c fw/edl paths)",
              quote=r"Direct firmware load for \S+ failed with error -2",
              quote_context=r"(?i)\b(?:mhi\w*|t7xx|iosm|pcie?|sdx\d+\w*)\b"),
    Signature("mhi:not-ready", r"MHI did not enter READY state|failed to power up MHI controller|Error loading firmware: -?\d+",
              "linux drivers/bus/mhi/host/boot.c / pci_generic.c"),
    # The MHI core found the module in its primary boot loader (PBL, or EDL) when the host was to boot it, and the
    # controller's profile has no image to give it: the module's own flash did not boot. Profiles of modules that boot
    # from their own flash (Sierra, Quectel, Foxconn, Telit...) carry no .fw: their PBL waits for nothing the host has.
    Signature("mhi:stuck-in-primary-boot-loader", r"\bNo firmware image defined or !sbl_size \|\| !seg_len",
              "linux drivers/bus/mhi/host/boot.c mhi_fw_load_handler (dev_err \"No firmware image defined or !sbl_size "
              "|| !seg_len\"), reached only when MHI_FW_LOAD_CAPABLE(ee), i.e. the execution environment is PBL or EDL "
              "(internal.h), and the controller has no fw_image/edl_image (pci_generic.c mhi_pci_dev_info .fw/.edl); "
              "then pci_generic.c mhi_pci_probe \"failed to power up MHI controller\" (torvalds/linux)"),
    # At power-up the module reports an execution environment the host cannot start from: it sits in its secondary
    # boot loader (a failed firmware update or boot, before the 2023 change that accepts SBL) or in its RAM-dump mode
    # (it crashed): the module's firmware is not running
    Signature("mhi:boot-ee-invalid",
              r"\b(?:SECONDARY BOOTLOADER|RAMDUMP DOWNLOAD MODE) is not a valid EE for power on",
              "linux drivers/bus/mhi/host/pm.c mhi_async_power_up (dev_err \"%s is not a valid EE for power on\" with "
              "TO_MHI_EXEC_STR, the names of init.c mhi_ee_str: \"SECONDARY BOOTLOADER\", \"RAMDUMP DOWNLOAD MODE\"); "
              "the SBL case is a module stuck in SBL after a failed firmware update (linux-arm-msm, Daniele Palmas, "
              "2023-05-30, \"bus: mhi: host: allow SBL as initial EE\")"),
    # --- Qualcomm SoC modems (the modem subsystem MSS run by the remoteproc driver qcom_q6v5_mss) -------
    # The modem firmware reported a fatal error or its watchdog fired: the kernel logs the crash reason the firmware
    # left in shared memory, then remoteproc restarts the subsystem. Only the MSS driver's own lines: the same
    # helper serves the audio and compute DSPs (qcom_q6v5_pas, qcom_q6v5_adsp) and Wi-Fi (qcom_wcnss).
    Signature("mss:modem-crashed",
              r"\bqcom-q6v5-mss \S+: (?:fatal error received: |fatal error without message|watchdog received: "
              r"|watchdog without message)",
              "linux drivers/remoteproc/qcom_q6v5.c q6v5_fatal_interrupt (dev_err \"fatal error received: %s\" / \"fatal error "
              "without message\") and q6v5_wdog_interrupt (\"watchdog received: %s\" / \"watchdog without message\"), "
              "printed with the device of drivers/remoteproc/qcom_q6v5_mss.c (platform driver name \"qcom-q6v5-mss\"), "
              "then rproc_report_crash (drivers/remoteproc/remoteproc_core.c)"),
    # --- MediaTek T7xx (mtk_t7xx) PCIe modems ---------------------------------------------------
    # dev_err() lines carry the PCI driver's name "mtk_t7xx" and the PCI address (t7xx_pci.c
    # t7xx_pci_driver .name). Line numbers: torvalds/linux 007f26f0 for t7xx_state_monitor.c.
    Signature("t7xx:handshake-failed",
              r"mtk_t7xx \S+: (?:MD handshake timeout|AP handshake timeout|Boot Handshake failure"
              r"|Core handshake error event received|Timeout at device stage 0x[0-9a-fA-F]+)",
              "linux drivers/net/wwan/t7xx/t7xx_state_monitor.c:341,348 fsm_routine_starting (\"MD handshake "
              "timeout\", \"AP handshake timeout\": the modem's firmware did not finish the boot handshake in "
              "60 s), :189 fsm_routine_exception (\"Boot Handshake failure\"), :395 fsm_routine_start (\"Timeout "
              "at device stage 0x%x\": the modem stayed in one boot stage for 15 s); t7xx_modem_ops.c "
              "t7xx_core_hk_handler (\"Core handshake error event received\")"),
    Signature("t7xx:modem-exception",
              r"mtk_t7xx \S+: (?:Exception event|MD exception is captured during handshake|EX CCIF HS timeout)",
              "linux drivers/net/wwan/t7xx/t7xx_state_monitor.c:193 fsm_routine_exception (\"Exception event\": "
              "the modem firmware raised an exception), :338 fsm_routine_starting (\"MD exception is captured "
              "during handshake\"); t7xx_modem_ops.c t7xx_md_exception_handshake (\"EX CCIF HS timeout, RCH "
              "0x%lx\": the crashed modem did not answer the exception handshake)"),
    Signature("t7xx:device-unreachable", r"mtk_t7xx \S+: invalid device status",
              "linux drivers/net/wwan/t7xx/t7xx_state_monitor.c:384 fsm_routine_start (\"invalid device status\": "
              "the device status register reads all ones, the card no longer answers on the PCIe bus)"),
    Signature("t7xx:resume-failed",
              r"mtk_t7xx \S+: \[PM\] (?:(?:MD|SAP) resume error|Resume entry ID: \d+ error): -?\d+",
              "linux drivers/net/wwan/t7xx/t7xx_pci.c __t7xx_pci_pm_resume (\"[PM] MD resume error: %d\", "
              "\"[PM] SAP resume error: %d\": the modem did not acknowledge the resume request within 1.5 s; "
              "\"[PM] Resume entry ID: %d error: %d\") (torvalds/linux 0401bbf5)"),
    # --- Intel XMM7560 (iosm) PCIe modems: the PCI driver is named after the module, "iosm" ----------
    Signature("iosm:ipc-init-timeout",
              r"iosm \S+: A-[\w?]+: ipc_status\(-?\d+\) ne\. IPC_MEM_DEVICE_IPC_INIT",
              "linux drivers/net/wwan/iosm/iosm_ipc_imem.c ipc_imem_ipc_init_check (\"%s: ipc_status(%d) ne. "
              "IPC_MEM_DEVICE_IPC_INIT\": the modem did not enter the IPC init state within its boot timeout; "
              "the driver then sends the MDM_TIMEOUT uevent)"),
    Signature("iosm:link-down", r"iosm \S+: Modem link down\. Exit run state worker",
              "linux drivers/net/wwan/iosm/iosm_ipc_imem.c ipc_imem_run_state_worker (\"Modem link down. Exit "
              "run state worker.\": the modem left the run phase before its ports were created)"),
    # --- Intel XMM7360 out-of-tree driver ----------------------------------------------------
    Signature("xmm7360:no-rpc-node", r"No such file or directory: '/dev/xmm\d+/rpc|/dev/xmm\d+/rpc'?:? No such file|cannot (?:open|access) '?/dev/xmm\d+/rpc",
              "xmm7360-pci rpc/rpc.py (os.open('/dev/xmm0/rpc')); the node comes from the xmm7360 module"),
    # --- firmware image / carrier configuration mismatch --------------------------------------
    Signature("fw:image-mismatch", r"GOBIIM:\s*1\b|\bIMSWITCH:\s*1\b"
              r"|\b(?:fw version|carrier name|config name) mismatch\s*$"
              r"|(?:[Rr]eason|[Oo]ffline)[^\n]*\b(?:host-image-misconfiguration|pri-image-misconfiguration|pri-version-incompatible)\b",
              "Sierra AT!PCINFO? (LPM force flags ... GOBIIM: / LPM voters ... IMSWITCH: image/PRI mismatch voter); "
              "Sierra AT!IMPREF? / AT!GOBIIMPREF? (\"fw version mismatch\", \"carrier name mismatch\", "
              "\"config name mismatch\" after the preferred/current lines); libqmi "
              "QmiDmsOfflineReason (qmicli --dms-get-operating-mode)"),
    # Sierra AT!IMAGE? lists the stored firmware images and ends "Active FW image is at slot <slot>"; the AT command
    # reference (AirPrime WP8548/WP75xx/WP76xx/WP77xx AT Command Reference 4118047, !IMAGE) notes: "If the active
    # firmware image has been deleted from storage, the ... line will show 'slot 255'" - the running firmware is not
    # among the stored images (a failed or partial upgrade), so the next boot picks a stored image the selected
    # carrier configuration (PRI) does not belong to
    Signature("fw:active-image-not-stored", r"^\s*Active FW image is at slot 255\s*$",
              "Sierra AT!IMAGE? (AT Command Reference 4118047, !IMAGE: slot 255 = the active image was deleted from storage)"),
    Signature("fw:carrier-config-not-activated", r"\+QMBNCFG: ?\"List\",\d+,1,0,",
              "Quectel AT+QMBNCFG=\"List\" (+QMBNCFG: \"List\",<index>,<selected>,<activated>,\"<name>\",<version>,<date>; "
              "a selected MBN that is not activated)"),
    # The modem refused to go online with DeviceNotReady (52): its firmware has not brought up the protocol stack it
    # needs for the online mode. ModemManager turns only Internal and InvalidTransition to online into its FCC unlock
    # retry (mm-broadband-modem-qmi.c:2310-2316); every other refusal keeps the "Couldn't set operating mode: " prefix,
    # qmicli's "error: couldn't set operating mode: %s" the same. Seen when the modem's EFS/NV (IMEI, calibration) is
    # unreadable after another image was flashed, or when the host did not supply the modem's firmware files.
    Signature("fw:online-not-ready",
              # (a log line cut short after the code still names it: "... QMI protocol error (52")
              r"(?i:couldn't set operating mode): QMI protocol error \(52\b"
              r"|\blibqmi\.Error\.Protocol\.DeviceNotReady: Couldn't set operating mode\b",
              "libqmi src/libqmi-glib/qmi-errors.h:279 QMI_PROTOCOL_ERROR_DEVICE_NOT_READY = 52 (nick DeviceNotReady), "
              "printed by build-aux/qmi-codegen/FieldResult.py:104 (\"QMI protocol error (%u): '%s'\"); ModemManager "
              "src/mm-broadband-modem-qmi.c:2310-2316 dms_set_operating_mode_ready (Internal / InvalidTransition to online "
              "become the FCC unlock retry, other errors get \"Couldn't set operating mode: \"), src/mm-broadband-modem.c:12626 "
              "(\"couldn't enable interface: '%s'\"); libqmi src/qmicli/qmicli-dms.c:1867 (\"error: couldn't set operating "
              "mode: %s\") (linux-mobile-broadband/libqmi 972c8b78, ModemManager 9a2d5863)",
              cleared_by=(_MM_UP,)),
    # --- SIM detection pin ---------------------------------------------------------------------
    Signature("sim:hotswap-detect-on", r"\+QSIMDET: ?1,\s*[01]\b",
              "Quectel AT+QSIMDET? (+QSIMDET: <enable>,<insert_level>: SIM hot-swap detection through the "
              "SIM_DET pin; with the wrong level, or a board without the pin wired, an inserted SIM reads as removed)"),
    # --- usb_modeswitch ran and the switch did not happen -------------------------------------------
    # With success checking on (-s, the dispatcher's default), usb_modeswitch waits for the storage device to vanish
    # and for a new device with the target id; neither came: the message or the target id is wrong for this device.
    # 1.x (libusb-0.1) ends its verdicts with "Bye." where 2.x ends them with "Bye!"; the udev dispatcher
    # (usb_modeswitch.tcl) logs its own verdict in /var/log/usb_modeswitch_<device>.
    Signature("modeswitch:failed",
              r"\bMode switch (?:has|most likely) failed\. Bye[.!]|\bNo new devices in target mode or class found"
              r"|-> switching was probably not completed\. Bye[.!]|\bOriginal device still present after the timeout"
              r"|^\s*Mode switching may have failed\. Exit\b|^\s*Core program reported switching failure\. Exit\b",
              "usb_modeswitch usb_modeswitch.c:1572-1573 (\"Original device still present after the timeout\", "
              "\"Mode switch most likely failed. Bye!\"), :1608-1609 (\"No new devices in target mode or class found\", "
              "\"Mode switch has failed. Bye!\"), :835 (\"-> switching was probably not completed. Bye!\"), "
              "usb_modeswitch.tcl:327,336 (the dispatcher's \"Mode switching may have failed. Exit\", \"Core program reported "
              "switching failure. Exit\") (Intermodalics/usb-modeswitch f33242a); 1.2.3 checkSuccess \"Mode switch has failed. "
              "Bye.\" (RMerl/asuswrt-merlin release/src/router/usbmodeswitch/usb_modeswitch.c)",
              cleared_by=("modeswitch:succeeded",)),
    Signature("modeswitch:succeeded",
              r"\bMode switch (?:most likely )?succeeded\. Bye[.!]|-> device should be stable now\. Bye[.!]"
              r"|usb_modeswitch: switched to [0-9a-f]{4}:[0-9a-f]{4} on \d{3}/\d{3}"
              r"|^\s*Mode switching was successful, found [0-9a-f]{4}:[0-9a-f]{4}\b",
              "usb_modeswitch usb_modeswitch.c:1602,1618,831 (\"Mode switch succeeded. Bye!\", \"Mode switch most likely "
              "succeeded. Bye!\", \"-> device should be stable now. Bye!\"; 1.x \"... Bye.\"); the dispatcher's syslog line "
              "\"usb_modeswitch: switched to %s:%s on %03d/%03d\" and log line \"Mode switching was successful, found %s:%s "
              "(%s: %s)\" (usb_modeswitch.tcl:322-323, Intermodalics/usb-modeswitch f33242a)"),
    # usb_modeswitch sent a vendor's switch control message (its -H Huawei, -S Sierra, -T Kobil, -B Qisda, -E Quanta, -x
    # Pantech ... modes) and the device refused it (-32 EPIPE: the device stalled the request it does not know; another USB
    # error): usb_modeswitch aborts at once, nothing was switched and the device keeps its storage id. The method is not
    # the one this device (or its firmware) switches on: newer Huawei sticks take a bulk message (-J) where older ones took
    # the control message (-H).
    Signature("modeswitch:message-refused",
              r"(?:\bError: (?:sending )?|^\s*)(?:(?:Huawei|Sierra|Kobil|Qisda|Quanta|Pantech|Sony|Blackberry|GCT) control message"
              r"(?: \d)?|Sequans request) failed \((?:error|result) -?\d+\)\. Abort",
              "usb_modeswitch usb_modeswitch.c:1121 (fprintf(stderr, \"Error: Huawei control message failed (error %d). "
              "Abort\")), :1138 (Sierra), :1166 (\" GCT control message 2 failed (error %d). Abort\"), :1181 (Kobil), :1193 "
              "(Qisda), :1206 (Quanta), :1227 (Blackberry), :1241 (Pantech), :1409 (Sony) (Intermodalics/usb-modeswitch "
              "f33242a, 2.5.2); 1.x \"Error: sending Huawei control message failed (error %d). Aborting.\", the same for "
              "Sierra, Kobil, Qisda, Sony and \"Error: sending Sequans request failed (error %d). Aborting.\" "
              "(RMerl/asuswrt-merlin 153779a release/src/router/usbmodeswitch/usb_modeswitch.c switchHuaweiMode ...)",
              cleared_by=("modeswitch:succeeded",)),
    # The switch was never tried: the udev dispatcher found no switch data for the id (no config file, no database at
    # all: usb-modeswitch-data missing), switching is disabled in /etc/usb_modeswitch.conf (DisableSwitching=1), or a
    # hand-run usb_modeswitch -c was given a config file that does not exist (newer data ship configPack.tar.gz only)
    Signature("modeswitch:no-config",
              r"\bAargh! Config file missing for [0-9a-f]{4}:[0-9a-f]{4}!|^\s*No matching config file found\. Exit\b"
              r"|\bno config database found in /usr/share or /etc\b|\busb_modeswitch: switching disabled, no action for\b"
              r"|^\s*Switching globally disabled\. Exit\b|^\s*Error: Could not find file \S+\. Abort",
              "usb_modeswitch.tcl:97 (\"Error: no config database found in /usr/share or /etc. Exit\"), :156-157 (SysLog "
              "\"usb_modeswitch: switching disabled, no action for %s:%s\", \"Switching globally disabled. Exit\"), :181 "
              "(\"Aargh! Config file missing for %s:%s! Exit\"), :229 (\"No matching config file found. Exit\"); "
              "usb_modeswitch.c:1894 (\"Error: Could not find file %s. Abort\") (Intermodalics/usb-modeswitch f33242a)",
              cleared_by=("modeswitch:succeeded",)),
    # The device asked to switch is not a storage device: its interface 0 has another class (it was switched already,
    # it is a HiLink/ECM function, or the default id given is the modem's own), or the dispatcher finds the class of
    # interface 0 is the target class already. Evidence against a pending switch, not a finding by itself.
    Signature("modeswitch:not-storage",
              r"\bcan't use storage command in MessageContent with interface \d+; interface class is \d+, expected 8\b"
              r"|^\s*Class of interface 0 matches target\. Do nothing\b"
              # the configuration switch asked for (-u) is the active one already
              r"|\bTarget configuration \d+ already active\. Nothing to do\. Bye[.!]",
              "usb_modeswitch.c:610-611 (fprintf(stderr, \"Error: can't use storage command in MessageContent with interface "
              "%d; interface class is %d, expected 8. Abort\")), usb_modeswitch.tcl:237 (\"Class of interface 0 matches target. "
              "Do nothing\"), usb_modeswitch.c:783 (\"Target configuration %d already active. Nothing to do. Bye!\") (Intermodalics/usb-modeswitch f33242a)"),
    # No device with the default (storage) id is on the bus: already switched, or the ids given are not this device's
    Signature("modeswitch:default-absent",
              r"\bNo devices in default mode found\. Nothing to do\. Bye[.!]",
              "usb_modeswitch.c:548 (\" No devices in default mode found. Nothing to do. Bye!\"; 1.x \"... Bye.\") "
              "(Intermodalics/usb-modeswitch f33242a)"),
    # libusb could not open the device found under the default id (not root: LIBUSB_ERROR_ACCESS; or it vanished)
    Signature("modeswitch:device-open-failed",
              r"^\s*Error opening the device\. Abort(?:ing)?\b",
              "usb_modeswitch.c:565 (SHOW_PROGRESS \"Error opening the device. Abort\" when libusb_open gives no handle; 1.x "
              "\"Error opening the device. Aborting.\") (Intermodalics/usb-modeswitch f33242a)"),
    # --- a Huawei stick's firmware without voice ------------------------------------------------
    # Asterisk's chan_dongle (and chan_datacard before it) carries a call's audio over the stick's voice serial port
    # ("audio=" in dongle.conf): at start-up it asks AT^CVOICE? and, once a call is up, sends AT^DDSETEX=2 to route the
    # call's PCM to that port. A firmware without the voice function (data-only builds; voice "locked" by the operator)
    # answers both with ERROR: calls connect and carry no sound, or chan_dongle reports no voice support.
    Signature("voice:unsupported",
              r"\[[^\]\s]+\] AT\^DDSETEX failed\b|\[[^\]\s]+\] (?:Dongle|Datacard) has NO voice support\b"
              r"|^\s*Voice\s{2,}:\s+No\s*$",
              "Asterisk chan_dongle at_response.c:450-451 (CMD_AT_DDSETEX answered ERROR: log_cmd_response_error \"[%s] "
              "AT^DDSETEX failed\"), :365-367 (CMD_AT_CVOICE answered ERROR: ast_log(LOG_WARNING, \"[%s] Dongle has NO voice "
              "support\")), at_command.c:36,131 (\"AT^DDSETEX=2\", \"AT^CVOICE?\"), cli.c:202 (dongle show device state: \"  "
              "Voice                   : %s\", \"No\" when has_voice is 0) (wdoekes/asterisk-chan-dongle 2bd3fc2); chan_datacard "
              "at_response.c (\"[%s] Datacard has NO voice support\")"),
    # --- nothing to talk to: the connection tool found no modem device -----------------------
    # quectel-CM looks for a USB modem first and prints "... is not exist" when there is none, then for a PCIe (MHI) one:
    # a later "netcard driver = ..." / "Modem works in ... mode" says the second search found the modem
    Signature("tool:no-modem-device", r"qmidevice_detect failed|or qmidev \S* is not exist",
              "quectel-CM main.c (\"qmidevice_detect failed\": no QMI/MBIM device under /sys at all); device.c "
              "qmidevice_detect (\"network interface '%s' or qmidev '%s' is not exist\": no USB modem)",
              cleared_by=("tool:modem-device-found",)),
    Signature("tool:modem-device-found", r"^netcard driver = [\w-]+|^Modem works in \w+ mode|^Auto find qmichannel = \S",
              "quectel-CM main.c quectel_CM(): after qmidevice_detect (USB) or mhidevice_detect (PCIe) found the device, "
              "ql_get_netcard_driver_info prints \"netcard driver = %s, driver version = %s\" (device.c) and then "
              "\"Modem works in %s mode\"; device.c qmidevice_detect \"Auto find qmichannel = %s\" (immortalwrt "
              "package/quectel_cm_5G/src, V1.6.3.2)"),
    # quectel-CM found the modem in MBIM mode and no APN was given with -s: it refuses to dial (exit(-404) right after
    # the warning; a build that comments the exit out goes on and the data call may fail). Quectel's own advice: MBIM
    # mode needs the APN written, the module does not pick one as in QMI mode.
    Signature("tool:apn-required",
              r"\bWhen MBIM mode, must specify APN with '-s'",
              "quectel-CM main.c quectel_CM() (QConnectManager_Linux_V1.6.5): software_interface == SOFTWARE_MBIM and "
              "!profile->apn[0] -> dbg_time(\"When MBIM mode, must specify APN with '-s', or setup data call may fail!\"); "
              "exit(-404) (\"see FAE-51804 FAE-59811\")"),
    # A microcontroller's modem library could not start the module: TinyGSM's restart()/init() begin with testAT(),
    # which fails when nothing answers "AT" on the UART (module off, PWRKEY never pulsed, supply collapsing, wrong
    # pins or baud). The examples print it and retry or go on; a later line that the module answered clears it.
    # the module told the sketch who it is: it answers on the UART (TinyGSM getModemInfo / getModemName, printed by the examples)
    # ... or the modem's own answer to ATI on its AT port: Quectel and Sierra modules answer with the maker, the model and
    # "Revision: <firmware>" ("Quectel / EC25 / Revision: EC25EFAR06A11M4G / OK")
    Signature("modem:identity-answered",
              r"^(?:\[\d+\] )?Modem (?:Name|Info|Manufacturer|Hardware Version|Firm?ware Version):? ?(?!unknown\b)\w"
              r"|^\s*Revision: ?[A-Z][A-Z0-9]{2,}[A-Z0-9_.-]{3,}\s*$",
              "TinyGSM examples/AllFunctions/AllFunctions.ino:162-174 (DBG(\"Modem Info:\", ...), \"Modem Name:\", "
              "\"Modem Manufacturer:\", \"Modem Hardware Version:\", \"Modem Firware Version:\") and the LilyGO examples' "
              "\"Modem Name: \" + modem.getModemName() (vshymanskyy/TinyGSM 4c55210); ATI's identification answer of Quectel and "
              "Sierra modules, \"Revision: EG25GGBR07A08M2G\" (lukejenkins/cwd documentation/quectel_ec2x_and_eg2x/outputs.md; "
              "ITU-T V.250 6.1.3 I, identification information)"),
    Signature("serial:module-silent",
              r"\bFailed to restart modem, (?:delaying 10s and retrying|attempting to continue without restarting)",
              "TinyGSM examples/AllFunctions/AllFunctions.ino:155 (DBG(\"Failed to restart modem, delaying 10s and "
              "retrying\") when modem.restart() fails; restart() and init() start with testAT(), src/TinyGsmModem.tpp) "
              "(vshymanskyy/TinyGSM 4c55210); the LilyGO T-SIM / T-A7xxx examples derived from it print \"Failed to "
              "restart modem, attempting to continue without restarting\"",
              cleared_by=("reg:registered", "reg:camped", "reg:searching", "reg:denied", "reg:not-searching",
                          "sim:ready", "sim:missing", "sim:locked", "radio:on", "radio:off", "modem:restarted",
                          "modem:identity-answered")),
    # The serial line gives only NUL bytes: what a UART receives while the other end's TX line sits low (a module that
    # is switched off drives no idle-high level; termios(3): a BREAK, the line held low, reads as '\0' unless IGNBRK or
    # BRKINT is set). chat -v logs what it reads with vfmtmsg's "%v", a control byte as '^' and c ^ 0x40, so NUL is
    # "^@"; chat -V echoes with character() the same way. A line of such a run, alone or after chat's syslog tag (a
    # log zeroed by a crash shows the run before the line's own text, which this does not take).
    Signature("serial:nul-bytes",
              r"^(?:.*\bchat(?:\[\d+\])?:\s*)?(?:\^[@MJ]|\s)*(?:\^@){4,}(?:\^[@MJ]|\s)*$",
              "ppp-project/ppp ce4629f chat/chat.c: get_string() logs the bytes read with msgf(\"%0.*v\") (chat.c:1412, 1419), "
              "vfmtmsg's 'v' prints a control byte as '^' and c ^ 0x40 (chat.c:1684, 1722-1723), character() as \"^%c\" c + '@' "
              "(chat.c:997-1010, the -V echo at 1427); termios(3) IGNBRK/BRKINT: a BREAK reads as '\\0'",
              cleared_by=("modem:identity-answered",)),
    Signature("bios:unauthorized-card", r"1802: Unauthorized network card|Unauthorized network card is plugged in",
              "Lenovo/IBM BIOS POST error 1802 (whitelist of WWAN/WLAN cards)"),
    # --- a firmware flashing tool and the modem's USB device ------------------------------------
    # Quectel's QFirehose (Linux flasher over usbfs) could not query or claim the modem's USB interface, or a
    # transfer to it failed: the device went away or another program has it. V1.2 printed the GETDRIVER line for
    # every failed ioctl (usb_linux.c:581 in 0dc82b3, "kernel driver may be inactive"); later versions only when
    # errno is not ENODATA (usb_linux.c:773 in 6a46b47 and later, "errno: %d (%s)").
    Signature("flash:usb-access-failed",
              r"ioctl USBDEVFS_GETDRIVER (?:on interface \d+ )?failed"
              r"|Fail to claim interface \d+, errno"
              r"|inf\[\d+\] (?:USBDEVFS_SUBMITURB|ep_out) -?\d+/\d+, errno = \d+",
              "QFirehose usb_linux.c usbfs_is_kernel_driver_alive (0dc82b3:581 \"%s ioctl USBDEVFS_GETDRIVER failed, "
              "kernel driver may be inactive\"; 6a46b47/fbbb4fe:773 \"... failed, errno: %d (%s)\"), qusb_noblock_open "
              "(fbbb4fe:870 \"Fail to claim interface %d, errno: %d (%s)\"), qusb_noblock_write (fbbb4fe:533,543 "
              "\"inf[%d] USBDEVFS_SUBMITURB %d/%d, errno = %d (%s)\", \"inf[%d] ep_out ...\") (nippynetworks/qfirehose)",
              cleared_by=("flash:upgrade-succeeded",)),
    # QFirehose's bulk read from the download (EDL) device timed out: the device is enumerated and claimed, but
    # what it should send (the Sahara hello, a Firehose answer) never arrived within the timeout. usbfs_bulk_read
    # prints the timeout form only for ETIMEDOUT; a device that went away fails with ENODEV instead
    # (flash:usb-access-failed's kind).
    Signature("flash:usb-read-timeout",
              r"\binf\[\d+\] ep_in -?\d+/\d+, errno = 110 \([^()]*\), timeout=\d+",
              "QFirehose usb_linux.c:591 usbfs_bulk_read (\"inf[%d] ep_in %d/%d, errno = %d (%s), timeout=%d\", "
              "printed when the USBDEVFS_BULK ioctl fails with ETIMEDOUT), read through qusb_noblock_read "
              "(usb_linux.c:1021) (nippynetworks/qfirehose fbbb4fe)",
              cleared_by=("flash:upgrade-succeeded",)),
    Signature("flash:upgrade-succeeded", r"Upgrade module successfully",
              "QFirehose qfirehose.c:806 (\"Upgrade module %s.\", \"successfully\" or \"failed\") (nippynetworks/qfirehose "
              "fbbb4fe)"),
    # --- multiplexed links dropped by the hotplug glue ---------------------------------------
    Signature("mux:link-created", r"net link (?:qmimux|rmnet_data|rmnet|mhi_swip|wwan\d+\.)\S* created",
              "ModemManager src/mm-port-net.c / mm-bearer-qmi.c (\"net link %s created (mux id %u)\")"),
    # a QMAP mux link asked for and refused: by libqmi's link management (qmicli --link-add, ModemManager's bearers) or by
    # ModemManager's multiplex check. The kernel link must be raw-IP (not 802.3) and offer add_mux, and the modem's data
    # aggregation (WDA) must agree with the multiplexing the connection asks for
    Signature("mux:setup-refused",
              r"\bcouldn't add link: |Link management not supported with the expected data format configured as 802\.3"
              r"|No support for multiplexing in the interface|\bNo mux ids left\b|Couldn't add create link with mux id"
              r"|No new link detected for mux id|Multiplexing required but not supported|Multiplex support not available in kernel"
              r"|Cannot (?:enable|disable) multiplex support|Cannot switch to non-multiplex setup",
              "libqmi src/qmicli/qmicli-link-management.c:238,261 (\"error: couldn't add link: %s\"); "
              "src/libqmi-glib/qmi-device.c:1902-1903 setup_net_port_manager (\"Link management not supported with the expected "
              "data format configured as 802.3\"); src/libqmi-glib/qmi-net-port-manager-qmiwwan.c:236 (\"No mux ids left\"), "
              ":321 (\"Couldn't add create link with mux id %s: \"), :345 (\"No new link detected for mux id %s\"), :600-601 "
              "(\"No support for multiplexing in the interface\": no qmi/add_mux in sysfs) (libqmi 972c8b78); ModemManager "
              "src/mm-bearer-qmi.c:1802,1810 (\"Cannot enable multiplex support\", \"Cannot disable multiplex support\": the "
              "modem's data aggregation disagrees), :2456 and src/mm-bearer-mbim.c:1487 (\"Multiplexing required but not "
              "supported\"), src/mm-port-qmi.c:786,897 (\"Multiplex support not available in kernel\"), :2279 (\"Cannot "
              "switch to non-multiplex setup: %u links already setup exist\") (ModemManager 9a2d5863)"),
    Signature("hotplug:virtual-netdev-ignored", r"hotplug: sysfspath is a virtual device",
              "OpenWrt modemmanager package hotplug script (virtual net devices are not reported)"),
)


@functools.lru_cache(maxsize=1)
def _compiled() -> Tuple[Tuple[Signature, LazyRegex], ...]:
    """Each signature with its regex, compiled when a line holds one of its literals."""
    return tuple((sig, LazyRegex(sig.pattern)) for sig in TABLE)


def patterns_in(text: str) -> List[LazyRegex]:
    """The regexes of the signatures that match ``text``."""
    return [pattern for sig, pattern in _compiled() if pattern.search(text)]


def facts() -> Tuple[str, ...]:
    """Every fact name a rule may test with ``signal:``."""
    return tuple(dict.fromkeys(sig.fact for sig in TABLE))


# An AT command as ModemManager logs it ("(ttyACM0): --> 'AT+GTUSBMODE?<CR>'") or as a terminal
# echoes it ("AT!USBCOMP?", "root@OpenWrt:~# AT+QCFG=\"usbnet\""); plain "ATI"/"ATZ" carry no fact. The packet-data
# dial is one too: D*99 / D*98 then '*' or '#' (3GPP TS 27.007 10.2.1.1-2; "ATD*99#", "ATDT*99***1#", the echo in a
# wvdial or chat log); a dial string without that service code is another kind of call.
_AT_SENT = regex_cache.compile(r"(?:-->\s*'|^\s*(?:[^\s'\"]*[#$>]\s+)?)(AT[+!#$^%*][A-Za-z]\S*?|ATD[TP]?\*9[89][*#]\S*?)"
                               r"(?:<CR>|'|\s*$)", re.I)
_AT_RECEIVED = regex_cache.compile(r"<--\s*'(.*)'")
_AT_FINAL = regex_cache.compile(r"\bOK\b|\bERROR\b|\+CM[ES] ERROR")
# the line ends of a reply in ModemManager's AT trace (src/mm-port-serial-at.c:431-433 debug_log writes \r, \n as <CR>, <LF>)
_AT_TRACE_EOL = regex_cache.compile(r"(?:<CR>|<LF>)+")
# The line a module prints once when it has started (its UART/USB AT port is ready): Quectel "RDY"
# (ModemManager src/plugins/quectel/mm-shared-quectel.c:95,168 reads it as "a modem reset"), SIMCom
# A76xx "*ATREADY: 1" (A76XX AT command manual, power-on URC).
_POWER_UP_URC = regex_cache.compile(r"^(?:RDY|\*ATREADY: ?1)$")
# Commands that restart the module on purpose: after them a start-up line is expected
# (27.007 8.2 +CFUN=<fun>,1 resets before setting <fun>; SIMCom AT+CFUN=6 / AT+CRESET, Quectel AT+QPOWD,
# Sierra AT!RESET, u-blox AT+CFUN=15/16)
_AT_RESTART = regex_cache.compile(r"^AT(?:\+CFUN=\d+,1|\+CFUN=(?:6|15|16)\b|\+CRESET|\+QPOWD|!RESET|\+RESET|\+TRB|\^RESET)", re.I)
# the joined line for a start-up message that follows answered commands (no restart command between)
RESTARTED_MARK = "after answered AT commands => "


def at_exchanges(lines: Iterable[LogLine]) -> Iterable[LogLine]:
    """Every line, and after each reply to an AT command one more line "<command> => <reply>".

    A reply alone does not say what it answers ("+CME ERROR: 4"); rows that need the command
    ("AT+GTUSBMODE... => ... ERROR") match the joined line. The joined line keeps the reply's origin.
    A module's start-up line ("RDY") after earlier commands were answered, with no restart command
    since, gets one more line "after answered AT commands => RDY": the module restarted in the session.
    """
    command = None
    answered = False
    origin = None
    for line in lines:
        yield line
        if line.origin != origin:   # another source's lines (not necessarily in input order): a new session
            origin, answered = line.origin, False
        sent = _AT_SENT.search(line.text)
        if sent:
            command = sent.group(1)
            if _AT_RESTART.match(command):
                answered = False
            continue
        received = _AT_RECEIVED.search(line.text)
        if received:
            # a traced reply holds several lines ("<CR><LF>+CREG: 0,3<CR><LF><CR><LF>OK<CR><LF>"):
            # each is read as the terminal shows it, so that "+CREG: 0,3" ends its line
            parts = [p.strip() for p in _AT_TRACE_EOL.split(received.group(1)) if p.strip()]
        elif command is not None or answered:
            parts = [line.text.strip()] if line.text.strip() else []
        else:
            continue
        for reply in parts:
            if answered and _POWER_UP_URC.match(reply):
                yield LogLine(text=RESTARTED_MARK + reply, origin=line.origin, time=line.time, source=line.source)
                answered = False
            if command is None:
                if received:   # a traced reply's own lines
                    yield LogLine(text=reply, origin=line.origin, time=line.time, source=line.source)
                continue
            yield LogLine(text="%s => %s" % (command, reply), origin=line.origin, time=line.time, source=line.source)
            if _AT_FINAL.search(reply):
                answered = not _AT_RESTART.match(command)   # a restart command's own OK precedes its start-up line
                command = None


@functools.lru_cache(maxsize=1)
def _clearing() -> Dict[str, Tuple[str, ...]]:
    """``{fact: the facts that clear it}`` over every row of the fact."""
    out: Dict[str, Tuple[str, ...]] = {}
    for sig in TABLE:
        out[sig.fact] = tuple(dict.fromkeys(out.get(sig.fact, ()) + sig.cleared_by))
    return out


def settled(fact: str, found: Dict[str, List[LogLine]]) -> bool:
    """``fact`` is in ``found`` already, or a fact in ``found`` clears it: a line with no place in the
    log's order (a quote, the rest of a long line) adds nothing then."""
    return fact in found or any(c in found for c in _clearing().get(fact, ()))


def scan_quotes(quotes: Iterable[Tuple[LogLine, str]], found: Dict[str, List[LogLine]]) -> Dict[str, List[LogLine]]:
    """The facts that messages quoted in the post's sentences (``(line, sentence)``, see
    :func:`wwandoctor.model.prose.quoted_lines`) prove and ``found`` (:func:`scan` of every line) does
    not hold yet: a quote matches a row's pattern as a line would, or its ``quote`` part when the
    sentence matches ``quote_context``. A fact that a found fact clears is left out (a quote has no
    place in the log's order). The lines keep origin ``quoted``: findings resting on them are low
    confidence (engine.rule)."""
    extra: Dict[str, List[LogLine]] = {}
    for line, sentence in quotes:
        for sig, pattern in _compiled():
            if settled(sig.fact, found):
                continue
            if pattern.search(line.text) or (sig.quote and re.search(sig.quote, line.text)
                                             and (not sig.quote_context or re.search(sig.quote_context, sentence))):
                lines = extra.setdefault(sig.fact, [])
                if line not in lines:
                    lines.append(line)
    return extra


# origins that are no program's syslog tag
_UNTAGGED = frozenset(("kernel", "unknown", "paste", "quoted", "stated"))


def _as_printed(line: LogLine) -> str:
    """The line as its program prints it on a terminal, when a syslog/journal reader took the program's
    name off as the origin ("udhcpc[812]: no lease, failing" is "udhcpc: no lease, failing" run by hand);
    "" when the line has no such origin or still starts with it."""
    if line.origin in _UNTAGGED or not line.origin or line.text.startswith(line.origin):
        return ""
    return "%s: %s" % (line.origin, line.text)


def scan(lines: Iterable[LogLine], said: Optional[Callable[[LogLine, int], bool]] = None) -> Dict[str, List[LogLine]]:
    """The facts the lines prove, each with its lines, in order; facts cleared by a later line are dropped.
    ``said(line, start)``, when given, is asked about a match in a line no parser understood: False
    when the post's sentence around it does not state it ("if mmcli says sim-missing, ...")."""
    found: Dict[str, List[LogLine]] = {}
    last: Dict[str, int] = {}
    for index, line in enumerate(at_exchanges(lines)):
        tagged = _as_printed(line)
        for sig, pattern in _compiled():
            m = pattern.search(line.text) or (tagged and pattern.search(tagged))
            if m and (said is None or line.origin != "unknown" or said(line, m.start())):
                found.setdefault(sig.fact, []).append(line)
                last[sig.fact] = index
    for fact, clearers in _clearing().items():
        if fact in found and any(last.get(c, -1) > last[fact] for c in clearers):
            del found[fact]
    return found
