"""Stated facts read from real posts' own words (model/prose_states.py STATES), one row per sentence.

Each sentence is the reporter's, shortened where marked with "...", and names its thread. The sentences
were collected for the causes the unseen posts were missed on (prose-only posts): the modem disappearing
and coming back, a supply it fails on, the SIM not seen, the firmware damaged by a flash, the modem
crashing, no registration, no permission on the port. The second table holds look-alikes from the same
threads and written ones: the same words in a sentence that says something else, a condition, a question,
or another subject; none may give the fact."""
import pytest

from prose_util import pair_ids, stated


READ = [
    # --- the modem leaves the bus (usb-power-or-reset) ---
    # github.com/seud0nym/tch-gui-unhide/issues/186 (maintainer: another USB device drawing too much power)
    ('the LTE will randomly disappear and say "no device connected"', "said:drops-off-bus"),
    # github.com/openwrt/packages/pull/23590 (a commenter's third-party power adaptor)
    ("I had a crashing issue as I used a third party adaptor and it caused issues just like that, the modem seemingly "
     "disappeared.", "said:drops-off-bus"),
    # github.com/espressif/esp-protocols/issues/133 (maintainer: insufficient power supply)
    ("As soon as USB is connected the SIM module gets powered off and it gets restart again and again.",
     "said:drops-off-bus"),
    # github.com/tianye1999/callpilot/issues/85 (hub power suspected)
    ("EC20 模组 07-12 15:22 从 USB 总线消失(`device disconnected`,疑 Hub 供电不足)。", "said:drops-off-bus"),
    # github.com/AlienWolfX/UZ801-USB-MODEM/issues/28
    ("On openwrt the modem seems to disappear after some time (around 12 hours).", "said:drops-off-bus"),
    # github.com/the-modem-distro/pinephone_modem_sdk/issues/9
    ("Yesterday it started that the modem would disappear rather quickly after boot.", "said:drops-off-bus"),
    # github.com/dreemurrs-embedded/Pine64-Arch/issues/185 (title, then a comment)
    ("Modem vanishes randomly", "said:drops-off-bus"),
    ("today, when the modem disappeared and did not reappear.", "said:drops-off-bus"),
    # github.com/xmm7360/xmm7360-usb-modeswitch/issues/38
    ("As soon as I reboot the modem disappears, it is not even listed in lsusb anymore.", "said:drops-off-bus"),
    # --- a supply it fails on (usb-power-or-reset) ---
    # neuroanswers.net/q/4g-usb-modem-not-detecting-sim-card-through-extension
    ("When connected through a USB extension cable (5 meters, USB 2.0), the indicator flashes red, and the SIM card "
     "is not recognized.", "said:power-source"),
    # github.com/Xinyuan-LilyGO/LilyGO-T-SIM7000G/issues/241 (answer: the battery cannot give GPRS current peaks),
    # github.com/vshymanskyy/TinyGSM/issues/473, github.com/Xinyuan-LilyGO/T-SIM7600X/issues/121 (titles)
    ("Not connecting to the network with battery, but working pretty well when powered with USB", "said:power-source"),
    ("problem with battery, with usb everything work but not on battery", "said:power-source"),
    ("SIM7600 Module Not Transmitting Data When Powered by Samsung 30Q 18650 Battery", "said:power-source"),
    # github.com/Xinyuan-LilyGO/LilyGo-Modem-Series/issues/141, github.com/Xinyuan-LilyGO/T-SIM7600X/issues/28 (titles)
    ("A7670E not working on battery or external power", "said:power-source"),
    ("Can't run the module from a battery", "said:power-source"),
    # written the way the posts put it: restarts, Chinese "drops and comes back", "keeps restarting"
    ("It only works when powered from USB, not from the battery.", "said:power-source"),
    ("The modem keeps restarting.", "said:drops-off-bus"),
    # --- the module switches itself off, or dies as soon as it transmits (usb-power-or-reset) ---
    # github.com/Xinyuan-LilyGO/LilyGo-Modem-Series/issues/476 (fixed by another USB cable) and /172 (maintainer:
    # unstable supply current), titles and sentences; /540 (title: resets on every network attach)
    ("When i try to make a call the red LEDs on the module die, same thing when i try to call the module.",
     "said:powers-off-itself"),
    ("A7670E dies when trying to make or recieve call", "said:powers-off-itself"),
    ("A7670 suddenly switches off", "said:powers-off-itself"),
    ("T-SIM7670G-S3 (H802) modem resets on every network attach, supply dips to 3.43 V during transmit",
     "said:powers-off-itself"),
    ("The module restarts every time it tries to register.", "said:powers-off-itself"),
    ("The modem resets when the data connection starts.", "said:powers-off-itself"),
    # --- the connection drops again and again, the frequency said first or as a count per period ---
    # forum.openwrt.org/t/kern-err-dwc2-not-connected/197800 (replies: powered hub, the 3.5 m cable)
    ("Periodically (more than once an hour) I get this message in the system log and my LTE modem is disconnected and "
     "has to go through the reconnection process again", "said:drops-periodically"),
    ("The modem drops out several times a day.", "said:drops-periodically"),
    ("Frequently the stick loses its connection and comes back after a minute.", "said:drops-periodically"),
    ("模块经常掉线然后又回来。", "said:drops-off-bus"),
    ("模块不停重启。", "said:drops-off-bus"),
    ("SIM not inserted although it is inserted.", "said:sim-not-detected"),
    # --- the SIM is not seen (sim-problem) ---
    ("When connected through a USB extension cable (5 meters, USB 2.0), the indicator flashes red, and the SIM card "
     "is not recognized.", "said:sim-not-detected"),
    # community.sixfab.com/t/me910c1-ww-not-detecting-sim-card/2805
    ("both network managers on both operating systems are reporting that I need to insert a SIM even though the SIM "
     "is very much inserted", "said:sim-not-detected"),
    ("when attempting to insert an old Verizon SIM card I had lying around, it was still reporting that a SIM was not "
     "being detected.", "said:sim-not-detected"),
    # github.com/Ysurac/openmptcprouter/issues/3154 (title)
    ("SIM card in 4G USB Dongle not recognized", "said:sim-not-detected"),
    # github.com/balena-os/balena-jetson/issues/247 (title)
    ("photon-nano: SIM not recognised with modem in P3 (M.2 B-Key slot)", "said:sim-not-detected"),
    # github.com/OpenStick/OpenStick/issues/12
    ("在我更新设备之前它工作正常，但之后它无法检测到卡:", "said:sim-not-detected"),
    # github.com/damellis/cellphone2/issues/6
    ("When you remove the SIM card and then re-insert it, it's not automatically detected by the GSM module",
     "said:sim-not-detected"),
    # www.computeruniverse.net/de/techblog/sim-karten-fehler
    ("Die SIM Karte wird nicht erkannt oder als ungültig erkannt", "said:sim-not-detected"),
    # dzen.ru/a/W8mTx8rykgCr2dt9
    ("Возможно, они слегка загрязнились, и телефон не читает сим-карту из-за этого", "said:sim-not-detected"),
    # written the way the posts put it
    ("The SIM works in my phone but not in the modem.", "said:sim-not-detected"),
    ("The modem does not detect the SIM card.", "said:sim-not-detected"),
    # --- the firmware damaged by a flash (firmware-bug-or-crash) ---
    # github.com/the-modem-distro/pinephone_modem_sdk/issues/232 (title; maintainer: EFS recovery)
    ("IMEI showing unkown after firmware update", "said:firmware-damaged"),
    ("I cannot access cellular due to my IMEI showing as unkown in Kali,", "said:firmware-damaged"),
    # github.com/Xinyuan-LilyGO/LilyGO-T-SIM7000G/issues/85
    ("No IMEI showing after unsuccessful Firmware-Upgrade", "said:firmware-damaged"),
    ("AT+SIMCOMATI leaves the IMEI-Field empty when called.", "said:firmware-damaged"),
    # github.com/Xinyuan-LilyGO/LilyGo-Modem-Series/issues/271 (title; vendor: update the firmware again)
    ("[Bug]: A7670G Modem not working after update", "said:firmware-damaged"),
    # github.com/AlienWolfX/UZ801-USB-MODEM/issues/9 (title)
    ("IMEI lost after Flashing UZ801", "said:firmware-damaged"),
    # github.com/FuriLabs/issue-tracker/issues/237 (title)
    ("After a reinstall of the s/w and updating modem is off", "said:firmware-damaged"),
    # written the way the posts put it
    ("After flashing the firmware with fwupd the modem can't be enabled and there is no IMEI.", "said:firmware-damaged"),
    ("The modem stopped booting after an attempt to replace the stock firmware with a custom one.", "said:firmware-damaged"),
    ("The IMEI and the serial number are not being retrieved.", "said:firmware-damaged"),
    ("刷固件后模块无法开机，IMEI 也没了。", "said:firmware-damaged"),
    # --- low power after a flash (firmware-image-mismatch) ---
    # github.com/danielewood/sierra-wireless-modems/issues/52
    ("After that, the modem is stuck in low-power mode because the firmware image preference refers to the image that "
     "is not yet flashed to the modem, hence mismatching the one loaded by default.", "said:low-power-after-firmware"),
    ("After flashing the 02.33 firmware the modem stays in low power mode.", "said:low-power-after-firmware"),
    # --- one unit of several identical ones fails (hardware-fault) ---
    # github.com/Xinyuan-LilyGO/LilyGo-Modem-Series (T-A7670SA: the maintainer answered "a problem with the board")
    ("Hi, i've got a several lilygo devices but the modem in one of them (T-A7670SA R2 with GPS) stopped responding "
     "to AT commands after a month.", "said:other-unit-works"),
    # written the ways people put it
    ("We have 20 boards and one of them does not respond to AT commands.", "said:other-unit-works"),
    ("I bought three SIM7600 modules, only one of them fails to register.", "said:other-unit-works"),
    ("Only one of our five units is not working.", "said:other-unit-works"),
    ("The same sketch works fine on the other two boards.", "said:other-unit-works"),
    ("The same firmware runs on all the other modems without problems.", "said:other-unit-works"),
    ("The other identical boards work with the same code.", "said:other-unit-works"),
    ("I have two EC25 modules and one of them stopped working.", "said:other-unit-works"),
    # github.com/ARMmbed/mbed-os-example-cellular/issues/177 (BG96 never attaches; a new board set did): the same SIM elsewhere
    ("However, with the same SIM card, it ramps up to the network with another BC95G device and another BC28 device.",
     "said:other-unit-works"),
    ("With the same SIM the other board connects without problems.", "said:other-unit-works"),
    ("Using the same SIM, it attaches with a second board right away.", "said:other-unit-works"),
    # --- no connection since the modem's firmware was flashed (firmware-image-mismatch) ---
    # github.com/danielewood/sierra-wireless-modems/issues/123 (the sentence a fenced command cut, joined by
    # model.signals._unwrap; the reporter's fix was the firmware preference)
    ("i updated my modem via [\u2026] however it would not connect afterwards.", "said:no-connect-after-firmware"),
    # written the ways people put it
    ("After updating the firmware the modem does not connect.", "said:no-connect-after-firmware"),
    ("After flashing the 02.33 firmware it won't register to the network.", "said:no-connect-after-firmware"),
    ("The modem can't connect anymore after the firmware upgrade.", "said:no-connect-after-firmware"),
    ("I flashed the latest firmware and now it doesn't get a connection.", "said:no-connect-after-firmware"),
    ("We upgraded the module firmware to 02.33, but it fails to connect.", "said:no-connect-after-firmware"),
    ("After the firmware update it has no data connection.", "said:no-connect-after-firmware"),
    # --- the SIM locked by its PIN (sim-problem) ---
    # github.com/faucamp/python-gsmmodem/issues/4
    ("I have a SIM that requires PIN before any activities can be conducted.", "said:sim-locked"),
    ("The SIM is PUK locked after three wrong PINs.", "said:sim-locked"),
    ("SIM卡被锁了，需要输入PUK。", "said:sim-locked"),
    # --- the modem crashes (firmware-bug-or-crash) ---
    # github.com/mrhaav/openwrt/issues/17 (title, then the post)
    ("FM-350 crashing as soon as traffic comes through", "said:modem-crashes"),
    ("But as soon as the connection is established and traffic is going through, the modem crashes and reeinitializes "
     "thanks to your crash script.", "said:modem-crashes"),
    # github.com/xmm7360/xmm7360-pci/issues/212
    ("Didnt helps the firmware was also crashing often..", "said:modem-crashes"),
    # --- no registration (not-registered) ---
    # github.com/Xinyuan-LilyGO/LilyGo-Modem-Series/issues/104
    ("My module won't join my LTE network.", "said:not-registered"),
    ("It just won't join the network:", "said:not-registered"),
    # github.com/Xinyuan-LilyGO/LilyGo-T-PCIE/issues/26
    ("I seems my board is recognizing SIM7600 module, but network registration is not working despite the fact the "
     "LTE signals are doing fine.", "said:not-registered"),
    # github.com/vshymanskyy/TinyGSM/issues/592
    ("As you can see from the log below it can see my network (telstra) and has good signal, but it sits in searching "
     "forever.", "said:not-registered"),
    # github.com/sixfab/pico_lte_micropython-sdk/issues/105
    ("It seems that the QueCTEL module cannot get registered on the mobile network.", "said:not-registered"),
    # github.com/Xinyuan-LilyGO/LilyGO-T-SIM7000G/issues/55 (the TinyGSM example's registration wait)
    ("the serial minitor keeps showing \"waiting for network ...\".", "said:not-registered"),
    # github.com/dreemurrs-embedded/Pine64-Arch/issues/673 (the running kernel without its modules)
    ("Networking is totally gone as if the hardware doesn't exist but when I boot from an sd card it works fine.",
     "said:other-devices-gone"),
    ("This happened after I updated via chroot due to the seatd issue.", "said:after-system-update"),
    # written: the same two statements as people put them
    ("Since the kernel upgrade I have no wifi and no modem.", "said:other-devices-gone"),
    ("Since the kernel upgrade I have no wifi and no modem.", "said:after-system-update"),
    # github.com/Xinyuan-LilyGO/LilyGo-T-Call-SIM800/issues/190 (several SIMs, all 'SIM not inserted')
    ("Tested several working SIM cards, The codes running fine on SIM800L boards.", "said:sims-known-good"),
    ("I tried another SIM card, same error.", "said:sims-known-good"),
    # written the way the posts put it, in Chinese and German
    ("模块一直注册不上网络，信号正常。", "said:not-registered"),
    ("Das Modem bucht sich nicht ins Netz ein.", "said:not-registered"),
    # --- no permission on the port (permissions) ---
    # github.com/modbus2mqtt/modbus2mqtt/issues/175
    ("it seems the modbus2mqtt does not have a permission to use /dev/ttyUSB0.", "said:no-permission"),
    # github.com/Ai-Thinker-Open/GPRS_C_SDK/issues/309
    ("I'm having issues opening /dev/ttyUSBX ports, due to the fact that when instantiated, every ttyUSBX port "
     "ownership belongs to root and dialout group.", "said:no-permission"),
    # github.com/semitov/semitov-mcl/issues/11
    ("When I tried following the example code, I hit permission denied on `/dev/ttyACM0`.", "said:no-permission"),
    ("I quickly resolved it with `sudo chmod 666 /dev/ttyACM0`, but just adding myself to `dialout` didn't work.",
     "said:no-permission"),
    # github.com/im-tomu/fomu-workshop/issues/75
    ("Lots of people were getting stuck with not having permissions to access the `/dev/ttyACM` device due to not "
     "being in the dialout group.", "said:no-permission"),
    # written the way the posts put it, in Chinese
    ("普通用户没有权限打开 /dev/ttyUSB2。", "said:no-permission"),
]


