"""The cause catalogue: every finding names one of these ids.

Copied from the project's shared ``causes.md`` (ids are stable: never rename
one; add new ids only when a real case needs them). Each cause has a
``layer`` and a numeric ``rank`` used to order findings: a lower rank is
closer to the root (hardware, platform, device mode), a higher rank is a
symptom that a lower-ranked cause usually explains (an unresponsive control
channel, a link that was never configured, no registration).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict

# layer name -> rank (lower = more likely the root cause)
LAYERS: Dict[str, int] = {
    "hardware": 10,  # the module itself: power, defects
    "platform": 20,  # radio switches, FCC lock, device mode, drivers, kernel
    "setup": 30,  # how the host drives the modem: tools vs mode, managers, framing
    "network": 40,  # SIM, APN, registration
    "symptom": 50,  # what goes wrong when something lower is wrong
    "none": 90,  # nothing wrong
}


@dataclass(frozen=True)
class Cause:
    """A root cause (../shared/causes.md): its id, meaning and layer."""
    id: str
    meaning: str
    layer: str

    @property
    def rank(self) -> int:
        return LAYERS[self.layer]


_TABLE = (
    ("modem-not-powered", "hardware", "the module is never powered on (power key, enable GPIO, board power control), so it never enumerates"),
    ("hardware-fault", "hardware", "the module itself is defective; it fails the same way on every host"),
    ("rfkill-blocked", "platform", "the WWAN radio is blocked by rfkill (soft or hard) or by a power tool, or the modem is in airplane / low-power mode for that reason"),
    ("fcc-locked", "platform", "the laptop modem's FCC lock has not been unlocked (radio stays off / low power until a vendor unlock is sent)"),
    ("needs-modeswitch", "platform", "the device is still in mass-storage / CD-ROM mode (or another pre-switch id); usb_modeswitch is missing, too old, or has no entry"),
    ("wrong-usb-composition", "platform", "the firmware's USB composition / usbnet mode does not expose the function the user needs (e.g. no QMI, only ECM/NCM/RNDIS)"),
    ("driver-not-bound-unknown-id", "platform", "modem interfaces have no driver because the VID:PID (or interface) is not in the running kernel's driver tables"),
    ("kernel-module-missing", "platform", "the needed driver module is not built or installed (qmi_wwan, cdc_mbim, cdc_wdm, option, qcserial, cdc_ether, mhi, t7xx, iosm...)"),
    ("module-load-blocked", "platform", "the kernel refuses to load an (out-of-tree) modem driver: Secure Boot / lockdown signature enforcement"),
    ("wrong-driver-bound", "platform", "a driver holds an interface or device it should not (option/qcserial on the QMI interface, cdc_ncm winning over cdc_mbim, ...)"),
    ("pcie-modem-support", "platform", "a PCIe/M.2 modem (MHI, t7xx, iosm) lacks a driver, firmware, or a new enough kernel / ModemManager / matching device profile"),
    ("firmware-image-mismatch", "platform", "the firmware image and the carrier configuration (PRI) do not match, so the modem stays in low power"),
    ("hilink-router-mode", "platform", "the device is a router-style stick (HiLink, ECM/RNDIS) that presents an Ethernet interface; DHCP on that interface is the right path"),
    ("mbim-config-qmi-tools", "setup", "the modem is in its MBIM USB configuration (cdc_mbim bound) but QMI tools are used (qmicli, qmi-network, uqmi, quectel-CM, GobiNet tools)"),
    ("qmi-config-mbim-tools", "setup", "the modem is bound to qmi_wwan but MBIM tools are used (mbimcli, mbim-network, umbim)"),
    ("raw-ip-mismatch", "setup", "the qmi_wwan interface framing (qmi/raw_ip, 802.3 vs raw-ip) does not match the modem's data format"),
    ("dhcp-client-on-raw-ip", "setup", "a DHCP client that cannot handle raw-IP links is used on the WWAN interface; the address must come from the bearer settings"),
    ("qmap-multiplexing", "setup", "QMAP/rmnet multiplexing (add_mux, pass_through) is required or configured inconsistently"),
    ("modemmanager-conflict", "setup", "ModemManager (or another manager) and a manual tool fight over the same control port"),
    ("modemmanager-not-managing", "setup", "ModemManager is absent, not running, too old for the modem, stuck in a reprobe loop, or ignoring the device"),
    ("permissions", "setup", "the tool lacks rights to the device nodes (not root, group membership, container device allow-list)"),
    ("interface-name-mismatch", "setup", "configuration or scripts use an interface or control-port name that does not exist"),
    ("usb-power-or-reset", "setup", "USB power, autosuspend, hub or cable trouble: repeated disconnects, resets, enumeration errors"),
    ("firmware-bug-or-crash", "setup", "the modem firmware hangs, crashes, or misbehaves; firmware update or power cycle needed"),
    ("sim-problem", "network", "SIM missing, not detected, PIN/PUK locked, in a bad state, wrong slot"),
    ("apn-or-bearer-config", "network", "the connection request is wrong: APN, authentication, IP type, profile; the network rejects the call"),
    ("not-registered", "symptom", "no network registration: no coverage, band/RAT not allowed, roaming not allowed, SIM not yet activated"),
    ("control-channel-unresponsive", "symptom", "the QMI/MBIM control channel times out, hangs up, or is busy (client ids exhausted, port held elsewhere)"),
    ("interface-down-or-unconfigured", "symptom", "the data link was connected but the host did not bring the interface up or configure address, route or DNS"),
    ("mtu-problem", "symptom", "the interface MTU does not match what the network gives, so large packets stall"),
    ("no-fault-found", "none", "nothing is wrong with the WWAN setup (the problem is elsewhere, or it works)"),
)

CAUSES: Dict[str, Cause] = {cid: Cause(cid, meaning, layer) for cid, layer, meaning in _TABLE}


def rank(cause_id: str) -> int:
    """Ordering rank of a cause (unknown ids sort last)."""
    cause = CAUSES.get(cause_id)
    return cause.rank if cause else 99
