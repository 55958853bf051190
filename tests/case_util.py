"""What the case tests share: the shared case format (case.yaml + pasted outputs) read and scored
as ../shared/tools/score-cases does (tests/test_written_cases.py, tests/test_real_cases.py)."""
from __future__ import annotations

import os
from typing import List

import yaml

PROBLEM = ("error", "warning")


def problems(report: dict) -> list:
    """The findings of ``report`` (analyze's or check's JSON) that name a problem (error or warning)."""
    return [f for f in report["findings"] if f["severity"] in PROBLEM]

# What a helper reads in a post's "tools used": the tools that connect (as score-cases does).
TOOL_WORDS = {
    "qmicli": "qmicli", "qmi-network": "qmi-network", "uqmi": "uqmi", "quectel-cm": "quectel-cm",
    "gobinet": "gobinet", "mbimcli": "mbimcli", "mbim-network": "mbim-network", "umbim": "umbim",
    "modemmanager": "modemmanager", "mmcli": "modemmanager", "networkmanager": "networkmanager",
    "nmcli": "networkmanager", "dhclient": "dhclient", "udhcpc": "udhcpc", "dhcpcd": "dhcpcd",
    "systemd-networkd": "systemd-networkd", "pppd": "pppd", "netifd": "netifd",
    "at commands": "at", "minicom": "at", "microcom": "at",
}


def case_folders(base: str) -> List[str]:
    """The case folders (those holding case.yaml) directly below ``base``, sorted; none when it is missing."""
    if not os.path.isdir(base):
        return []
    return sorted(os.path.join(base, d) for d in os.listdir(base)
                  if os.path.isfile(os.path.join(base, d, "case.yaml")))


def load_meta(folder: str) -> dict:
    with open(os.path.join(folder, "case.yaml"), encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def tools_of(meta: dict) -> List[str]:
    """The --tool names for the case's tools_used words."""
    tools: List[str] = []
    for word in meta.get("tools_used") or []:
        key = str(word).strip().lower()
        for known, tool in TOOL_WORDS.items():
            if (key == known or key.startswith(known + " ") or key.endswith(" " + known)) and tool not in tools:
                tools.append(tool)
    return tools


def input_files(folder: str, meta: dict, mode: str, workdir: str) -> List[str]:
    """The case's input files; in "paste" mode one file in ``workdir`` holding them all, joined by a blank line."""
    files = [os.path.join(folder, item["file"]) for item in meta["inputs"]]
    if mode != "paste":
        return files
    parts = []
    for path in files:
        with open(path, encoding="utf-8", errors="replace") as fh:
            parts.append(fh.read())
    joined = os.path.join(str(workdir), "%s.paste.txt" % os.path.basename(folder))
    with open(joined, "w", encoding="utf-8") as fh:
        fh.write("\n\n".join(parts))
    return [joined]


def passes(label: str, causes: List[str]) -> bool:
    """top1: the first error/warning cause is the label; a no-fault case passes only without any."""
    return not causes if label == "no-fault-found" else (bool(causes) and causes[0] == label)
