#!/usr/bin/env python3
"""Sweep: does one decisive line name its cause, whatever log format carries it?

Real posts are often one or two decisive lines (an mbimcli "Radio state retrieved: 'fcc-locked'", a
ModemManager "verbose call end reason ... invalid-sim-state", an "insmod: ... Key was rejected by
service"). An expert names the cause from that single line; so must the tool. For every message
below (a fact of wwandoctor/signatures.py that a rule concludes from alone, in the wording of the
program that prints it: the format string is cited, its %s/%d filled with realistic values), this
builds a one-line paste in each format in which that program's message really appears (kernel:
dmesg, journalctl -k, OpenWrt logread, syslog; ModemManager: journal, --debug stderr, old syslog
style, logread; libqmi/libmbim CLIs: the bare line, with and without "error: ", after the command;
AT: the reply under its echoed command, a terminal's CR/LF, a ModemManager AT trace), runs
``analyze`` in-process (JSON report) with and without the --tool a person would name, and counts
per cause how many of them yield the cause as the top finding, in the top 3, or not at all.

Messages marked ``context`` prove a fact an expert would not conclude from alone (a reply that is
a cause only when a tool of the other protocol is used): they are measured, not required. Messages
with cause ``None`` are no-fault lines: they must stay silent (no error or warning).

    .venv/bin/python tests/signature_sweep.py [-v]      # figures per cause; -v lists each miss

tests/test_signature_sweep.py keeps the invariant: every decisive message in every format gives its
cause as the top finding, every no-fault line stays silent.
"""
from __future__ import annotations

import argparse
import collections
import os
import sys
from dataclasses import dataclass
from typing import Dict, Iterator, List, Optional, Tuple

from case_util import problems


@dataclass(frozen=True)
class Message:
    """One wording of a decisive message, as its program prints it."""
    fact: str                # the signatures.py fact it proves ("": a line a rule reads with its own log pattern)
    cause: Optional[str]     # the cause an expert names from it alone; None: a no-fault line
    kind: str                # kernel | mm | cli | at | program | glib: decides the formats it appears in
    text: str                # the message (for kind "at": the reply)
    source: str              # the program's format string and where it is
    tool: str = ""           # the --tool a person reporting it would name
    command: str = ""        # the command typed before it (cli, program) or the AT command (at)
    program: str = ""        # the syslog tag (program) / log level (mm: info, warn, msg, debug)
    context: bool = False    # decisive only with context: measured, not part of the invariant
    formats: Tuple[str, ...] = ()   # only these formats (default: every format of its kind)


M = Message
_MBIM = "libmbim src/mbimcli/"
_QMICLI = "libqmi src/qmicli/"
_KMOD_INSMOD = "kmod tools/insmod.c:147 ERR(\"could not insert module %s: %s\\n\") (log.c prefix \"insmod: ERROR: \")"
_KMOD_MODPROBE = "kmod tools/modprobe.c:637 ERR(\"could not insert '%s': %s\\n\")"
_BB_INSMOD = "busybox modutils/insmod.c:72 bb_error_msg(\"can't insert '%s': %s\", filename, moderror(rc))"
_BB_MODPROBE = "busybox modutils/modprobe.c:497 bb_error_msg(\"can't load module %s (%s): %s\", ..., moderror(rc))"
_LOCKDOWN = ("linux security/lockdown/lockdown.c:67 pr_notice_once(\"Lockdown: %s: %s is restricted; see man "
             "kernel_lockdown.7\\n\", current->comm, lockdown_reasons[what])")
_SD_MODULES = "systemd src/shared/module-util.c module_load_and_warn (\"Failed to insert module '%s': %m\")"

_NM_STATE = "NetworkManager src/core/devices/nm-device.c:17881 (\"state change: %s -> %s (reason '%s', ...)\"), reason"
_NM_FORMATS = ("journal", "syslog")
_QMI_SH = ("OpenWrt package/network/utils/uqmi/files/lib/netifd/proto/qmi.sh proto_qmi_setup echo (openwrt/openwrt "
           "002e1fd6), relayed by netifd as \"<iface> (<pid>): <text>\"")
_NETIFD_FORMATS = ("logread-nopid", "syslog-nopid")

