"""An id handed to a USB modem driver's new_id file (linux Documentation/ABI/testing/sysfs-bus-usb, new_id), as a
command or in a sentence: which id, which driver, and the modem it identifies."""
import pytest

from wwandoctor.ingest import ingest_text
from wwandoctor.model import derive
from wwandoctor.model.prose_ids import new_id_writes
from wwandoctor.snapshot import LogLine

WRITES = [
    # real: lede-bugs 2017-March/003515 (spent case we826-ec25-e-2c7c-0125-new-id-uqmi-hangs-needs-dtr-quirk-in-qmi-wwan)
    ('if i tell qmi_wwan to register the device using: echo "2c7c 0125" >/sys/bus/usb/drivers/qmi_wwan/new_id',
     ("2c7c", "0125", "qmi_wwan")),
    ('echo "2c7c 0125" >/sys/bus/usb-serial/drivers/option1/new_id', ("2c7c", "0125", "option")),
    # real: tuning case sim8262e-cusbcfg-901e-no-serial-ports (a prompt line)
    ("echo 1e0e 9011 > /sys/bus/usb-serial/drivers/option1/new_id", ("1e0e", "9011", "option")),
    # real: tuning case em7565-usbcomp-1-1-1001-no-tty-ports-after-wrong-composition (quoted in a sentence)
    ('I tried the " echo 1199 9091 > /sys/bus/usb-serial/drivers/qcserial/new_id " command.', ("1199", "9091", "qcserial")),
    # written
    ("modprobe option; echo 1199 9071 > .../option/new_id", ("1199", "9071", "option")),
    ("echo 0x1199 0x9071 | sudo tee -a /sys/bus/usb-serial/drivers/option1/new_id", ("1199", "9071", "option")),
    ("I added 2c7c:0125 to the new_id of qmi_wwan and the wwan0 interface appeared", ("2c7c", "0125", "qmi_wwan")),
    # usb_modeswitch's dispatcher writes the id to new_id itself and says so (usb-modeswitch 2.2.6 usb_modeswitch.tcl
    # CheckDriverBind); older releases wrote "adding" and quoted the driver
    ("usb_modeswitch: add device ID 19d2:1589 to driver option", ("19d2", "1589", "option")),
    ('usb_modeswitch: adding device ID 12d1:1506 to driver "option"', ("12d1", "1506", "option")),
]

NOT_WRITES = [
    "cat /sys/bus/usb/drivers/qmi_wwan/new_id",
    "echo 2c7c 0125 > /sys/bus/usb/drivers/usb-storage/new_id",  # not a modem driver
    "echo 1-1.2:1.4 > /sys/bus/usb/drivers/qmi_wwan/bind",  # binding an interface names no id
    "the new_id trick did not help with qmi_wwan or option",  # two drivers, no id
    "I read that new_id can add an id to qmi_wwan",  # no id
    "usb_modeswitch: switched to 12d1:1506 on 001/004",  # a switch hands nothing to a driver
    "usb_modeswitch: add device ID 12d1:1506 to driver usb-storage",  # not a modem driver
]


@pytest.mark.parametrize("text,want", WRITES)
def test_new_id_write_is_read(text, want):
    (write,) = new_id_writes([LogLine(text=text, origin="unknown")])
    assert write[:3] == want


@pytest.mark.parametrize("text", NOT_WRITES)
def test_no_new_id_write(text):
    assert new_id_writes([LogLine(text=text, origin="unknown")]) == []


def test_a_prompt_command_is_kept_and_its_id_identifies_the_modem():
    model = derive(ingest_text("root@OpenWrt:~# modprobe option\n"
                               "root@OpenWrt:~# echo 1199 9071 > /sys/bus/usb-serial/drivers/option1/new_id\n"))
    assert model.snapshot.commands[-1].startswith("echo 1199 9071")
    (modem,) = model.modems
    assert modem.id == "usb:1199:9071" and modem.id_given_by_new_id == ["option"]


def test_the_id_written_must_be_the_modems():
    model = derive(ingest_text("Bus 001 Device 004: ID 2c7c:0125 Quectel Wireless Solutions Co., Ltd. EC25 LTE modem\n"
                               "# echo 2c7c 0121 > /sys/bus/usb/drivers/qmi_wwan/new_id\n"))
    modem = next(m for m in model.modems if m.vid == "2c7c" and m.pid == "0125")
    assert modem.id_given_by_new_id is None


def test_the_dispatchers_syslog_line_hands_the_switched_id_to_the_driver():
    # a syslog paste: the dispatcher found no driver bound after the switch and wrote the id to option's new_id
    model = derive(ingest_text(
        "Oct 10 21:31:55 host usb_modeswitch[2634]: usb_modeswitch: switched to 12d1:1506 on 001/004\n"
        "Oct 10 21:31:56 host usb_modeswitch[2634]: usb_modeswitch: add device ID 12d1:1506 to driver option\n"
        "Oct 10 21:31:56 host usb_modeswitch[2634]: usb_modeswitch: please report the device ID to the Linux USB developers!\n"))
    modem = next(m for m in model.modems if (m.vid, m.pid) == ("12d1", "1506"))
    assert modem.id_given_by_new_id == ["option"]
