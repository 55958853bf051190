"""The modem driver tables are defined once (wwandoctor/drivers.py) and shared by collectors, parsers,
the log filter and the model."""
from wwandoctor import drivers, logs
from wwandoctor.collect import net, pci
from wwandoctor.ingest import kernel_log
from wwandoctor.model import common


def test_collectors_use_the_shared_tables():
    assert net.MODEM_NET_DRIVERS is drivers.MODEM_NET_DRIVERS
    assert pci.PCI_MODEM_DRIVERS is drivers.PCI_MODEM_DRIVERS
    assert set(net.MODEM_NAME_PREFIXES) == set(common.WWAN_NET_PREFIXES)


def test_model_tables_are_built_from_the_shared_ones():
    assert common.NET_PROTOCOLS is drivers.USB_NET_PROTOCOLS
    assert common.CONTROL_DRIVERS is drivers.CONTROL_DRIVERS
    assert common.USB_MODEM_DRIVERS == set(drivers.USB_MODEM_DRIVERS)
    assert {"GobiNet", "qmi_wwan_q", "sierra_net", "qcserial", "cdc_mbim"} <= common.USB_MODEM_DRIVERS
    assert {"cdc_wdm", "usbnet", "mhi_pci_generic", "mhi_net", "wwan"} <= common.MODEM_MODULES
    assert "option1" not in common.MODEM_MODULES  # option's driver name, the module is "option"
    # the model also knows the out-of-tree xmm7360 driver; the sysfs collector looks for in-tree ones
    assert common.PCI_DRIVERS == set(drivers.PCI_MODEM_DRIVERS) | {"xmm7360"}


def test_kernel_log_and_log_filter_know_every_modem_driver():
    assert set(drivers.PCI_MODEM_DRIVERS) | set(drivers.MHI_CLIENT_DRIVERS) | {"xmm7360", "mhi-pci"} == \
        set(kernel_log.PCI_LOG_DRIVERS)
    shared = drivers.USB_MODEM_DRIVERS | set(drivers.MODEM_NET_DRIVERS) | set(drivers.PCI_MODEM_DRIVERS)
    assert shared <= set(logs.MODEM_LOG_MODULES)
    assert logs.is_relevant("usb_serial_simple 1-2:1.0: qcaux converter detected")
    assert logs.is_relevant("usbcore: registered new interface driver GobiNet")
    assert not logs.is_relevant("usbcore: registered new interface driver btusb")
