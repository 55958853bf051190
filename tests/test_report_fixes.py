"""What a person reads in the fix steps of `analyze` on a paste: commands that work as printed on that system."""
import json
import subprocess
import sys

import pytest


def _fixes(tmp_path, text):
    paste = tmp_path / "paste.txt"
    paste.write_text(text)
    out = subprocess.run([sys.executable, "-m", "wwandoctor", "analyze", "--format", "json", str(paste)],
                         capture_output=True, text=True).stdout
    report = json.loads(out)
    return report, [c for f in report["findings"] for s in f["fix"] for c in s["commands"]]


GOBI_DMESG = """\
[   12.100] usb 2-1: new full-speed USB device number 3 using uhci_hcd
[   12.300] usb 2-1: New USB device found, idVendor=03f0, idProduct={pid}
[   12.345] qcserial 2-1:1.1: Qualcomm USB modem converter detected
[   12.346] usb 2-1: Qualcomm USB modem converter now attached to ttyUSB0
"""


@pytest.mark.parametrize("pid, upload", [
    ("241d", "sudo /lib/udev/gobi_loader -2000 /dev/ttyUSB0 /lib/firmware/gobi"),  # HP Gobi 2000 QDL
    ("201d", "sudo /lib/udev/gobi_loader /dev/ttyUSB0 /lib/firmware/gobi"),        # HP un2400 Gobi 1000 QDL
])
def test_gobi_upload_runs_gobi_loader_by_its_path_with_the_flag_of_its_generation_on_its_port(tmp_path, pid, upload):
    _, commands = _fixes(tmp_path, GOBI_DMESG.format(pid=pid))
    uploads = [c for c in commands if c.startswith("sudo ") and "gobi_loader " in c]
    assert uploads == [upload]
    copies = [c for c in commands if c.startswith("sudo cp ")]
    assert ("UQCN.mbn" in copies[0]) == (pid == "241d")
