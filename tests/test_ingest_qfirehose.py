"""QFirehose output (real samples): its stamped lines are QFirehose's, not a kernel log's.

qfirehose-v1.2.3-eg25-md5.txt: github.com/Biktorgj/quectel_eg25_recovery issue 18 (the run up to the md5
checks); qfirehose-v1.4.9-rg255c-sahara-error.txt: forums.quectel.com/t/qfirehose-and-rg255c-gl/51556.
"""
from ingest_util import load, run, sample_block
from wwandoctor import signatures
from wwandoctor.ingest import qfirehose


def test_a_qfirehose_run_is_read_as_qfirehose_not_dmesg():
    snap = load("qfirehose-v1.2.3-eg25-md5.txt")
    texts = [ln.text for ln in snap.log if ln.origin == "qfirehose"]
    assert texts[0] == "QFirehose Version: Quectel_LTE&5G_QFirehose_Linux&Android_V1.2.3"
    assert "md5 checking: ./update/usrdata.ubi pass" in texts
    assert snap.versions["qfirehose"] == "1.2.3"
    assert snap.unrecognized == []


def test_md5_checks_alone_prove_no_lost_device():
    assert "flash:usb-access-failed" not in signatures.scan(load("qfirehose-v1.2.3-eg25-md5.txt").log)


def test_a_sahara_error_is_kept_but_is_no_lost_device():
    snap = load("qfirehose-v1.4.9-rg255c-sahara-error.txt")
    texts = [ln.text for ln in snap.log if ln.origin == "qfirehose"]
    assert "Sahara protocol error" in texts and "Upgrade module failed." in texts
    found = signatures.scan(snap.log)
    assert "flash:usb-access-failed" not in found and "flash:upgrade-succeeded" not in found


def test_the_getdriver_failure_and_a_later_success():
    block = sample_block("qfirehose-v1.2.3-eg25-md5.txt")
    block.lines += ["[005.490]: usbfs_is_kernel_driver_alive ioctl USBDEVFS_GETDRIVER failed, kernel driver may be inactive"]
    assert qfirehose.detect(block) >= 88
    snap, left, _ = run(qfirehose, block.lines)
    assert left == ["$ sudo ./qfirehose -f ./"]
    assert "flash:usb-access-failed" in signatures.scan(snap.log)
    snap, _, _ = run(qfirehose, block.lines + ["[080.101]: Upgrade module successfully."])
    assert "flash:usb-access-failed" not in signatures.scan(snap.log)


def test_a_dmesg_line_is_not_qfirehose():
    block = sample_block("dmesg-ec21-qmi-wwan.txt")
    assert qfirehose.detect(block) == 0
