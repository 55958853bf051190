"""A python-dbusmock template that plays ModemManager 1.20 for the real ``mmcli``.

Used to record the samples in this directory (see README.md) and by
tests/test_collect_userspace.py when python3-dbusmock and mmcli are
installed. Works with Debian 12's python3-dbusmock 0.28 (which has no
ModemManager template of its own).

    python3 -m dbusmock --system --template tests/samples/mmcli/mm_template.py \
        --parameters '{"scenario": "connected"}'

Scenarios (parameter ``scenario``):

* ``connected``  Sierra EM7455-like modem on qmi_wwan, registered, one connected
                 bearer (raw-ip, IP method static), SIM present
* ``fcc-locked`` Dell DW5570-like modem on cdc_mbim, state disabled, power low,
                 no bearer (what an FCC-locked laptop module looks like)
* ``no-sim``     Quectel EC25-like modem in state failed, reason sim-missing, no SIM
* ``empty``      the daemon runs but manages no modem

Property types follow the ModemManager D-Bus API (introspection XML of MM 1.20).
"""
import dbus

BUS_NAME = "org.freedesktop.ModemManager1"
MAIN_OBJ = "/org/freedesktop/ModemManager1"
MAIN_IFACE = "org.freedesktop.ModemManager1"
SYSTEM_BUS = True
IS_OBJECT_MANAGER = False

OBJECT_MANAGER_IFACE = "org.freedesktop.DBus.ObjectManager"
MODEM = "org.freedesktop.ModemManager1.Modem"
MODEM_3GPP = "org.freedesktop.ModemManager1.Modem.Modem3gpp"
MODEM_SIMPLE = "org.freedesktop.ModemManager1.Modem.Simple"
SIM = "org.freedesktop.ModemManager1.Sim"
BEARER = "org.freedesktop.ModemManager1.Bearer"

MODEM_PATH = "/org/freedesktop/ModemManager1/Modem/0"
SIM_PATH = "/org/freedesktop/ModemManager1/SIM/0"
BEARER_PATH = "/org/freedesktop/ModemManager1/Bearer/0"

# MMModemState
STATE = {"failed": -1, "disabled": 3, "enabled": 6, "registered": 8, "connected": 11}
# MMModemPortType: net 2, at 3, qcdm 4, qmi 6, mbim 7
PORT = {"net": 2, "at": 3, "qcdm": 4, "qmi": 6, "mbim": 7}
CAP_GSM_UMTS, CAP_LTE = 1 << 2, 1 << 3
MODE_2G, MODE_3G, MODE_4G = 1 << 1, 1 << 2, 1 << 3
ACCESS_LTE = 1 << 14
IP_FAMILY_IPV4, IP_FAMILY_IPV6 = 1, 2


def _ports(pairs):
    return dbus.Array([dbus.Struct((dbus.String(n), dbus.UInt32(PORT[t])), signature="su") for n, t in pairs],
                      signature="(su)")


