"""The signature table: every fact has a real message that proves it, and look-alikes that do not."""
import pytest

from wwandoctor import signatures
from wwandoctor.snapshot import LogLine

# fact -> message lines as the programs print them (quoted in the table's sources)
PROVES = {
    "mm:enabled": ["<info>  [modem0] state changed (enabling -> enabled)",
                   "Modem /org/freedesktop/ModemManager1/Modem/0: state changed (registered -> connecting)"],
    "mm:bus-name-not-acquired": ["<wrn> could not acquire the 'org.freedesktop.ModemManager1' service name"],
    "modeswitch:not-installed": ["which: no usb_modeswitch in (/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin)",
                                 "which usb_modeswitch => not found",
                                 "-bash: usb_modeswitch: command not found",
                                 "-ash: usb_modeswitch: not found"],
    "mm:not-running": ["hotplug: couldn't report initial kernel events: ModemManager not running",
                       "error: couldn't create manager: Error calling StartServiceByName for org.freedesktop.ModemManager1: "
                       "GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown: The name org.freedesktop.ModemManager1 was not "
                       "provided by any .service files",
                       "error: couldn't find the ModemManager process in the bus",
                       "error: couldn't get bus: Could not connect: Connection refused",
                       "error: couldn't get bus: Could not connect: No such file or directory",
                       # systemd refusing ModemManager's unit, in two releases' wording
                       "ModemManager.service: Service lacks both ExecStart= and ExecStop= setting. Refusing.",
                       "Dec 01 10:00:00 host systemd[1]: ModemManager.service: Service has no ExecStart=, ExecStop=, or "
                       "SuccessAction=. Refusing."],
    "ppp:modem-hangup": ["Jun  6 10:01:02 host pppd[2211]: Modem hangup",
                         "pppd.PPPConnectionError: The link was terminated by the modem hanging up",
                         "pppd exited with exit code 16"],
    "module:driver-dir-missing": ["ls: cannot access '/lib/modules/5.10.160-rockchip/kernel/drivers/usb/serial/': No such file or directory",
                                  "ls: cannot access /lib/modules/4.4.0-21-generic/kernel/drivers/net/usb: No such file or directory",
                                  "ls: Zugriff auf /lib/modules/3.19.0-rc5bpi/kernel/drivers/usb/serial/ nicht m\u00f6glich: Datei oder "
                                  "Verzeichnis nicht gefunden"],
    "ls:serial-nodes-absent": ["ls: cannot access '/dev/ttyUSB*': No such file or directory",
                               "ls: /dev/ttyUSB*: No such file or directory",
                               "ls: Zugriff auf '/dev/ttyACM*' nicht m\u00f6glich: Datei oder Verzeichnis nicht gefunden",
                               "ls: /dev/ttyUSB*\u306b\u30a2\u30af\u30bb\u30b9\u3067\u304d\u307e\u305b\u3093: No such file or directory",
                               "ls: \u65e0\u6cd5\u8bbf\u95ee '/dev/ttyUSB0': \u6ca1\u6709\u90a3\u4e2a\u6587\u4ef6\u6216\u76ee\u5f55"],
    # Windows Kernel-PnP event 400 for a device no driver matched, in English and zh-CN Windows
    "win:device-no-driver": ["Driver Name: null", "  Driver Name: null", "\u9a71\u52a8\u7a0b\u5e8f\u540d\u79f0: null",
                             "Device status: The drivers for this device are not installed. (Code 28)",
                             "Statut du p\u00e9riph\u00e9rique : Les pilotes de ce p\u00e9riph\u00e9rique ne sont pas install\u00e9s. (Code 28)"],
    "ppp:no-kernel-support": ["Apr 11 09:20:01 pi pppd[1234]: This system lacks kernel support for PPP.  This could be because",
                              "--> The PPP daemon has died. (exit code = 4)",
                              "pppd exited with exit status 4"],
    "data:call-failed": ["Unable to get IPv4 address", "[2024-05-14 10:22:31] Unable to get IPv4 address",
                         "Enable network failed!", "[Network] Enable network failed!"],
    "reg:camped": ["Inquiring UE system information:LTE,Online,204-08,0x846E,970508,130,EUTRAN-BAND20,6400,3,0,19,43,42,6",
                   "+CPSI: LTE,Online,460-00,0x1816,27447553,373,EUTRAN-BAND3,1825,5,5,-82,-969,-651,16",
                   "+CPSI: GSM,Online,460-00,0x182d,12401,27 EGSM 900,-64,2110,42-42"],
    "mm:daemon-crashed": ["Bail out! ERROR:kerneldevice/mm-kernel-device-generic.c:234:"
                          "ptr_array_add_sysfs_attribute_link_basename: assertion failed: (array && sysfs_path && attribute)",
                          "ModemManager:ERROR:../src/mm-broadband-modem.c:99:f: code should not be reached",
                          "systemd[1]: ModemManager.service: Main process exited, code=dumped, status=6/ABRT",
                          "systemd[1]: ModemManager.service: Failed with result 'core-dump'.",
                          "kernel: ModemManager[812]: segfault at 8 ip 00007f0 sp 00007ff error 4 in libglib-2.0.so"],
    "port:tty-busy": ["minicom: cannot open /dev/ttyUSB2: Device or resource busy",
                      "FATAL: cannot open /dev/ttyACM0: Device or resource busy",
                      "serial.serialutil.SerialException: [Errno 16] could not open port /dev/ttyUSB3: [Errno 16] "
                      "Device or resource busy: '/dev/ttyUSB3'",
                      "Error opening device. Unknown, busy or no permissions.",
                      "Error opening device, it is already opened by another app."],
    "serial:no-answer": ["All finished, found 0 phones", "No phone has been found!",
                         "No response in specified timeout. Probably the phone is not connected."],
    "serial:tty-searched": ["Checking /dev/ttyACM0 - ['at19200', 'at115200', 'fbusdlr3', 'fbus', 'mbus', 'fbuspl2303']"],
    # QFirehose (nippynetworks/qfirehose usb_linux.c, qfirehose.c); the V1.2.3 line from quectel_eg25_recovery issue 18
    "flash:usb-access-failed": ["ioctl USBDEVFS_GETDRIVER failed, kernel driver may be inactive",
                                "usbfs_is_kernel_driver_alive ioctl USBDEVFS_GETDRIVER failed, errno: 19 (No such device)",
                                "Fail to claim interface 0, errno: 16 (Device or resource busy)",
                                "inf[0] USBDEVFS_SUBMITURB -1/16384, errno = 19 (No such device)"],
    "flash:usb-read-timeout": ["inf[1] ep_in -1/8192, errno = 110 (Connection timed out), timeout=2000"],
    "flash:upgrade-succeeded": ["Upgrade module successfully."],
    # systemd's and logind's words for a system going down
    "host:shutting-down": ["Reached target System Power Off.", "Reached target Reboot.",
                           "System is rebooting.", "systemd-shutdown[1]: Syncing filesystems and block devices."],
    "mm:port-not-candidate": ["<debug> [1700000000.1] [base-manager] port ttyUSB2 not candidate",
                              "<debug> [1500000000.1] (tty/ttyUSB1): port not candidate"],
    "board:power-manager-failed": ["eg25manager[4005]: unable to find a suitable config file!",
                                   "systemd[1]: eg25-manager.service: Main process exited, code=dumped, status=5/TRAP",
                                   "eg25-manager[611]: Configuration file lacks UART port definition",
                                   "eg25-manager[611]: Unable to request output GPIO 3",
                                   "systemd[1]: lte-modem-power.service: Failed with result 'exit-code'."],
    "fcc:radio-locked": ["[/dev/cdc-wdm0] Radio state retrieved: 'fcc-locked'"],
    "fcc:unlock-failed": ["[modem0] couldn't run FCC unlock: QMI protocol error (17): 'MissingArgument'",
                          "fcc unlock operation launch aborted: no valid program found",
                          "WWAN FCC unlock is not supported in this product",
                          "[2025-01-01 10:00:00.000] Current platform:0A1B do not support FccLock!",
                          "Current platform: do not support FccLock!",
                          "WWAN is not supported in this machine",
                          "configservice_lenovo[1402]: Lenovo Sar config is not supported in this machine",
                          "DPR_Fcc_unlock_service[990]: Verizon SIM is detetected, Hence FCC unlock will not be executed",
                          "Available SIM is of USA, Exiting FCC unlock !",
                          "WWAN is not enabled for USA !! Please wait for some more time",
                          "error: couldn't run Foxconn FCC authentication: QMI protocol error (17):",
                          "[modem0] couldn't set FCC auth: QMI protocol error (17): 'MissingArgument'",
                          "couldn't set FCC authentication: QMI protocol error (17): 'MissingArgument'"],
    "port:qmi-mode-on-non-qmi-port": ["(qmicli:1234): libqmi-glib-WARNING **: 10:00:00.123: [/dev/cdc-wdm0] requested QMI "
                                      "mode but unexpected transport type found"],
    "port:mbim-mode-on-non-mbim-port": ["[/dev/cdc-wdm0] requested MBIM mode but unexpected transport type found"],
    "radio:on": ["+CFUN: 1", '"online"',
                 # Sierra AT!GSTATUS? (MC7354/EM7455 posts; ModemManager's Sierra MBIM plugin comment)
                 "Bootup Time:   26365            Mode:        ONLINE         ",
                 "Reset Counter: 1\t\tMode:        ONLINE         "],
    "radio:off": ["+CFUN: 4", "+CFUN: 0", "State: LowPowerMode", '"low_power"', '"persistent_low_power"',
                  # Sierra AT!GSTATUS? of an MC7710 (Ubuntu forums 'Problem with Sierra mc7710 LTE modem', 2012)
                  "Bootup Time:   1                Mode:        LOW POWER MODE ",
                  # told in a sentence (tests/real_cases/spent/l850-gl-lenovo-firmware-update-re-enables-fcc-lock-...)
                  "Then it returns back with `at+cfun?` with 4,0 default setting.", "AT+CFUN? gives 0, and then",
                  # AirM2M cmicomm.h MtErrorResultCode 524 (verbose, AT+CMEE=2)
                  "+CME ERROR: UE is in minimal function mode"],
    # the AT lines of xmm7360/xmm7360-usb-modeswitch README.md and mrhaav/openwrt fm350_fcc_unlock.sh
    "fcc:lock-command": ["at@nvm:fix_cat_fcclock.fcclock_mode=0", "at@store_nvm(fix_cat_fcclock)", "AT+GTFCCLOCKGEN",
                         "AT+GTFCCEFFSTATUS?", "I have issued `at@nvm:fix_cat_fcclock.fcclock_mode=0` command"],
    "radio:factory-test": ["+CFUN: 5", "\tMode: 'factory-test'", "the module is stuck in Factory Test Mode"],
    "radio:on-refused": ["AT+CFUN=1 => +CME ERROR: 3", "AT+CFUN=1 => ERROR", "AT+CFUN=1 returns +CME ERROR: 3",
                         # tests/real_cases/spent/bc95-g-cfun1-cme-error-4-and-524-sim-inserted-wrong-way-round (title, prose)
                         "[BC95-G] AT+CFUN=1 returns CME ERROR 4",
                         "I keep on being confronted with CME ERROR: 4 when trying to set CFUN = 1. See log below."],
    "apn:placeholder": ['+CGDCONT: 1,"IP","YourAPN","0.0.0.0",0,0,0', 'AT+CGDCONT=1,"IP","your.apn"',
                        'AT+QICSGP=1,1,"YOUR_APN","","",1', 'AT+SAPBR=3,1,"APN","<apn>"'],
    "apn:empty-written": ['Init3 = AT+CGDCONT=1,"IP",""', 'chat[812]: send (AT+CGDCONT=1,"IP",""^M)',
                          '--> Sending: AT+CGDCONT=2,"IPV4V6",""'],
    "tool:apn-required": ["[11-04_22:02:34:910] When MBIM mode, must specify APN with '-s', or setup data call may fail!"],
    "nm:gsm-setting-unread": ["<warn>  [1709374272.1234] keyfile: gsm.home-only: invalid setting: Key file contains key "
                              "\u201chome-only\u201d which has a value that cannot be interpreted.",
                              "keyfile: gsm.apn: invalid setting: value cannot be interpreted as integer"],
    "radio:w-disable": ["LPM force flags - W_DISABLE:1, User:0, Temp:0, Volt:0, BIOS:0, GOBIIM:0", "HW restricted: 'yes'"],
    "mm:power-up-refused": ["ModemManager[29148]: <wrn> [modem0] couldn't enable interface: 'Invalid transition'",
                            "<wrn> [modem0] failed enabling modem: Invalid transition",
                            "error: couldn't enable the modem: 'GDBus.Error:org.freedesktop.ModemManager1.Error.Core.Retry: "
                            "Invalid transition'",
                            # the error's kind retyped in a post: the text is ModemManager's only "Invalid transition"
                            "error: couldn't enable the modem: 'GDBus.Error:org.freedesktop.ModemManager1.Error.Core.Failed: "
                            "Invalid transition'"],
    "mm:enable-failed": ["Modem /org/freedesktop/ModemManager1/Modem/0: state changed (enabling -> disabled)",
                         "error: couldn't enable the modem: 'GDBus.Error:org.freedesktop.libmbim.Error.Status.Busy: Busy'"],
    "port:mbim-or-qmi": ["[/dev/cdc-wdm0] Received message"],
    "port:opened-as-mbim": ["sudo qmicli -v -p -d /dev/cdc-wdm0 --device-open-mbim"],
    "port:serial-at": ["<info>  (ttyACM0) opening serial port..."],
    "composition:qmi": ['+QCFG: "usbnet",0', "Interface bitmask: 0000050D (diag,nmea,modem,rmnet0,rmnet1)"],
    "composition:mbim": ['+QCFG: "usbnet",2', "Interface bitmask: 0000100D (diag,nmea,modem,mbim)"],
    "reg:limited-service": ['+QENG: "servingcell","LIMSRV","LTE","FDD",262,01,1A2B3C4,123,1300,3,5,5,1A2B,-110,-14,-80,2,-',
                            "^SMONI: 4G,6300,20,10,10,FDD,262,02,BF75,0345103,350,33,-94,-7,LIMSRV"],
    "rat:single-legacy": ["+CNMP: 13", '+QCFG: "nwscanmode",2'],
    "reg:not-home": ["netifd: wwan (3456): mbim[3456] Subscriber registration failed (code 4)",
                     "mbim[2210] Subscriber registration failed"],
    "fw:carrier-config-not-activated": ['+QMBNCFG: "List",0,1,0,"ROW_Generic_3GPP",0x0501081F,201901141'],
    "fw:online-not-ready": ["<warn>  [modem0] couldn't enable interface: 'Couldn't set operating mode: QMI protocol error (52): "
                            "'DeviceNotReady''",
                            "error: couldn't set operating mode: QMI protocol error (52): 'DeviceNotReady'",
                            "error: couldn't enable the modem: 'GDBus.Error:org.freedesktop.libqmi.Error.Protocol.DeviceNotReady: "
                            "Couldn't set operating mode: QMI protocol error (52): 'DeviceNotReady''"],
    "sim:hotswap-detect-on": ["+QSIMDET: 1,0"],
    "composition:ecm-or-rndis": ['+QCFG: "usbnet",1', '+QCFG: "usbnet",3'],
    "sim:card-error": ["Couldn't check unlock status: QMI operation failed: Illegal SIM/USIM application state",
                       "\tCard state: 'error'",
                       "+CME ERROR: 13",
                       # the code told in a sentence, without the "+" and the colon
                       "I get CME ERROR 13 from AT+CPIN? every time"],
    "sim:invalid": ["verbose call end reason (3,2504): [cm] invalid-sim-state", "+CME ERROR: 15",
                    "device (cdc-wdm0): state change: prepare -> failed (reason 'gsm-sim-wrong', sys-iface-state: 'managed')"],
    "sim:missing": ["+CME ERROR: 10", "AT+CPIN? returns CME ERROR 10 with the card in", "state changed (locked -> failed) sim-missing", "+CPIN: NOT INSERTED",
                    "[12-04_10:00:00:123] requestGetSIMStatus SIMStatus: SIM_ABSENT",
                    "device (cdc-wdm0): state change: prepare -> failed (reason 'gsm-sim-not-inserted', sys-iface-state: 'managed')",
                    "wwan (1234): PIN status failed (sim_not_present)", "SIM not initialized"],
    "sim:locked": ["Unknown error (PINerror)", "+CPIN: SIM PIN", "+CPIN: PH-NET PIN", "unlock required: 'sim-puk'",
                   "requestGetSIMStatus SIMStatus: SIM_PIN", "<warn>  [modem0] modem is locked with 'sim-pin'",
                   "device (cdc-wdm0): state change: prepare -> failed (reason 'sim-pin-incorrect', sys-iface-state: 'managed')",
                   "wwan (1234): SIM locked PUK required", "PIN verify count value is 2 this is below the limit of 3",
                   "\t\tPIN1 state: 'enabled-not-verified'", '{"pin1_status":"not_verified","pin1_verify_tries":3}',
                   'AT+CPIN="1234" => +CME ERROR: 16'],
    "sim:other-slot": ['+GTDUALSIM : 1, "SUB2", "NO SERVICE"', "+QUIMSLOT: 2",
                       "  Status   |   failed reason: esim-without-profiles",
                       "error: couldn't enable the modem: 'GDBus.Error:org.freedesktop.ModemManager1.Error.Core.WrongState: "
                       "Modem in failed state: esim-without-profiles'"],
    "reg:registered": ["EMM state:     Registered     \tNormal Service ",
                       '+QENG: "servingcell","NOCONN","LTE","FDD",262,01,1A2B3C4,123,1300,3,5,5,1A2B,-95,-9,-65,12,-', "+CEREG: 0,1", "+CREG: 2,5,\"1A2B\",\"01A2B3C\",7", "{\"registration\":\"registered\"}",
                       "+CREG: 2,1",
                       "<debug> [1700000000.2] [modem0/ttyUSB2/at] <-- '<CR><LF>+CREG: 2,1,\"1A2B\",\"01A2B3C\",7<CR><LF><CR><LF>OK<CR><LF>'"],
    "reg:not-searching": ["+CREG: 0,0", "+CGREG: 0", "Network state        : not logged into network",
                          "Packet network state : not logged into network", "DEBUG -> Lines: ['+CREG: 0,0', 'OK']"],
    "sim:ready": ["+CPIN: READY", "SIM IMSI             : 262011234567890", "SIM IMSI             : xxxxxxxxxxxxxxxxxxx",
                  "Security status      : Nothing to enter.",
                  # OpenWrt qmi.sh echoes these only past its UIM application state check (a SIM read and usable)
                  "wwan (1234): PIN already verified", "wwan (1234): PIN verification is disabled"],
    "reg:unknown": ["+CREG: 0,4", "+CEREG: 2,4", "Network state        : unknown", "Packet network state : unknown"],
    "data:detached": ["+CGATT: 0", "GPRS                 : detached"],
    "module:built-for-other-kernel": ["[  812.1] qmi_wwan_q: version magic '5.4.0-42-generic SMP mod_unload ' should be "
                                      "'5.15.0-91-generic SMP mod_unload '",
                                      "GobiNet: disagrees about version of symbol module_layout",
                                      "qmi_wwan_q: no symbol version for module_layout",
                                      "insmod: ERROR: could not insert module qmi_wwan_q.ko: Invalid module format",
                                      "modprobe: ERROR: could not insert 'qmi_wwan_q': Exec format error",
                                      "insmod: can't insert 'qmi_wwan_q.ko': invalid module format"],
    "module:signature-untrusted": ["[   24.148891] PKCS#7 signature not signed with a trusted key",
                                   "mimodulo: Loading of module with unavailable key is rejected",
                                   "Loading of module with unavailable key is rejected",
                                   "xmm7360: loading of module with unavailable key is rejected"],
    "build:kernel-tree-missing": ["make[1]: *** /lib/modules/6.8.4-2-pve/build: No such file or directory.  Stop.",
                                  "make[1]: *** /lib/modules/5.10.0-19-amd64/build: Datei oder Verzeichnis nicht gefunden.  Schluss.",
                                  "make[1]: *** No rule to make target 'modules'.  Stop.",
                                  "make[1]: *** No rule to make target `modules'.  Stop.",
                                  "Error! Your kernel headers for kernel 5.3.10-1-pve cannot be found."],
    "build:in-tree-driver-copy": ["make -C /lib/modules/5.4.51-v7l+/build M=/data/pi/Quectel_Linux_USB_Driver modules",
                                  "make -C /lib/modules/6.1.21-v8+/build M=/home/pi/quectel-usb/drivers/usb/serial modules",
                                  "make -C /lib/modules/5.15.0-91-generic/build M=/home/me/qmi_wwan_q modules",
                                  "make ARCH=arm64 -C /usr/src/linux-headers-5.10 M=/root/GobiNet modules"],
    "build:module-compile-failed": [
        "make[2]: *** [scripts/Makefile.build:271: /home/user/xmm7360-pci/xmm7360.o] Error 1",
        "make[3]: *** [/usr/src/linux-headers-6.1.0-13-common/scripts/Makefile.build:250: /root/qmi_wwan_q.o] Error 1",
        "scripts/Makefile.build:339: recipe for target '/home/pi/GobiNet/GobiUSBNet.o' failed",
        "ERROR: modpost: \"usbnet_set_skb_tx_stats\" [/home/pi/quectel/qmi_wwan_q.ko] undefined!",
        "ERROR: \"__napi_schedule\" [/root/GobiNet/GobiNet.ko] undefined!",
        "Error! Bad return status for module build on kernel: 6.8.0-31-generic (x86_64)",
        "/home/user/xmm7360-pci/xmm7360.c:1322:23: error: initialization of 'unsigned int (*)(struct tty_struct *)' "
        "from incompatible pointer type 'int (*)(struct tty_struct *)' [-Werror=incompatible-pointer-types]",
        "`xmm7360.c:1348:18: error: initialization of 'ssize_t (*)(struct tty_struct *, const u8 *, size_t)'",
        "QMIDevice.c:912:7: error: implicit declaration of function 'netif_rx_ni'",
        "qmi_wwan_q.c:25:10: fatal error: linux/usb/usbnet.h: No such file or directory"],
    "port:open-denied": ["Error opening device, you don't have permissions.", "error: couldn't open the QmiDevice: Cannot open device file '/dev/cdc-wdm0': Operation not permitted",
                         "error: error creating device: error opening serial device: Permission denied",
                         "minicom: cannot open /dev/ttyUSB2: Permission denied"],
    "reg:searching": ["Waiting for network... fail", "[GSM] Waiting for network... fail",
                      "Packet network state : requesting network",
                      '+QENG: "servingcell","SEARCH"', "+CPSI: NO SERVICE,Online",
                      "EMM state:     Deregistered   \tNo Cell Available ", "{\"registration\":\"searching\"}", "+CGREG: 0,2"],
    "reg:denied": ["{\"registration\":\"registering_denied\"}", "+CEREG: 0,3",
                   "Packet network state : registration to network denied",
                   "only SMS worked but no network, received +CGREG: 0.3, sent a request to restart",
                   "after the SIM was reactivated the module answers +CEREG: 0, 3 and never registers",
                   "wwan (1234): Network registration failed (reason: 'registering_denied')",
                   "[modem0] 3GPP registration state changed (registering -> denied)",
                   "Modem /org/freedesktop/ModemManager1/Modem/0: 3GPP Registration state changed (registering -> denied)",
                   "device (cdc-wdm0): state change: prepare -> failed (reason 'gsm-registration-denied', "
                   "sys-iface-state: 'managed')",
                   "AT+CGATT=1 => +CME ERROR: 107", "+CME ERROR: GPRS services not allowed", "+CME ERROR: 111",
                   "+CME ERROR: Roaming not allowed in this location area"],
    "reg:cs-denied": ["+CREG: 0,3", "Network state        : registration to network denied", "+CREG: 2,3,\"1A2B\",\"01A2B3C\",7", "DEBUG -> Lines: ['+CREG: 0,3', 'OK']"],
    "data:activation-failed": ["AT+CGACT=1,1 => ERROR", "AT+QIACT=1 => ERROR", "AT+CGATT=1 => +CME ERROR: 30",
                               "AT+CNACT=0,1 => ERROR", "AT+UPSDA=0,3 => +CME ERROR: 133", "AT+SAPBR=1,1 => ERROR",
                               "+CME ERROR: 148"],
    "data:active": ["+CGATT: 1", "+CGACT: 1,1", '+CGPADDR: 1,"10.64.12.7"', "+CGPADDR: 1,10.64.12.7",
                    '+QIACT: 1,1,1,"10.7.8.9"', '+CNACT: 0,1,"10.94.1.2"'],
    "reg:no-service": ["AT+COPS? => +CME ERROR: 30", "+CME ERROR: no network service", "+CME ERROR: 115"],
    "modem:restarted": ["after answered AT commands => RDY",
                        "<warn>  [modem0] modem reset detected, triggering reprobe"],
    "reg:no-signal": ["12:49:18.255 -> Signal:99", "Signal: 99", "12:49:24.487 -> > It seems that there is no signal. Please check whether theLTE antenna is connected. Please make sure", "+CSQ: 99,99"],
    "call:rejected-apn": ["verbose call end reason (6,27): [3gpp] missing-or-unknown-apn",
                          "wwan0: connection failed - status=0x000e, type=0x0006, reason=0021",
                          "wwan (1234): Unable to connect IPv4", "Unable to connect, check APN and authentication",
                          "AT+CGACT=1,1 => +CME ERROR: 133", "+CME ERROR: Requested service option not subscribed",
                          "giving a CME ERROR: 133 | Requested service option not subscribed", "+CME ERROR: 149",
                          '+CEER: "ESM cause",27,"Missing or unknown APN"', "+CME ERROR: 127"],
    "dhcp:lease": ["bound to 10.64.64.64 -- renewal in 3000 seconds.", "udhcpc: lease of 10.1.2.3 obtained, lease time 7200"],
    "dhcp:no-offer": ["No DHCPOFFERS received.", "udhcpc: no lease, failing"],
    "module:load-eperm": ["insmod: ERROR: could not insert module xmm7360.ko: Operation not permitted",
                          "modprobe: ERROR: could not insert 'qmi_wwan_q': Operation not permitted",
                          "insmod: can't insert 'xmm7360.ko': Operation not permitted",
                          "modprobe: can't load module qmi_wwan_q (kernel/drivers/net/usb/qmi_wwan_q.ko): Operation not permitted"],
    "fwupdate:tty-timeout": ["error: error waiting for TTY: waiting for device at '/sys/devices/pci0000:00/usb1/1-1' timed out",
                             "error: error waiting for serial device in download mode: waiting for device at "
                             "'/sys/devices/pci0000:00/usb1/1-1' timed out"],
    # libqmi qmi-firmware-update: the QDL framing errors (qfu-qdl-device.c) and the 1.24+ summary (qfu-updater.c)
    "fwupdate:download-protocol-error": ["error: error creating device: HDLC trailing control character not found",
                                         "download mode detected error: error creating device: HDLC trailing control "
                                         "character not found",
                                         "error: error downloading image: couldn't write in session: error unframing "
                                         "message: crc check failed: 0x1a2b != 0x3c4d",
                                         "error: unsupported download protocol"],
    "vendor-driver:non-vendor-interface": ["GobiNet::GobiNetDriverBind Ignoring non vendor class interface #12"],
    "vendor-driver:probe-failed": ["GobiNet: probe of 1-1.3:1.8 failed with error -14"],
    "mm:unauthorized": ["Could not connect modem: Unauthorized: PolicyKit authorization failed: not authorized for "
                        "'org.freedesktop.ModemManager1.Device.Control'",
                        "GDBus.Error:org.freedesktop.ModemManager1.Error.Core.Unauthorized: PolicyKit authorization failed: "
                        "challenge needed for 'org.freedesktop.ModemManager1.Location'"],
    "vendor-driver:control-port": ["[/dev/cdc-wdm0] couldn't detect transport type of port: unexpected usb driver "
                                   "detected: qmi_wwan_q"],
    "serial:ports-wanted": ["echo 1e0e 9011 > /sys/bus/usb-serial/drivers/option1/new_id",
                            "minicom: cannot open /dev/ttyUSB2: No such file or directory",
                            "ls: cannot access '/dev/ttyUSB*': No such file or directory"],
    "mtu:path-smaller": ["From 10.64.0.1 icmp_seq=1 Frag needed and DF set (mtu = 1400)",
                         "ping: local error: message too long, mtu=1430",
                         "ping: local error: Message too long, mtu=1358"],
    "vendor-driver:rx-larger-than-mtu": ["net wwan0: drop skb_len=5c8 larger than mtu=1472",
                                         "rmnet_mhi0: drop skb_len=5dc larger than qmap mtu=1400"],
    "vendor-driver:qmap-frame-invalid": ["net wwan0: drop skb_len=4500 larger than 1500",
                                         "net wwan0: drop qmap unknow pkt, len=1024, pkt_len=2048",
                                         "net wwan0: drop qmap unknow mux_id 85",
                                         "net wwan0: drop skb_len=4500 larger than mtu=1500"],
    "usbnet:tx-timeout": ["[ 8812.140113] NETDEV WATCHDOG: eth3 (rndis_host): transmit queue 0 timed out",
                          "NETDEV WATCHDOG: wwan0 (qmi_wwan): transmit queue 0 timed out",
                          "cdc_ncm 2-1:1.0 wwan0: NETDEV WATCHDOG: CPU: 1: transmit queue 0 timed out 5376 ms"],
    "fw:bogus-dest-mac": ["12:01:33.511 02:50:f3:00:00:00 > 00:a0:c6:00:00:00, ethertype IPv4 (0x0800), length 98",
                          "    link/ether 00:a0:c6:00:00:00 brd ff:ff:ff:ff:ff:ff",
                          "the returning Ethernet frames all have 00:A0:C6:00:00:00 as MAC address"],
    "cdc_ether:unexpected-notification": ["[13317.359566] cdc_ether 2-5:1.1 wwan0: CDC: unexpected notification 01!"],
    "composition:switch-refused": ["AT+GTUSBMODE? => +CME ERROR: 4", "AT!USBCOMP=1,1,10D => ERROR"],
    "qmi_wwan:cdc-descriptors-missing": ["qmi_wwan 1-1.5:2.5: CDC functional descriptors missing"],
    "port:node-missing": ["error: couldn't open the QmiDevice: Cannot open device file '/dev/cdc-wdm0': No such file or directory",
                          "couldn't open the MbimDevice: Cannot open device file '/dev/cdc-wdm1': No such file or directory",
                          # gammu-smsd's log (a forum post) and python-gammu's exception name
                          "gammu-smsd[3493]: gammu: Init:GSM_TryGetModel failed with error DEVICENOTEXIST[4]: "
                          "Error opening device, it doesn't exist.",
                          "gammu.ERR_DEVICENOTEXIST: {'Text': \"Error opening device, it doesn't exist.\", 'Where': 'Init', "
                          "'Code': 4}"],
    "class-driver:function-broken": ["[    5.1] cdc_mbim 2-1:1.12: MBIM functional descriptor missing",
                                     "cdc_ncm 1-1:1.0: bind() failure"],
    "mhi:firmware-missing": ["mhi-pci-generic 0000:01:00.0: Direct firmware load for qcom/sdx55m/sbl1.mbn failed with error -2"],
    "mhi:not-ready": ["mhi-pci-generic 0000:01:00.0: MHI did not enter READY state"],
    # MHI core (drivers/bus/mhi/host/boot.c, pm.c) as dmesg prints it for the controller device "mhi mhi0"
    "mhi:stuck-in-primary-boot-loader": ["[    3.539429] mhi mhi0: No firmware image defined or !sbl_size || !seg_len"],
    "mhi:boot-ee-invalid": ["mhi mhi0: SECONDARY BOOTLOADER is not a valid EE for power on",
                            "[   12.1] mhi mhi0: RAMDUMP DOWNLOAD MODE is not a valid EE for power on"],
    # t7xx: the driver's exact wordings (drivers/net/wwan/t7xx/), as dmesg prints them
    "t7xx:handshake-failed": ["[   23.456789] mtk_t7xx 0000:55:00.0: MD handshake timeout",
                              "mtk_t7xx 0000:55:00.0: AP handshake timeout",
                              "mtk_t7xx 0000:55:00.0: Boot Handshake failure",
                              "mtk_t7xx 0000:55:00.0: Core handshake error event received",
                              "mtk_t7xx 0000:55:00.0: Timeout at device stage 0x3"],
    "t7xx:modem-exception": ["mtk_t7xx 0000:55:00.0: Exception event",
                             "mtk_t7xx 0000:55:00.0: MD exception is captured during handshake",
                             "mtk_t7xx 0000:55:00.0: EX CCIF HS timeout, RCH 0x200"],
    "t7xx:device-unreachable": ["kernel: mtk_t7xx 0000:55:00.0: invalid device status"],
    "t7xx:resume-failed": ["mtk_t7xx 0000:55:00.0: [PM] MD resume error: -110",
                           "mtk_t7xx 0000:55:00.0: [PM] SAP resume error: -110",
                           "mtk_t7xx 0000:55:00.0: [PM] Resume entry ID: 2 error: -5"],
    "iosm:ipc-init-timeout": ["iosm 0000:01:00.0: A-ROM: ipc_status(0) ne. IPC_MEM_DEVICE_IPC_INIT"],
    "iosm:link-down": ["[   12.5] iosm 0000:01:00.0: Modem link down. Exit run state worker."],
    "dns:lookup-failed": ["ping: google.com: Temporary failure in name resolution",
                          "ping: www.google.com: Name or service not known", "ping: bad address 'google.com'",
                          "curl: (6) Could not resolve host: example.com"],
    "ping:address-answers": ["64 bytes from 8.8.8.8: icmp_seq=1 ttl=117 time=35.2 ms",
                             "64 bytes from 8.8.8.8: seq=0 ttl=117 time=35.213 ms"],
    "dns:lookup-ok": ["64 bytes from lhr25s34-in-f14.1e100.net (142.250.180.14): icmp_seq=1 ttl=117 time=21.4 ms"],
    "xmm7360:no-rpc-node": ["FileNotFoundError: [Errno 2] No such file or directory: '/dev/xmm0/rpc'"],
    "fw:active-image-not-stored": ["Active FW image is at slot 255", "  Active FW image is at slot 255  "],
    "fw:image-mismatch": ["LPM force flags - W_DISABLE:0, User:0, Temp:0, Volt:0, BIOS:0, GOBIIM:1",
                          "Reason: 'pri-image-misconfiguration'",
                          "LPM voters - Temp:0, Volt:0, User:0, W_DISABLE:0, IMSWITCH:1, BIOS:0, LWM2M:0",
                          " config name mismatch", "Recieve: carrier name mismatch"],
    "qmi:client-ids-exhausted": ["error: couldn't allocate client: QMI protocol error (5): 'ClientIdsExhausted'",
                                 "Client IDs exhausted for service nas", "{:error, :client_ids_exhausted}"],
    "module:load-key-rejected": ["modprobe: ERROR: could not insert 'qmi_wwan_q': Key was rejected by service",
                                 "insmod: ERROR: could not insert module xmm7360.ko: Required key not available",
                                 "insmod: can't insert 'qmi_wwan_q.ko': Key was rejected by service",
                                 "systemd-modules-load[312]: Failed to insert module 'qmi_wwan_q': Key was rejected by service",
                                 "Failed to insert module '/lib/modules/6.1.0-18-amd64/updates/dkms/qmi_wwan_q.ko': "
                                 "Key was rejected by service"],
    # the kernel's own notice (security/lockdown/lockdown.c), in dmesg and in the journal; v5.4 had no program name
    "lockdown:pci-access-refused": ["[  212.481516] Lockdown: setpci: direct PCI access is restricted; see man kernel_lockdown.7",
                                    "kernel: Lockdown: python3: raw io port access is restricted; see man kernel_lockdown.7",
                                    "Lockdown: direct PCI access is restricted; see man kernel_lockdown.7",
                                    # setpci's own report of the same refusal (pciutils lib/sysfs.c:571)
                                    "pcilib: sysfs_write: write failed: Operation not permitted"],
    "module:unknown-symbol": ["[13402.328265] cdc_mbim: Unknown symbol cdc_ncm_bind_common (err 0)",
                              "insmod: ERROR: could not insert module qmi_wwan_q.ko: Unknown symbol in module",
                              "modprobe: ERROR: could not insert 'qmi_wwan_q': Unknown symbol in module, or unknown "
                              "parameter (see dmesg)",
                              "insmod: can't insert 'qmi_wwan_q.ko': unknown symbol in module, or unknown parameter"],
    "tool:no-modem-device": ["qmidevice_detect failed", "network interface '' or qmidev '' is not exist"],
    "ppp:default-route-kept": ["pppd[2118]: not replacing existing default route via 192.168.0.1",
                               "not replacing existing default route through wlan0 with metric 0",
                               "ppp not replacing existing default route to eth0[192.168.1.1]"],
    "tool:modem-device-found": ["netcard driver = pcie_mhi, driver version = V1.3.8", "Modem works in MBIM mode",
                                "Auto find qmichannel = /dev/cdc-wdm0"],
    "bios:unauthorized-card": ["1802: Unauthorized network card is plugged in - Power off and remove the miniPCI network card"],
    "mux:link-created": ["[modem0/bearer0] net link qmimux0 created (mux id 1)"],
    "hotplug:virtual-netdev-ignored": ["hotplug: sysfspath is a virtual device (/sys/devices/virtual/net/qmimux0)"],
    "mux:setup-refused": [
        "error: couldn't add link: Link management not supported with the expected data format configured as 802.3",
        "error: couldn't add link: No support for multiplexing in the interface",
        "error: couldn't add link: Couldn't add create link with mux id 0x01: Could not write to /sys/class/net/wwan0/qmi/add_mux",
        "error: couldn't connect the modem: 'GDBus.Error:org.freedesktop.ModemManager1.Error.Core.Unsupported: Multiplexing "
        "required but not supported'",
        "ModemManager[901]: <wrn> [modem0] couldn't connect bearer: Multiplex support not available in kernel",
        "<info>  [modem0/bearer1] couldn't connect bearer: Cannot disable multiplex support"],
}

