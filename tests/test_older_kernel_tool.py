"""tools/older-kernel-absent-ids: the rows of usb-ids-absent-older-kernels.csv from an older driver file."""
from __future__ import annotations

import os
import subprocess
import sys

from umockdev_util import REPO

TOOL = os.path.join(REPO, "tools", "older-kernel-absent-ids")

# the id-table shapes of qmi_wwan.c / qcserial.c / option.c, written for this test
QCSERIAL = """
#define DEVICE_SWI(v, p) \\
\tUSB_DEVICE(v, p), .driver_info = QCSERIAL_SWI
static const struct usb_device_id id_table[] = {
\t{DEVICE_SWI(0x1199, 0x9071)},\t/* Sierra Wireless MC74xx/EM74xx */
\t{USB_DEVICE(0x05c6, 0x920d)},\t/* Gobi 3000 Composite */
\t{ }
};
"""
OPTION = """
#define HUAWEI_VENDOR_ID\t\t\t0x12D1
#define QUECTEL_VENDOR_ID\t\t\t0x2c7c
#define QUECTEL_PRODUCT_EC21\t\t\t0x0121
#define SIMCOM_PRODUCT_SIM7100E\t\t\t0x9001 /* Yes, ALINK_VENDOR_ID */
#define ALINK_VENDOR_ID\t\t\t\t0x1e0e
static const struct usb_device_id option_ids[] = {
\t{ USB_DEVICE(QUECTEL_VENDOR_ID, QUECTEL_PRODUCT_EC21) },
\t{ USB_DEVICE(ALINK_VENDOR_ID, SIMCOM_PRODUCT_SIM7100E) },
\t{ USB_VENDOR_AND_INTERFACE_INFO(HUAWEI_VENDOR_ID, 0xff, 0xff, 0xff) },
\t{ }
};
"""

# linux 3.4's shapes: structure entries (qmi_wwan.c) and a driver's own vendor-wide macro (option.c)
OLD_QMI_WWAN = """
#define HUAWEI_VENDOR_ID\t\t\t0x12D1
static const struct usb_device_id products[] = {
\t{\t/* Huawei E392, E398 and possibly others sharing both device id and more... */
\t\t.match_flags        = USB_DEVICE_ID_MATCH_VENDOR | USB_DEVICE_ID_MATCH_INT_INFO,
\t\t.idVendor           = HUAWEI_VENDOR_ID,
\t\t.bInterfaceClass    = USB_CLASS_VENDOR_SPEC,
\t},
\t{\t/* ZTE MF820D */
\t\t.match_flags\t    = USB_DEVICE_ID_MATCH_DEVICE | USB_DEVICE_ID_MATCH_INT_INFO,
\t\t.idVendor           = 0x19d2,
\t\t.idProduct          = 0x0167,
\t\t.driver_info        = (unsigned long)&qmi_wwan_force_int4,
\t},
\t{QMI_GOBI_DEVICE(0x05c6, 0x920d)},
\t{ }
};
"""
OLD_OPTION = """
#define HUAWEI_VENDOR_ID\t\t\t0x12D1
#define HW_USB_DEVICE_AND_INTERFACE_INFO(vend, cl, sc, pr) \\
\t.match_flags = USB_DEVICE_ID_MATCH_INT_INFO \\
\t\t     | USB_DEVICE_ID_MATCH_VENDOR, \\
\t.idVendor = (vend), \\
\t.bInterfaceClass = (cl)
static const struct usb_device_id option_ids[] = {
\t{ HW_USB_DEVICE_AND_INTERFACE_INFO(HUAWEI_VENDOR_ID, 0xff, 0xff, 0xff) },
\t{ USB_DEVICE(0x2c7c, 0x0121) },
\t{ }
};
"""


def _rows(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text)
    proc = subprocess.run([sys.executable, TOOL, "4.1.15", "linux 4.1.15 (test)", str(path)],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return {tuple(line.split(",")[1:4]) for line in proc.stdout.splitlines()}


def test_ids_the_older_table_lacks_are_written_and_ids_it_names_are_not(tmp_path):
    rows = _rows(tmp_path, "qcserial.c", QCSERIAL)
    assert ("qcserial", "413c", "81b6") in rows and ("qcserial", "1199", "9079") in rows
    assert ("qcserial", "1199", "9071") not in rows and ("qcserial", "05c6", "920d") not in rows


def test_defined_names_are_resolved_and_vendor_wide_matches_write_nothing(tmp_path):
    rows = _rows(tmp_path, "option.c", OPTION)
    assert ("option", "2c7c", "0121") not in rows
    # a define that ends in a comment (option.c's SIMCOM_PRODUCT_SIM7100E) names its id too
    assert ("option", "1e0e", "9001") not in rows
    assert not [r for r in rows if r[1] == "12d1"]  # Huawei's class match may bind any of its ids
    assert ("option", "2c7c", "0125") in rows



def test_an_upper_case_hex_prefix_is_read(tmp_path):
    # linux 2.6.32 option.c: "#define NOVATELWIRELESS_PRODUCT_EVDO_EMBEDDED_HIGHSPEED\t0X8001"
    text = ("#define NOVATELWIRELESS_VENDOR_ID\t0x1410\n#define NOVATELWIRELESS_PRODUCT_EVDO_EMBEDDED_HIGHSPEED\t0X8001\n"
            "static const struct usb_device_id option_ids[] = {\n"
            "\t{ USB_DEVICE(NOVATELWIRELESS_VENDOR_ID, NOVATELWIRELESS_PRODUCT_EVDO_EMBEDDED_HIGHSPEED) },\n"
            "\t{ USB_DEVICE(0X1410, 0X9001) },\n\t{ }\n};\n")
    rows = _rows(tmp_path, "option.c", text)
    assert ("option", "1410", "8001") not in rows and ("option", "1410", "9001") not in rows


def test_a_file_without_an_id_table_is_refused(tmp_path):
    path = tmp_path / "qmi_wwan.c"
    path.write_text("int main(void) { return 0; }\n")
    proc = subprocess.run([sys.executable, TOOL, "4.1.15", "x", str(path)], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, universal_newlines=True, timeout=60)
    assert proc.returncode != 0 and "no id table entries" in proc.stderr


def test_structure_entries_and_a_drivers_own_vendor_macro_are_read(tmp_path):
    rows = _rows(tmp_path, "qmi_wwan.c", OLD_QMI_WWAN)
    assert ("qmi_wwan", "19d2", "0167") not in rows and ("qmi_wwan", "05c6", "920d") not in rows
    assert not [r for r in rows if r[1] == "12d1"]  # the vendor-wide structure entry
    assert ("qmi_wwan", "2c7c", "0125") in rows
    rows = _rows(tmp_path, "option.c", OLD_OPTION)
    assert not [r for r in rows if r[1] == "12d1"] and ("option", "2c7c", "0121") not in rows