MESSAGES: Tuple[Message, ...] = (
    # --- FCC lock ---------------------------------------------------------------------------------
    M("fcc:radio-locked", "fcc-locked", "cli", "[/dev/cdc-wdm0] Radio state retrieved: 'fcc-locked'",
      _MBIM + "mbimcli-quectel.c:148 g_print (\"[%s] Radio state retrieved: '%s'\\n\")", tool="mbimcli",
      command="mbimcli -p -d /dev/cdc-wdm0 --quectel-query-radio-state"),
    M("fcc:unlock-failed", "fcc-locked", "mm", "couldn't run FCC unlock: fcc unlock operation launch aborted: no valid program found",
      "ModemManager src/mm-iface-modem.c:4340 mm_obj_dbg (\"couldn't run FCC unlock: %s\")", tool="modemmanager", program="debug"),
    M("fcc:unlock-failed", "fcc-locked", "mm", "fcc unlock operation launch aborted: no valid program found",
      "ModemManager src/mm-dispatcher-fcc-unlock.c:131 (OPERATION_DESCRIPTION \" operation launch aborted: no valid program found\")",
      tool="modemmanager", program="debug"),
    M("fcc:unlock-failed", "fcc-locked", "mm", "couldn't set FCC auth: QMI protocol error (17): 'MissingArgument'",
      "ModemManager 1.14-1.16 src/mm-broadband-modem-mbim.c:1553 mm_obj_dbg (\"couldn't set FCC auth: %s\")",
      tool="modemmanager", program="debug"),
    M("fcc:unlock-failed", "fcc-locked", "mm", "couldn't set FCC authentication: QMI protocol error (17): 'MissingArgument'",
      "ModemManager 1.14-1.16 src/mm-broadband-modem-qmi.c:1676 mm_obj_dbg (\"couldn't set FCC authentication: %s\")",
      tool="modemmanager", program="debug"),
    # --- a control port opened in the other protocol ------------------------------------------------
    M("port:qmi-mode-on-non-qmi-port", "mbim-config-qmi-tools", "glib",
      "[/dev/cdc-wdm0] requested QMI mode but unexpected transport type found",
      "libqmi src/libqmi-glib/qmi-device.c:2653 g_warning (\"[%s] requested QMI mode but unexpected transport type found\")",
      tool="qmicli", program="qmicli", command="qmicli -d /dev/cdc-wdm0 --device-open-qmi --dms-get-ids"),
    M("port:mbim-mode-on-non-mbim-port", "qmi-config-mbim-tools", "glib",
      "[/dev/cdc-wdm0] requested MBIM mode but unexpected transport type found",
      "libqmi src/libqmi-glib/qmi-device.c:2635 g_warning (\"[%s] requested MBIM mode but unexpected transport type found\")",
      tool="qmicli", program="qmicli", command="qmicli -d /dev/cdc-wdm0 --device-open-mbim --dms-get-ids"),
    # --- SIM --------------------------------------------------------------------------------------
    M("sim:invalid", "sim-problem", "mm", "verbose call end reason (3,2504): [cm] invalid-sim-state",
      "ModemManager src/mm-modem-helpers-qmi.c:3479 mm_obj_msg (\"verbose call end reason (%u,%d): [%s] %s\")",
      tool="modemmanager", program="msg"),
    M("sim:invalid", "sim-problem", "cli", "verbose call end reason (3,2504): [cm] invalid-sim-state",
      _QMICLI + "qmicli-wds.c:811 g_printerr (\"verbose call end reason (%u,%d): [%s] %s\\n\")", tool="qmicli",
      command="qmicli -d /dev/cdc-wdm0 --wds-start-network=apn=internet --client-no-release-cid"),
    M("sim:missing", "sim-problem", "at", "+CPIN: NOT INSERTED", "3GPP TS 27.007 8.3 +CPIN (SIM not inserted)",
      tool="at", command="AT+CPIN?"),
    M("sim:missing", "sim-problem", "at", "+CME ERROR: 10", "3GPP TS 27.007 9.2 +CME ERROR 10 (SIM not inserted)",
      tool="at", command="AT+CPIN?"),
    M("sim:missing", "sim-problem", "at", "+CME ERROR: SIM not inserted", "3GPP TS 27.007 9.2 verbose +CME ERROR (AT+CMEE=2)",
      tool="at", command="AT+CPIN?"),
    M("sim:locked", "sim-problem", "at", "+CPIN: SIM PIN", "3GPP TS 27.007 8.3 +CPIN (SIM PIN)", tool="at", command="AT+CPIN?"),
    M("sim:locked", "sim-problem", "at", "+CPIN: SIM PUK", "3GPP TS 27.007 8.3 +CPIN (SIM PUK)", tool="at", command="AT+CPIN?"),
    M("sim:locked", "sim-problem", "at", "+CPIN: PH-NET PIN", "3GPP TS 27.007 8.3 +CPIN (network personalisation)",
      tool="at", command="AT+CPIN?"),
    M("sim:missing", "sim-problem", "program", "requestGetSIMStatus SIMStatus: SIM_ABSENT",
      "quectel-CM / fibocom-dial QMIThread.c:1338 dbg_time (\"%s SIMStatus: %s\") (coolsnowwolf/lede "
      "package/wwan/app/fibocom-dial/src/QMIThread.c)", tool="quectel-cm", program="quectel-CM",
      command="sudo ./quectel-CM -s internet", formats=("dbg_time", "prompt", "logread")),
    M("sim:locked", "sim-problem", "program", "requestGetSIMStatus SIMStatus: SIM_PIN",
      "quectel-CM / fibocom-dial QMIThread.c:1338", tool="quectel-cm", program="quectel-CM",
      command="sudo ./quectel-CM -s internet", formats=("dbg_time", "prompt", "logread")),
    M("sim:locked", "sim-problem", "mm", "modem is locked with 'sim-pin'",
      "ModemManager src/mm-iface-modem-simple.c:663 mm_obj_warn (\"modem is locked with '%s'\")", tool="modemmanager",
      program="warn"),
    M("sim:locked", "sim-problem", "cli", "\t\tPIN1 state: 'enabled-not-verified'",
      _QMICLI + "qmicli-uim.c:1665 g_print (\"\\t\\tPIN1 state: '%s'\\n\") (QmiUimPinState)", tool="qmicli",
      command="qmicli -d /dev/cdc-wdm0 --uim-get-card-status"),
    M("sim:locked", "sim-problem", "cli", '{"pin1_status":"blocked","pin1_verify_tries":0,"pin1_unlock_tries":10}',
      "uqmi commands-dms.c --get-pin-status (\"pin1_status\": blocked, as OpenWrt qmi.sh reads it)", tool="uqmi",
      command="uqmi -d /dev/cdc-wdm0 --get-pin-status", formats=("bare", "prompt")),
    M("sim:locked", "sim-problem", "at", "+CME ERROR: 16", "3GPP TS 27.007 9.2.1 +CME ERROR 16 (incorrect password)",
      tool="at", command='AT+CPIN="1234"', formats=("echo", "crlf", "mm-trace")),
    M("sim:invalid", "sim-problem", "at", "+CME ERROR: 15", "3GPP TS 27.007 9.2 +CME ERROR 15 (SIM wrong)",
      tool="at", command="AT+CPIN?"),
    M("call:rejected-apn", "apn-or-bearer-config", "at", "+CME ERROR: 133",
      "3GPP TS 27.007 9.2 +CME ERROR 133 (requested service option not subscribed; ModemManager-errors.h:409)",
      tool="at", command="AT+CGACT=1,1"),
    M("call:rejected-apn", "apn-or-bearer-config", "at", "+CME ERROR: Missing or unknown APN",
      "3GPP TS 27.007 9.2 +CME ERROR 127, verbose (AT+CMEE=2; ModemManager src/mm-error-helpers.c:203)",
      tool="at", command="AT+CGACT=1,1"),
    M("reg:denied", "not-registered", "at", "+CME ERROR: 107",
      "3GPP TS 27.007 9.2 +CME ERROR 107 (GPRS services not allowed; ModemManager-errors.h:386)",
      tool="at", command="AT+CGATT=1"),
    M("reg:no-service", "not-registered", "at", "+CME ERROR: 30",
      "3GPP TS 27.007 9.2 +CME ERROR 30 (no network service; ModemManager-errors.h:353)", tool="at", command="AT+COPS?"),
    M("sim:card-error", "sim-problem", "at", "+CME ERROR: 13", "3GPP TS 27.007 9.2 +CME ERROR 13 (SIM failure)",
      tool="at", command="AT+CPIN?"),
    M("sim:card-error", "sim-problem", "cli", "Card state: 'error'",
      _QMICLI + "qmicli-uim.c:1617 g_print (\"\\tCard state: '%s'\\n\")", tool="qmicli",
      command="qmicli -d /dev/cdc-wdm0 --uim-get-card-status"),
    M("sim:other-slot", "sim-problem", "at", "+QUIMSLOT: 2", "Quectel AT+QUIMSLOT? (2 = slot 2)", tool="at",
      command="AT+QUIMSLOT?"),
    # NetworkManager's device state reasons (src/core/devices/nm-device.c:17881 "state change: %s -> %s (reason '%s',
    # ...)", nicks in nm-device-utils.c:84-120)
    M("sim:missing", "sim-problem", "program",
      "device (cdc-wdm0): state change: prepare -> failed (reason 'gsm-sim-not-inserted', sys-iface-state: 'managed')",
      _NM_STATE + " gsm-sim-not-inserted", program="NetworkManager", tool="networkmanager", formats=_NM_FORMATS),
    M("sim:locked", "sim-problem", "program",
      "device (cdc-wdm0): state change: prepare -> failed (reason 'sim-pin-incorrect', sys-iface-state: 'managed')",
      _NM_STATE + " sim-pin-incorrect", program="NetworkManager", tool="networkmanager", formats=_NM_FORMATS),
    M("sim:locked", "sim-problem", "program",
      "device (cdc-wdm0): state change: need-auth -> failed (reason 'gsm-sim-pin-required', sys-iface-state: 'managed')",
      _NM_STATE + " gsm-sim-pin-required", program="NetworkManager", tool="networkmanager", formats=_NM_FORMATS),
    M("reg:denied", "not-registered", "program",
      "device (cdc-wdm0): state change: prepare -> failed (reason 'gsm-registration-denied', sys-iface-state: 'managed')",
      _NM_STATE + " gsm-registration-denied", program="NetworkManager", tool="networkmanager", formats=_NM_FORMATS),
    # OpenWrt's qmi.sh protocol handler, relayed by netifd
    M("sim:locked", "sim-problem", "program", "wwan (1234): SIM locked PUK required", _QMI_SH, program="netifd",
      formats=_NETIFD_FORMATS),
    M("sim:locked", "sim-problem", "program", "wwan (1234): PIN not specified but required", _QMI_SH, program="netifd",
      formats=_NETIFD_FORMATS),
    M("sim:missing", "sim-problem", "program", "wwan (1234): PIN status failed (sim_not_present)",
      _QMI_SH + " (\"PIN status failed (${pin1_status:-sim_not_present})\")", program="netifd", formats=_NETIFD_FORMATS),
    M("reg:denied", "not-registered", "program", "wwan (1234): Network registration failed (reason: 'registering_denied')",
      _QMI_SH + " (\"Network registration failed (reason: '$registration_state')\"; uqmi's nick)", program="netifd",
      formats=_NETIFD_FORMATS),
    M("reg:searching", "not-registered", "program", "wwan (1234): Network registration failed, registration timeout reached",
      _QMI_SH, program="netifd", formats=_NETIFD_FORMATS),
    M("call:rejected-apn", "apn-or-bearer-config", "program", "wwan (1234): Unable to connect IPv4", _QMI_SH,
      program="netifd", formats=_NETIFD_FORMATS),
    M("call:rejected-apn", "apn-or-bearer-config", "program", "wwan (1234): Unable to connect, check APN and authentication",
      "OpenWrt qmi.sh / mbim.sh before 2020 (echo \"Unable to connect, check APN and authentication\")", program="netifd",
      formats=_NETIFD_FORMATS),
    M("reg:denied", "not-registered", "mm", "3GPP registration state changed (registering -> denied)",
      "ModemManager src/mm-iface-modem-3gpp.c:2436 mm_obj_msg (\"3GPP registration state changed (%s -> %s)\")",
      tool="modemmanager", program="msg"),
    # --- registration -----------------------------------------------------------------------------
    M("reg:denied", "not-registered", "at", "+CEREG: 0,3", "3GPP TS 27.007 10.1.22 +CEREG stat 3 (registration denied)",
      tool="at", command="AT+CEREG?"),
    M("reg:denied", "not-registered", "at", "+CGREG: 0,3", "3GPP TS 27.007 10.1.20 +CGREG stat 3 (registration denied)",
      tool="at", command="AT+CGREG?"),
    M("reg:searching", "not-registered", "at", "+CEREG: 0,2", "3GPP TS 27.007 10.1.22 +CEREG stat 2 (searching)",
      tool="at", command="AT+CEREG?"),
    M("reg:searching", "not-registered", "at", "+CPSI: NO SERVICE,Online", "SIMCom AT+CPSI? (no service)", tool="at",
      command="AT+CPSI?"),
    M("reg:limited-service", "not-registered", "at",
      '+QENG: "servingcell","LIMSRV","LTE","FDD",262,01,1A2B3C4,123,1300,3,5,5,1A2B,-110,-14,-80,2,-',
      "Quectel AT+QENG=\"servingcell\" <state> LIMSRV", tool="at", command='AT+QENG="servingcell"'),
    M("reg:no-signal", "not-registered", "at", "+CSQ: 99,99", "3GPP TS 27.007 8.5 +CSQ (99 = not known or not detectable)",
      tool="at", command="AT+CSQ"),
    # --- data call ----------------------------------------------------------------------------------
    M("call:rejected-apn", "apn-or-bearer-config", "cli", "verbose call end reason (6,27): [3gpp] missing-or-unknown-apn",
      _QMICLI + "qmicli-wds.c:811 g_printerr (\"verbose call end reason (%u,%d): [%s] %s\\n\")", tool="qmicli",
      command="qmicli -d /dev/cdc-wdm0 --wds-start-network=apn=internet --client-no-release-cid"),
    M("call:rejected-apn", "apn-or-bearer-config", "mm", "verbose call end reason (6,29): [3gpp] user-authentication-failed",
      "ModemManager src/mm-modem-helpers-qmi.c:3479 mm_obj_msg (\"verbose call end reason (%u,%d): [%s] %s\")",
      tool="modemmanager", program="msg"),
    M("call:rejected-apn", "apn-or-bearer-config", "mm", "verbose call end reason (6,33): [3gpp] service-option-not-subscribed",
      "ModemManager src/mm-modem-helpers-qmi.c:3479", tool="modemmanager", program="msg"),
    # --- the control channel ------------------------------------------------------------------------
    M("qmi:client-ids-exhausted", "control-channel-unresponsive", "cli",
      "error: couldn't create client for the 'wds' service: CID allocation failed in the CTL client: "
      "QMI protocol error (5): 'ClientIdsExhausted'",
      _QMICLI + "qmicli.c:356 (\"error: couldn't create client for the '%s' service: %s\"), libqmi qmi-device.c:1145 "
      "(\"CID allocation failed in the CTL client: %s\"), FieldResult.py (\"QMI protocol error (%u): '%s'\")",
      tool="qmicli", command="qmicli -d /dev/cdc-wdm0 --wds-get-packet-service-status"),
    # --- permissions --------------------------------------------------------------------------------
    M("port:open-denied", "permissions", "cli",
      "error: couldn't open the QmiDevice: Cannot open device file '/dev/cdc-wdm0': Permission denied",
      _QMICLI + "qmicli.c:691 (\"error: couldn't open the QmiDevice: %s\"), libqmi qmi-endpoint-qmux.c:227 "
      "(\"Cannot open device file '%s': %s\")", tool="qmicli", command="qmicli -d /dev/cdc-wdm0 --dms-get-ids"),
    M("port:open-denied", "permissions", "cli",
      "error: couldn't open the MbimDevice: Cannot open device file '/dev/cdc-wdm0': Permission denied",
      _MBIM + "mbimcli.c:293 (\"error: couldn't open the MbimDevice: %s\"), libmbim mbim-device.c (\"Cannot open device "
      "file '%s': %s\")", tool="mbimcli", command="mbimcli -d /dev/cdc-wdm0 --query-device-caps"),
    M("port:open-denied", "permissions", "program", "minicom: cannot open /dev/ttyUSB2: Permission denied",
      "minicom src/main.c (\"minicom: cannot open %s: %s\")", tool="at", command="minicom -D /dev/ttyUSB2",
      formats=("bare", "prompt")),
    # --- firmware image / carrier configuration -----------------------------------------------------
    M("fw:image-mismatch", "firmware-image-mismatch", "at",
      "LPM force flags - W_DISABLE:0, User:0, Temp:0, Volt:0, BIOS:0, GOBIIM:1",
      "Sierra AT!PCINFO? (LPM force flags, GOBIIM: image mismatch)", tool="at", command="AT!PCINFO?"),
    M("fw:image-mismatch", "firmware-image-mismatch", "cli", "Reason: 'pri-image-misconfiguration'",
      _QMICLI + "qmicli-dms.c:1811 g_print (\"\\tReason: '%s'\\n\") (QmiDmsOfflineReason)", tool="qmicli",
      command="qmicli -d /dev/cdc-wdm0 --dms-get-operating-mode"),
    M("fw:carrier-config-not-activated", "firmware-image-mismatch", "at",
      '+QMBNCFG: "List",0,1,0,"ROW_Generic_3GPP",0x0501081F,201901141',
      "Quectel AT+QMBNCFG=\"List\" (<selected> 1, <activated> 0)", tool="at", command='AT+QMBNCFG="List"'),
    M("fwupdate:tty-timeout", "driver-not-bound-unknown-id", "cli",
      "error: error waiting for TTY: waiting for device at '/sys/devices/pci0000:00/0000:00:14.0/usb1/1-3' timed out",
      "libqmi < 1.32 src/qmi-firmware-update/qfu-updater.c (g_prefix_error \"error waiting for TTY: \"), "
      "qfu-helpers-udev.c:546 (\"waiting for device at '%s' timed out\"), qfu-operation-update.c:65 (\"error: %s\\n\")",
      tool="qmicli", command="qmi-firmware-update --update -d 1199:9071 SWI9X30C_02.33.03.00.cwe SWI9X30C_02.33.03.00.nvu"),
    M("fwupdate:tty-timeout", "driver-not-bound-unknown-id", "cli",
      "error: error waiting for serial device in download mode: waiting for device at "
      "'/sys/devices/pci0000:00/0000:00:14.0/usb1/1-3' timed out",
      "libqmi >= 1.32 src/qmi-firmware-update/qfu-updater.c:879 (g_prefix_error \"error waiting for serial device in "
      "download mode: \", commit 8fa701a9), qfu-helpers-udev.c:546, qfu-operation-update.c:65",
      tool="qmicli", command="qmi-firmware-update --update -d 1199:9071 SWI9X30C_02.33.03.00.cwe SWI9X30C_02.33.03.00.nvu"),
    M("fwupdate:download-protocol-error", "firmware-bug-or-crash", "cli",
      "error: error creating device: HDLC trailing control character not found",
      "libqmi < 1.24 src/qmi-firmware-update/qfu-updater.c:792 (g_prefix_error \"error creating device: \"), "
      "qfu-qdl-device.c:393 (\"HDLC trailing control character not found\"), qfu-operation-update.c:65",
      tool="qmicli", command="qmi-firmware-update --update -d 1199:9091 SWI9X50C_01.09.04.00.cwe SWI9X50C_01.09.04.00.nvu"),
    M("fwupdate:download-protocol-error", "firmware-bug-or-crash", "cli", "error: unsupported download protocol",
      "libqmi >= 1.24 src/qmi-firmware-update/qfu-updater.c:857 (\"unsupported download protocol\"), qfu-operation-update.c:65",
      tool="qmicli", command="qmi-firmware-update --update -d 1199:9091 SWI9X50C_01.09.04.00.cwe SWI9X50C_01.09.04.00.nvu"),
    # --- modules ------------------------------------------------------------------------------------
    M("module:load-key-rejected", "module-load-blocked", "program",
      "insmod: ERROR: could not insert module qmi_wwan_q.ko: Key was rejected by service", _KMOD_INSMOD,
      command="sudo insmod qmi_wwan_q.ko", formats=("bare", "prompt")),
    M("module:load-key-rejected", "module-load-blocked", "program",
      "modprobe: ERROR: could not insert 'qmi_wwan_q': Key was rejected by service", _KMOD_MODPROBE,
      command="sudo modprobe qmi_wwan_q", formats=("bare", "prompt")),
    M("module:load-key-rejected", "module-load-blocked", "program",
      "modprobe: ERROR: could not insert 'xmm7360': Required key not available", _KMOD_MODPROBE,
      command="sudo modprobe xmm7360", formats=("bare", "prompt")),
    M("module:load-key-rejected", "module-load-blocked", "program",
      "insmod: can't insert 'qmi_wwan_q.ko': Key was rejected by service", _BB_INSMOD,
      command="insmod qmi_wwan_q.ko", formats=("bare", "prompt")),
    M("module:load-key-rejected", "module-load-blocked", "program",
      "Failed to insert module 'qmi_wwan_q': Key was rejected by service", _SD_MODULES,
      program="systemd-modules-load", formats=("journal", "syslog")),
    M("module:load-eperm", "module-load-blocked", "program",
      "insmod: ERROR: could not insert module xmm7360.ko: Operation not permitted", _KMOD_INSMOD,
      command="sudo insmod xmm7360.ko", formats=("bare", "prompt")),
    M("module:load-eperm", "module-load-blocked", "program",
      "modprobe: ERROR: could not insert 'qmi_wwan_q': Operation not permitted", _KMOD_MODPROBE,
      command="sudo modprobe qmi_wwan_q", formats=("bare", "prompt")),
    M("module:load-eperm", "module-load-blocked", "program",
      "modprobe: can't load module qmi_wwan_q (kernel/drivers/net/usb/qmi_wwan_q.ko): Operation not permitted",
      _BB_MODPROBE, command="modprobe qmi_wwan_q", formats=("bare", "prompt")),
    M("module:load-key-rejected", "module-load-blocked", "program",
      "Failed to insert module '/lib/modules/6.1.0-18-amd64/updates/dkms/qmi_wwan_q.ko': Key was rejected by service",
      "kmod libkmod/libkmod-module.c:717 INFO (\"Failed to insert module '%s': %s\\n\") (modprobe -v)",
      command="sudo modprobe -v qmi_wwan_q", formats=("bare", "prompt")),
    M("module:unknown-symbol", "kernel-module-missing", "program",
      "insmod: ERROR: could not insert module qmi_wwan_q.ko: Unknown symbol in module",
      _KMOD_INSMOD + "; mod_strerror(ENOENT) tools/insmod.c:57", command="sudo insmod qmi_wwan_q.ko",
      formats=("bare", "prompt")),
    M("module:unknown-symbol", "kernel-module-missing", "program",
      "modprobe: ERROR: could not insert 'qmi_wwan_q': Unknown symbol in module, or unknown parameter (see dmesg)",
      "kmod tools/modprobe.c:632", command="sudo modprobe qmi_wwan_q", formats=("bare", "prompt")),
    M("module:unknown-symbol", "kernel-module-missing", "program",
      "insmod: can't insert 'qmi_wwan_q.ko': unknown symbol in module, or unknown parameter",
      _BB_INSMOD + "; moderror(ENOENT) modutils/modutils.c:280", command="insmod qmi_wwan_q.ko",
      formats=("bare", "prompt")),
    M("module:built-for-other-kernel", "kernel-module-missing", "kernel",
      "qmi_wwan_q: version magic '5.4.0-42-generic SMP mod_unload modversions ' should be "
      "'5.15.0-91-generic SMP mod_unload modversions '",
      "linux kernel/module/main.c check_modinfo pr_err (\"%s: version magic '%s' should be '%s'\\n\")"),
    M("module:built-for-other-kernel", "kernel-module-missing", "kernel", "GobiNet: disagrees about version of symbol module_layout",
      "linux kernel/module/version.c check_version (\"%s: disagrees about version of symbol %s\\n\")"),
    M("module:built-for-other-kernel", "kernel-module-missing", "program",
      "insmod: ERROR: could not insert module qmi_wwan_q.ko: Invalid module format",
      _KMOD_INSMOD + "; mod_strerror(ENOEXEC) tools/insmod.c:55", command="sudo insmod qmi_wwan_q.ko",
      formats=("bare", "prompt")),
    M("module:built-for-other-kernel", "kernel-module-missing", "program",
      "modprobe: ERROR: could not insert 'qmi_wwan_q': Exec format error", _KMOD_MODPROBE + " with strerror(ENOEXEC)",
      command="sudo modprobe qmi_wwan_q", formats=("bare", "prompt")),
    M("module:built-for-other-kernel", "kernel-module-missing", "program",
      "insmod: can't insert 'qmi_wwan_q.ko': invalid module format", _BB_INSMOD + "; moderror(ENOEXEC) modutils/modutils.c:278",
      command="insmod qmi_wwan_q.ko", formats=("bare", "prompt")),
    M("lockdown:pci-access-refused", "module-load-blocked", "kernel",
      "Lockdown: setpci: direct PCI access is restricted; see man kernel_lockdown.7", _LOCKDOWN),
    M("lockdown:pci-access-refused", "module-load-blocked", "kernel",
      "Lockdown: direct PCI access is restricted; see man kernel_lockdown.7", _LOCKDOWN + " (v5.4: without the program)"),
    M("lockdown:pci-access-refused", "module-load-blocked", "program",
      "pcilib: sysfs_write: write failed: Operation not permitted",
      "pciutils lib/sysfs.c:571 sysfs_write warning(\"sysfs_write: write failed: %s\") with EPERM from linux "
      "drivers/pci/pci-sysfs.c pci_write_config (security_locked_down(LOCKDOWN_PCI_ACCESS))",
      command="sudo setpci -s 00:1c.0 CAP_EXP+10.w=0050", formats=("bare", "prompt")),
    M("module:signature-untrusted", "module-load-blocked", "kernel", "PKCS#7 signature not signed with a trusted key",
      "linux certs/system_keyring.c verify_pkcs7_message_sig (pr_err)"),
    M("lockdown:pci-access-refused", "module-load-blocked", "kernel",
      "Lockdown: setpci: direct PCI access is restricted; see man kernel_lockdown.7", _LOCKDOWN),
    M("lockdown:pci-access-refused", "module-load-blocked", "kernel",
      "Lockdown: direct PCI access is restricted; see man kernel_lockdown.7", _LOCKDOWN + " (v5.4: without the program)"),
    M("module:signature-untrusted", "module-load-blocked", "kernel", "Loading of unsigned module is rejected",
      "linux kernel/module/signing.c module_sig_check (pr_notice \"Loading of %s is rejected\")"),
    M("lockdown:pci-access-refused", "module-load-blocked", "kernel",
      "Lockdown: setpci: direct PCI access is restricted; see man kernel_lockdown.7", _LOCKDOWN),
    M("lockdown:pci-access-refused", "module-load-blocked", "kernel",
      "Lockdown: direct PCI access is restricted; see man kernel_lockdown.7", _LOCKDOWN + " (v5.4: without the program)"),
    M("module:signature-untrusted", "module-load-blocked", "kernel", "Loading of module with unavailable key is rejected",
      "linux kernel/module/signing.c module_sig_check (pr_notice \"Loading of %s is rejected\")"),
    M("module:unknown-symbol", "kernel-module-missing", "kernel", "cdc_mbim: Unknown symbol cdc_ncm_bind_common (err -2)",
      "linux kernel/module/main.c simplify_symbols pr_warn (\"%s: Unknown symbol %s (err %d)\")"),
    M("build:kernel-tree-missing", "kernel-module-missing", "program",
      "make[1]: *** /lib/modules/5.15.0-91-generic/build: No such file or directory.  Stop.",
      "GNU make src/main.c:1778 (chdir failure -> pfatal_with_name), output.c (\"%s: *** %s: %s.  Stop.\")",
      command="make", formats=("bare", "prompt")),
    M("build:kernel-tree-missing", "kernel-module-missing", "program",
      "Error! Your kernel headers for kernel 5.15.0-91-generic cannot be found at /lib/modules/5.15.0-91-generic/build "
      "or /lib/modules/5.15.0-91-generic/source.",
      "dkms dkms.in:1287 prepare_kernel (\"Your kernel headers for kernel $1 cannot be found at ...\")",
      command="sudo dkms install xmm7360/0.1", formats=("bare", "prompt")),
    M("fcc:unlock-failed", "fcc-locked", "program", "[2025-01-01 10:00:00.000] Current platform:0A1B do not support FccLock!",
      "Foxconn FoxFlss (foxconn-pc/fii_linux Application/FoxFlss, closed binary): \"Current platform:%s do not support "
      "FccLock!\"", command="sudo FoxFlss", formats=("bare", "prompt")),
    M("mm:unauthorized", "permissions", "program",
      "error: couldn't enable the modem: 'GDBus.Error:org.freedesktop.ModemManager1.Error.Core.Unauthorized: PolicyKit "
      "authorization failed: not authorized for 'org.freedesktop.ModemManager1.Device.Control''",
      "ModemManager src/mm-auth-provider.c:111 (\"PolicyKit authorization failed: not authorized for '%s'\"), as mmcli "
      "prints the D-Bus error", tool="modemmanager", command="mmcli -m 0 -e", formats=("bare", "prompt")),
    M("vendor-driver:control-port", "wrong-driver-bound", "program",
      "[/dev/cdc-wdm0] couldn't detect transport type of port: unexpected usb driver detected: qmi_wwan_q",
      "libqmi src/libqmi-glib/qmi-device.c:2601 g_warning with qmi-helpers.c:495 (\"unexpected usb driver detected: %s\")",
      tool="qmicli", command="sudo qmicli -d /dev/cdc-wdm0 --dms-get-ids", formats=("bare", "prompt")),
    M("build:module-compile-failed", "kernel-module-missing", "program",
      "make[2]: *** [scripts/Makefile.build:271: /home/user/xmm7360-pci/xmm7360.o] Error 1",
      "GNU make src/job.c:571 child_error (\"%s[%s: %s] Error %d%s%s\") for linux scripts/Makefile.build's compile rule",
      command="make", formats=("bare", "prompt")),
    M("build:module-compile-failed", "kernel-module-missing", "program",
      "/home/user/xmm7360-pci/xmm7360.c:1322:23: error: initialization of 'unsigned int (*)(struct tty_struct *)' from "
      "incompatible pointer type 'int (*)(struct tty_struct *)' [-Werror=incompatible-pointer-types]",
      "gcc gcc/diagnostic.cc location prefix \"%s:%d:%d: error: \", gcc/c/c-typeck.cc convert_for_assignment "
      "(\"initialization of %qT from incompatible pointer type %qT\")", command="make", formats=("bare", "prompt")),
    M("build:module-compile-failed", "kernel-module-missing", "program",
      "ERROR: modpost: \"usbnet_set_skb_tx_stats\" [/home/pi/qmi_wwan_q.ko] undefined!",
      "linux scripts/mod/modpost.c check_exports (modpost_log LOG_ERROR \"\\\"%s\\\" [%s.ko] undefined!\")",
      command="make", formats=("bare", "prompt")),
    M("build:module-compile-failed", "kernel-module-missing", "program",
      "Error! Bad return status for module build on kernel: 6.8.0-31-generic (x86_64)",
      "dkms dkms.in:1606 report_build_problem 10 (\"Bad return status for module build on kernel: $kernelver ($arch)\")",
      command="sudo dkms install xmm7360/0.1", formats=("bare", "prompt")),
    # --- ModemManager itself ------------------------------------------------------------------------
    M("mm:bus-name-not-acquired", "modemmanager-not-managing", "mm",
      "could not acquire the 'org.freedesktop.ModemManager1' service name",
      "ModemManager src/main.c:164 mm_warn (\"could not acquire the '%s' service name\")", tool="modemmanager",
      program="warn"),
    M("mm:not-running", "modemmanager-not-managing", "cli", "error: couldn't find the ModemManager process in the bus",
      "ModemManager cli/mmcli.c (\"error: couldn't find the ModemManager process in the bus\")", tool="modemmanager",
      command="mmcli -L"),
    # --- vendor drivers -----------------------------------------------------------------------------
    M("vendor-driver:non-vendor-interface", "mbim-config-qmi-tools", "kernel",
      "GobiNet::GobiNetDriverBind Ignoring non vendor class interface #12",
      "Sierra GobiNet GobiUSBNet.c DBG(\"Ignoring non vendor class interface #%d\") (DBG prefixes the module and function)"),
    M("vendor-driver:rx-larger-than-mtu", "mtu-problem", "kernel", "net wwan0: drop skb_len=5c8 larger than mtu=1472",
      "Quectel qmi_wwan_q.c:1777 qmap_packet_decode (dev_info \"drop skb_len=%x larger than mtu=%d\")"),
    M("vendor-driver:qmap-frame-invalid", "qmap-multiplexing", "kernel", "net wwan0: drop qmap unknow mux_id 85",
      "Quectel qmi_wwan_q.c:1766 / Fibocom qmi_wwan_f.c:2213 (\"drop qmap unknow mux_id %x\")"),
    M("qmi_wwan:cdc-descriptors-missing", "wrong-driver-bound", "kernel", "qmi_wwan 1-1.5:2.5: CDC functional descriptors missing",
      "linux v3.4-3.8 drivers/net/usb/qmi_wwan.c qmi_wwan_bind"),
    M("xmm7360:no-rpc-node", "wrong-driver-bound", "program",
      "FileNotFoundError: [Errno 2] No such file or directory: '/dev/xmm0/rpc'",
      "xmm7360-pci rpc/rpc.py os.open('/dev/xmm0/rpc') (Python's OSError text)", command="sudo python3 rpc/open_xdatachannel.py",
      formats=("bare", "prompt")),
    # --- PCIe modems: firmware --------------------------------------------------------------------
    M("mhi:boot-ee-invalid", "firmware-bug-or-crash", "kernel", "mhi mhi0: SECONDARY BOOTLOADER is not a valid EE for power on",
      "linux drivers/bus/mhi/host/pm.c mhi_async_power_up (dev_err \"%s is not a valid EE for power on\")"),
    M("t7xx:handshake-failed", "firmware-bug-or-crash", "kernel", "mtk_t7xx 0000:55:00.0: MD handshake timeout",
      "linux drivers/net/wwan/t7xx/t7xx_state_monitor.c:341"),
    M("t7xx:handshake-failed", "firmware-bug-or-crash", "kernel", "mtk_t7xx 0000:55:00.0: Boot Handshake failure",
      "linux drivers/net/wwan/t7xx/t7xx_state_monitor.c:189"),
    M("t7xx:modem-exception", "firmware-bug-or-crash", "kernel", "mtk_t7xx 0000:55:00.0: Exception event",
      "linux drivers/net/wwan/t7xx/t7xx_state_monitor.c:193"),
    M("t7xx:device-unreachable", "firmware-bug-or-crash", "kernel", "mtk_t7xx 0000:55:00.0: invalid device status",
      "linux drivers/net/wwan/t7xx/t7xx_state_monitor.c:384"),
    M("t7xx:resume-failed", "firmware-bug-or-crash", "kernel", "mtk_t7xx 0000:55:00.0: [PM] MD resume error: -110",
      "linux drivers/net/wwan/t7xx/t7xx_pci.c __t7xx_pci_pm_resume"),
    M("iosm:ipc-init-timeout", "firmware-bug-or-crash", "kernel",
      "iosm 0000:01:00.0: A-ROM: ipc_status(0) ne. IPC_MEM_DEVICE_IPC_INIT",
      "linux drivers/net/wwan/iosm/iosm_ipc_imem.c ipc_imem_ipc_init_check"),
    M("iosm:link-down", "firmware-bug-or-crash", "kernel", "iosm 0000:01:00.0: Modem link down. Exit run state worker.",
      "linux drivers/net/wwan/iosm/iosm_ipc_imem.c ipc_imem_run_state_worker"),
    # --- USB composition --------------------------------------------------------------------------
    M("composition:switch-refused", "wrong-usb-composition", "at", "+CME ERROR: 4",
      "3GPP TS 27.007 9.2 +CME ERROR 4 (operation not supported) to Fibocom AT+GTUSBMODE", tool="at",
      command="AT+GTUSBMODE=32", formats=("echo", "crlf", "mm-trace")),
    # --- lines rules read with their own log patterns (log-signatures.csv rows of one root cause) ------
    M("", "usb-power-or-reset", "kernel", "usb 1-1: device descriptor read/64, error -71",
      "linux drivers/usb/core/hub.c:5085 (\"device descriptor read/%s, error %d\")"),
    M("", "usb-power-or-reset", "kernel", "usb 1-1-port2: over-current condition", "linux drivers/usb/core/hub.c:5818"),
    M("", "usb-power-or-reset", "kernel", "usb 1-1: hub failed to enable device, error -71",
      "linux 5.4.286 drivers/usb/core/hub.c:4750 hub_port_init (\"hub failed to enable device, error %d\")"),
    M("", "usb-power-or-reset", "kernel", "usb 2-1: got a wrong device descriptor, warm reset device",
      "linux 5.4.286 drivers/usb/core/hub.c:4901 hub_port_init"),
    M("", "usb-power-or-reset", "kernel", "usb 1-1-port3: Cannot enable. Maybe the USB cable is bad?",
      "linux drivers/usb/core/hub.c:3169"),
    M("", "usb-power-or-reset", "kernel", "usb 1-1: rejected 1 configuration due to insufficient available bus power",
      "linux drivers/usb/core/generic.c:191"),
    M("", "firmware-bug-or-crash", "kernel", "cdc_mbim 2-1:1.12: MBIM functional descriptor missing",
      "linux drivers/net/usb/cdc_ncm.c:876"),
    M("", "firmware-bug-or-crash", "kernel", "mhi-pci-generic 0000:01:00.0: firmware crashed (2)",
      "linux drivers/bus/mhi/host/pci_generic.c:1121 (\"firmware crashed (%u)\")"),
    M("", "qmap-multiplexing", "kernel", "qmi_wwan 2-1:1.4 wwan0: Cannot set pass through mode on non ip device",
      "linux drivers/net/usb/qmi_wwan.c:507"),
    M("", "control-channel-unresponsive", "mm", "port cdc-wdm0 timed out 10 consecutive times, marking modem as invalid",
      "ModemManager src/mm-base-modem.c:195-205 (\"port %s timed out %u consecutive times\")", tool="modemmanager",
      program="warn"),
    M("", "control-channel-unresponsive", "cli", "error: couldn't open the QmiDevice: Transaction timed out",
      _QMICLI + "qmicli.c:691, libqmi qmi-device.c:440 (\"Transaction timed out\")", tool="qmicli",
      command="qmicli -d /dev/cdc-wdm0 --dms-get-ids", formats=("bare", "prompt")),
    M("", "modemmanager-conflict", "cli",
      "error: couldn't open the QmiDevice: Cannot open device file '/dev/cdc-wdm0': Device or resource busy",
      _QMICLI + "qmicli.c:691, libqmi qmi-endpoint-qmux.c:227 (strerror EBUSY)", tool="qmicli",
      command="qmicli -d /dev/cdc-wdm0 --dms-get-ids"),
    M("", "interface-name-mismatch", "cli",
      "error: couldn't open the QmiDevice: Cannot open device file '/dev/cdc-wdm0': No such file or directory",
      _QMICLI + "qmicli.c:691, libqmi qmi-endpoint-qmux.c:227 (strerror ENOENT)", tool="qmicli",
      command="qmicli -d /dev/cdc-wdm0 --dms-get-ids"),
    M("", "dhcp-client-on-raw-ip", "program", 'Unsupported device type 65534 for "wwan0"',
      "ISC DHCP common/lpf.c get_hw_addr log_fatal (\"Unsupported device type %ld for \\\"%s\\\"\")", program="dhclient",
      tool="dhclient", formats=("bare", "journal", "syslog")),
    M("", "apn-or-bearer-config", "program",
      "requestSetupDataCall WdsConnectionIPv4Handle: 0x00000000 QMUXResult = 0x1, QMUXError = 0xe",
      "quectel-CM QMIThread.c (\"%s QMUXResult = 0x%x, QMUXError = 0x%x\")", tool="quectel-cm", program="quectel-CM",
      command="sudo ./quectel-CM -s internet", formats=("dbg_time", "prompt", "logread")),
    M("", "rfkill-blocked", "mm", "Cannot power-up: sotware radio switch is OFF",
      "ModemManager src/mm-broadband-modem-mbim.c:2110-2114 (upstream typo \"sotware\")", tool="modemmanager"),
    # --- decisive only with context: measured, not required -------------------------------------------
    M("composition:mbim", "mbim-config-qmi-tools", "at", '+QCFG: "usbnet",2',
      "Quectel AT+QCFG=\"usbnet\" (2 = MBIM)", tool="quectel-cm", command='AT+QCFG="usbnet"', context=True),
    M("composition:ecm-or-rndis", "wrong-usb-composition", "at", '+QCFG: "usbnet",1',
      "Quectel AT+QCFG=\"usbnet\" (1 = ECM)", tool="qmicli", command='AT+QCFG="usbnet"', context=True),
    M("dhcp:no-offer", "apn-or-bearer-config", "program", "udhcpc: no lease, failing",
      "busybox networking/udhcp/dhcpc.c (bb_simple_info_msg(\"no lease, failing\"), \"udhcpc: \" applet prefix)",
      program="udhcpc", tool="udhcpc", context=True, formats=("bare",)),
    M("dhcp:no-offer", "apn-or-bearer-config", "program", "no lease, failing",
      "busybox networking/udhcp/dhcpc.c under syslog (-S): the tag carries the program's name", program="udhcpc",
      tool="udhcpc", context=True, formats=("journal", "syslog", "logread")),
    M("dhcp:no-offer", "apn-or-bearer-config", "program", "No DHCPOFFERS received.",
      "ISC dhclient client/dhclient.c (\"No DHCPOFFERS received.\")", program="dhclient", tool="dhclient",
      context=True, formats=("bare", "journal", "syslog")),
    # --- no fault: must stay silent ------------------------------------------------------------------
    M("sim:ready", None, "at", "+CPIN: READY", "3GPP TS 27.007 8.3 +CPIN", tool="at", command="AT+CPIN?"),
    M("reg:registered", None, "at", "+CEREG: 0,1", "3GPP TS 27.007 10.1.22 +CEREG stat 1", tool="at", command="AT+CEREG?"),
    M("radio:on", None, "at", "+CFUN: 1", "3GPP TS 27.007 8.2 +CFUN", tool="at", command="AT+CFUN?"),
    M("reg:cs-denied", None, "at", "+CREG: 0,3",
      "3GPP TS 27.007 7.2 +CREG stat 3: the circuit-switched domain only (a data-only SIM; information, not a fault)",
      tool="at", command="AT+CREG?"),
    M("mm:enabled", None, "mm", "state changed (enabling -> enabled)",
      "ModemManager src/mm-iface-modem.c:2162 mm_obj_msg (\"state changed (%s -> %s)\")", tool="modemmanager", program="msg"),
    M("fcc:radio-locked", None, "cli", "[/dev/cdc-wdm0] Radio state retrieved: 'on'",
      _MBIM + "mbimcli-quectel.c:148", tool="mbimcli", command="mbimcli -p -d /dev/cdc-wdm0 --quectel-query-radio-state"),
    M("", None, "kernel", "Lockdown: systemd-logind: hibernation is restricted; see man kernel_lockdown.7", _LOCKDOWN),
    M("module:signature-untrusted", None, "kernel",
      "qmi_wwan_q: module verification failed: signature and/or required key missing - tainting kernel",
      "linux kernel/module/signing.c module_sig_check (signature not enforced: the module loads, tainted)"),
    M("module:built-for-other-kernel", None, "kernel", "qmi_wwan_q: loading out-of-tree module taints kernel.",
      "linux kernel/module/main.c (pr_warn \"%s: loading out-of-tree module taints kernel.\\n\")"),
    M("dhcp:no-offer", None, "program", "wan (1234): udhcpc: no lease, failing",
      "busybox udhcpc run by netifd's dhcp protocol handler for a wired WAN (no modem named): not a modem's problem",
      program="netifd", formats=_NETIFD_FORMATS),
    M("sim:locked", None, "program", "wwan (1234): PIN already verified", _QMI_SH, program="netifd", formats=_NETIFD_FORMATS),
    M("reg:denied", None, "program", "wwan (1234): Waiting for network registration", _QMI_SH, program="netifd",
      formats=_NETIFD_FORMATS),
    M("sim:missing", None, "program",
      "device (cdc-wdm0): state change: activated -> deactivating (reason 'user-requested', sys-iface-state: 'managed')",
      _NM_STATE + " user-requested", program="NetworkManager", tool="networkmanager", formats=_NM_FORMATS),
    M("sim:locked", None, "cli", "\t\tPIN1 state: 'enabled-verified'", _QMICLI + "qmicli-uim.c:1665", tool="qmicli",
      command="qmicli -d /dev/cdc-wdm0 --uim-get-card-status"),
    M("sim:locked", None, "cli", '{"pin1_status":"verified","pin1_verify_tries":3,"pin1_unlock_tries":10}',
      "uqmi --get-pin-status", tool="uqmi", command="uqmi -d /dev/cdc-wdm0 --get-pin-status", formats=("bare", "prompt")),
    M("dhcp:lease", None, "program", "bound to 10.64.64.64 -- renewal in 3000 seconds.",
      "ISC dhclient client/dhclient.c (\"bound to %s -- renewal in %ld seconds.\")", program="dhclient", tool="dhclient",
      formats=("bare", "journal", "syslog")),
)