# The source sweep (logsig3): messages as their programs print them (the format string of the source named in the
# row, filled in), one or more per phrasing the table learned from the source rather than from a case.
SOURCE_SWEEP = {
    "reg:denied": [
        "error: couldn't connect the modem: 'GDBus.Error:org.freedesktop.ModemManager1.Error.MobileEquipment."
        "PlmnNotAllowed: PLMN not allowed'",
        "NetworkManager[700]: <warn>  [1700000000.1] modem-broadband[cdc-wdm0]: failed to connect modem: GDBus.Error:"
        "org.freedesktop.ModemManager1.Error.MobileEquipment.GprsRomaingNotAllowed: Roaming not allowed",
        "Couldn't connect: org.freedesktop.ModemManager1.Error.MobileEquipment.ImsiUnknownInHss: IMSI unknown in HLR/HSS",
        "error: couldn't connect: 'GDBus.Error:org.freedesktop.ModemManager1.Error.MobileEquipment.GprsServiceNotAllowed: "
        "GPRS services not allowed'", "\t         Network error: 'roaming-not-allowed-in-location-area'",
        "\t         Network error: 'gprs-not-allowed'"],
    "reg:no-service": [
        "error: couldn't connect the modem: 'GDBus.Error:org.freedesktop.ModemManager1.Error.MobileEquipment.NoNetwork: "
        "No network service'",
        "error: operation failed: NotRegistered", "error: operation failed: PacketServiceDetached",
        "call end reason (3): generic-no-service", "call end reason (1002): gsm-wcdma-no-service",
        "verbose call end reason (3,2001): [cm] no-service"],
    "reg:limited-service": [
        "+CME ERROR: 32", "+CME ERROR: network not allowed - emergency calls only",
        "error: couldn't connect: 'GDBus.Error:org.freedesktop.ModemManager1.Error.MobileEquipment.NetworkNotAllowed: "
        "Network not allowed - Emergency calls only'"],
    "reg:registered": ["Waiting for network... success", "Network state        : home network",
                       "Packet network state : roaming network", "12:49:18.255 -> Waiting for network... success",
                       "[05-21_07:02:31:845] requestRegistrationState2 MCC: 262, MNC: 2, PS: Attached, DataCap: LTE",
                       "\t        Register state: 'home'"],
    "reg:searching": [
        "ModemManager[812]: <wrn> [1731019436.783798] [modem0] registration in network failed: Network timeout",
        "<info>  [1731019436.7] [modem0] 3GPP registration check timed out",
        "<debug> [1731019436.7] [modem0] registration in network: timed out", "+CME ERROR: 31",
        "[06-02_09:41:10:617] requestRegistrationState2 MCC: 0, MNC: 0, PS: Detached, DataCap: UNKNOW"],
    "sim:missing": [
        # OpenWrt qmi.sh: the UIM application absent or illegal, power-cycled; the error code after its timeout
        "netifd: lte (2437): SIM in illegal state - Power-cycling SIM", '"code": "SIM_ILLEGAL_STATE"',
        "+CMS ERROR: 310", "#QSS: 0", "#QSS: 1,0",
        "error: couldn't get PIN status: QMI protocol error (37): 'UimUninitialized'", "\tState: 'not-present'",
        "netifd: wwan (2345): PIN status failed (sim_not_present)", "+CPIN: SIM REMOVED", "+SIMCARD: NOT AVAILABLE",
        "error: operation failed: SimNotInserted", "Can not access SIM card.",
        "gammu.ERR_NOSIM: {'Text': 'Can not access SIM card.', 'Where': 'Init', 'Code': 42}",
        "^SYSINFO:0,0,0,0,255", "^SYSINFO: 1,0,0,5,255,,0", "^SIMST: 255", "^SIMST: 255,0"],
    "sim:locked": [
        "+CME ERROR: USIM PIN is blocked", "+CME ERROR: USIM PUK is blocked",
        "+CMS ERROR: 311", "+CMS ERROR: 316", "error: couldn't verify PIN: QMI protocol error (35): 'PinBlocked'",
        "error: operation failed: PinRequired", "netifd: wwan (3120): mbim[3120] PIN required",
        # the device's SIM lock (27.007 9.2.1 personalisation codes) and ModemManager's D-Bus names of the lock errors
        "+CME ERROR: 40", "+CME ERROR: 5", "+CME ERROR: network personalization PIN required",
        "+CME ERROR: PH-SIM PIN required",
        "error: couldn't enable the modem: 'GDBus.Error:org.freedesktop.ModemManager1.Error.MobileEquipment.SimPin: "
        "SIM PIN required'",
        "error: couldn't connect the modem: 'GDBus.Error:org.freedesktop.ModemManager1.Error.MobileEquipment.NetworkPin: "
        "Network personalization PIN required'",
        # gammu's security status (gammu/common.c PrintSecurityStatus)
        "Security status      : Waiting for PIN.", "Waiting for PUK."],
    "port:node-missing": ["netifd: wwan (2345): The specified control device does not exist",
                          "wwan (3120): mbim[3120] The specified control device does not exist"],
    "sim:invalid": ["error: operation failed: BadSim",
                    "error: couldn't connect the modem: 'GDBus.Error:org.freedesktop.ModemManager1.Error.MobileEquipment."
                    "SimWrong: SIM wrong'"],
    "sim:card-error": ["+CMS ERROR: 313",
                       "error: couldn't enable the modem: 'GDBus.Error:org.freedesktop.ModemManager1.Error.MobileEquipment."
                       "SimFailure: SIM failure'"],
    "radio:off": ["error: operation failed: RadioPowerOff"],
    "call:rejected-apn": [
        "error: operation failed: InvalidAccessString", "error: operation failed: InvalidUserNamePwd",
        "error: operation failed: ServiceNotActivated",
        "netifd: wwan (2345): Unable to connect, check APN and authentication",
        "\t   Network error: 'missing-or-unknown-apn'", "\t   Network error: 'requested-service-option-not-subscribed'"],
    "mm:not-running": [
        "NetworkManager[700]: <info>  [1700000000.1] device (cdc-wdm0): state change: disconnected -> unavailable "
        "(reason 'modem-manager-unavailable', sys-iface-state: 'managed')"],
    "port:tty-busy": ["pppd[1234]: Device ttyUSB2 is locked by pid 812", "Device /dev/ttyACM0 is locked by pid 4411",
                      "Error opening device, it is locked."],
    # gammu's ERR_DEVICENOPERMISSION text (libgammu/gsmcomon.c:89)
    "port:open-denied": ["Error opening device, you don't have the required permission."],
}
# a fact of its own (rule module-silent-on-uart); every fact needs a line in PROVES
PROVES["serial:module-silent"] = ["[12011] Failed to restart modem, delaying 10s and retrying",
                                  "Failed to restart modem, attempting to continue without restarting"]
