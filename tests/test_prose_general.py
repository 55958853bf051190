"""The general forms of the stated facts (model/prose.py STATES), each in several phrasings (hedging: test_prose.py).

A rule written from one post's words misses the next post of the same family. These rows hold the family's
general form as people write it: plain English, non-native English, fragments, shell prompts around them;
then the look-alikes (a condition, a wish, a question, a negated belief, another subject) that must not give
the fact. All rows are written for this table (no post is quoted)."""
import pytest

from prose_util import pair_ids, stated


READ = [
    # --- the ids handed to the generic usbserial driver at load time (driver-not-bound-unknown-id) ---
    ("# modprobe usbserial vendor=0x1410 product=0x4400", "said:usbserial-ids-given"),
    ("sudo insmod /lib/modules/2.6.22/kernel/drivers/usb/serial/usbserial.ko vendor=0x12d1 product=0x1003",
     "said:usbserial-ids-given"),
    ("I had to reload usbserial with the vendor and product ID of the stick.", "said:usbserial-ids-given"),
    ("man muss das Modul usbserial entladen und mit Vendor- und Product-ID neu laden", "said:usbserial-ids-given"),
    # --- the modem and other hardware gone together (kernel-module-missing: the running kernel has no modules) ---
    ("After the last pacman -Syu my LTE modem and wifi both stopped working.", "said:other-devices-gone"),
    ("after update kernel modem not detect anymore, also wifi not work.", "said:other-devices-gone"),
    ("Since updating, neither the wifi nor the modem works.", "said:other-devices-gone"),
    ("I lost wifi, bluetooth and the modem after the upgrade.", "said:other-devices-gone"),
    ("wifi and 4g modem are gone after apt upgrade", "said:other-devices-gone"),
    ("No wifi, no sound, no modem since yesterday's update", "said:other-devices-gone"),
    ("The modem stopped working after the update, wifi doesn't work either.", "said:other-devices-gone"),
    ("After installing the new kernel my wwan card and bluetooth disappeared", "said:other-devices-gone"),
    # --- the update itself (context) ---
    ("After the last pacman -Syu my LTE modem and wifi both stopped working.", "said:after-system-update"),
    ("after update kernel modem not detect anymore", "said:after-system-update"),
    ("after sudo apt full-upgrade the modem is gone", "said:after-system-update"),
    ("Following the kernel update the modem is not detected.", "said:after-system-update"),
    ("After installing linux-image-6.1.0-18-amd64 the card disappeared.", "said:after-system-update"),
    # --- the module tree of the running kernel missing, in words ---
    ("after update kernel modem not detect anymore, /lib/modules/6.1.21-v8+ not exist", "said:no-module-tree"),
    ("There is no folder for the running kernel in /usr/lib/modules.", "said:no-module-tree"),
    ("Turns out /boot wasn't mounted when I ran pacman -Syu.", "said:no-module-tree"),
    ("I forgot to mount /boot before updating.", "said:no-module-tree"),
    ("the modem is not detected and /lib/modules/`uname -r` is empty", "said:no-module-tree"),
    ("the modules for the running kernel are gone", "said:no-module-tree"),
    # --- a flash said done, then the failure (firmware-damaged; the module's maker decides the cause: rules) ---
    ("Flash successfull but couldn't enable modem", "said:firmware-damaged"),
    ("My MC7455 can not enable after I update firmware to SWI9X30C_02.33 generic", "said:firmware-damaged"),
    ("updated fw, now modem cannot be enabled", "said:firmware-damaged"),
    ("After flashing the IMEI is empty", "said:imei-lost"),
    ("IMEI丢失了", "said:imei-lost"),
    ("```export SWI9X30C_ZIP=SWI9X30C_02.33.03.00_GENERIC_002.072_001.zip", "said:sierra-firmware-named"),
    ("autoflash-7455.sh  -e 2 -u 0 -m 6 -b 0", "said:sierra-firmware-named"),
    # --- a module on a board: no answer, powered, it worked before, only this unit ---
    ("the modem in one of them stopped responding to AT commands after a month.", "said:serial-no-answer"),
    ("Can't query, the device is not responding to AT commands", "said:serial-no-answer"),
    ("The SIM7600 HAT worked fine for two weeks before it stopped, now minicom gets no response.", "said:serial-no-answer"),
    ("i have a LilyGO T-A7670E and the modem is dead", "said:modem-board"),
    ("My ESP32 board with SIM800L resets.", "said:modem-board"),
    ("Yes I have programmed the boards with different sketch, 9600 for N211 and 115200 and the extra pin for R410.",
     "said:modem-board"),
    ("it stopped responding to AT commands after a month.", "said:stopped-after-working"),
    ("It worked for two weeks before the modem stopped answering.", "said:stopped-after-working"),
    ("Suddenly it stopped responding.", "said:stopped-after-working"),
    ("The modem status light turns on for about 14 seconds, then turns off.", "said:led-alive"),
    ("The NET LED is still blinking.", "said:led-alive"),
    ("the dongle is flashing red", "said:led-alive"),
    ("The stick keeps blinking but nothing else happens.", "said:led-alive"),
    # --- a port node gone, named bare (wrong-usb-composition: the serial functions left the composition) ---
    ("ttyUSB0 disappeared after the reboot.", "said:ports-gone"),
    ("/dev/ttyUSB2 is gone and only cdc-wdm0 is left", "said:ports-gone"),
    ("the ttyUSB* devices are no longer there", "said:ports-gone"),
    ("ttyACM0 has vanished from the system", "said:ports-gone"),
    ("I've got several lilygo devices but the modem in one of them is dead.", "said:other-unit-works"),
    ("The other boards work with the same sketch.", "said:other-unit-works"),
    # --- hedging is clause-wide for attempts and wishes: the next clause is an observation ---
    ("When trying to bring it up I get a timeout and registration/state is stuck on searching", "said:not-registered"),
    ("I'm trying to get the LTE modem working but it does not show in lsusb", "said:not-on-usb"),
    ("how do I get the modem to register, it is stuck searching", "said:not-registered"),
    ("I need to use the modem for work, it does not show in lsusb at all.", "said:not-on-usb"),
    # --- the modem absent from the bus, told in the progressive, the command quoted ---
    ("`lsusb` is not listing the LTE card at all", "said:not-on-usb"),
    ("after the sysupgrade, lsusb was not showing any modem", "said:not-on-usb"),
    ("\"cat /proc/bus/usb/devices\" doesn't show the modem either", "said:not-on-usb"),
    ("/sys/kernel/debug/usb/devices isn't listing the device", "said:not-on-usb"),
    # --- a status page or LED shows no SIM while one is inserted ---
    ("The web UI shows that there is no SIM card inserted, even though the card is in the tray.", "said:sim-not-detected"),
    ("LuCI displays no SIM inserted (even when there is one)", "said:sim-not-detected"),
    ("the router reports no SIM card present, but it is inserted correctly", "said:sim-not-detected"),
    # --- found on some power-ups only; a built-in modem (context) ---
    ("The box only sometimes recognizes the modem.", "said:detected-only-sometimes"),
    ("the LTE module is detected only every other boot", "said:detected-only-sometimes"),
    ("modem comes up only after 3 or 4 reboots", "said:detected-only-sometimes"),
    ("It occasionally finds the modem, most boots it is missing.", "said:detected-only-sometimes"),
    ("the router's internal modem is not found", "said:internal-modem"),
    ("My laptop's built-in WWAN card", "said:internal-modem"),
    # --- what was changed before the failure: SIM, operator, country, APN (context) ---
    ("Since I switched to another provider the modem gets no IP.", "said:changed-sim-or-network"),
    ("i put new sim card from other operator", "said:changed-sim-or-network"),
    ("We swapped the SIM last week.", "said:changed-sim-or-network"),
    ("I moved to another country and bought a local SIM.", "said:changed-sim-or-network"),
    ("after I changed the APN it never connected", "said:changed-sim-or-network"),
    # --- a QMI tool connects but no packet flows (raw-ip-mismatch) ---
    ("I can use qmi-network to start the data connection, and everything seems to work except there's no data flow.",
     "said:qmi-connected-no-traffic"),
    ("uqmi connects fine but no packets are received on wwan0", "said:qmi-connected-no-traffic"),
    ("qmicli --wds-start-network succeeds, yet no traffic passes", "said:qmi-connected-no-traffic"),
    # a self-published diagnosis of a BroadMobi BM806C (the protocol named, no tool; one direction of the traffic)
    ("The modem attaches to LTE, gets assigned IP addresses through QMI, reports `\"connected\"` — but **no downlink "
     "data passes**.", "said:qmi-connected-no-traffic"),
    # --- names do not resolve / no DNS servers for the connection (interface-down-or-unconfigured) ---
    ("It connected just fine but it wasn't resolving any hostnames.", "said:names-fail"),
    ("the modem is online but does not resolve domain names", "said:names-fail"),
    ("The DNS server settings were not automatically set when the connection came up.", "said:names-fail"),
    ("DNS servers are not applied to wwan0.", "said:names-fail"),
    # --- the laptop module's FCC lock named as the problem (fcc-locked) ---
    ("The card is FCC locked, mmcli shows it disabled.", "said:fcc-lock"),
    ("my wwan module's still fcc-locked after the update", "said:fcc-lock"),
    ("The other problem is the \"FCC Authentication\" step.", "said:fcc-lock"),
    ("The issue seems to be the FCC unlock.", "said:fcc-lock"),
    ("the fcc unlock script fails on every boot", "said:fcc-lock"),
    ("FCC unlock doesn't work with the new firmware", "said:fcc-lock"),
    ("DPR says the FCC unlock is not supported in this product", "said:fcc-lock"),
    ("This modem needs the FCC unlock before it turns the radio on.", "said:fcc-lock"),
    ("I can't get the FCC authentication to run.", "said:fcc-lock"),
    # --- a laptop of a maker that ships its modules FCC-locked (context) ---
    ("I have a Lenovo T440p with an EM7355.", "said:locking-laptop-maker"),
    ("Got a ThinkPad X1 Carbon with a Fibocom L860 inside.", "said:locking-laptop-maker"),
    ("my Dell Latitude 7490 has a DW5811e", "said:locking-laptop-maker"),
    ("HP EliteBook 840 G3 with the LT4120 module", "said:locking-laptop-maker"),
    # --- the SIM reader, slot or holder does not work (sim-problem) ---
    ("Sim reader seems to be not working, tested both sim slots.", "said:sim-not-detected"),
    ("The SIM card slot on the board doesn't work.", "said:sim-not-detected"),
    ("sim holder is dead, no card detected", "said:sim-not-detected"),
    # --- the SIM not seen or held at its PIN, in words (written for stop 22) ---
    ("the router doesnt detect my sim card", "said:sim-not-detected"),
    ("mmcli kept reporting the SIM as absent.", "said:sim-not-detected"),
    ("On every cold start it stays in the locked state until I enter the code.", "said:sim-locked"),
    ("The LTE stick prompts for the SIM PIN each time it is plugged in.", "said:sim-locked"),
    ("the card now demands the PUK", "said:sim-locked"),
    ("It keeps asking for the PIN even though I saved it in the profile.", "said:sim-locked"),
    # --- no registration, in words (written for stop 22) ---
    ("The carrier denies the attach for this IMSI.", "said:not-registered"),
    ("mmcli shows the registration state as 'denied'.", "said:not-registered"),
    ("The little display on the router shows no LTE signal whatsoever.", "said:not-registered"),
    ("Sending AT+CSQ to the module returns 99,99 all day.", "said:not-registered"),
    ("The operator field stays blank in the status page.", "said:not-registered"),
    # --- the data call refused for its settings (written for stop 22) ---
    ("The bearer fails with Unknown PDP address or type.", "said:apn-rejected"),
    ("I get an invalid APN error from the modem.", "said:apn-rejected"),
    ("the APN seems not valid for this SIM", "said:apn-rejected"),
    ("Each time the GGSN rejects the PDP activation.", "said:apn-rejected"),
    ("After dialing, the dial-up link drops with an authentication failure from the provider.", "said:apn-rejected"),
    # --- the radio blocked, in words (written for stop 22) ---
    ("My EM7455 shows as soft-blocked in rfkill after resume.", "said:radio-blocked"),
    ("rfkill lists the wwan entry as blocked.", "said:radio-blocked"),
    ("The airplane-mode button on this Dell kills the LTE radio as well.", "said:radio-blocked"),
    ("ModemManager says the hardware radio switch is OFF.", "said:radio-blocked"),
    ("The WWAN option stays greyed out in the settings.", "said:radio-blocked"),
    # --- no rights on the modem's node, in words (written for stop 22) ---
    ("The script fails as a regular user with an error opening /dev/ttyUSB3.", "said:no-permission"),
    ("picocom can only reach the modem when run with sudo.", "said:no-permission"),
    ("gammu cannot access the port because of insufficient permissions.", "said:no-permission"),
    ("It started working after we added the kannel user to dialout.", "said:no-permission"),
    ("/dev/cdc-wdm1 is root-only on this image.", "said:no-permission"),
    # --- ModemManager in the way, in words (written for stop 22) ---
    ("Everything works fine after I disabled ModemManager.", "said:mm-stop-fixes"),
    ("The hangs went away when we ran systemctl stop ModemManager.", "said:mm-stop-fixes"),
    ("Stopping the modem-manager fixed my gammu timeouts.", "said:mm-stop-fixes"),
    ("ModemManager was running too, so two programs were polling the same port.", "said:mm-shares-modem"),
    ("qmicli reports the device as busy while ModemManager is running.", "said:port-held-by-mm"),
    # --- Japanese: the tty never appears ---
    ("モデムに切り替わっても /dev/ttyUSB0 は現れません", "said:serial-ports-never-appeared"),
    ("ttyUSBが作成されない", "said:serial-ports-never-appeared"),
    # --- the kernel's lockdown refuses what the modem's driver or switch script needs (module-load-blocked) ---
    ("With the kernel lockdown enabled, insmod of the driver is refused.", "said:lockdown-refuses"),
    ("setpci fails under lockdown on my ThinkPad.", "said:lockdown-refuses"),
    ("The lockdown blocks loading the xmm7360 module.", "said:lockdown-refuses"),
    ("Secure Boot turned on lockdown, and unsigned modules are rejected because of the lockdown.", "said:lockdown-refuses"),
    ("the switch script isn't working: direct PCI access is not allowed under kernel lockdown", "said:lockdown-refuses"),
    # --- the modem left in an MBIM-only composition (wrong-usb-composition) ---
    ("Windows 10 changed the modem to MBIM mode and now qmicli finds nothing.", "said:set-to-mbim-only"),
    ("After I booted Windows its driver put my EM7455 into MBIM mode.", "said:set-to-mbim-only"),
    ("The card was switched to MBIM by Windows.", "said:set-to-mbim-only"),
    ("I accidentally selected the MBIM-only composition with AT!USBCOMP.", "said:set-to-mbim-only"),
    ("The module is now MBIM-only, no AT port left.", "said:set-to-mbim-only"),
    ("the usb class has been changed from 00 to ef after the windows update", "said:set-to-mbim-only"),
    # --- the modem's network interface renamed under its setup (interface-name-mismatch) ---
    ("After the upgrade udev renames wwan0 to wwp0s20u4i6 and my ifup script fails.", "said:iface-renamed"),
    ("wwan0 is now called wwp0s20f0u6i12, so /etc/network/interfaces points at nothing.", "said:iface-renamed"),
    ("The interface name changed from usb0 to enx0c5b8f279a64 after the systemd update, and dhclient usb0 fails.",
     "said:iface-renamed"),
    ("My dhcp setup broke: the modem's interface has been renamed from wwan0 to wwx001e101f0000.", "said:iface-renamed"),
    # --- a reset, enable or power line holding the module off (modem-not-powered) ---
    ("The reset gpio is held low after boot, which keeps the module in reset.", "said:power-pin"),
    ("The board's WWAN_EN line stays low and prevents the card from powering up.", "said:power-pin"),
    ("The LTE_PWR pin was inverted, so the module never shows in lsusb.", "said:power-pin"),
    ("the dts sets the gpio high, preventing the modem from booting", "said:power-pin"),
]