# --- the formats each kind of message really appears in -------------------------------------------
KERNEL_FORMATS = {
    "raw": "{m}",
    "dmesg": "[   12.345678] {m}",
    "dmesg-T": "[Thu Dec  4 10:00:00 2026] {m}",
    "journalctl-k": "Dec 04 10:00:00 host kernel: {m}",
    "syslog": "Dec  4 10:00:00 host kernel: [   12.345678] {m}",
    "logread": "Thu Dec  4 10:00:00 2026 kern.err kernel: [   12.345678] {m}",
    "dmesg-x": "kern  :err   : [   12.345678] {m}",
    "dmesg-r": "<3>[   12.345678] {m}",
    "journal-iso": "2026-12-04T10:00:00+0000 host kernel: {m}",
    "journal-precise": "Dec 04 10:00:00.123456 host kernel: {m}",
}
# ModemManager >= 1.14: "<level> [object] message" (src/mm-log.c _mm_log: level, optional timestamp
# with --log-timestamps, "[%s] " object id); before 1.14 no object id.
MM_FORMATS = {
    "journal": "Dec 04 10:00:00 host ModemManager[1234]: <{lvl}>  [modem0] {m}",
    "journal-ts": "Dec 04 10:00:00 host ModemManager[1234]: <{lvl}>  [1700000000.123456] [modem0] {m}",
    "stderr": "<{lvl}>  [1700000000.123456] [modem0] {m}",
    "old-syslog": "Dec  4 10:00:00 host ModemManager[1234]: <{lvl}>  {m}",
    "logread": "Thu Dec  4 10:00:00 2026 daemon.{prio} ModemManager[1234]: <{lvl}>  [modem0] {m}",
    "journal-iso": "2026-12-04T10:00:00+0000 host ModemManager[1234]: <{lvl}>  [modem0] {m}",
}
CLI_FORMATS = ("bare", "error-prefix-toggled", "prompt")
AT_FORMATS = ("echo", "crlf", "mm-trace", "reply-only")
PROGRAM_FORMATS = {
    "bare": "{m}",
    "prompt": "$ {c}\n{m}",
    "journal": "Dec 04 10:00:00 host {p}[1234]: {m}",
    "syslog": "Dec  4 10:00:00 host {p}[1234]: {m}",
    "logread": "Thu Dec  4 10:00:00 2026 daemon.notice {p}[1234]: {m}",
    "logread-nopid": "Thu Dec  4 10:00:00 2026 daemon.notice {p}: {m}",
    "syslog-nopid": "Dec  4 10:00:00 host {p}: {m}",
    # quectel-CM / fibocom-dial util.c dbg_time: "[%02d-%02d_%02d:%02d:%02d:%03d] "
    "dbg_time": "[12-04_10:00:00:123] {m}",
}
# a library's g_warning() as GLib prints it on stderr (glib/gmessages.c: "(prog:pid): Domain-WARNING **: time: msg"
# since GLib 2.50; "** (prog:pid): WARNING **: msg" before), bare, and after the command
GLIB_FORMATS = {
    "glib": "({p}:1234): libqmi-glib-WARNING **: 10:00:00.123: {m}",
    "glib-old": "** ({p}:1234): WARNING **: {m}",
    "bare": "{m}",
    "prompt": "$ sudo {c}\n({p}:1234): libqmi-glib-WARNING **: 10:00:00.123: {m}",
}
_MM_PRIO = {"err": "err", "warn": "warn", "msg": "notice", "info": "info", "debug": "debug"}