PROVES["mm:modem-not-created"] = [
    "ModemManager[611]: <wrn> [base-manager] couldn't create modem for device '/sys/devices/pci0000:00/0000:00:14.0/usb1/1-3': "
    "Failed to find primary AT port"]
# a second data session of the same settings refused (libqmi qmi-enums-wds.h internal reason 241)
PROVES["data:session-exists"] = [
    "verbose call end reason (2,241): [internal] interface-in-use-config-match",
    "<warn>  [modem0/bearer1] connection attempt #1 failed: Couldn't start network: QMI protocol error (14): 'CallFailed' "
    "(verbose call end reason (2,241): [internal] interface-in-use-config-match)",
    "[06-02_10:11:12:345] call_end_reason_verbose is 241",
    "quectel-CM's requestSetupDataCall is rejected with `call_end_reason_verbose = 241` (INTERFACE_IN_USE_CONFIG_MATCH)"]
# ModemManager not installed: the shell and systemd say so
PROVES["mm:not-installed"] = ["-bash: mmcli: command not found", "-ash: mmcli: not found", "zsh: command not found: mmcli",
                              "Unit ModemManager.service could not be found.",
                              "Failed to start ModemManager.service: Unit ModemManager.service not found."]
# Venus OS's GSM settings page (victronenergy/gui-v2 pages/settings/PageSettingsGsm.qml), its text as copied
# the packet-data dial refused, a dial of another number, a modem port answering, a SIM query refused (stop 29)
PROVES["data:dial-refused"] = ["ATD*99# => ERROR", "ATDT*99***1#^M^M => ERROR", "ATD*99***1# => +CME ERROR: 11",
                               "Invalid dial command.", "--> Invalid dial command.", "WvDial<Err>: Invalid dial command."]