@pytest.mark.parametrize("sentence, fact", READ, ids=pair_ids(READ))
def test_a_phrasing_of_the_family_gives_its_fact(sentence, fact):
    assert fact in stated(sentence)


NOT_READ = [
    ("usbserial is loaded but there is no ttyUSB0.", "said:usbserial-ids-given"),
    ("lsusb shows vendor id 12d1 and product id 1003, and usbserial.ko is in the module list", "said:usbserial-ids-given"),
    ("The wifi works fine, only the modem is gone after the update.", "said:other-devices-gone"),
    ("The wifi is fine but the modem disappeared.", "said:other-devices-gone"),
    ("If wifi and modem are gone after the update, reboot.", "said:other-devices-gone"),
    ("Everything seems to work right now, I just don't want it to break after an update.", "said:after-system-update"),
    ("After I updated the modem firmware it works.", "said:after-system-update"),
    ("After the update of the modem firmware it cannot be enabled.", "said:after-system-update"),
    ("Should /lib/modules/$(uname -r) exist on this image?", "said:no-module-tree"),
    ("/lib/modules/6.1.21-v8+ exists and has qmi_wwan.ko in it.", "said:no-module-tree"),
    ("If /boot is not mounted during the upgrade, the new kernel is not installed.", "said:no-module-tree"),
    ("I flashed the new firmware(3.3.2) when it was released and until yesterday I had no issue.", "said:firmware-damaged"),
    ("I flashed OpenWrt but now the modem is not detected.", "said:firmware-damaged"),
    ("The IMEI is fine after the flash.", "said:imei-lost"),
    ("The Sierra Nevada mountains have no coverage.", "said:sierra-firmware-named"),
    ("How to change the IMEI?", "said:imei-lost"),
    ("The LED doesn't turn on.", "said:led-alive"),
    ("Is the status LED supposed to blink?", "said:led-alive"),
    ("I am flashing the modem with the new firmware.", "said:led-alive"),
    ("The modem is flashing, do not unplug it.", "said:led-alive"),
    ("If ttyUSB0 disappeared, replug the modem.", "said:ports-gone"),
    ("ttyUSB0 is there and answers AT.", "said:ports-gone"),
    ("Does ttyUSB2 disappear after the switch?", "said:ports-gone"),
    ("It stopped responding after I updated the sketch.", "said:stopped-after-working"),
    ("If it stopped responding after a month, replace the board.", "said:stopped-after-working"),
    ("One of the boards works, the modem is not detected.", "said:other-unit-works"),
    ("AT commands work fine and the modem answers OK.", "said:serial-no-answer"),
    # --- hedged: a wish, a question with or without its mark, a doubt, a condition ---
    ("I want to know why the modem is not detected in lsusb", "said:not-on-usb"),
    ("I'm trying to find out whether the modem does not show in lsusb", "said:not-on-usb"),
    ("how do I check that the modem is stuck searching", "said:not-registered"),
    ("Is there a way to see if the modem does not show in lsusb", "said:not-on-usb"),
    ("I don't think the SIM is PIN locked.", "said:sim-locked"),
    ("It no longer asks for the PIN since I disabled it on the card.", "said:sim-locked"),
    ("The modem never prompts for a PIN.", "said:sim-locked"),
    ("It asks me for the SIM pin and unlocks the SIM card.", "said:sim-locked"),
    ("No signal issues here, it registers at once.", "said:not-registered"),
    ("If CSQ is 99, the antenna is off.", "said:not-registered"),
    ("The operator refuses to unlock the phone.", "said:not-registered"),
    ("The APN was not the problem, it was the antenna.", "said:apn-rejected"),
    ("Should I use a different APN?", "said:apn-rejected"),
    ("Wi-Fi authentication failed on the laptop.", "said:apn-rejected"),
    ("rfkill shows no blocked devices.", "said:radio-blocked"),
    ("The modem is not hard blocked.", "said:radio-blocked"),
    ("Does TLP turn off the WWAN card on battery?", "said:radio-blocked"),
    ("The laptop stays in the locked state until FCC unlock, the radio is hardware disabled.", "said:radio-blocked"),
    ("Running it as root works too.", "said:no-permission"),
    ("I only tested it with sudo so far.", "said:no-permission"),
    ("My user is in the dialout group and minicom works.", "said:no-permission"),
    ("I stopped ModemManager but the timeouts are still there.", "said:mm-stop-fixes"),
    ("The antenna is 5 mm from the board and everything is gone.", "said:mm-stop-fixes"),
    ("Should I stop ModemManager so that everything works?", "said:mm-stop-fixes"),
    ("ModemManager is not running, both of them were killed.", "said:mm-shares-modem"),
    ("The laptop stays in the locked state until FCC unlock runs.", "said:sim-locked"),
    ("the router doesnt detect a problem with the sim card", "said:sim-not-detected"),
    ("Not sure the modem is stuck searching.", "said:not-registered"),
    ("The modem does not disappear any more since I use a powered hub.", "said:drops-off-bus"),
    ("I need to know whether the SIM card is not detected by the modem.", "said:sim-not-detected"),
    ("模块是否注册不上网络？", "said:not-registered"),
    ("lsusb is showing the modem as 2c7c:0125.", "said:not-on-usb"),
    ("Is lsusb not showing the modem because of the hub?", "said:not-on-usb"),
    ("The status page shows no SIM card inserted because I removed it.", "said:sim-not-detected"),
    ("If the page shows no SIM inserted even when there is one, clean the contacts.", "said:sim-not-detected"),
    ("The modem is detected every time, it just does not connect.", "said:detected-only-sometimes"),
    ("The SIM card is only sometimes detected.", "said:detected-only-sometimes"),
    ("After usb_modeswitch the modem sometimes shows up as storage again.", "said:detected-only-sometimes"),
    ("If the modem is found only after several reboots, check the supply.", "said:detected-only-sometimes"),
    ("Should I get a new SIM from another operator?", "said:changed-sim-or-network"),
    ("The SIM is the same one I always used.", "said:changed-sim-or-network"),
    ("qmicli connects and data flows fine now.", "said:qmi-connected-no-traffic"),
    ("If qmi-network starts the connection but no packets flow, check raw_ip.", "said:qmi-connected-no-traffic"),
    ("The modem connects but no data flows.", "said:qmi-connected-no-traffic"),
    ("I use QMI, it connects, and there is no traffic limit on my plan.", "said:qmi-connected-no-traffic"),
    ("The DNS servers were set by NetworkManager.", "said:names-fail"),
    ("If it is not resolving names, set the DNS servers by hand.", "said:names-fail"),
    ("The APN was not set when I dialled.", "said:names-fail"),
    ("I linked the FCC unlock script and it works now.", "said:fcc-lock"),
    ("Do I need the FCC unlock for my EM7455?", "said:fcc-lock"),
    ("If the modem is FCC locked, enable the unlock script.", "said:fcc-lock"),
    ("The FCC unlock ran fine and the modem is connected.", "said:fcc-lock"),
    ("Since ModemManager 1.18.4 the FCC unlock scripts are not installed by default.", "said:fcc-lock"),
    ("The FCC ID sticker on the card reads ZMO-L860.", "said:fcc-lock"),
    ("A Raspberry Pi 4 with a Quectel EC25 HAT.", "said:locking-laptop-maker"),
    # the SIM slot fine, or the question whether it is
    ("The SIM slot works fine, the modem still does not connect.", "said:sim-not-detected"),
    ("Is the SIM reader not working?", "said:sim-not-detected"),
    # lockdown: a condition, a question, a denial, a fix
    ("If the kernel is in lockdown mode, setpci cannot be used.", "said:lockdown-refuses"),
    ("Is setpci blocked in lockdown mode?", "said:lockdown-refuses"),
    ("setpci is not blocked by lockdown here, lockdown is none.", "said:lockdown-refuses"),
    ("Lockdown does not block setpci on this machine.", "said:lockdown-refuses"),
    ("I disabled lockdown and setpci works.", "said:lockdown-refuses"),
    # MBIM-only: chosen on purpose and working, Windows merely using MBIM, a capability, a question, a condition, fixed
    ("I switched the modem to MBIM mode and it works with ModemManager.", "said:set-to-mbim-only"),
    ("Windows uses MBIM for the modem.", "said:set-to-mbim-only"),
    ("Under Windows the modem runs in MBIM mode.", "said:set-to-mbim-only"),
    ("The modem supports MBIM only mode as well as QMI.", "said:set-to-mbim-only"),
    ("Did Windows switch my module to MBIM?", "said:set-to-mbim-only"),
    ("If Windows switched the card to MBIM, switch it back with AT!USBCOMP.", "said:set-to-mbim-only"),
    ("Windows switched it to MBIM-only, I set it back to QMI with qmicli and now it works.", "said:set-to-mbim-only"),
    # renamed: by the person, as the fix, under a condition, asked
    ("I renamed it to wwan0 with a udev rule and it works.", "said:iface-renamed"),
    ("The interface was renamed to wwan0 by my .link file, all good now.", "said:iface-renamed"),
    ("If the interface is renamed to wwp0s20u4, edit the config.", "said:iface-renamed"),
    ("Should wwan0 be renamed to wwp0s20u4?", "said:iface-renamed"),
    ("Dmesg shows that usb0 was renamed to enp0s20u3, it is listed in ip link.", "said:iface-renamed"),
    # power line: a condition, a line that is fine, a GPIO named without its effect
    ("If the reset pin is held low, the modem will not enumerate.", "said:power-pin"),
    ("The reset pin is fine and the modem enumerates.", "said:power-pin"),
    ("I set GPIO 23 high to light the LED, the modem is connected.", "said:power-pin"),
]


@pytest.mark.parametrize("sentence, fact", NOT_READ, ids=pair_ids(NOT_READ))
def test_a_look_alike_does_not_give_the_fact(sentence, fact):
    assert fact not in stated(sentence)
