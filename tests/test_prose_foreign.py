"""The clause grammar in other languages (model/prose_foreign.py, words in model/prose_languages.py).

WRITTEN, NOT REAL unless a row names its case: the sentences were written for this table, per language, to vary the
word order, the form of negation, the verb and the accents (with and without); the look-alikes hold a condition, a
question, a doubt, the past, a denial, a fix, another device (a phone, wifi, bluetooth), the thing seen, or the
person's own doing. The one real non-English post of the corpus is quoted and named.
"""
import pytest

from wwandoctor.model import prose_foreign
from wwandoctor.model.prose_languages import LANGUAGES

from prose_util import pair_ids, stated

SIM = "said:sim-not-detected"
USB = "said:not-on-usb"
MM = "said:mm-no-modem"
REG = "said:not-registered"
NO_IP = "said:connected-no-ip"
NO_NET = "said:ip-no-internet"
SWITCH = "said:modeswitch-missing"
STICK = "said:storage-stick-not-seen"
FAILS = "said:not-working"
FCC = "said:fcc-lock"
FW = "said:firmware-damaged"
STORAGE = "said:storage-mode"
LOCKED = "said:sim-locked"

READ = [
    # --- a contrast that leaves its verb out: the verb (and tool) of the clause before ---
    # tests/real_cases/spent/mc950d-moobicent-debian-etch-usbserial-generic-60kbs-airprime-lacks-id (real)
    ("Steckt man den Stick einfach rein, erkennt Linux zwar den storage-Teil, auf dem die Windows-Treiber liegen, "
     "nicht aber den eigentlichen UMTS-Stick.", FAILS),
    ("lsusb zeigt zwar den Speicher, nicht aber das Modem.", USB),
    ("ModemManager erkennt die SIM-Karte, aber nicht das Modem", MM),
    ("lsusb muestra la memoria pero no el módem.", USB),
    # --- German ---
    # tests/real_cases/spent/t440p-em7345-sim-not-detected-damaged-sim-slot-missing-suppressor-diode (real)
    ("In einem T440p wird die eingeschobene SIM-Karte unter Linux (Debian 12) nicht erkannt.", SIM),
    ("Das Modem an sich läuft, aber angeblich ist keine SIM-Karte drinnen.", SIM),
    ("Das Modem erkennt die SIM-Karte nicht.", SIM),
    ("Die Simkarte wird nie gefunden.", SIM),
    ("ModemManager zeigt keine SIM an", SIM),
    ("Das Modem wird in lsusb nicht angezeigt.", USB),
    ("lsusb zeigt das Modem nicht an", USB),
    ("Der Stick taucht in lsusb gar nicht auf.", USB),
    ("ModemManager erkennt das Modem nicht", MM),
    ("Das Modul bucht sich nicht ins Netz ein.", REG),
    ("das LTE-Modul registriert sich nicht im Netz", REG),
    ("Es ist verbunden, aber ich bekomme keine IP-Adresse.", NO_IP),
    ("Ich habe eine IP-Adresse, aber kein Internet.", NO_NET),
    ("usb_modeswitch ist nicht installiert", SWITCH),
    ("Mein Huawei E3372 wird nicht erkannt.", STICK),
    ("Das Modem funktioniert nicht.", FAILS),
    ("die sim-karte wird nicht erkannt", SIM),
    ("Die SIM Karte wird NICHT ERKANNT", SIM),
    # --- Spanish ---
    ("La tarjeta SIM no se detecta.", SIM),
    ("el módem no reconoce la SIM", SIM),
    ("el modem no reconoce la tarjeta SIM", SIM),
    ("La página de estado dice que no hay SIM insertada.", SIM),
    ("El módem no aparece en lsusb.", USB),
    ("lsusb no muestra el dispositivo", USB),
    ("ModemManager no detecta el módem", MM),
    ("El módulo no se registra en la red.", REG),
    ("Está conectado pero no hay dirección IP.", NO_IP),
    ("usb_modeswitch no está instalado", SWITCH),
    # --- Portuguese ---
    ("O chip não é reconhecido pelo modem.", SIM),
    ("o modem nao detecta o cartao SIM", SIM),
    ("O cartão SIM não aparece no ModemManager.", SIM),
    ("O modem não aparece no lsusb.", USB),
    ("O módulo não se registra na rede.", REG),
    ("Conectado, mas não há endereço IP.", NO_IP),
    # --- French ---
    ("La carte SIM n'est pas détectée.", SIM),
    ("le modem ne reconnait pas la carte SIM", SIM),
    ("Le modem ne reconnaît plus la carte SIM depuis hier.", SIM),
    ("Le modem n'apparaît pas dans lsusb.", USB),
    ("lsusb n'affiche rien", USB),
    ("ModemManager ne détecte pas le modem", MM),
    ("Le module ne s'enregistre pas sur le réseau.", REG),
    ("Il est connecté mais pas d'adresse IP.", NO_IP),
    # --- Italian ---
    ("La SIM non viene rilevata.", SIM),
    ("Il modem non riconosce la scheda SIM", SIM),
    ("La chiavetta non compare in lsusb.", USB),
    ("ModemManager non vede il modem", MM),
    ("Il modulo non si registra alla rete.", REG),
    ("Risulta connesso ma nessun indirizzo IP.", NO_IP),
    # --- Russian ---
    ("Модем не видит сим-карту.", SIM),
    ("SIM-карта не определяется.", SIM),
    ("Сим-карта не определяется модемом", SIM),
    ("Модем пишет, что нет SIM-карты вставленной", SIM),
    ("Модем не отображается в lsusb.", USB),
    ("ModemManager не видит модем", MM),
    ("Модем не регистрируется в сети.", REG),
    ("Подключается, но нет IP-адреса.", NO_IP),
    ("usb_modeswitch не установлен", SWITCH),
    # --- Polish ---
    ("Modem nie wykrywa karty SIM.", SIM),
    ("Karta SIM nie jest wykrywana.", SIM),
    ("Modem nie pojawia się w lsusb.", USB),
    ("ModemManager nie widzi modemu", MM),
    ("Modem nie rejestruje się w sieci.", REG),
    ("Jest połączony, ale brak adresu IP.", NO_IP),
    ("Polaczony, ale brak adresu IP", NO_IP),
    # --- Dutch (a row added after the first seven: no code) ---
    ("De simkaart wordt niet herkend.", SIM),
    ("Het modem herkent de simkaart niet.", SIM),
    ("Het modem verschijnt niet in lsusb.", USB),
    ("De module registreert zich niet op het netwerk.", REG),
    ("Verbonden, maar geen IP-adres.", NO_IP),
    # --- Ukrainian ---
    ("Модем не бачить сім-карту.", SIM),
    ("Сім-карта не визначається.", SIM),
    ("Модем не відображається в lsusb.", USB),
    ("Модем не реєструється в мережі.", REG),
    # --- the FCC lock named; the firmware changed, then a failure (every language) ---
    ("Das Problem ist die FCC-Sperre des Modems.", FCC),
    ("El desbloqueo FCC no funciona en mi portátil.", FCC),
    ("Le problème vient du verrouillage FCC du modem.", FCC),
    ("Проблема в FCC-блокировке модема.", FCC),
    ("Seit dem Firmware-Update wird das Modem nicht mehr erkannt.", FW),
    ("Después de actualizar el firmware el módem no funciona.", FW),
    ("Depois de atualizar o firmware o modem não aparece no lsusb.", FW),
    ("Après la mise à jour du firmware, le modem ne fonctionne plus.", FW),
    ("Dopo aver aggiornato il firmware il modem non funziona.", FW),
    ("После обновления прошивки модем не определяется.", FW),
    ("Po aktualizacji firmware modem nie działa.", FW),
    ("Après avoir installé le nouveau firmware, le modem ne fonctionne plus.", FW),
    ("Dopo aver installato il nuovo firmware il modem non funziona.", FW),
    # --- the stick shows as a drive instead of a modem (storage mode) ---
    # tests/real_cases/spent/sony-ericsson-md300-claro-ubuntu-mounts-as-pen-drive-never-as-modem (real)
    ("o MD300, ao ser plugado no usb com o Ubuntu é montado como pen drive e não como modem", STORAGE),
    ("Der Stick wird nur als CD-ROM erkannt.", STORAGE),
    ("El módem lo reconoce como un CD-ROM y nada más.", STORAGE),
    ("Il modem viene riconosciuto come memoria di massa.", STORAGE),
    ("La clé 3G est reconnue comme un lecteur CD.", STORAGE),
    # the active verbs of seeing/detecting (WRITTEN, stop 28)
    ("Al enchufarlo, Ubuntu lo ve como un lector de CD.", STORAGE),
    ("El sistema lo detecta como un dispositivo de almacenamiento.", STORAGE),
    ("Il sistema la vede come una chiavetta.", STORAGE),
    ("O Linux detecta o modem como um pen drive.", STORAGE),
    ("Le système la voit comme une clé USB.", STORAGE),
    # the SIM at its PIN/PUK in French, Italian, Portuguese (written, stop 29)
    ("La clé demande le code PUK au démarrage.", LOCKED),
    ("Ma carte SIM est bloquée.", LOCKED),
    ("Il modem chiede il codice PIN ogni volta.", LOCKED),
    ("La scheda è bloccata dopo tre tentativi.", LOCKED),
    ("O modem pede o PUK.", LOCKED),
    ("O chip ficou bloqueado.", LOCKED),
    # no signal or network in Spanish (tengo), French, Italian, Portuguese (written, stop 29)
    ("No tengo señal en casa con el módem.", REG),
    ("La clé n'a aucun signal.", REG),
    ("Le modem ne capte aucun réseau.", REG),
    ("Sempre senza segnale, anche all'aperto.", REG),
    ("Il modem non aggancia la rete.", REG),
    ("Fica sem sinal.", REG),
    ("O modem não pega sinal.", REG),
]