PROVES["data:dial-other-number"] = ["ATDT*991#", "Sending: ATDT0800123456", "--> Sending: ATD#777"]
PROVES["at:port-answers"] = ["Modem initialized.", "AT+CSQ => OK", "ATD*99# => OK"]
# gammu-smsd's error names after a translated text (stop 29)
PROVES["sim:missing"] = PROVES["sim:missing"] + ["gammu-smsd[549]: Error getting security status: 无法访问 SIM 卡。 (NOSIM[49])"]
PROVES["sim:locked"] = PROVES["sim:locked"] + [
    "gammu-smsd[549]: Error getting security status: Erreur de sécurité. (SECURITYERROR[40])",
    "gammu-smsd[812]: Error at init connection: Security error. Maybe no PIN? (SECURITYERROR[40])"]
PROVES["sim:query-refused"] = ["AT+CPIN? => ERROR", "AT+CIMI => +CME ERROR: 3", "AT+QCCID => ERROR",
                               "AT+CCID => +CME ERROR: SIM failure"]
PROVES["venus:no-modem"] = ["No GSM modem connected", "Settings > GSM modem: no GSM modem connected"]
PROVES["modeswitch:failed"] = [" No new devices in target mode or class found", "Mode switch has failed. Bye!",
                               "Mode switch most likely failed. Bye!", "-> switching was probably not completed. Bye!"]
PROVES["modeswitch:succeeded"] = ["Mode switch succeeded. Bye!", "usb_modeswitch: switched to 12d1:1506 on 001/004"]
# usb_modeswitch 1.x ends its verdicts with "Bye." (1.2.3 checkSuccess); the dispatcher's log verdicts (usb_modeswitch.tcl:322-336)
PROVES["modeswitch:failed"] += ["Mode switch has failed. Bye.", "Mode switching may have failed. Exit",
                                "Core program reported switching failure. Exit"]
PROVES["modeswitch:succeeded"] += ["Mode switch succeeded. Bye.", "Mode switch most likely succeeded. Bye.",
                                   "Mode switching was successful, found 12d1:1506 (HUAWEI: HUAWEI Mobile)"]
# no switch data: the dispatcher (usb_modeswitch.tcl:97,156-157,181,229), a -c file that is not there (usb_modeswitch.c:1894)
PROVES["modeswitch:no-config"] = ["Aargh! Config file missing for 05c6:f000! Exit", "No matching config file found. Exit",
                                  "Error: no config database found in /usr/share or /etc. Exit",
                                  "Jan 12 09:31:05 debian usb_modeswitch: switching disabled, no action for 12d1:1f01",
                                  "Switching globally disabled. Exit",
                                  "Error: Could not find file /etc/usb_modeswitch.d/12d1:1446. Abort"]
PROVES["modeswitch:not-storage"] = ["Error: can't use storage command in MessageContent with interface 0; interface class is 2, "
                                    "expected 8. Abort", "Class of interface 0 matches target. Do nothing"]
PROVES["modeswitch:default-absent"] = [" No devices in default mode found. Nothing to do. Bye!",
                                       " No devices in default mode found. Nothing to do. Bye."]