def _at(msg: Message, fmt: str) -> str:
    reply = msg.text
    if fmt == "echo":
        return "%s\n%s\n\nOK" % (msg.command, reply) if "ERROR" not in reply else "%s\n%s" % (msg.command, reply)
    if fmt == "crlf":
        ok = "" if "ERROR" in reply else "\r\n\r\nOK"
        return "%s\r\r\n%s%s\r\n" % (msg.command, reply, ok)
    if fmt == "mm-trace":
        ok = "" if "ERROR" in reply else "<CR><LF><CR><LF>OK"
        return ("<debug> [1700000000.123456] [modem0/ttyUSB2/at] --> '%s<CR>'\n"
                "<debug> [1700000000.223456] [modem0/ttyUSB2/at] <-- '<CR><LF>%s%s<CR><LF>'" % (msg.command, reply, ok))
    return reply


def _cli(msg: Message, fmt: str) -> str:
    if fmt == "bare":
        return msg.text
    if fmt == "prompt":
        return "$ sudo %s\n%s" % (msg.command, msg.text) if msg.command else msg.text
    return msg.text[len("error: "):] if msg.text.startswith("error: ") else "error: " + msg.text


def formats_of(msg: Message) -> List[str]:
    """The formats ``msg`` appears in."""
    if msg.formats:
        return list(msg.formats)
    return list({"kernel": KERNEL_FORMATS, "mm": MM_FORMATS, "cli": CLI_FORMATS, "at": AT_FORMATS,
                 "program": PROGRAM_FORMATS, "glib": GLIB_FORMATS}[msg.kind])