def _modem_props(model, manufacturer, revision, drivers, plugin, primary, ports, device, state,
                 power, sim_path, bearers, failed_reason=0, access=0, quality=0):
    return {
        "Sim": dbus.ObjectPath(sim_path),
        "SimSlots": dbus.Array([], signature="o"),
        "PrimarySimSlot": dbus.UInt32(0),
        "Bearers": dbus.Array([dbus.ObjectPath(b) for b in bearers], signature="o"),
        "SupportedCapabilities": dbus.Array([dbus.UInt32(CAP_GSM_UMTS | CAP_LTE)], signature="u"),
        "CurrentCapabilities": dbus.UInt32(CAP_GSM_UMTS | CAP_LTE),
        "MaxBearers": dbus.UInt32(1),
        "MaxActiveBearers": dbus.UInt32(1),
        "MaxActiveMultiplexedBearers": dbus.UInt32(0),
        "Manufacturer": dbus.String(manufacturer),
        "Model": dbus.String(model),
        "Revision": dbus.String(revision),
        "CarrierConfiguration": dbus.String(""),
        "CarrierConfigurationRevision": dbus.String(""),
        "HardwareRevision": dbus.String(""),
        "DeviceIdentifier": dbus.String("0123456789abcdef0123456789abcdef01234567"),
        "Device": dbus.String(device),
        "Physdev": dbus.String(device),
        "Drivers": dbus.Array([dbus.String(d) for d in drivers], signature="s"),
        "Plugin": dbus.String(plugin),
        "PrimaryPort": dbus.String(primary),
        "Ports": _ports(ports),
        "EquipmentIdentifier": dbus.String("359000000000001"),
        "UnlockRequired": dbus.UInt32(1),  # MM_MODEM_LOCK_NONE
        "UnlockRetries": dbus.Dictionary({dbus.UInt32(2): dbus.UInt32(3)}, signature="uu"),  # sim-pin (3)
        "State": dbus.Int32(STATE[state]),
        "StateFailedReason": dbus.UInt32(failed_reason),
        "AccessTechnologies": dbus.UInt32(access),
        "SignalQuality": dbus.Struct((dbus.UInt32(quality), dbus.Boolean(quality > 0)), signature="ub"),
        "OwnNumbers": dbus.Array([], signature="s"),
        "PowerState": dbus.UInt32(power),
        "SupportedModes": dbus.Array([
            dbus.Struct((dbus.UInt32(MODE_2G | MODE_3G | MODE_4G), dbus.UInt32(MODE_4G)), signature="uu")],
            signature="(uu)"),
        "CurrentModes": dbus.Struct((dbus.UInt32(MODE_2G | MODE_3G | MODE_4G), dbus.UInt32(MODE_4G)),
                                    signature="uu"),
        "SupportedBands": dbus.Array([dbus.UInt32(31), dbus.UInt32(33)], signature="u"),
        "CurrentBands": dbus.Array([dbus.UInt32(31), dbus.UInt32(33)], signature="u"),
        "SupportedIpFamilies": dbus.UInt32(IP_FAMILY_IPV4 | IP_FAMILY_IPV6),
    }


def _3gpp_props(registration, operator_code, operator_name, packet_service):
    return {
        "Imei": dbus.String("359000000000001"),
        "RegistrationState": dbus.UInt32(registration),
        "OperatorCode": dbus.String(operator_code),
        "OperatorName": dbus.String(operator_name),
        "EnabledFacilityLocks": dbus.UInt32(0),
        "SubscriptionState": dbus.UInt32(0),
        "EpsUeModeOperation": dbus.UInt32(0),
        "Pco": dbus.Array([], signature="(ubay)"),
        "InitialEpsBearer": dbus.ObjectPath("/"),
        "InitialEpsBearerSettings": dbus.Dictionary({}, signature="sv"),
        "PacketServiceState": dbus.UInt32(packet_service),
    }


def _sim_props():
    return {
        "Active": dbus.Boolean(True),
        "SimIdentifier": dbus.String("8949000000000000001"),
        "Imsi": dbus.String("262010000000001"),
        "Eid": dbus.String(""),
        "OperatorIdentifier": dbus.String("26201"),
        "OperatorName": dbus.String("Example Mobile"),
        "EmergencyNumbers": dbus.Array([dbus.String("112")], signature="s"),
        "PreferredNetworks": dbus.Array([], signature="(su)"),
        "SimType": dbus.UInt32(1),  # physical
        "EsimStatus": dbus.UInt32(0),
        "Removability": dbus.UInt32(1),
    }


def _bearer_props():
    v = dbus.Dictionary
    return {
        "Interface": dbus.String("wwan0"),
        "Connected": dbus.Boolean(True),
        "ConnectionError": dbus.Struct((dbus.String(""), dbus.String("")), signature="ss"),
        "Suspended": dbus.Boolean(False),
        "Multiplexed": dbus.Boolean(False),
        "Ip4Config": v({"method": dbus.UInt32(2, variant_level=1),  # MM_BEARER_IP_METHOD_STATIC
                        "address": dbus.String("10.64.23.5", variant_level=1),
                        "prefix": dbus.UInt32(30, variant_level=1),
                        "gateway": dbus.String("10.64.23.6", variant_level=1),
                        "dns1": dbus.String("10.74.210.210", variant_level=1),
                        "mtu": dbus.UInt32(1500, variant_level=1)}, signature="sv"),
        "Ip6Config": v({"method": dbus.UInt32(0, variant_level=1)}, signature="sv"),
        "Stats": v({"rx-bytes": dbus.UInt64(123456, variant_level=1),
                    "tx-bytes": dbus.UInt64(65432, variant_level=1),
                    "duration": dbus.UInt32(600, variant_level=1)}, signature="sv"),
        "ReloadStatsSupported": dbus.Boolean(True),
        "IpTimeout": dbus.UInt32(20),
        "BearerType": dbus.UInt32(1),  # default
        "ProfileId": dbus.Int32(-1),
        "Properties": v({"apn": dbus.String("internet", variant_level=1),
                         "ip-type": dbus.UInt32(IP_FAMILY_IPV4, variant_level=1)}, signature="sv"),
    }