PROVES["modeswitch:device-open-failed"] = ["Error opening the device. Abort", "Error opening the device. Aborting."]
# a switch control message the device refused: usb_modeswitch 1.x (RMerl/asuswrt-merlin usbmodeswitch) and 2.x (usb_modeswitch.c:1121-1409)
# chan_dongle's errors for a firmware without voice (wdoekes/asterisk-chan-dongle at_response.c:367,451, cli.c:202)
PROVES["voice:unsupported"] = ["[2022-04-21 12:56:54] ERROR[18647]: at_response.c:473 at_response_error: [dongle0] AT^DDSETEX failed",
                               "[Apr 21 12:50:01] WARNING[1811]: at_response.c:367 at_response_error: [dongle0] Dongle has NO voice support",
                               "  Voice                   : No"]
PROVES["modeswitch:message-refused"] = ["Error: sending Huawei control message failed (error -32). Aborting.",
                                        "Error: Huawei control message failed (error -9). Abort",
                                        "Error: Sierra control message failed (error -4). Abort",
                                        " GCT control message 2 failed (error -7). Abort",
                                        "Error: sending Sequans request failed (error -32). Aborting."]
# pppd without the N_PPP line discipline (ppp_async) in the kernel; wvdial naming pppd's exit status 16
PROVES["ppp:no-kernel-support"] += ["May  5 12:12:12 gw pppd[777]: Couldn't set tty to PPP discipline: Invalid argument"]
PROVES["ppp:modem-hangup"] += ["--> The PPP daemon has died: A modem hung up the phone (exit code = 16)"]
# wvdial's init got no answer, or an ERROR (wvdialer.cc:781-789); chat's expect timed out (chat.c:565)
# NetworkManager 0.7-0.9 with ModemManager 0.4-0.6: the MM error text after "GSM ... failed: (N) ", the 0.x D-Bus error
# names, and NetworkManager's numeric device state reasons (0.7/0.8 "(reason N)", 0.9 the nick)
PROVES["mm:charset-unusable"] = ["NetworkManager[1020]: <warn> GSM modem enable failed: (32) Failed to find a usable modem "
                                 "character set"]
PROVES["sim:locked"] += ["NetworkManager: <WARN>  stage1_enable_done(): GSM modem enable failed: (32) SIM PIN required",
                         "NetworkManager[1020]: <warn> GSM connection failed: (32) SIM PUK required",
                         "error: org.freedesktop.ModemManager.Modem.Gsm.SimPinRequired: SIM PIN required",
                         "NetworkManager[1020]: <info> (ttyUSB0): device state change: 4 -> 9 (reason 34)"]
PROVES["sim:card-error"] += ["NetworkManager[1020]: <warn> GSM connection failed: (32) SIM failure"]
PROVES["sim:invalid"] += ["NetworkManager[1020]: <warn> GSM modem enable failed: (32) SIM wrong"]
PROVES["reg:no-service"] += ["NetworkManager[1020]: <warn> GSM connection failed: (32) No network service"]
PROVES["reg:searching"] += ["NetworkManager[1020]: <warn> GSM connection failed: (32) Network timeout",
                            "error: org.freedesktop.ModemManager.Modem.Gsm.NetworkTimeout",
                            "NetworkManager[1020]: <info> (ttyUSB0): device state change: 4 -> 9 (reason 32)"]
PROVES["reg:denied"] += ["NetworkManager[1020]: <warn> GSM connection failed: (32) Network not allowed - emergency calls only",
                         "NetworkManager[1020]: <warn> GSM modem connection failed: (32) Illegal MS",
                         "NetworkManager[1020]: <warn> GSM connection failed: (32) Roaming not allowed in this location area",
                         "NetworkManager[1020]: <info> (ttyUSB0): device state change: 4 -> 9 (reason 31)"]
PROVES["reg:not-searching"] += ["NetworkManager: <info>  (ttyUSB0): device state change: 4 -> 9 (reason 30)",
                                "NetworkManager[1020]: <info> (ttyUSB0): device state change: prepare -> failed (reason "
                                "'gsm-registration-idle') [40 120 30]"]
PROVES["call:rejected-apn"] += ["NetworkManager[1020]: <warn> GSM connection failed: (32) Requested service option not subscribed",
                                "NetworkManager[1020]: <warn> GSM connection failed: (32) PDP authentication failure"]
PROVES["data:activation-failed"] += ["NetworkManager[1020]: <warn> GSM connection failed: (32) Unspecified GPRS error"]
PROVES["call:rejected-apn"] += ["We failed to authenticate ourselves to the peer."]
# oFono's test/list-modems: the SimManager and NetworkRegistration properties
PROVES["sim:locked"] += ["        PinRequired = pin", "        PinRequired = networkpuk"]
PROVES["reg:denied"] += ["        Status = denied"]
PROVES["reg:searching"] += ["        Status = searching"]
PROVES["reg:not-searching"] += ["        Status = unregistered"]
PROVES["reg:registered"] += ["        Status = roaming"]
# sakis3g's own reports (src/sakis3g tty_not_busy, tty_pin_unlock, tty_register_network)
PROVES["port:tty-busy"] += ["Port /dev/ttyUSB2 is currently occupied by modem-manager."]
# gammu's ERR_DEVICEBUSY text (gsmcomon.c:88) and the error names gammu-smsd appends (GSM_LogError)
PROVES["port:tty-busy"] += ["Error opening device, it is already opened by other application.",
                            "gammu-smsd[912]: Error at init connection: Error opening device, it is already opened by other "
                            "application. (DEVICEBUSY[4])",
                            "GSM_InitConnection failed with error DEVICEOPENERROR[2]"]
PROVES["sim:locked"] += ['Modem responded "SIM PUK" while checking for PIN.',
                         "WRONG PIN. Aborting to prevent you from locking your SIM card."]
PROVES["reg:searching"] += ["Modem unable to register a network.", "Modem is unable to register a network"]
PROVES["sim:locked"] += ["Wrong PIN. Aborting to prevent SIM LOCK",
                         "Wrong PIN (second time)! Aborting. Please connect through a GUI or with 'sakis3g --interactive' to be safe."]
# comgt's default script (comgt.h _default_code); its "SIM ready" is no fact: the script jumps there on "SIM PUK" too
PROVES["sim:locked"] += ["ERROR entering PIN code"]
PROVES["reg:searching"] += ["Failed to register", "wwan (1234): Failed to register"]
PROVES["ppp:no-ip-config"] = ["NetworkManager[1020]: <warn> pppd timed out or didn't initialize our dbus module",
                              "NetworkManager: <WARN>  pppd_timed_out(): Looks like pppd didn't initialize our dbus module"]
PROVES["modeswitch:not-storage"] += ["Target configuration 3 already active. Nothing to do. Bye!"]
PROVES["port:tty-busy"] += ["modem-manager[812]: enable: failed to open serial port: (0) Could not open serial device ttyUSB0: "
                            "Device or resource busy"]
PROVES["port:open-denied"] += ["enable: failed to open serial port: (0) Could not open serial device ttyUSB2: Permission denied"]
# NetworkManager 0.7's own GSM code (src/nm-gsm-device.c automatic_registration_get_reply)
PROVES["reg:not-searching"] += ["NetworkManager: <WARN>  automatic_registration_get_reply(): Automatic registration failed: "
                                "not registered and not searching."]
PROVES["reg:denied"] += ["NetworkManager: <WARN>  automatic_registration_get_reply(): Automatic registration failed: "
                         "registration denied."]
PROVES["reg:searching"] += ["<info>  Searching for a network..."]
PROVES["reg:registered"] += ["<info>  Registered on Home network"]
PROVES["mm:modem-not-created"] += ["modem-manager: <WARN>  port_probe_done(): plugin 'Huawei' claimed to support tty/ttyUSB1 "
                                   "but couldn't: (1) Failed to find primary AT port"]
PROVES["dial:no-carrier"] = ["NetworkManager[980]: <warn> GSM connection failed: (0) No carrier",
                             "NetworkManager: <WARN>  dial_done(): No carrier"]
_OFONO_LOOK_ALIKES = ["I was searching for a network... nothing", "SIM ready", "the modem Failed to register with the network", 'Modem responded "ERROR" while checking for PIN.', "        PinRequired = none", "        PinRequired = pin2", "        Status = unknown"]
_OLD_NM_LOOK_ALIKES = [
    # a state change that is no failure, a failure for an unknown reason, and a GSM error no cause follows from
    "NetworkManager[1020]: <info> (ttyUSB0): device state change: 8 -> 3 (reason 31)",
    "NetworkManager[1020]: <info> (ttyUSB0): device state change: 4 -> 9 (reason 1)",
    "NetworkManager[1020]: <warn> GSM connection failed: (32) Unknown error",
    "NetworkManager[1020]: <warn> GSM connection failed: (32) SIM PIN2 required",
]
PROVES["ppp:echo-unanswered"] = ["daemon.info pppd[9626]: No response to 5 echo-requests",
                                 "Jun  6 14:22:01 gw pppd[1811]: Serial link appears to be disconnected."]
PROVES["serial:write-failed"] = ["comgt 09:52:30 -> Error @139, line 8, Could not write to COM device. (1)",
                                 "daemon.notice netifd: wan (2402): comgt 04:11:28 -> Error @124, line 9, Could not write "
                                 "to COM device. (1)"]
PROVES["serial:at-unanswered"] = ["--> Modem not responding.", "Modem not responding."]
PROVES["serial:init-refused"] = ["--> Bad init string.", "Bad init string."]
PROVES["chat:expect-timeout"] = ["alarm", "Mar 10 14:23:17 pi chat[1236]: alarm"]
# NetworkManager 0.7 and ModemManager 0.2 on an unanswered init; NM 0.7 open(2) errno 16 / 13
PROVES["serial:at-unanswered"] += ["Oct  8 19:01:05 host NetworkManager: <WARN>  init_done(): Modem initialization timed out",
                                   "Modem initialization timed out."]
PROVES["serial:at-unanswered"] += ["NetworkManager[980]: <warn> GSM modem enable failed: (2) Serial command timed out"]
PROVES["port:tty-busy"] += ["NetworkManager: <WARN>  nm_serial_device_open(): (ttyUSB0) cannot open device (errno 16)"]
PROVES["port:open-denied"] += ["NetworkManager: <WARN>  nm_serial_device_open(): (ttyACM0) cannot open device (errno 13)"]
# uqmi's texts of libqmi's protocol errors (qmi-errors.c), a JSON string on a line of its own
PROVES["sim:missing"] += ['"UIM uninitialized"', '"No SIM"']
PROVES["sim:locked"] += ['"PIN blocked"', '"PIN always blocked"']
# comgt's default script after four +CSQ: 0,0 answers
PROVES["reg:no-signal"] += ["Signal strength measure 0,0 too low!"]
# pyserial's SerialException text, as a traceback prints it
# a login console on the modem's serial line (util-linux agetty.c LOGIN_PROMPT, login.c "Login incorrect")
PROVES["serial:login-console"] = ["Login incorrect", "rpi-gw login: Password:", "RX: beaglebone login: Password: "]
# an AT command sent to a port: a terminal line, a program's send log, pyserial's bytes (ITU-T V.250 5.2.1)
PROVES["serial:at-command-sent"] = ["AT+CPIN?", "ATI", "$ AT", "TX: AT+CSQ", "DEBUG: Sending command AT+CREG?",
                                     "ser.write(b'AT+CGMI\\r')"]
# the initial EPS bearer (ModemManager mmcli-modem-3gpp.c:252, mm-iface-modem-3gpp.c:1267,1312; OpenWrt modemmanager.sh)
PROVES["eps:init-bearer-failed"] = ["error: couldn't set initial EPS bearer properties: 'Operation not supported'",
                                    "<warn>  [modem0] failed setting initial EPS bearer settings: Invalid transition",
                                    "<warn>  [modem1] requested and reloaded initial EPS bearer settings don't match",
                                    '"code": "MM_INIT_EPS_BEARER_SET_FAILED"']
PROVES["eps:init-bearer-cleared"] = ["netifd: wan4g (2211): Deleting inital EPS bearer...", "Deleting inital EPS bearer..."]
PROVES["netifd:mm-connect-failed"] = ["netifd: wan4g (2211): Connection failed -> attempting restart",
                                      "wwan (877): 3GPP operator registration failed -> attempting restart",
                                      '"code": "MM_CONNECT_FAILED"']
