"""Parse a usb_modeswitch configuration file shown with ``cat``::

    root@OpenWrt:/# cat /etc/usb_modeswitch.d/19d2\\:0031
    # ZTE MF637
    TargetVendor=  0x19d2
    TargetProduct= 0x0094
    MessageContent="5553424312345678000000000000061b000000020000000000000000000000"

-> a ConfigFile (kind ``usb_modeswitch``) with its KEY=value settings, as the collector reads
/etc/usb_modeswitch.d/* (collect/configs.py). The file's name is the id usb_modeswitch switches
(usb_modeswitch_dispatcher looks the device's VID:PID up by file name; older files say it with
DefaultVendor / DefaultProduct).
"""
from __future__ import annotations

import re
from typing import List

from wwandoctor import regex_cache
from wwandoctor.decode.configs import parse_shell_vars
from wwandoctor.ingest.block import Block
from wwandoctor.snapshot import MODESWITCH_PATH_NOT_SHOWN, ConfigFile, Snapshot

KIND = "usb_modeswitch_conf"
COMMANDS = ("cat /etc/usb_modeswitch", "cat /usr/share/usb_modeswitch")
PRIORITY = 247

# usb_modeswitch's configuration keys (usb_modeswitch.c readConfigFile / the 1.x man page)
_KEYS = ("DefaultVendor", "DefaultProduct", "TargetVendor", "TargetProduct", "TargetProductList", "TargetClass",
         "MessageEndpoint", "MessageContent", "MessageContent2", "MessageContent3", "ResponseEndpoint",
         "NeedResponse", "HuaweiMode", "HuaweiNewMode", "StandardEject", "SierraMode", "SonyMode", "QisdaMode",
         "QuantaMode", "BlackberryMode", "PantechMode", "OptionMode", "CiscoMode", "MobileActionMode", "ReleaseDelay",
         "WaitBefore", "NoDriverLoading", "Configuration", "Interface", "AltSetting", "DetachStorageOnly",
         "CheckSuccess", "ResetUSB", "DisableSwitching", "EnableLogging")
_KEY_RE = regex_cache.compile(r"^\s*(?:%s)\s*=" % "|".join(_KEYS))
_PATH_RE = regex_cache.compile(r"\bcat\s+((?:/etc|/usr/share)/usb_modeswitch(?:\.d/\S+|\.conf))")


# keys only usb_modeswitch has (Configuration, Interface, AltSetting are words other files use too)
_OWN_KEY_RE = regex_cache.compile(r"^\s*(?:Target|Default|Message|\w+Mode\b|NoDriverLoading|DetachStorageOnly|CheckSuccess)")


def _device_title(command: str) -> bool:
    """A stanza's "# Vendor Model" comment line, which the splitter takes for a root prompt's command: usb_modeswitch's
    files and its device_reference.txt open each entry with the device's name ("# Huawei ME909u-521"); the first
    word is a maker that usb-modeswitch-data's model names know, and a model number with a digit follows."""
    from wwandoctor import knowledge
    words = (command or "").split()
    return len(words) >= 2 and bool(knowledge.switch_vendor_ids(words[0])) and any(c.isdigit() for c in words[1])


def detect(block: Block) -> int:
    lines = [ln for ln in block.content() if not ln.lstrip().startswith("#")]
    keys = [ln for ln in lines if _KEY_RE.match(ln)]
    if keys and block.runs(COMMANDS) and _PATH_RE.search(block.command or ""):
        return 95
    if len(keys) >= 2 and len(keys) * 2 >= len(lines) and any(k.lstrip().startswith(("Target", "Default", "Message"))
                                                               for k in keys):
        return 70
    # a bare stanza quoted without its file's path: nothing but keys, one of them usb_modeswitch's own, or under the
    # device's "# Vendor Model" title ("# Huawei ME909u-521" / "Configuration=1")
    if keys and len(keys) == len([ln for ln in lines if ln.strip()]):
        if any(_OWN_KEY_RE.match(k) for k in keys) or _device_title(block.command or ""):
            return 60
    return 0


def parse(block: Block, snap: Snapshot) -> List[str]:
    found = _PATH_RE.search(block.command or "")
    path = found.group(1).replace("\\:", ":") if found else MODESWITCH_PATH_NOT_SHOWN
    text = "\n".join(ln for ln in block.lines if _KEY_RE.match(ln))
    left = [ln for ln in block.lines if ln.strip() and not _KEY_RE.match(ln) and not ln.lstrip().startswith("#")]
    settings = parse_shell_vars(text)
    shown = next((c for c in snap.configs if c.kind == "usb_modeswitch" and c.path == path), None)
    if shown is not None:  # a paragraph of the same file (blank lines split one cat's output into blocks)
        shown.settings.update(settings)
    else:
        snap.configs.append(ConfigFile(path=path, kind="usb_modeswitch", settings=settings))
    snap.set_source("paste:usb_modeswitch_conf", "ok")
    return left