def render(msg: Message, fmt: str) -> str:
    """The paste: ``msg`` in format ``fmt``."""
    if msg.kind == "kernel":
        return KERNEL_FORMATS[fmt].format(m=msg.text)
    if msg.kind == "mm":
        level = msg.program or "info"
        return MM_FORMATS[fmt].format(m=msg.text, lvl=level, prio=_MM_PRIO.get(level, "info"))
    if msg.kind == "cli":
        return _cli(msg, fmt)
    if msg.kind == "at":
        return _at(msg, fmt)
    if msg.kind == "glib":
        return GLIB_FORMATS[fmt].format(m=msg.text, c=msg.command, p=msg.program)
    return PROGRAM_FORMATS[fmt].format(m=msg.text, c=msg.command or msg.program, p=msg.program or "sh")


def cases(messages=MESSAGES) -> Iterator[Tuple[Message, str, bool, str]]:
    """(message, format, with --tool, paste) for every message, format and tool choice."""
    for msg in messages:
        for fmt in formats_of(msg):
            paste = render(msg, fmt)
            yield msg, fmt, False, paste
            if msg.tool:
                yield msg, fmt, True, paste


def problem_causes(paste: str, tools: List[str]) -> List[str]:
    """The causes of the error/warning findings of ``analyze`` on ``paste``, in report order."""
    import argparse as _argparse
    from wwandoctor.commands import _add_cli_tools, _diagnose
    from wwandoctor.ingest import ingest_text

    snap = ingest_text(paste + "\n")
    _add_cli_tools(snap, tools)
    report = _diagnose(snap, _argparse.Namespace(rules=None, no_redact=True))
    return [f["cause"] for f in problems(report)]