# brltty taking a USB serial converter (linux devio.c proc_setconfig)
PROVES["usb:claimed-by-brltty"] = ["[ 1289.112233] usb 3-2: usbfs: interface 0 claimed by ch341 while 'brltty' sets config #1",
                                   "usb 1-1.3: usbfs: interface 0 claimed by cp210x while 'brltty' sets config #1"]
# ShellCheck SC2024: the redirection of `sudo echo ... > /dev/ttyUSB2` is opened by the calling shell, not by root
PROVES["shell:sudo-redirect-to-node"] = ['$ sudo echo -ne "AT+QFASTBOOT\\r" > /dev/ttyUSB2', "sudo printf 'ATI\\r' >> /dev/ttyACM0",
                                         "pi@raspberrypi:~ $ sudo echo AT+CFUN=1 > /dev/ttyUSB3"]
# strerror(EACCES) as a post retypes it
PROVES["port:open-denied"] = PROVES["port:open-denied"] + ["bash: /dev/ttyUSB2: Permision denied",
                                                           "/dev/ttyUSB3: permisson denied"]
PROVES["serial:shared-read"] = ["serial.serialutil.SerialException: device reports readiness to read but returned no data "
                                "(device disconnected or multiple access on port?)"]
PROVES["modem:identity-answered"] = ["Modem Name: SIM7000G", "[15230] Modem Info: SIM800 R14.18"]
# ATI's answer of a Quectel module (lukejenkins/cwd outputs.md)
PROVES["modem:identity-answered"] += ["Revision: EG25GGBR07A08M2G", "Revision: EC200TEUHAR05A01M16"]
# ti_usb_3410_5052 (a real dmesg line of a TUSB3410 modem cable, 2.6.2x) and firmware_loader's wording for a
# MultiTech image (main.c _request_firmware format); gobi_loader's perror() line (gobi_loader.c main)
PROVES["firmware:modem-file-missing"] = ["[ 3677.297538] usb 4-1: ti_download_firmware - firmware not found",
                                         "usb 1-2: Direct firmware load for mts_gsm.fw failed with error -2"]
PROVES["gobi_loader:firmware-missing"] = ["Failed to open firmware: : No such file or directory",
                                          "Failed to open tertiary firmware: : No such file or directory"]

PROVES["serial:nul-bytes"] = ["chat[1441]: ^@^@^@^@^@^@^@^@^@^@^@^@", "^@^@^@^@^@^@^@^@^@^@^@^@^@^@^@^@^@^@",
                             "Jul 12 10:01:02 pi chat[812]: ^M^@^@^@^@^@^@^@"]
PROVES["usbnet:bind-unanswered"] = ["usb 2-1: Error in usbnet_get_endpoints (-62)",
                                    "[  12.345678] usb 1-1.3: Error in usbnet_get_endpoints (-110)",
                                    "sierra_net binds and usbnet_get_endpoints returns -62 every time"]
PROVES["qmi:request-answered-quoted"] = ['uqmi -d /dev/cdc-wdm0 --get-data-status returns "disconnected"',
                                         "$ qmicli -p -d /dev/cdc-wdm0 --nas-get-signal-strength gives 'RSSI -71 dBm'"]

# look-alikes of the sweep's phrasings that prove nothing
SOURCE_SWEEP_NOTHING = [
    "#QSS: 0,1", "#QSS: 1,2", "+CMS ERROR: 330", "+CME ERROR: 3", "+CME ERROR: 310", "+CME ERROR: 50", "+CME ERROR: 4",
    "+CME ERROR: 48", "+CME ERROR: 14", "Waiting for PIN entry from the user interface", "Security status : Nothing to enter yet?",
    "error: operation failed: Failure", "error: operation failed: Busy",
    "call end reason (2): generic-client-end", "verbose call end reason (3,2000): [cm] cdma-lock",
    "\tState: 'initialization-completed'", "\tState: 'activated'", "Failed to restart modem",
    "Modem Name: unknown", "Modem Info: ", "^SYSINFO:2,3,0,5,1,,4", "^SIMST: 1",
    "\t   Network error: 'unknown'", "\t   Network error: 'none'", "GPRS : attached", "SIM IMSI             : unknown",
    "The network state is not logged into network, says my script", "\t        Register state: 'searching'", "<debug> [modem0] created modem for device '/sys/devices/1-3'",
    "error: couldn't connect the modem: 'GDBus.Error:org.freedesktop.ModemManager1.Error.Core.Cancelled: Cancelled'",
    "QMI protocol error (26): 'NoEffect'", "Device ttyUSB2 is not locked",
    "error: error creating device: timed out waiting for the response", "unsupported download protocol version 3 in the log",
    "mhi mhi0: MISSION MODE is not a valid EE for power on", "mhi mhi0: Requested to power ON",

    "<info>  [modem0] registration in network: successful (3gpp)",
    "device (cdc-wdm0): state change: unavailable -> disconnected (reason 'none', sys-iface-state: 'managed')",
]