@pytest.mark.parametrize("sentence, fact", READ, ids=pair_ids(READ))
def test_a_real_sentence_gives_its_fact(sentence, fact):
    assert fact in stated(sentence)


NOT_READ = [
    ("Everything seems to work right now, I just don't want it to break after an update.", "said:after-system-update"),
    ("After I updated the modem firmware it works.", "said:after-system-update"),
    ("The wifi works fine, only the modem is gone.", "said:other-devices-gone"),
    ("Waiting for network... then it connected after 20 seconds.", "said:not-registered"),
    ("I tried another SIM card and it works now.", "said:sims-known-good"),
    ("Should I try with several SIM cards?", "said:sims-known-good"),
    # the same threads: an address that does not disappear (github.com/openwrt/packages/issues/14766), a SIM that
    # works in a phone as the person's own check (github.com/Xinyuan-LilyGO/LilyGo-Modem-Series/issues/104), the
    # fix (github.com/espressif/esp-iot-solution/issues/412), a firmware flashed without trouble
    # (github.com/the-modem-distro/pinephone_modem_sdk/issues/9), how to change an IMEI (github.com/4IceG/ZTE-MF286D/issues/13)
    ("the signal of the LTE module is bad, or there is no signal suddenly, the interface IP address will not disappear",
     "said:drops-off-bus"),
    ("The sim works in my phone, of course.", "said:sim-not-detected"),
    ("I have buy a new power for 5v 2a, and the device is no longer disconnect like before again.", "said:drops-off-bus"),
    ("I flashed the new firmware(3.3.2) when it was released and until yesterday I had no issue.", "said:firmware-damaged"),
    ("how to change imei?", "said:firmware-damaged"),
    # the spent no-fault post: the modem left a program's list after a firmware update, nothing failed
    ("Restarting the app the modem wasn't listed instead I think it said Google Android something.", "said:drops-off-bus"),
    # written look-alikes: a condition, a question, a mode switch, another subject, a SIM that is detected
    ("The module shuts down when I send AT+CPOWD=1.", "said:powers-off-itself"),
    ("The modem turns off when I close the lid.", "said:powers-off-itself"),
    ("The LED goes off when the call ends.", "said:powers-off-itself"),
    ("If the module dies when calling, check the supply.", "said:powers-off-itself"),
    ("I restart the modem when it fails to register.", "said:powers-off-itself"),
    ("The app crashes when I make a call.", "said:powers-off-itself"),
    ("The connection drops when a call comes in.", "said:powers-off-itself"),
    ("Periodically I check the signal and it is fine.", "said:drops-periodically"),
    ("If it periodically disconnects, check the cable.", "said:drops-periodically"),
    ("I run a script once an hour that checks the connection.", "said:drops-periodically"),
    ("I run it from a power bank and it works.", "said:power-source"),
    ("The SIM is not inserted yet, but the modem shows up.", "said:sim-not-detected"),
    ("If it does not work on battery, check the supply.", "said:power-source"),
    ("If the modem disappears, check dmesg for USB disconnects.", "said:drops-off-bus"),
    ("Does the modem disappear from lsusb?", "said:drops-off-bus"),
    ("After usb_modeswitch the storage device disappears and the modem appears.", "said:drops-off-bus"),
    ("The modem does not disappear any more since I use a powered hub.", "said:drops-off-bus"),
    ("The SIM card disappeared from the tray.", "said:drops-off-bus"),
    ("The SIM card is inserted but the modem is not detected in lsusb.", "said:sim-not-detected"),
    ("The SIM is detected and the PIN is asked.", "said:sim-not-detected"),
    ("If the SIM is not detected, reseat it.", "said:sim-not-detected"),
    ("Now the SIM is detected again after cleaning the contacts.", "said:sim-not-detected"),
    ("如果识别不到SIM卡，请重新插卡。", "said:sim-not-detected"),
    ("After the firmware update the modem works fine.", "said:firmware-damaged"),
    ("After flashing OpenWrt the modem is not detected.", "said:firmware-damaged"),
    ("After updating ModemManager it cannot connect.", "said:firmware-damaged"),
    ("The IMEI is fine and the firmware is the latest.", "said:firmware-damaged"),
    ("After installing the firmware package from the distribution the wifi is not working.", "said:firmware-damaged"),
    # github.com/danielewood/sierra-wireless-modems/issues/48 (title: no firmware change, an FCC lock looks the same),
    # github.com/faucamp/python-gsmmodem/issues/37, github.com/jakhax/raspberry-pi-sim800l-gsm-module/issues/2
    ("new mc7455 stuck in low power mode", "said:low-power-after-firmware"),
    ("This SIM don't have PIN enabled.", "said:sim-locked"),
    ("I was wondering how to get rid of the pin lock on the sim card.", "said:sim-locked"),
    ("If the SIM asks for a PIN, set it in the config.", "said:sim-locked"),
    ("After updating the firmware the modem does not connect.", "said:firmware-damaged"),
    # every unit fails, only one works, a unit named without a fault, a SIM, a port, a condition, a unit working again
    ("I have several boards and none of them work.", "said:other-unit-works"),
    ("I have several boards and all of them fail.", "said:other-unit-works"),
    ("I tried several boards but only one of them works.", "said:other-unit-works"),
    ("I have two modems, one of them is an EM7455.", "said:other-unit-works"),
    ("I have two SIM cards and one of them is locked.", "said:other-unit-works"),
    ("Only one modem is connected.", "said:other-unit-works"),
    # forum.sodaq.net/t/sara-r4-410m-02b-with-telia-sim-card-does-not-respond-after-boot-if-pin-code-check-is-disabled/1944
    # (a SARA-R410M that was not powered on properly: one port, not one unit of several)
    ("Telia SIM card with pin code check disabled => SARA R4 410M 02B boots up with only one serial port on the USB "
     "interface, it is not responding to AT command either on USB or UART interface.", "said:other-unit-works"),
    ("Only one device shows up in lsusb and it is not working.", "said:other-unit-works"),
    ("The other boards don't work either.", "said:other-unit-works"),
    ("It works on the other USB port.", "said:other-unit-works"),
    ("If one of them fails, replace it.", "said:other-unit-works"),
    ("The SIM works in my phone.", "said:other-unit-works"),
    ("The same SIM card works in my phone.", "said:other-unit-works"),
    ("With the same SIM it doesn't work in another module either.", "said:other-unit-works"),
    ("I tried the SIM in another device and it also fails.", "said:other-unit-works"),
    ("If the same SIM works in another module, the board is faulty.", "said:other-unit-works"),
    ("The modem works with another SIM card.", "said:other-unit-works"),
    ("Should I test it on one of the other boards?", "said:other-unit-works"),
    ("We have 20 boards and one of them stopped responding, but it works now after a power cycle.", "said:other-unit-works"),
    # the host's software, a bare "update" (a noun: the system's), a flash that worked, a plan, a question
    ("After updating ModemManager it cannot connect.", "said:no-connect-after-firmware"),
    ("After flashing OpenWrt the modem does not connect.", "said:no-connect-after-firmware"),
    ("I updated the system and the modem does not connect.", "said:no-connect-after-firmware"),
    ("I updated Ubuntu to 22.04 and the modem does not connect.", "said:no-connect-after-firmware"),
    ("After the update the modem does not connect.", "said:no-connect-after-firmware"),
    ("I flashed the firmware and now it connects fine.", "said:no-connect-after-firmware"),
    ("I updated my modem firmware and it works now.", "said:no-connect-after-firmware"),
    ("If it does not connect after the firmware update, set the preference.", "said:no-connect-after-firmware"),
    ("Should I update the firmware because it does not connect?", "said:no-connect-after-firmware"),
    ("It does not connect, so I want to update the firmware.", "said:no-connect-after-firmware"),
    ("After flashing the firmware the modem can't be enabled.", "said:no-connect-after-firmware"),
    ("ModemManager crashes when the modem connects.", "said:modem-crashes"),
    ("If the modem crashes, power-cycle it.", "said:modem-crashes"),
    ("The app crashes when I open the modem page.", "said:modem-crashes"),
    ("The modem registers to the network fine but gets no IP.", "said:not-registered"),
    ("如果注册不上网络，检查天线。", "said:not-registered"),
    ("The user has permission to access /dev/ttyUSB2.", "said:no-permission"),
    ("I added myself to dialout and now it works.", "said:no-permission"),
    ("If you get permission denied on /dev/ttyUSB0, add yourself to dialout.", "said:no-permission"),
]


@pytest.mark.parametrize("sentence, fact", NOT_READ, ids=pair_ids(NOT_READ))
def test_a_look_alike_does_not_give_the_fact(sentence, fact):
    assert fact not in stated(sentence)