def outcome(msg: Message, causes: List[str]) -> str:
    """top1 / top3 / wrong (found, not in the top 3) / none; for a no-fault line: silent / noisy."""
    if msg.cause is None:
        return "silent" if not causes else "noisy"
    if causes[:1] == [msg.cause]:
        return "top1"
    if msg.cause in causes[:3]:
        return "top3"
    return "wrong" if causes else "none"


def sweep(messages=MESSAGES) -> List[Tuple[Message, str, bool, str, List[str], str]]:
    rows = []
    for msg, fmt, with_tool, paste in cases(messages):
        causes = problem_causes(paste, [msg.tool] if with_tool else [])
        rows.append((msg, fmt, with_tool, paste, causes, outcome(msg, causes)))
    return rows


def _table(rows) -> str:
    per: Dict[Tuple[str, str], collections.Counter] = collections.defaultdict(collections.Counter)
    for msg, _fmt, _tool, _paste, _causes, result in rows:
        group = "context" if msg.context else ("no-fault" if msg.cause is None else "decisive")
        per[(group, msg.cause or "no-fault-found")][result] += 1
    lines = ["%-9s %-30s %5s %5s %5s %5s %5s" % ("group", "cause", "n", "top1", "top3", "wrong", "none")]
    totals = collections.Counter()
    for (group, cause), count in sorted(per.items()):
        n = sum(count.values())
        top1 = count["top1"] + count["silent"]
        lines.append("%-9s %-30s %5d %5d %5d %5d %5d" % (group, cause, n, top1, top1 + count["top3"], count["wrong"],
                                                        count["none"] + count["noisy"]))
        if group == "decisive":
            totals.update(count)
            totals["n"] += n
    lines.append("decisive total: %d pastes, top1 %d, top3 %d, wrong %d, none %d" % (
        totals["n"], totals["top1"], totals["top1"] + totals["top3"], totals["wrong"], totals["none"]))
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every paste that misses")
    args = parser.parse_args(argv)
    rows = sweep()
    if args.verbose:
        for msg, fmt, with_tool, paste, causes, result in rows:
            if result not in ("top1", "silent"):
                print("%-6s %-26s %-22s tool=%-5s %s -> %s" % (result, msg.fact, fmt, "yes" if with_tool else "no",
                                                             paste.replace("\n", " | ")[:110], causes[:3]))
        print()
    print(_table(rows))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    sys.exit(main())