# lines that look alike and prove nothing
PROVES_NOTHING = [
    # OpenWrt mbim.sh's step before the registration result, and another program's subscriber registration
    "netifd: wwan (3456): mbim[3456] Register with network", "Event subscriber registration failed: timeout",
    # a driver name given, or "null" as a value of some other field or JSON key
    "Driver Name: oem42.inf", 'driver name: null, retrying', '{"driver name": null}', "Driver Name: nullmodem.inf",
    "This device cannot start. (Code 10)", "error code 280 (Code 280)",
    # a log zeroed by a crash (the NULs before the line's own text); one NUL in a sentence; a carriage return echo
    "^@^@^@^@^@^@^@^@Dec  6 10:00:01 pi kernel: [    0.000000] Booting Linux on physical CPU 0x0",
    "chat[901]: ATZ^M^M", "chat[901]: send (AT^M)",
    # usbnet_get_endpoints failing for want of endpoints (-22) or on a device already gone (-19)
    "usb 2-1: Error in usbnet_get_endpoints (-22)", "usb 2-1.3: Error in usbnet_get_endpoints (-19)",
    # a tool's command line without an answer, or with "returns nothing"
    "uqmi -d /dev/cdc-wdm0 --get-data-status", "qmicli -d /dev/cdc-wdm0 --wds-start-network returns nothing",
    # ls listing the serial ports that are there, or failing on another path
    "crw-rw---- 1 root dialout 188, 0 Jan  1 00:00 /dev/ttyUSB0", "ls: cannot access '/etc/ppp/peers/provider': No such file or directory",
    # usb_modeswitch setting the configuration of a stick whose storage interface is bound
    "usb 1-1: usbfs: interface 0 claimed by usb-storage while 'usb_modeswitch' sets config #1",
    # a control message that was sent, a failure usb_modeswitch goes on after (Blackberry message 1, Sony's second try)
    # a revision that is no modem firmware's name: usb_modeswitch's SCSI inquiry, a short number
    "Revision String: 2.31", "Revision: 2.31", "Revision: 1",
    # chan_dongle's device state with voice, its AT^DDSETEX sent, a sentence about voice
    "  Voice                   : Yes", "[dongle0] AT^DDSETEX sent successfully", "Voice: No idea why there is no sound",
    " OK, Huawei control message sent", "Error: Blackberry control message 1 failed (result -9)",
    "Error: sending Sony control message (2) failed (error -5)",
    # the initial EPS bearer written, or set by the handler
    "Successfully set initial EPS bearer properties", "netifd: wan4g (2211): Setting 'default' inital EPS bearer apn to 'internet'...",
    # a console login that worked, the word "login" in prose; prose naming AT commands, the carrier AT&T
    "raspberrypi login: pi", "Last login: Mon Mar  2 10:11:12 2020 from 192.168.1.20", "the login prompt of LuCI",
    "I sent an AT command to the modem", "Sent to AT&T support",
    # the write done by a root process (sudo tee, sudo sh -c), a sudo echo into an ordinary file; a retyped refusal about
    # another file
    'echo -e "ATI\\r" | sudo tee /dev/ttyUSB2', "sudo sh -c 'echo AT > /dev/ttyUSB2'", "sudo echo test > /tmp/out.txt",
    "cat: /etc/shadow: permision denied", "AT&T", "send AT commands with minicom",
    # the local link's own 1500-byte limit (a ping one byte too large), not a smaller path
    "ping: local error: message too long, mtu=1500", "From 192.168.1.1 icmp_seq=1 Frag needed and DF set (mtu = 1500)",
    # the module directory listed, or another class's directory missing
    "/lib/modules/5.10.160/kernel/drivers/usb/serial/option.ko",
    "ls: cannot access '/lib/modules/5.10.160/kernel/drivers/media/usb/': No such file or directory",
    # the usb_modeswitch dispatcher finding its data and a config, a sentence about missing config, chat's other lines,
    # wvdial's answered init, pppd setting the discipline's other errors
    "Found packed config collection /usr/share/usb_modeswitch/configPack.tar.gz", "! matched. Read config data",
    "Use global config file: /etc/usb_modeswitch.conf", "the config file for my stick is missing in the data package",
    "Set the alarm for the modem reboot", "expect (OK)", "--> Modem initialized.", "--> Sending: ATZ",
    "Couldn't set tty to PPP discipline: Device or resource busy",
    # NetworkManager 0.7's other errno, uqmi's answers that are no SIM state, a sentence with the words, comgt's good signal
    "NetworkManager: <WARN>  nm_serial_device_open(): (ttyUSB0) cannot open device (errno 2)",
    '"Invalid argument"', "the uim uninitialized state went away after a reboot", "Signal Quality: 0,0",
    "Signal Quality: 14,99",
    # pppd's other exit statuses: 40 or 4.5 are no status 4 (16, the modem hanging up, proves ppp:modem-hangup)
    "pppd exited with exit code 40", "pppd 2.4.5 exited with exit code 0",
    # another program not found, or ModemManager's unit found
    "-bash: qmicli: command not found",
    "Loaded: loaded (/lib/systemd/system/ModemManager.service; enabled; vendor preset: enabled)",
    # the page with a modem on it: its status rows, not the no-modem text
    "GSM modem: Internet Online, Carrier Vodafone 4G",
    # ti_usb_3410_5052 asks for the per-id file first; it is normally absent (the generic image follows)
    "usb 1-2: Direct firmware load for ti_usb-v06e0-pf111.fw failed with error -2",
    # AT!IMAGE? with the running image stored, and the reference's placeholder
    "Active FW image is at slot 1", "Active FW image is at slot <slot>",
    # the radio state asked and answered on, or a reset command; an FCC page named, not its lock command
    "AT+CFUN? returns 1", "AT+CFUN? gives 1,0", "AT+CFUN=4 sets flight mode", "AT+CFUN? with 4G enabled",
    "see the fcc-unlock page of ModemManager", "AT+GTUSBMODE?",
    # a vendor's number alone (524 means other things on other modules); the radio turned on, or asked about
    "+CME ERROR: 524", "CME ERROR: 4 when trying to read the SIM", "ERROR when trying to set CFUN = 0",
    # a modem's own hang-up notices and other pppd exit statuses are not pppd's "Modem hangup"
    "pppd[2211]: Hangup (SIGHUP)", "pppd[2211]: Connection terminated.", "pppd exited with exit code 5",
    "HANGUP detected on controlling terminal",
    # a program that waits for the network and gets it ("... success" is TinyGSM's registered: SOURCE_SWEEP)
    "Waiting for network... OK",
    # a "Mode:" line without GSTATUS's first column (another program's status page, a line cut from its table)
    "Mode:        ONLINE (provider=openai)", "Mode:        LOW POWER MODE",
    # a mux link made, and a multiplexed bearer connected (ModemManager's own debug wording)
    "[modem0/bearer1] link successfully added", "Multiplexing unsupported",
    # another program's address errors (libvirt, a DDNS updater)
    "error : virNetDevGetIPv4Address:120 : Unable to get IPv4 address for interface br0",
    "ddns: lua unable to get IPv4 address in dns.get_ipv4",
    # operators' APNs and the empty APN (on LTE the network chooses)
    '+CGDCONT: 1,"IP","","0.0.0.0",0,0,0', '+CGDCONT: 2,"IPV4V6","ims","::",0,0,0', 'AT+CGDCONT=1,"IP","internet"',
    '+CGDCONT: 1,"IP","apn.example.com"', 'AT+QICSGP=1,1,"soracom.io","sora","sora",1',
    # +CFUN values other than 5, full functionality accepted, nRF91's 4x values
    "+CFUN: 50", "+CFUN: 15", "AT+CFUN=1 => OK", "AT+CFUN=0 => ERROR", "\tMode: 'online'",
    # the packet data path: deactivations, detached, no address
    "AT+CGACT=0,1 => ERROR", "AT+CNACT=0,0 => ERROR", "AT+QIDEACT=1 => ERROR", "+CGACT: 1,0",
    '+CGPADDR: 1,"0.0.0.0"', '+CNACT: 0,0,"0.0.0.0"', "+CGACT: 1,10",
    "make[1]: *** No rule to make target 'install'.  Stop.",
    "make: *** [Makefile:9: default] Error 2",
    "[/dev/cdc-wdm0] couldn't detect transport type of port: unexpected usb driver detected: qmi_wwan",
    "systemd[1]: NetworkManager.service: Failed with result 'core-dump'.",
    "systemd[1]: ModemManager.service: Failed with result 'exit-code'.",
    "systemd[1]: modem-connect.service: Failed with result 'exit-code'.",
    "All finished, found 2 phones",
    "Checking 00:0F:DE:87:E9:2E (Phone) - Guessed as Sony-Ericsson - ['blueat', 'blueobex']",
    "Error executing command as another user: Not authorized",
    "../src/qmicli/qmicli-helpers.c:120:5: error: implicit declaration of function 'g_autoptr'",
    "/home/user/xmm7360-pci/xmm7360.c:1322:23: warning: initialization of 'unsigned int (*)(struct tty_struct *)' "
    "from incompatible pointer type 'int (*)(struct tty_struct *)' [-Wincompatible-pointer-types]",
    "WARNING: modpost: \"usbnet_set_skb_tx_stats\" [/home/pi/quectel/qmi_wwan_q.ko] undefined!",
    "  CC [M]  /home/user/xmm7360-pci/xmm7360.o",
    "make -C /lib/modules/6.8.4-2-pve/build M=/root/tmp/xmm7360-pci modules",
    "mkdir: cannot create directory '/root/x': Permission denied",
    "[/dev/cdc-wdm0] Radio state retrieved: 'on'",
    "LPM voters - Temp:0, Volt:0, User:0, W_DISABLE:0, IMSWITCH:0, BIOS:0",
    "Model config name mismatch: effective model config name='a'",
    "snd_hda_codec_realtek: Unknown symbol snd_hda_gen_update_outputs (err 0)",
    '+QCFG: "usbnet"',
    '+QMBNCFG: "List",0,1,1,"ROW_Generic_3GPP",0x0501081F,201901141',
    '+QMBNCFG: "List",1,0,0,"VoLTE-ATT",0x0501033C,201909271',
    "+CNMP: 2",
    "+QSIMDET: 0,0",
    "System mode:   LTE        \tPS state:    Attached     ",
    "LPM force flags - W_DISABLE:0, User:0, Temp:0, Volt:0, BIOS:0, GOBIIM:0",
    "insmod: ERROR: could not insert module vboxdrv.ko: Operation not permitted",
    "insmod: ERROR: could not insert module xmm7360.ko: File exists",
    "modprobe: ERROR: could not insert 'vboxdrv': Key was rejected by service",
    "crw------- 1 root root 240, 0 Jan  1 10:00 /dev/xmm0/rpc",
    "verbose call end reason (2,236): [internal] client-end",
    "qmi_wwan 1-1.5:1.8: cdc-wdm0: USB WDM device",
    "ModemManager (version 1.20.4) starting in system bus...",
    "systemd[1]: ModemManager.service: Main process exited, code=killed, status=15/TERM",
    "ERROR:../libmm-glib/mm-common-helpers.c:10:f: assertion failed: (x)",
    "ERROR:../cli/mmcli-modem.c:10:f: assertion failed: (ctx->modem)",
    "NetworkManager[700]: segfault at 0 ip 0 sp 0 error 4 in libnm.so",
    "cdc_ether 2-5:1.1 wwan0: CDC: speed change (len 16)",
    "AT+GTUSBMODE? => +GTUSBMODE: 7",
    "+CME ERROR: 3", "+CME ERROR: 134", "+CMS ERROR: 30",
    "net wwan0: skip qmap command packet",
    "usb 1-1: GSM modem (1-port) converter now attached to ttyUSB2",
    "qmi_wwan_q 1-1:1.4: rx_urb_size = 4096",
    # t7xx lines of a normal boot and of other drivers with the same words
    "mtk_t7xx 0000:55:00.0: enabling device (0000 -> 0002)",
    "mtk_t7xx 0000:55:00.0: LK_STAGE Entered",
    "xhci_hcd 0000:00:14.0: invalid device status",
    "iwlwifi 0000:00:14.3: [PM] MD resume error: -110",
    "iosm 0000:01:00.0: msi vector 0 not ready",
    # module loaders refusing modules that are not modem drivers, or saying no reason
    "insmod: can't insert 'vboxdrv.ko': Key was rejected by service",
    "systemd-modules-load[312]: Failed to insert module 'nvidia': Key was rejected by service",
    "modprobe: can't load module snd_hda_intel (kernel/sound/pci/hda/snd-hda-intel.ko): Operation not permitted",
    "kmodloader: failed to insert /lib/modules/5.15.134/qmi_wwan.ko",
    "insmod: ERROR: could not insert module vboxdrv.ko: Unknown symbol in module",
    "nvidia: version magic '5.4.0-42-generic SMP mod_unload ' should be '5.15.0-91-generic SMP mod_unload '",
    "insmod: ERROR: could not insert module vboxdrv.ko: Invalid module format",
    "qmi_wwan_q: module verification failed: signature and/or required key missing - tainting kernel",
    "qmi_wwan_q: loading out-of-tree module taints kernel.",
    # a working OpenWrt qmi.sh run and NetworkManager's ordinary state changes
    "error: couldn't open the QmiDevice: Cannot open device file '/dev/cdc-wdm0': Device or resource busy",
    "r8152 2-1:1.0: bind() failure",
    # the session bus of a desktop tool is not the system bus ModemManager lives on
    "error: couldn't get bus: Cannot autolaunch D-Bus without X11 $DISPLAY",
    # ModemManager's signal quality is a percentage, and a good one
    "  Status   |       signal quality: 99% (recent)",
    "12:49:18.255 -> Signal:19",
    # another address of the same Qualcomm OUI is no firmware bug
    "    link/ether 00:a0:c6:12:34:56 brd ff:ff:ff:ff:ff:ff",
    # the transmit watchdog of a PCIe Ethernet or Wi-Fi driver is not a USB modem's
    "NETDEV WATCHDOG: enp3s0 (r8169): transmit queue 0 timed out",
    "e1000e 0000:00:19.0 eno1: NETDEV WATCHDOG: CPU: 2: transmit queue 0 timed out 5120 ms",
    "\t\tPIN1 state: 'enabled-verified'",
    '{"pin1_status":"disabled"}',
    'AT+CLCK="SC",0,"1234" => +CME ERROR: 16',
    "wwan (1234): Waiting for network registration",
    "wwan (1234): Unable to connect IPv4 and IPv6 after 3 tries, giving up",
    "device (cdc-wdm0): state change: activated -> deactivating (reason 'user-requested', sys-iface-state: 'managed')",
    "[modem0] 3GPP registration state changed (registering -> home)",
    # SIM and card states of a working SIM
    "requestGetSIMStatus SIMStatus: SIM_READY",
    "\tCard state: 'present'",
    "<warn>  [modem0] modem is locked with 'none'",
    # a skipped key of another section of a NetworkManager profile
    "keyfile: connection.autoconnect: invalid setting: Key file contains key \u201cautoconnect\u201d which has a value that cannot be interpreted.",
    # lockdown notices a healthy Secure Boot machine prints (security/lockdown/lockdown.c)
    "kernel: Lockdown: systemd-logind: hibernation is restricted; see man kernel_lockdown.7",
    # setpci run without root: the config file is not opened for writing at all, no lockdown
    "pcilib: Cannot open /sys/bus/pci/devices/0000:00:1c.0/config",
    "[    0.000000] Kernel is locked down from EFI Secure Boot mode; see man kernel_lockdown.7",
    # usb_modeswitch found, or its data package named
    "/usr/sbin/usb_modeswitch",
    "which usb_modeswitch => /usr/sbin/usb_modeswitch",
    "usb_modeswitch is installed in /usr/sbin",
    # Lenovo's unlock services on a covered machine with a non-US SIM (lenovo-wwan-unlock DPR_Fcc_unlock_service)
    "DPR_Fcc_unlock_service[990]: Available SIM is of non-USA ",
    "Verizon SIM is not detected",
    "FCC unlock is completed successfully",
    # a flasher read that failed because the device left (no timeout), and a target reached at boot
    "inf[0] ep_in -1/4096, errno = 19 (No such device)",
    "Reached target Multi-User System.",
    # DeviceNotReady to another request, and another refusal of the operating mode
    "error: couldn't start network: QMI protocol error (52): 'DeviceNotReady'",
    "error: couldn't set operating mode: QMI protocol error (60): 'InvalidTransition'",
    # a dial answered NO CARRIER or CONNECT, SIM busy, the packet dial itself, a reply that is no OK
    "ATD*99# => NO CARRIER",
    # the security error of a phonebook command, no PIN state
    "Deleting MC memory: Security error. Maybe no PIN? (SECURITYERROR[40])",
    "ATD*99***1# => CONNECT 150000000",
    "AT+CPIN? => +CME ERROR: 14",
    "ATD*99#",
    "AT+CSQ => +CSQ: 20,99",
]
PROVES_NOTHING += _OLD_NM_LOOK_ALIKES + _OFONO_LOOK_ALIKES

# gammu's errors for bytes on the port that answer nothing it asked (gsmcomon.c:98-100, GSM_LogError; gsmstate.c
# GSM_DispatchMessage's debug line), as gammu-smsd logs them
PROVES["serial:reply-unexpected"] = ["GSM_GetSMSStatus failed with error UNKNOWNRESPONSE[16]:Unknown response from phone",
                                     "gammu-smsd[2874]: gammu: Frame not request now. If you can, please report it",
                                     "Error getting SMS status: Unknown response from phone. See <http://wammu.eu/support/bugs/> "
                                     "for information how to report it. (UNKNOWNRESPONSE[16])",
                                     "UNKNOWN frame"]
# a person's words about an unknown answer, and another UNKNOWN line, prove nothing of it
PROVES_NOTHING += ["the response was unknown to me, the modem gave garbage", "UNKNOWN error in the log"]


# tuning33b: OpenWrt modemmanager.sh's SIM and PIN refusals (net/modemmanager/files/lib/netifd/proto/modemmanager.sh:327-440),
# qmicli --uim-get-card-status application / personalisation states (qmicli-uim.c), pyserial's missing port (serialposix.py:325),
# the modem subsystem of a Qualcomm SoC crashing (drivers/remoteproc/qcom_q6v5.c)
PROVES["sim:missing"] += ["netifd: wwan (12345): SIM missing", "wwan (4567): SIM missing",
                          '"code": "MM_FAILED_REASON_SIM_MISSING"']
PROVES["sim:locked"] += ["netifd: wwan (12345): PIN required", "wwan (2345): please check PIN (remaining attempts: 1)",
                         "netifd: wwan (2345): unlock with PUK required (remaining attempts: 10)",
                         '"code": "MM_PINCODE_REQUIRED"', '"code": "MM_CHECK_UNLOCK_PIN"', '"code": "MM_PINCODE_WRONG"',
                         "\t\tApplication state: 'pin1-or-upin-pin-required'",
                         "\t\tApplication state: 'puk1-or-upin-puk-required'",
                         "\t\tPersonalization state: 'code-required' (feature: gw-network)"]
PROVES["serial:ports-wanted"] += [
    "serial.serialutil.SerialException: [Errno 2] could not open port /dev/ttyUSB3: [Errno 2] No such file or directory: "
    "'/dev/ttyUSB3'"]
PROVES["port:node-missing"] += ["Error: Device 'wwan0' not found.", "$ nmcli device connect cdc-wdm1\nError: Device 'cdc-wdm1' not found."]
PROVES_NOTHING += ["Error: Device 'wlan0' not found.", "Error: not all devices found.",
                   "Error: Connection activation failed: No suitable device found for this connection"]
PROVES["usbserial:generic-bound"] = [
    '[  340.850116] usbserial_generic 1-5.2:1.1: The "generic" usb-serial driver is only for testing and one-off prototypes.',
    "usbserial_generic 1-5.2:1.1: generic converter detected"]
PROVES_NOTHING += ["option 1-5.2:1.1: GSM modem (1-port) converter detected",
                   "i needed to get message in dmesg like that: usb 1-1: generic converter now attached to ttyUSB1",
                   "usbcore: registered new interface driver usbserial_generic", "usbserial: USB Serial support registered for generic"]