NOT_READ = [
    # a contrast whose second part names no missing thing, or names it elsewhere
    ("Das Modem erkennt die SIM-Karte, aber nicht sofort.", SIM),
    ("Windows erkennt das Modem, nicht aber Linux.", FAILS),
    ("lsusb zeigt das Modem, aber nicht im Handy.", USB),
    ("Vielleicht erkennt lsusb den Speicher, nicht aber das Modem.", USB),
    # the thing is seen
    ("Die SIM-Karte wird erkannt und das Modem verbindet sich.", SIM),
    ("La tarjeta SIM se detecta sin problemas.", SIM),
    ("Модем видит сим-карту.", SIM),
    ("Modem wykrywa kartę SIM.", SIM),
    ("Le modem est bien détecté dans lsusb.", USB),
    # a condition, a question, a doubt, the past, a denial
    ("Wenn die SIM-Karte nicht erkannt wird, bitte neu einlegen.", SIM),
    ("Ich weiß nicht, ob die SIM-Karte erkannt wird.", SIM),
    ("Vielleicht wird die SIM-Karte nicht erkannt.", SIM),
    ("Vorher wurde die SIM-Karte nicht erkannt, jetzt geht es.", SIM),
    ("Wird die SIM-Karte nicht erkannt?", SIM),
    ("Si la tarjeta SIM no se detecta, reiníciala.", SIM),
    ("¿No se detecta la tarjeta SIM?", SIM),
    ("No sé si el módem detecta la SIM.", SIM),
    ("Se o chip não é reconhecido, reinicie o modem.", SIM),
    ("Si la carte SIM n'est pas détectée, redémarrez.", SIM),
    ("Se la SIM non viene rilevata, riavvia il modem.", SIM),
    ("Если сим-карта не определяется, перезагрузите модем.", SIM),
    ("Не знаю, определяется ли сим-карта.", SIM),
    ("Jeśli karta SIM nie jest wykrywana, zrestartuj modem.", SIM),
    ("Nie wiem, czy modem wykrywa kartę SIM.", SIM),
    ("Es ist nicht so, dass die SIM-Karte nicht erkannt wird.", SIM),
    ("Als de simkaart niet herkend wordt, herstart het modem.", SIM),
    ("Misschien wordt de simkaart niet herkend.", SIM),
    ("Якщо сім-карта не визначається, перезавантажте модем.", SIM),
    ("Сім-карта не визначається в телефоні.", SIM),
    ("Ik heb geen simkaart geplaatst.", SIM),
    # fixed
    ("Die SIM-Karte wurde nicht erkannt, das Problem ist jetzt gelöst.", SIM),
    ("La SIM no se detectaba, ya está solucionado.", SIM),
    # another device: the SIM in a phone, wifi, bluetooth
    ("Die SIM-Karte wird im Handy nicht erkannt.", SIM),
    ("La tarjeta SIM no se detecta en el teléfono.", SIM),
    ("Сим-карта не определяется в телефоне.", SIM),
    ("Das WLAN-Modul wird nicht erkannt.", USB),
    ("Bluetooth wird in lsusb nicht angezeigt.", USB),
    ("La tarjeta wifi no aparece en lsusb.", USB),
    ("Le Bluetooth n'est pas détecté.", SIM),
    # the person's own doing
    ("Ich habe keine SIM-Karte eingelegt.", SIM),
    ("No tengo tarjeta SIM insertada todavía.", SIM),
    ("Je n'ai pas de carte SIM insérée.", SIM),
    ("Nie mam włożonej karty SIM.", SIM),
    # other objects
    ("lsusb zeigt keine Fehler an.", USB),
    ("dmesg no muestra errores.", USB),
    ("Das Modem ist verbunden und hat eine IP-Adresse.", NO_IP),
    ("Il modem è collegato e ha un indirizzo IP.", NO_IP),
    # English sentences are the English grammar's alone: Spanish "no" and Italian "non" find no verb of theirs
    ("no SIM card inserted because I took it out", SIM),
    ("There is no modem problem, lsusb lists it.", USB),
    ("The non-removable SIM is detected.", SIM),
    ("The FCC unlock worked and the modem connects.", FCC),
    # the FCC lock lifted; the host's own image flashed; the firmware fine
    ("Die FCC-Sperre habe ich aufgehoben, jetzt geht es.", FCC),
    ("Nach dem Flashen von OpenWrt funktioniert das Modem nicht.", FW),
    ("Die Firmware ist aktuell und das Modem funktioniert.", FW),
    ("Después de actualizar el firmware todo funciona.", FW),
    # the installed firmware named, the noun the last part of a compound: no change
    ("Le modem-firmware installé est le firmware d'origine et le modem ne fonctionne pas.", FW),
    ("Con il modem-firmware installato, cioè il firmware originale, il modem non funziona.", FW),
    # the modem seen as a modem
    ("Das Modem wird als Modem erkannt, nicht als CD-ROM.", STORAGE),
    ("O modem é reconhecido como modem.", STORAGE),
    ("El sistema lo ve como un módem.", STORAGE),
    ("Linux lo detecta como modem USB y no como disco.", STORAGE),
    ("Il modem viene riconosciuto come modem e non come chiavetta.", STORAGE),
    # the SIM not at its PIN: denied, or the PIN switched off by the person
    ("La clé ne demande pas le code PUK.", LOCKED),
    ("La carte SIM n'est pas bloquée.", LOCKED),
    ("Il modem non chiede il PIN.", LOCKED),
    ("O modem não pede o PIN.", LOCKED),
    ("O chip não está bloqueado.", LOCKED),
    ("O modem funciona sem problemas de sinal.", REG),
    ("Nessun problema di segnale, solo niente IP.", REG),
    ("La SIM est utilisable sans code PIN, rien ne demande le PIN.", LOCKED),
    ("Ho disattivato il PIN, il modem chiede il PIN solo su Windows.", LOCKED),
]


@pytest.mark.parametrize("sentence, fact", READ, ids=pair_ids(READ))
def test_a_written_paraphrase_gives_its_fact(sentence, fact):
    assert fact in stated(sentence)


@pytest.mark.parametrize("sentence, fact", NOT_READ, ids=pair_ids(NOT_READ))
def test_a_look_alike_does_not_give_the_fact(sentence, fact):
    assert fact not in stated(sentence)


def test_every_role_of_every_language_is_a_list_of_words():
    """A row's role written as a bare string (a tuple's missing comma) would be read letter by letter."""
    for name, lang in LANGUAGES.items():
        for role, words in vars(lang).items():
            if isinstance(words, int):
                continue
            assert isinstance(words, tuple) and all(isinstance(w, str) and w for w in words), (name, role)


def test_folding_keeps_the_positions():
    for text in ("não é reconhecido", "Сим-карта ёлка", "wykrył żadnej", "n\u2019apparaît", "Straße"):
        assert len(prose_foreign.fold(text)) == len(text)
    assert prose_foreign.fold("não é détectée ł") == "nao e detectee l"