def _add(mock, path, interfaces):
    """Add an object with several interfaces (first one via AddObject)."""
    first = True
    for iface, props in interfaces:
        if first:
            mock.AddObject(path, iface, props, [])
            obj = __import__("dbusmock").mockobject.objects[path]
            first = False
        else:
            obj.AddProperties(iface, props)


def _scenario(mock, name):
    if name == "empty":
        return
    if name == "connected":
        props = _modem_props(
            "EM7455", "Sierra Wireless, Incorporated", "SWI9X30C_02.30.01.01 r8250 CARMD-EV-FRMWR2 2019/03/15",
            ["qcserial", "qmi_wwan"], "sierra", "cdc-wdm0",
            [("cdc-wdm0", "qmi"), ("ttyUSB0", "qcdm"), ("ttyUSB2", "at"), ("wwan0", "net")],
            "/sys/devices/pci0000:00/0000:00:14.0/usb2/2-3", "connected", 3, SIM_PATH, [BEARER_PATH],
            access=ACCESS_LTE, quality=67)
        _add(mock, MODEM_PATH, [(MODEM, props), (MODEM_3GPP, _3gpp_props(1, "26201", "Example Mobile", 2)),
                                (MODEM_SIMPLE, {})])
        _add(mock, SIM_PATH, [(SIM, _sim_props())])
        _add(mock, BEARER_PATH, [(BEARER, _bearer_props())])
    elif name == "fcc-locked":
        props = _modem_props(
            "DW5570", "Dell", "SWI9X15C_05.05.67.00", ["cdc_mbim"], "dell", "cdc-wdm0",
            [("cdc-wdm0", "mbim"), ("wwp0s20u7c2i12", "net")],
            "/sys/devices/pci0000:00/0000:00:14.0/usb1/1-7", "disabled", 2, SIM_PATH, [])
        _add(mock, MODEM_PATH, [(MODEM, props), (MODEM_3GPP, _3gpp_props(0, "", "", 0)), (MODEM_SIMPLE, {})])
        _add(mock, SIM_PATH, [(SIM, _sim_props())])
    elif name == "no-sim":
        props = _modem_props(
            "EC25", "Quectel", "EC25EFAR06A06M4G", ["option", "qmi_wwan"], "quectel", "cdc-wdm0",
            [("cdc-wdm0", "qmi"), ("ttyUSB2", "at"), ("ttyUSB3", "at"), ("wwan0", "net")],
            "/sys/devices/platform/soc/3f980000.usb/usb1/1-1/1-1.4", "failed", 3, "/", [], failed_reason=2)
        _add(mock, MODEM_PATH, [(MODEM, props), (MODEM_SIMPLE, {})])
    else:
        raise ValueError("unknown scenario %r" % name)


def load(mock, parameters):
    parameters = parameters or {}
    mock.AddProperties(MAIN_IFACE, dbus.Dictionary({"Version": parameters.get("DaemonVersion", "1.20.4")},
                                                   signature="sv"))
    mock.AddMethods(MAIN_IFACE, [("ScanDevices", "", "", ""), ("SetLogging", "s", "", "")])
    # Like the real daemon, the object manager lists modems only (SIMs and bearers are plain objects).
    mock.AddMethod(OBJECT_MANAGER_IFACE, "GetManagedObjects", "", "a{oa{sa{sv}}}",
                   "ret = {dbus.ObjectPath(k): objects[k].props for k in objects.keys() "
                   "if k.startswith('/org/freedesktop/ModemManager1/Modem/')}")
    _scenario(mock, parameters.get("scenario", "connected"))