PROVES["call:rejected-apn"] += [
    "error: couldn't connect the modem: 'GDBus.Error:org.freedesktop.ModemManager1.Error.MobileEquipment.MissingOrUnknownApn: "
    "Missing or unknown APN'",
    "error: couldn't connect the modem: 'GDBus.Error:org.freedesktop.ModemManager1.Error.MobileEquipment."
    "GprsServiceOptionNotSubscribed: Requested service option not subscribed'",
    "<warn>  [modem0/bearer0] connection attempt #1 failed: User authentication failed"]
PROVES_NOTHING += [
    # another refusal of the connect: no SIM, a GPRS error without a cause, the modem not yet registered
    "error: couldn't connect the modem: 'GDBus.Error:org.freedesktop.ModemManager1.Error.MobileEquipment.GprsUnknown: "
    "Unspecified GPRS error'",
    "<warn>  [modem0/bearer0] connection attempt #1 failed: Operation was cancelled",
    "<warn>  [modem0/bearer0] connection attempt #1 failed: QMI protocol error (14): 'CallFailed'"]
# NetworkManager: a profile pinned to an interface name no present device has (nm-device.c:9974, nm-manager.c:4729,6510)
PROVES["nm:profile-ifname-mismatch"] = [
    "Error: Connection activation failed: No suitable device found for this connection (device end1 not available because "
    "profile is not compatible with device (mismatching interface name)).",
    "<info>  [1712345678.1234] device (wlan0): profile is not compatible with device (mismatching interface name)"]
PROVES_NOTHING += ["Error: Connection activation failed: No suitable device found for this connection (device wlan0 not "
                   "available because device is strictly unmanaged)."]
PROVES["board:under-voltage"] = ["[  123.456789] hwmon hwmon1: Undervoltage detected!",
                                 "[   15.303218] Under-voltage detected! (0x00050005)"]
# an empty context in a listing (normal on LTE), an APN given; quectel-CM's other mode lines
PROVES_NOTHING += ['+CGDCONT: 1,"IP","","0.0.0.0",0,0,0', 'AT+CGDCONT=1,"IP","internet"']
PROVES_NOTHING += ["hwmon hwmon1: Voltage normalised", "Voltage normalised (0x00000000)", "throttled=0x50000",
                   "Overvoltage detected!"]
PROVES["mss:modem-crashed"] = [
    "[  812.334211] qcom-q6v5-mss 4080000.remoteproc: fatal error received: dog_hal.c:123:DOG detects stalled initialization",
    "qcom-q6v5-mss 4080000.remoteproc: watchdog received: err_qdi.c:1218:EF:wlan_process:1:error.c:456:Assertion failed",
    "qcom-q6v5-mss 4080000.remoteproc: fatal error without message"]
# ModemManager refusing a bearer for the network state with the same error name as polkit's refusal (mm-base-bearer.c
# "Not allowed to connect bearer in 3GPP network: '%s'", connection_forbidden_reason_str): no mm:unauthorized
PROVES_NOTHING += [
    "error: couldn't connect the modem: 'GDBus.Error:org.freedesktop.ModemManager1.Error.Core.Unauthorized: Not allowed to "
    "connect bearer in 3GPP network: 'Registered in roaming network, and roaming not allowed''",
    "GDBus.Error:org.freedesktop.ModemManager1.Error.Core.Unauthorized: Not allowed to connect bearer in 3GPP network: "
    "'Not registered in the network'"]
PROVES_NOTHING += [
    # the handler's other words: a SIM being read, a PIN check it does not implement, a modem it does not manage
    "netifd: wwan (12345): waiting for SIM initializing (5s)",
    "netifd: wwan (12345): PIN/PUK check 'sim-pin2' not implemented",
    "netifd: wwan (12345): Device not managed by ModemManager",
    # a card application that is ready, or still being detected, and no personalisation pending
    "\t\tApplication state: 'ready'", "\t\tApplication state: 'detected'", "\t\tPersonalization state: 'ready'",
    # pyserial on a port that exists but is busy or forbidden is another fact (port:tty-busy, port:open-denied), and a
    # UART that does not exist is no USB modem's port
    "serial.serialutil.SerialException: [Errno 2] could not open port /dev/ttyS0: [Errno 2] No such file or directory: '/dev/ttyS0'",
    # the audio DSP and Wi-Fi firmware of the same SoC crash through the same helper
    "qcom_q6v5_pas 17300000.remoteproc: fatal error received: adsp crashed",
    "qcom_wcnss_pil a21b000.pil: fatal error received: wlan fw crashed",
    "remoteproc remoteproc0: crash detected in 4080000.remoteproc: type fatal error"]

# umbim -v's dump of an MBIM_FUNCTION_ERROR_MSG answer (openwrt/umbim mbim-dev.c mbim_recv); an OPEN_DONE is no error
PROVES["mbim:function-error"] = ["  header_type: 80000004",
                                 "reading (16): 04 00 00 80 10 00 00 00 01 00 00 00 08 00 00 00"]
PROVES_NOTHING += ["  header_type: 80000001", "reading (16): 01 00 00 80 10 00 00 00 01 00 00 00 00 00 00 00"]


def _facts(text):
    return set(signatures.scan([LogLine(text=text, origin="unknown")]))


def test_every_fact_has_a_proving_message():
    assert set(signatures.facts()) == set(PROVES)


@pytest.mark.parametrize("fact,line", [(f, ln) for f, lines in PROVES.items() for ln in lines])
def test_message_proves_its_fact(fact, line):
    assert fact in _facts(line)


# facts that only give context (a port kind named, the modem enabled, an AT command sent): no rule concludes from one alone
# a port that answers AT only places the modem in its modem mode
CONTEXT_FACTS = {"port:mbim-or-qmi", "mm:enabled", "serial:at-command-sent", "shell:sudo-redirect-to-node", "at:port-answers"}


@pytest.mark.parametrize("line", PROVES_NOTHING)
def test_look_alike_proves_nothing_decisive(line):
    assert not (_facts(line) - CONTEXT_FACTS), line


@pytest.mark.parametrize("fact,line", [(f, ln) for f, lines in SOURCE_SWEEP.items() for ln in lines])
def test_swept_message_proves_its_fact(fact, line):
    assert fact in _facts(line), line


@pytest.mark.parametrize("line", SOURCE_SWEEP_NOTHING)
def test_swept_look_alike_proves_nothing_decisive(line):
    assert not (_facts(line) - CONTEXT_FACTS), line


def test_a_traced_at_reply_is_read_line_by_line():
    """ModemManager's AT trace writes a reply's lines as <CR><LF> (mm-port-serial-at.c): "+CREG: 0,3"
    ends its line there, with or without the command's line before it."""
    sent = LogLine(text="<debug> [1700000000.1] [modem0/ttyUSB2/at] --> 'AT+CREG?<CR>'", origin="ModemManager")
    reply = LogLine(text="<debug> [1700000000.2] [modem0/ttyUSB2/at] <-- '<CR><LF>+CREG: 0,3<CR><LF><CR><LF>OK<CR><LF>'",
                    origin="ModemManager")
    assert "reg:cs-denied" in signatures.scan([sent, reply])
    assert "reg:cs-denied" in signatures.scan([reply])
    assert "reg:denied" not in signatures.scan([reply])
    refused = LogLine(text="<debug> [1700000000.2] [modem0/ttyUSB2/at] <-- '<CR><LF>+CME ERROR: 4<CR><LF>'",
                      origin="ModemManager")
    switch = LogLine(text="<debug> [1700000000.1] [modem0/ttyUSB2/at] --> 'AT+GTUSBMODE=32<CR>'", origin="ModemManager")
    assert "composition:switch-refused" in signatures.scan([switch, refused])


def test_a_later_line_clears_a_fact():
    lines = [LogLine(text="[modem0] couldn't run FCC unlock: not owned by root", origin="ModemManager"),
             LogLine(text="[modem0] state changed (enabling -> enabled)", origin="ModemManager")]
    assert "fcc:unlock-failed" not in signatures.scan(lines)
    assert "fcc:unlock-failed" in signatures.scan(lines[::-1])


def test_each_row_names_its_source():
    assert all(sig.source.strip() for sig in signatures.TABLE)


def test_a_quoted_part_proves_its_fact_only_with_its_context():
    def quoted(fragment, sentence):
        return set(signatures.scan_quotes([(LogLine(text=fragment, origin="quoted"), sentence)], {}))
    assert "port:open-denied" in quoted("Operation not permitted", "I get 'Operation not permitted' on /dev/cdc-wdm0")
    assert "port:open-denied" not in quoted("Operation not permitted", "git push says 'Operation not permitted'")
    assert "fw:image-mismatch" in quoted("carrier name mismatch", "AT!IMPREF? ends with 'carrier name mismatch'")
    # the signature refusal quoted about loading a module, and the same words about ssh keys
    assert "module:load-key-rejected" in quoted("Required key not available",
                                                'I compiled the GobiNet driver but insmod says "Required key not available".')
    assert "module:load-key-rejected" not in quoted("Required key not available", 'ssh-add says "Required key not available"')
    # qmi-firmware-update's 1.24+ summary quoted about the updater, and the same words about a serial terminal
    assert "fwupdate:download-protocol-error" in quoted(
        "unsupported download protocol.", "When I run the firmware upgrade again it only says 'unsupported download protocol.'")
    assert "fwupdate:download-protocol-error" in quoted(
        "unsupported download protocol", 'qmi-firmware-update stops with "unsupported download protocol" on ttyUSB0')
    assert "fwupdate:download-protocol-error" not in quoted(
        "unsupported download protocol version", "minicom says 'unsupported download protocol version' with kermit")


def test_every_quote_part_and_context_compiles():
    import re
    for sig in signatures.TABLE:
        for pattern in (sig.quote, sig.quote_context):
            if pattern:
                re.compile(pattern)


def test_a_reply_is_joined_to_the_command_it_answers():
    lines = [LogLine(text="(ttyACM0): --> 'AT+GTUSBMODE?<CR>'", origin="ModemManager"),
             LogLine(text="(ttyACM0): <-- '<CR><LF>+CME ERROR: 4<CR><LF>'", origin="ModemManager")]
    assert "composition:switch-refused" in signatures.scan(lines)
    # the reply to a later command is not the composition command's reply
    later = [LogLine(text="AT+GTUSBMODE?", origin="unknown"), LogLine(text="+GTUSBMODE: 7", origin="unknown"),
             LogLine(text="OK", origin="unknown"), LogLine(text="AT+COPS?", origin="unknown"),
             LogLine(text="+CME ERROR: 30", origin="unknown")]
    assert "composition:switch-refused" not in signatures.scan(later)


def test_a_start_up_line_after_answered_commands_is_a_restart():
    def facts(*texts):
        return set(signatures.scan([LogLine(text=t, origin="at") for t in texts]))
    assert "modem:restarted" in facts("AT+CPIN?", "+CPIN: READY", "OK", "AT+CGREG?", "RDY", "+CFUN: 1")
    assert "modem:restarted" in facts("AT+CSQ", "+CSQ: 20,99", "OK", "*ATREADY: 1")
    # booting: nothing answered yet; a restart asked for; the end-of-boot lines of every start
    assert "modem:restarted" not in facts("AT", "AT", "*ATREADY: 1", "AT", "OK", "AT+CPIN?", "+CPIN: READY", "OK")
    assert "modem:restarted" not in facts("AT+CPIN?", "OK", "AT+CFUN=1,1", "OK", "RDY", "+CPIN: READY")
    assert "modem:restarted" not in facts("AT+CGREG?", "+CGREG: 0,1", "OK", "SMS DONE", "PB DONE")
    # answered again after the restart it asked for: a second start-up line is a restart
    assert "modem:restarted" in facts("AT+CFUN=1,1", "OK", "RDY", "AT+CSQ", "+CSQ: 20,99", "OK", "RDY")


def test_quectel_cm_finding_a_pcie_modem_after_no_usb_one_clears_no_modem_device():
    """quectel-CM looks for a USB modem first ("... is not exist"), then for a PCIe one (main.c quectel_CM)."""
    lines = [LogLine(text="network interface 'rmnet_mhi0' or qmidev '' is not exist", origin="quectel-cm"),
             LogLine(text="netcard driver = pcie_mhi, driver version = V1.3.8", origin="quectel-cm"),
             LogLine(text="Modem works in QMI mode", origin="quectel-cm")]
    assert "tool:no-modem-device" not in signatures.scan(lines)
    assert "tool:no-modem-device" in signatures.scan(lines[:1])
