"""The common states of a modem as posts in other languages than English tell them: German, Spanish, Portuguese, Italian,
French, Dutch, Polish, Czech, Russian, Ukrainian, Turkish, Chinese, Japanese and Indonesian.

One table: a stated fact (the English rows' facts of :mod:`model.prose_states`) -> the language's code -> the pattern written
in it. A new phrasing is one alternative added to one pattern, a new language one more key; no code. The clause grammar
(:mod:`model.prose_foreign`, words of :mod:`model.prose_languages`) already reads the shapes "X is not seen", "there is
no X" and "does not register" in the languages written with spaces; these rows are the states it has no verb for: the
SIM asking for its PIN or not inserted, the radio held off (flight mode), no signal, no IP address, the modem restarting,
hanging or crashing, the connection dropping again and again, the driver missing from the kernel, the FCC lock, the stick
seen only as storage or usb_modeswitch failing, a connection up with nothing going through, the serial ports or the control
node never made, the device working on Windows or another computer. Where a language puts the parts of a statement in any
order, a row is made from a tuple of word lists, one per part, matched in any order in one sentence (:data:`DROPS`,
:data:`CRASHES`, :data:`PIN_SET`), or from a negation and what it negates at most a few words apart (:data:`NEGATIONS`,
``_negated_near``).
Chinese and Japanese ("zh", "ja") are taken back by their conditions and questions (:data:`model.prose_states.CJK_HEDGE`),
the languages of no table row (Czech, Turkish: the negation is part of their verbs) by :data:`NO_TABLE_HEDGES`, the
others by their rows of the clause grammar's table; every row by the trouble told over or another device named
(:func:`taken_back`).

Each pattern says the state is so now: what was ended ("退出飞行模式后", "salí del modo avión"), denied ("nicht im
Flugmodus", "не в режиме полёта") or the person's own choice ("PIN deaktiviert") is left to ``UNLESS``.
"""
from __future__ import annotations

import itertools
from typing import Dict, Tuple

from wwandoctor.model.prose_languages import LANGUAGES

# a storage device in Dutch: "cd-station", "cd-rom-speler", "usb-stick", "massaopslag"
_NL_STORAGE = r"(?:cd(?:-?rom)?(?:-?station|-?speler|-?drive)?|usb-?stick|usb-?schijf|opslag\w*|massaopslag\w*|schijf)\b"

# the connection lost again and again (said:drops-periodically), in each language written with spaces: (the connection,
# its dropping, how often), the last two in either order ("die Verbindung bricht alle paar Minuten ab", "la conexión se
# cae cada cinco minutos", "připojení každých pár minut spadne")
DROPS: Dict[str, Tuple[str, str, str]] = {
    "de": (r"(?:Internet|LTE-|Daten|Mobilfunk|UMTS-)?Verbindung\w*|Internet|Netz",
           r"bricht|reißt|reisst|fällt|faellt|getrennt|trennt|unterbrochen|abbricht|weg|verliert",
           r"alle\s+(?:paar\s+|\d+\s+|\w+\s+)?(?:Sekunden|Minuten|Stunden|min)|ständig|staendig|dauernd|andauernd|immer\s+wieder|"
           r"regelmäßig|regelmaessig|mehrmals\s+(?:am\s+Tag|pro\s+Stunde|täglich)|stündlich"),
    "es": (r"conexi[oó]n|internet|enlace",
           r"se\s+(?:cae|corta|desconecta|pierde|va)|desconecta\w*|pierde\s+(?:la\s+)?conexi[oó]n",
           r"cada\s+(?:\w+\s+)?(?:segundos?|minutos?|horas?|rato)|constantemente|continuamente|a\s+cada\s+rato|todo\s+el\s+(?:rato|tiempo)|"
           r"repetidamente|una\s+y\s+otra\s+vez|cada\s+dos\s+por\s+tres"),
    "pt": (r"conex[aã]o|internet|liga[cç][aã]o",
           r"cai|caindo|desconecta\w*|perde\s+(?:a\s+)?conex[aã]o|derruba\w*",
           r"a\s+cada\s+(?:\w+\s+)?(?:segundos?|minutos?|horas?)|constantemente|toda\s+hora|o\s+tempo\s+todo|repetidamente|"
           r"v[aá]rias\s+vezes"),
    "it": (r"connessione|internet|collegamento",
           r"cade|si\s+disconnette|si\s+interrompe|si\s+stacca|perde\s+la\s+connessione|salta",
           r"ogni\s+(?:\w+\s+)?(?:secondi|minuti|ore|minuto|(?:mezz')?ora)|continuamente|costantemente|di\s+continuo|ripetutamente|"
           r"in\s+continuazione"),
    "fr": (r"connexion|internet|liaison",
           r"(?:se\s+)?coupe|coupée|d[eé]connect\w*|tombe|saute|perd\s+la\s+connexion",
           r"toutes\s+les\s+(?:\w+\s+)?(?:secondes|minutes|heures)|sans\s+arr[eê]t|constamment|r[eé]guli[eè]rement|tout\s+le\s+temps|"
           r"plusieurs\s+fois\s+par\s+(?:heure|jour)"),
    "nl": (r"verbinding|internet",
           r"valt|verbroken|wegvalt|verbreekt",
           r"om\s+de\s+(?:paar\s+|\d+\s+|\w+\s+)?(?:seconden|minuten|uur)|steeds|telkens|voortdurend|regelmatig|constant|"
           r"elke\s+(?:\w+\s+)?(?:minuut|minuten|uur)"),
    "pl": (r"po[lł][aą]czeni\w*|internet\w*",
           r"zrywa|zerwane|roz[lł][aą]cza|pada|spada|przerywa|traci",
           r"co\s+(?:kilka\s+|par[eę]\s+|\d+\s+|\w+\s+)?(?:sekund\w*|minut\w*|godzin\w*)|ci[aą]gle|stale|regularnie|non\s+stop"),
    "cs": (r"p[rř]ipojen[ií]|spojen[ií]|internet",
           r"spadne|pad[aá]|vypad[aá]v[aá]|vypadne|odpojuje|odpoj[ií]|p[rř]eru[sš][ií]",
           r"ka[zž]d\w*\s+(?:p[aá]r\s+|\d+\s+|\w+\s+)?(?:sekund\w*|minut\w*|(?:p[uů]l)?hodin\w*)|neust[aá]le|po[rř][aá]d|opakovan[eě]|"
           r"pravideln[eě]"),
    "ru": (r"соединени\w*|связь|интернет\w*|подключени\w*|сесси\w*",
           r"рв[её]тся|разрыва\w*|обрыва\w*|отвалива\w*|пада\w*|пропада\w*|отключа\w*",
           r"каждые\s+(?:\w+\s+)?(?:секунд\w*|минут\w*|час\w*)|постоянно|периодически|регулярно|вс[её]\s+время|то\s+и\s+дело|"
           r"раз\s+в\s+(?:\w+\s+)?(?:минут\w*|(?:пол)?час\w*)"),
    "uk": (r"з'єднанн\w*|зв'язок|інтернет\w*|підключенн\w*",
           r"розрива\w*|обрива\w*|відвалю\w*|пропада\w*|зника\w*|пада\w*",
           r"кожні\s+(?:\w+\s+)?(?:секунд\w*|хвилин\w*|годин\w*)|постійно|періодично|регулярно|весь\s+час|"
           r"раз\s+на\s+(?:\w+\s+)?(?:хвилин\w*|годин\w*|пів\s*години)"),
    "sk": (r"pripojeni\w*|spojeni\w*|internet",
           r"spadne|pad[aá]|vypad[aá]v[aá]|vypadne|odpája|odpoj[ií]|preru[sš]\w*",
           r"ka[zž]d\w*\s+(?:p[aá]r\s+|\d+\s+|\w+\s+)?(?:sek[uú]nd\w*|min[uú]t\w*|hod[ií]n\w*)|neust[aá]le|st[aá]le|opakovane|pravidelne"),
    "fi": (r"yhteys|yhteyden|netti|nettiyhteys|internet\w*",
           r"katkea\w*|katkeil\w*|katkaisee|katkesi|p[aä]tkii|p[aä]tkii|putoaa|tippuu|menee\s+poikki",
           r"(?:muutaman|parin|\d+|\w+)\s+(?:minuutin|sekunnin|tunnin)\s+v[aä]lein|jatkuvasti|toistuvasti|s[aä][aä]nn[oö]llisesti|"
           r"koko\s+ajan|v[aä]h[aä]n\s+v[aä]li[aä]|tuon\s+t[aä]st[aä]"),
    "tr": (r"ba[gğ]lant[ıi]\w*|internet",
           r"kop\w*|d[uü][sş]\w*|kesil\w*",
           r"(?:birkaç|yar[ıi]m|\d+)\s+(?:dakikada|saniyede|saatte)\s+bir|s[uü]rekli|s[ıi]k\s+s[ıi]k|devaml[ıi]|ara\s+ara"),
}

# the SIM with its PIN set (said:sim-locked), in each language written with spaces: (the SIM, the PIN, set or on), in any
# order ("la SIM tiene el PIN activado", "на симке стоит PIN", "SIM karta má zapnutý PIN")
PIN_SET: Dict[str, Tuple[str, str, str]] = {
    "de": (r"SIM\w*|Karte|Simkarte", r"PIN", r"aktiv\w*|gesetzt|eingeschaltet|eingerichtet|gesperrt"),
    "es": (r"SIM|tarjeta|chip", r"PIN", r"activad[oa]|habilitad[oa]|puesto"),
    "pt": (r"SIM|chip|cart[aã]o", r"PIN", r"ativad[oa]|habilitad[oa]|est[aá]\s+com|tem"),
    "it": (r"SIM|scheda", r"PIN", r"attiv[oa]|attivat[oa]|abilitat[oa]|impostat[oa]"),
    "fr": (r"SIM|carte", r"PIN", r"activ[eé]e?|prot[eé]g[eé]e?"),
    "nl": (r"sim\w*", r"PIN|pincode", r"actief|ingeschakeld|heeft\s+(?:nog\s+)?een"),
    "pl": (r"SIM|kart\w*", r"PIN\w*", r"w[lł][aą]czon\w*|aktywn\w*|ustawion\w*"),
    "cs": (r"SIM", r"PIN", r"zapnut\w*|aktivn\w*|nastaven\w*"),
    "ru": (r"сим\w*|SIM", r"PIN|пин\w*", r"стоит|включ\w*|установлен\w*|активн\w*"),
    "uk": (r"сім\w*|SIM", r"PIN|пін\w*", r"стоїть|увімкнен\w*|встановлен\w*|активн\w*"),
    "tr": (r"SIM", r"PIN", r"aç[ıi]k|aktif|etkin"),
    "sk": (r"SIM", r"PIN", r"zapnut\w*|akt[ií]vn\w*|nastaven\w*"),
    "fi": (r"SIM[\w-]*", r"PIN[\w-]*", r"p[aä][aä]ll[aä]|k[aä]yt[oö]ss[aä]|asetettu"),
}
# what takes a PIN set back: it is off or absent
_PIN_OFF = (r"\bnicht\s+(?:\w+\s+)?(?:aktiv|gesetzt)|\bno\s+(?:tiene|tengo|hay)|\bn[aã]o\s+(?:tem|h[aá])|\bnon\s+(?:ha|c'[eè])|\bn'a\s+pas|"
            r"\bgeen\s+pin|\bnie\s+ma\b|\bnem[aá]\b|\bнет\s+(?:PIN|пин)|\bнема[єе]?\s+(?:PIN|пін)|PIN\s+(?:kodu\s+)?(?:yok|kapal)|"
            r"\bwy[lł][aą]czon\w*\s+PIN|\bvypnut\w*\s+PIN|\bвыключен\w*\s+PIN|\bвимкнен\w*\s+PIN")

# the interface left without an address, as each language says "without" ("se queda sin dirección IP", "reste sans adresse
# IP", "остаётся без IP-адреса", "IP'siz")
_WITHOUT_IP: Dict[str, str] = {
    "de": r"\bohne\s+(?:eine\s+)?IP(?:-?Adresse)?\b|\bhat\s+keine\s+IP(?:v4)?(?:-?Adresse)?\b|\bIP(?:-?Adresse)?\s+(?:bekommt|bekommen|erhält|kriegt|bezieht)\s+(?:\w+\s+){0,3}?"
          r"(?:nie|niemals)\b",
    "es": r"\bsin\s+(?:una\s+)?(?:direcci[oó]n\s+)?IP\b",
    "pt": r"\bsem\s+(?:um\s+)?(?:endere[cç]o\s+)?IP\b",
    "it": r"\bsenza\s+(?:un\s+)?(?:indirizzo\s+)?IP\b",
    "fr": r"\bsans\s+(?:une\s+|d')?(?:adresse\s+)?IP\b",
    "nl": r"\bzonder\s+(?:een\s+)?IP(?:-adres)?\b",
    "pl": r"\bbez\s+(?:adresu\s+)?IP\b",
    "cs": r"\bbez\s+(?:IP\s+adresy|adresy\s+IP|IP)\b",
    "ru": r"\bбез\s+IP\w*|\bбез\s+(?:\w+\s+)?адрес\w*",
    "uk": r"\bбез\s+IP\w*|\bбез\s+(?:\w+\s+)?адрес\w*",
    "tr": r"\bIP(?:\s+adres\w*)?'?siz\b",
}

# not after the word that negates what follows in Spanish, Portuguese, Italian or French ("y no como disco",
# "e non come chiavetta"): the rows' languages share their verbs, so each row takes all four
_NOT_NEGATED = r"(?<!\bno )(?<!\bnão )(?<!\bnon )(?<!\bpas )"
# a storage device in German: "CD-Laufwerk", "Massenspeicher", "Wechseldatenträger"
_DE_STORAGE = (r"(?:CD(?:-?ROM)?(?:-Laufwerk)?|USB-Stick|Massenspeicher\w*|Speicherstick|(?:Wechsel)?[Dd]atenträger|Wechselmedium|"
               r"Laufwerk)\b")

# the stick seen as a storage device ("montado como pen drive", "wird als CD-ROM erkannt", "reconnu comme un lecteur CD"),
# not as a storage device besides the modem ("als Massenspeicher und als Modem")
SEEN_AS_STORAGE: Dict[str, str] = {
    "pt": r"\b(?:montad[oa]|monta|reconhecid[oa]|reconhece|detectad[oa]|detecta|identificad[oa]|identifica|aparecer?|vist[oa]|vê|enxerga|"
          r"mostra)\b[^.!?]{0,30}?" + _NOT_NEGATED + r"\bcomo\s+(?:um\s+|uma\s+)?"
          r"(?:pen[ -]?drive|cd(?:-?rom)?|dispositivo de armazenamento|armazenamento em massa|unidade de cd|leitor de cd|disco|"
          r"(?:usb|mass)[- ]?storage)\b",
    "es": r"\b(?:montad[oa]|monta|montar\w*|reconocid[oa]|reconoce|detectad[oa]|detecta|identificad[oa]|identifica|aparecer?|vist[oa]|ve|"
          r"muestra)\b[^.!?]{0,30}?" + _NOT_NEGATED + r"\bcomo\s+(?:si\s+fuera\s+)?(?:un\s+|una\s+)?"
          r"(?:pen[ -]?drive|cd(?:-?rom)?|unidad de cd|lector de cd|memoria usb|almacenamiento masivo|dispositivo de almacenamiento|"
          r"disco|(?:usb|mass)[- ]?storage)\b",
    "it": r"\b(?:montat[oa]|monta|riconosciut[oa]|riconosce|rilevat[oa]|rileva|identificat[oa]|identifica|vist[oa]|vede|appare|(?:ri)?presenta|"
          r"mostra|funziona)\b[^.!?]{0,30}?" + _NOT_NEGATED + r"\bcome\s+(?:un\s+|una\s+)?"
          r"(?:chiavetta|pen ?drive|cd(?:-?rom)?|memoria di massa|unità cd|lettore(?: di)? cd(?:-?rom)?|disco)\b",
    "de": r"\b(?:als|wie)\s+(?:ein(?:e|en)?\s+)?" + _DE_STORAGE + r"\s+(?:\w+\s+){0,2}?(?:erkannt|eingebunden|gemountet|angezeigt)\b|"
          r"\b(?:meldet\s+sich|erscheint|zeigt\s+sich|taucht|erkannt|eingebunden|gemountet)\b[^.!?]{0,50}?(?<!\bnicht )\bals\s+"
          r"(?:ein(?:e|en)?\s+)?" + _DE_STORAGE + r"(?!\s+und\s+(?:als\s+)?(?:\w+\s+)?Modem)",
    "fr": r"\b(?:monté|reconnu|détecté|détecte|identifié|identifie|vu|voit|apparaît)e?\b[^.!?]{0,30}?" + _NOT_NEGATED +
          r"\bcomme\s+(?:un\s+|une\s+)?"
          r"(?:lecteur(?: de)? cd(?:-?rom)?|cd(?:-?rom)?|clé usb|stockage de masse|disque)\b|"
          # ... or becoming one again: "la clé redevient un lecteur CD"
          r"\b(?:re)?devient\s+(?:\w+\s+){0,2}?(?:un\s+|une\s+)?(?:lecteur(?: de)? cd(?:-?rom)?|cd(?:-?rom)?|clé usb|stockage de masse|disque)\b",
}

# the stick left in its storage mode, as each language says it ("blijft in opslagmodus", "остаётся в режиме накопителя", "se
# queda en modo almacenamiento", "bleibt der Stick im Speichermodus"; not a negated stay: "no se queda", "bleibt nicht"), or seen
# only as storage with no modem ("nur ein CD-ROM ..., kein Modem")
STORAGE_MODE_STUCK: Dict[str, str] = {
    "de": r"\bnur\s+(?:ein(?:e|en)?\s+)?(?:CD-?ROM|CD-Laufwerk|Laufwerk|Massenspeicher|USB-Stick|Datenträger)\b[^.!?]{0,60}?"
          r"\bkein(?:e|en)?\s+Modem\b|"
          r"\b(?<!nicht )(?:bleibt|verbleibt|verharrt|hängt)\b(?![^.!?]{0,30}?\bnicht\b)[^.!?]{0,30}?\b(?:im|in\s+dem)\s+"
          r"(?:CD-?ROM-?|Massenspeicher-?|USB-Speicher-?|Speicher-?|Laufwerks?-?|Storage-?)Modus\b|"
          r"\b(?<!nicht )(?:bleibt|verbleibt)\b(?![^.!?]{0,30}?\bnicht\b)[^.!?]{0,30}?\bals\s+(?:ein(?:e|en)?\s+)?(?:CD(?:-?ROM)?(?:-Laufwerk)?|"
          r"Massenspeicher|Speicherstick|Laufwerk)\b",
    "nl": r"\b(?:blijft|staat|zit|hangt)\s+(?:(?!niet\b)\w+\s+){0,2}?in\s+(?:de\s+)?(?:opslag|cd(?:-?rom)?|massaopslag|storage)[\s-]?modus\b|"
          r"\bblijft\s+(?:(?!niet\b)\w+\s+)?(?:een\s+)?" + _NL_STORAGE,
    "pl": r"(?<!\bnie\s)\b(?:zostaje|pozostaje|jest|wisi|siedzi|utkn[aą][lł]\w*)\s+(?:\w+\s+){0,2}?w\s+trybie\s+(?:pami[eę]ci\s+masowej|"
          r"CD(?:-?ROM)?|dysku|storage|pendrive)",
    "cs": r"\b(?:z[uů]st[aá]v[aá]|z[uů]stal[oa]?|je|vis[ií])\s+(?:\w+\s+){0,2}?v\s+re[zž]imu\s+(?:[uú]lo[zž]i[sš]t[eě]|CD(?:-?ROM)?|"
          r"disku|flash\w*)",
    "ru": r"(?<!\bне\s)\b(?:оста[её]тся|висит|находится|застрял\w*|сидит)\s+(?:\w+\s+){0,2}?в\s+режиме\s+(?:накопител\w*|CD-?ROM|"
          r"флешк\w*|диска)",
    "uk": r"(?<!\bне\s)\b(?:залишається|висить|знаходиться|застряг\w*)\s+(?:\w+\s+){0,2}?(?:в|у)\s+режимі\s+(?:накопичувач\w*|"
          r"CD-?ROM|флешк\w*|диска)",
    "tr": r"\b(?:depolama|CD(?:-?ROM)?|disk|bellek)\s+modunda\s+(?:\w+\s+)?(?:kal[ıi]yor|kald[ıi]|tak[ıi]l[ıi])",
    "es": _NOT_NEGATED + r"\b(?:se\s+queda|queda|sigue|permanece)\s+(?:\w+\s+)?(?:como\s+(?:un\s+|una\s+)?(?:pen[ -]?drive|cd(?:-?rom)?|"
          r"unidad de cd|lector de cd|memoria usb|almacenamiento masivo|dispositivo de almacenamiento|disco)|en\s+(?:el\s+)?modo\s+"
          r"(?:de\s+)?(?:almacenamiento|cd(?:-?rom)?|disco|pen ?drive))\b",
    "pt": _NOT_NEGATED + r"\b(?:fica|continua|permanece)\s+(?:\w+\s+)?(?:como\s+(?:um\s+|uma\s+)?(?:pen[ -]?drive|cd(?:-?rom)?|"
          r"unidade de cd|leitor de cd|dispositivo de armazenamento|armazenamento em massa|disco)|(?:no|em)\s+modo\s+(?:de\s+)?"
          r"(?:armazenamento|cd(?:-?rom)?|disco|pen ?drive))\b",
    "it": _NOT_NEGATED + r"\b(?:rimane|resta)\s+(?:\w+\s+)?(?:come\s+(?:un\s+|una\s+)?(?:chiavetta|pen ?drive|cd(?:-?rom)?|"
          r"memoria di massa|unità cd|disco)|in\s+modalit[àa]\s+(?:di\s+)?(?:archiviazione|memoria di massa|cd(?:-?rom)?|"
          r"chiavetta|disco))\b",
    "fr": _NOT_NEGATED + r"(?<!\bne )\breste\s+(?:\w+\s+)?(?:en\s+mode\s+(?:de\s+)?(?:stockage|cd(?:-?rom)?|clé usb|disque)|"
          r"(?:vu\s+|vue\s+)?comme\s+(?:un\s+|une\s+)?(?:lecteur(?: de)? cd(?:-?rom)?|cd(?:-?rom)?|clé usb|stockage de masse|"
          r"disque)|(?:un\s+|une\s+)(?:lecteur(?: de)? cd(?:-?rom)?|clé usb|p[ée]riph[ée]rique\s+de\s+stockage|disque))\b",
}

# the PIN not asked for ("ne me demande même pas le code PIN", "non chiede il PIN", "nie prosi o PIN"): no lock told
_PIN_NOT_ASKED = (r"\bne\s+(?:me\s+)?(?:demande|r[eé]clame)\s+(?:m[eê]me\s+)?(?:pas|jamais|plus)|\bnon\s+(?:mi\s+)?(?:chiede|richiede)|"
                  r"\bn[aã]o\s+(?:me\s+)?(?:pede|solicita)|\bnem\s+(?:sequer\s+)?(?:me\s+)?pede|\bnie\s+(?:prosi|pyta|wymaga)|"
                  r"\bvraagt\s+(?:\w+\s+)?(?:niet|nooit)|\bnechce\b|\bnevy[zž]aduje\b|\bistemiyor|\bне\s+(?:просит|требует|просить|вимагає)|"
                  r"\bno\s+(?:me\s+|nos\s+|le\s+)?(?:pide|solicita|pregunta|requiere|exige)|\bni\s+(?:siquiera\s+)?(?:me\s+)?pide|"
                  r"\b(?:verlangt|will|fragt)\s+(?:\w+\s+)?(?:keine?n?|nicht|nie)\b|\bei\s+(?:\w+\s+)?(?:kysy|pyyd[aä]|vaadi|halua)|"
                  r"\bnep[yý]ta|\bne[zž]iada|\bне\s+(?:просить|питає|запитує|спрашивает|запрашивает)")

# the modem hangs or crashes (said:modem-crashes), in each language written with spaces: (the modem, a crash, a freeze,
# cutting its power or replugging it): a crash of the modem, or a freeze that only the power brings back ("das Modem
# hängt sich auf und nur ab- und anstecken hilft", "el módem se cuelga y solo se recupera desenchufándolo")
CRASHES: Dict[str, Tuple[str, str, str, str]] = {
    "de": (r"(?:Modem(?!-?\s?Manager)|Modul|Stick|Surfstick|WWAN-Karte)\w*",
           r"stürzt\s+(?:\w+\s+){0,3}?ab|abgestürzt\w*|crasht|gecrasht\w*",
           r"hängt\s+sich\s+(?:[\w-]+\s+){0,5}?auf|aufgehängt\w*|friert\s+(?:[\w-]+\s+){0,4}?ein|eingefroren\w*|"
           r"reagiert\s+(?:[\w-]+\s+){0,4}?nicht\s+mehr",
           r"Neustart|neu\s*(?:ge)?start\w*|Strom\w*|ab-?\s*und\s+(?:wieder\s+)?an\w*|abzieh\w*|aus-?\s*und\s+(?:wieder\s+)?ein\w*|"
           r"ausstecken|Power-?Cycle|Kaltstart|Reset|resetten"),
    "es": (r"m[oó]dem|m[oó]dulo|pincho|dongle",
           r"crashea",
           r"se\s+(?:cuelga|bloquea|congela|muere|tilda|queda\s+colgado)|deja\s+de\s+responder",
           r"desenchuf\w*|desconect\w*|reinici\w*|(?:la\s+)?(?:corriente|alimentaci[oó]n)|apag\w*\s+y\s+(?:volv\w*\s+a\s+)?encend\w*|sac\w*\s+y\s+"
           r"(?:volv\w*\s+a\s+)?(?:meter|poner|conectar)\w*|reconect\w*"),
    "pt": (r"modem|m[oó]dulo",
           r"crasha",
           r"trava|travou|travando|congela\w*|para\s+de\s+responder|fica\s+travado",
           r"deslig\w*\s+e\s+(?:voltar\s+a\s+)?lig\w*|tir\w*\s+d[aoe]\s+(?:tomada|USB|porta)|coloc\w*\s+de\s+novo|reinici\w*|desconect\w*\s+e\s+(?:re)?conect\w*|reconect\w*|"
           r"energia|alimenta[cç][aã]o"),
    "it": (r"modem|modulo|chiavetta",
           r"crasha",
           r"si\s+(?:blocca|pianta|impalla|congela)|non\s+risponde\s+pi[uù]",
           r"stacc\w*|riavvi\w*|alimentazione|spegn\w*\s+e\s+riaccend\w*|scollega\w*|ricollega\w*|riattacc\w*"),
    "fr": (r"mod[eè]m|module|cl[eé]\s+(?:3G|4G|USB)",
           r"plante|crashe",
           r"se\s+(?:fige|bloque|plante|g[eè]le)|fig[eé]e?|ne\s+r[eé]pond\s+plus",
           r"d[eé]branch\w*|rebranch\w*|red[eé]marr\w*|coupure\s+(?:de\s+)?(?:courant|l'alimentation)|couper\s+l'alimentation|"
           r"[eé]teindre\s+et\s+rallumer|alimentation"),
    "nl": (r"modem|module|stick",
           r"crasht|gecrasht",
           r"loopt\s+(?:\w+\s+){0,5}?vast|vastgelopen|bevriest|reageert\s+(?:\w+\s+){0,3}?(?:niet|nergens)\s+meer",
           r"uit-?\s*en\s+(?:weer\s+)?in\w*|stroom\w*|herstart\w*|opnieuw\s+opstarten|loskoppelen|power-?cycle"),
    "pl": (r"modem\w*|modu[lł]\w*",
           r"crashuje",
           r"(?:za|z)?wiesza\s+si[eę]|zawiesi[lł]\s+si[eę]|si[eę]\s+(?:za|z)?wiesza|przestaje\s+odpowiada[cć]",
           r"od[lł][aą]cz\w*|wyj[eę]ci\w*|restart\w*|zasilani\w*|reset\w*"),
    "cs": (r"modem\w*|modul\w*",
           r"crashuje",
           r"zamrz\w*|zasek[ná]\w*|p[rř]est[aá]v?[aá]?\w*\s+(?:odpov[ií]dat|reagovat)",
           r"odpoj\w*|nap[aá]jen[ií]|restart\w*|vyt[aá]hn\w*|p[rř]epoj\w*"),
    "ru": (r"модем\w*|модул\w*|свисток\w*",
           r"круш\w*|падает",
           r"завис\w*|подвиса\w*|переста[её]т\s+отвечать",
           r"передёрг\w*|передерг\w*|передёрн\w*|передерн\w*|питани\w*|перезагруз\w*|переподключ\w*|вытащ\w*|выдерн\w*"),
    "uk": (r"модем\w*|модул\w*",
           r"пада[єе]",
           r"зависа\w*|завис\w*|переста[єе]\s+відповідати",
           r"живленн\w*|перезавантаж\w*|перепідключ\w*|витяг\w*|висмик\w*"),
    "tr": (r"modem\w*|mod[uü]l\w*",
           r"ç[oö]k[uü]yor|ç[oö]kt[uü]",
           r"donuyor|donar|dondu|kilitleniyor|tak[ıi]l[ıi]yor|(?:yan[ıi]t|cevap)\s+vermiyor",
           r"ç[ıi]kar\w*|tak\w*|elektri\w*|g[uü][cç]\w*|yeniden\s+ba[sş]lat\w*|reset\w*"),
    # (the modem with an Indonesian word beside it: "hang", "restart" and "reset" are English too)
    "id": (r"modem(?:nya|\s+(?:saya|ini|itu))|modul(?:nya)?|donglenya",
           r"nge-?crash\w*",
           r"(?:nge-?)?hang\w*|macet|beku|tidak\s+(?:merespon|respon)\w*|mati\s+sendiri",
           r"dicabut|cabut|dicolok\w*|colok\w*|restart\w*|reboot\w*|reset\w*|dimatikan|matikan|dinyalakan\s+ulang"),
}


_GAP = r"[^.!?]{0,60}?"


def _in_any_order(*words: str) -> str:
    """Each of ``words`` (alternations), in any order, as whole words in one sentence: word order differs between
    languages and between sentences of one ("alle 20 Minuten ist das Internet weg", "das Internet ist alle 20 Minuten weg")."""
    return "|".join(_GAP.join(r"\b(?:%s)\b" % w for w in order) for order in itertools.permutations(words))


def _crash(modem: str, crash: str, freeze: str, power: str) -> str:
    """The modem crashing, or freezing with its power cut or its plug pulled later in the sentence; the modem named before
    the freeze or within it ("nach zwei Tagen reagiert das Modul nicht mehr", "hängt sich das Modem auf")."""
    freezes = r"(?:\b(?:%s)\b%s|(?=%s\b(?:%s)\b))\b(?:%s)" % (modem, _GAP, _GAP, modem, freeze)
    return r"%s|%s[^.!?]{0,80}?\b(?:%s)" % (_in_any_order(modem, crash), freezes, power)


# fact -> language -> pattern (searched case-insensitively in one sentence; accents written out where people drop them)
STATES: Dict[str, Dict[str, str]] = {
    # the SIM not inserted or not seen (the clause grammar reads "erkennt die SIM nicht" / "no detecta la SIM")
    "said:sim-not-detected": {
        "zh": r"(?:没有?|未)\s*插(?:入|上)?\s*(?:U?SIM|sim)\s*卡|(?:U?SIM|sim)\s*卡?\s*(?:没有?插|未插入?|没插上)|无\s*(?:U?SIM|sim)\s*卡|"
              r"提示\s*(?:请)?插入\s*(?:U?SIM|sim)\s*卡|(?:读|识别|检测|认)不到\s*(?:任何)?\s*(?:U?SIM|sim)",
        "ja": r"SIM(?:カード)?(?:が|を)?\s*(?:認識|検出|検知)(?:されない|されません|されていない|されていません|しない|しません|"
              r"できない|できません)|SIM(?:カード)?が\s*(?:挿入|挿さって|入って)(?:されて)?(?:いない|いません)|SIMカードなし|"
              r"SIM(?:カード)?が見つから(?:ない|ません)|SIM(?:カード)?(?:も|を)?\s*(?:読み取|読め|読ま)(?:ない|ません|れない|れません)",
        "ru": r"\b(?:сим|SIM)[\s-]?карт\w*\s+(?:\w+\s+)?не\s+(?:вставлен\w*|обнаружен\w*|найден\w*|распознан\w*)",
        "de": r"\bSIM(?:-?Karte)?\s+(?:ist\s+|wird\s+)?(?:\w+\s+){0,3}?nicht\s+(?:eingelegt|eingesteckt|gesteckt|erkannt|gefunden)\b",
        "es": r"\b(?:tarjeta\s+)?SIM\s+no\s+(?:est[aá]\s+)?(?:insertada|detectada|reconocida|encontrada)\b",
        "it": r"\bSIM\s+(?:\w+\s+)?non\s+(?:è\s+|e'\s+|risulta\s+|viene\s+)?(?:inserita|rilevata|riconosciuta|presente|letta)\b",
        "cs": r"\b(?:nevid[ií]|nedetekuje|nerozpozn[aá]|nena[cč][ií]t[aá]|nenajde|nenach[aá]z[ií])\s+(?:\w+\s+)?SIM|"
              r"\bSIM(?:[\s-]?kart[ay])?\s+(?:\w+\s+)?nen[ií]\s+(?:vlo[zž]en[aá]|detekov[aá]n[aá]|rozpozn[aá]n[aá]|vid[eě]t)\b|"
              r"\bSIM(?:[\s-]?kart[ay])?\s+(?:se\s+)?(?:nedetekuje|nerozpozn[aá]|nena[cč]te|nezobraz[ií])|"
              r"\bnen[ií]\s+(?:vlo[zž]en[aá]|detekov[aá]n[aá]|rozpozn[aá]n[aá])\s+(?:\w+\s+)?SIM",
        "tr": r"\bSIM(?:\s+kart\w*)?\s+(?:\w+\s+)?(?:alg[ıi]lanm[ıi]yor|alg[ıi]lam[ıi]yor|g[oö]r[uü]nm[uü]yor|g[oö]rm[uü]yor|"
              r"tan[ıi]nm[ıi]yor|tan[ıi]m[ıi]yor|okunmuyor|okum[uı]yor)\b|\bSIM(?:\s+kart\w*)?\s+tak[ıi]l[ıi]\s+de[gğ]il\b",
    },
    # the SIM held at its PIN or PUK
    "said:sim-locked": {
        "ja": r"PIN(?:コード)?(?:を|が)\s*(?:要求|必要|求められ)|PINロック|PUK(?:コード)?(?:を|が)?\s*(?:要求|必要|求められ)|"
              r"SIM(?:カード)?が\s*ロックされ|SIM(?:カード)?[^。！？]{0,6}?PIN(?:コード)?(?:が|を)\s*(?:設定|有効)",
        "de": r"\b(?:verlangt|fragt\s+(?:(?!nicht\b|nie\b|niemals\b|kein)\w+\s+){0,4}?nach|fordert|will|braucht|erwartet|wartet\s+(?:\w+\s+){0,4}?auf)\s+(?:\w+\s+)?(?:die\s+|eine\s+|den\s+|der\s+)?"
              r"(?:SIM-?)?(?:PIN|PUK)\b|\b(?:SIM(?:-?Karte)?|Karte)\s+(?:ist\s+)?(?:\w+\s+)?(?:PIN-?)?gesperrt\b|"
              r"\bPUK\s+(?:wird\s+)?(?:verlangt|erforderlich|benötigt|nötig)\b|"
              r"\b(?:die\s+|eine\s+|den\s+)?(?:SIM-?)?(?:PIN|PUK)\s+(?:\w+\s+)?(?:braucht|verlangt|will|erwartet|benötigt)\b",
        "es": r"\b(?:pide|solicita|pregunta\s+por|requiere|exige|espera)\s+(?:\w+\s+)?(?:el\s+)?(?:c[oó]digo\s+)?(?:PIN|PUK)\b|"
              r"\b(?:SIM|tarjeta)\s+(?:\w+\s+)?(?:est[aá]\s+)?bloquead[ao]\b(?!\s+(?:a|para|por\s+(?:el\s+)?operador)\b)",
        "ru": r"\b(?:просит|требует|запрашивает|спрашивает|ждёт|ждет)\s+(?:\w+\s+)?(?:PIN|PUK|пин|пак)\w*|"
              r"\b(?:сим|SIM)[\s-]?карт\w*\s+(?:\w+\s+)?заблокирован\w*",
        # "la clé me demande le code PUK", "la carte SIM est bloquée" (a negation "n'est pas bloquée" has no verb here)
        "fr": r"(?<!\bne\s)(?<!\bne\sme\s)(?<!\bn'y\s)\b(?:demande|exige|réclame|reclame|attend|veut|requiert)\s+"
              r"(?:(?!pas\b|plus\b|jamais\b|m[eê]me\b)\w+\s+){0,2}?(?:le\s+|un\s+|son\s+)?(?:code\s+)?"
              r"(?:PIN|PUK)\b|\b(?:carte\s+SIM|SIM|puce)\s+(?:est\s+|a\s+été\s+|s'est\s+)?(?:\w+\s+)?bloqu[ée]e?s?\b"
              r"(?!\s+(?:par|sur|pour)\s+(?:l'|le\s+)?op[ée]rateur)",
        # "il modem chiede il codice PUK", "la SIM è bloccata" (not "non è bloccata")
        "it": r"(?<!\bnon\s)(?<!\bnon\smi\s)\b(?:chiede|chiedere|richiede|vuole|aspetta|pretende|domanda)\s+(?:(?!nemmeno\b|neanche\b|neppure\b|mai\b)\w+\s+)?(?:il\s+|un\s+)?(?:codice\s+)?(?:PIN|PUK)\b|"
              r"\b(?:SIM|scheda)\s+(?:(?!non\b)\w+\s+)?(?:è|e'|é|risulta|viene)\s+bloccat[ao]\b",
        # "o modem pede o código PUK", "o chip está bloqueado" (not "não está bloqueado")
        "pt": r"(?<!\bnão\s)(?<!\bnao\s)(?<!\bnem\s)(?<!\bnunca\s)\b(?:pede|pedindo|exige|solicita|requer|espera)\s+(?:(?!sequer\b)\w+\s+)?(?:o\s+|um\s+)?(?:código\s+|codigo\s+)?(?:PIN|PUK)\b|"
              r"\b(?:SIM|chip|cartão\s+SIM|cartao\s+SIM)\s+(?:(?!não\b|nao\b)\w+\s+)?(?:está|esta|foi|fica|ficou)\s+bloquead[ao]\b"
              r"(?!\s+(?:a|para|por|pela|pelo)\s+(?:el\s+|la\s+|a\s+|o\s+)?operador)",
        "uk": r"\b(?:просить|вимагає|запитує|чекає)\s+(?:\w+\s+)?(?:PIN|PUK|пін|пак)\w*|"
              r"\b(?:сім|SIM)[\s-]?карт\w*\s+(?:\w+\s+)?заблокован\w*",
        "nl": r"\b(?:vraagt|vroeg|vragen|verlangt|wil)\b[^.!?]{0,40}?\b(?:PIN|PUK)(?:-?code)?\b|"
              r"\b(?:pincode|pukcode|PIN-code|PUK-code)\b[^.!?]{0,25}?\b(?:vragen|gevraagd|nodig|vereist)\b|"
              r"\bsim(?:kaart)?\s+(?:\w+\s+)?(?:is\s+)?(?:geblokkeerd|vergrendeld)\b",
        "pl": r"\b(?:prosi|pyta|żąda|wymaga|chce)\s+(?:\w+\s+){0,2}?(?:o\s+)?(?:kod\s+)?(?:PIN|PUK)\b|"
              r"\bkarta\s+(?:SIM\s+)?(?:jest\s+)?zablokowana\b",
        "cs": r"\b(?:chce|vy[zž]aduje|[zž][aá]d[aá]|po[zž]aduje|pt[aá]\s+se)\s+(?:\w+\s+){0,2}?(?:o\s+)?(?:k[oó]d\s+)?(?:PIN|PUK)\b|"
              r"\bSIM(?:[\s-]?kart[ay])?\s+(?:je\s+)?zablokovan[aá]\b",
        "tr": r"\b(?:PIN|PUK)\s*(?:kod\w*)?\s+(?:\w+\s+)?(?:istiyor|soruyor|gerekiyor|bekliyor)\b|\bSIM(?:\s+kart\w*)?\s+(?:\w+\s+)?kilitli\b",
        "zh": r"(?:要求|提示|需要|让我?|要)\s*(?:输入|輸入)?\s*(?:U?SIM\s*卡?\s*的?)?\s*(?:PIN|PUK)\s*码?|(?:U?SIM|sim)\s*卡?\s*(?:被)?\s*"
              r"(?:PIN|PUK)?\s*锁(?:住|定)?了?|(?:U?SIM|sim)\s*卡?[^。！？]{0,6}?(?:设置了?|开启了?|启用了?|设了)\s*(?:PIN|PUK)",
    },
    # the connection manager never asks for the SIM PIN (model/prose_states.py's English row): "nicht einmal eine
    # PIN-Abfrage", "fragt nicht nach der PIN"; "ni siquiera me pide el PIN"; "ne demande même pas le code PIN"; "nem pede o PIN"
    "said:no-pin-prompt": {
        "de": r"\b(?:nicht\s+(?:ein)?mal|keine)\s+(?:eine\s+)?(?:SIM-?)?PIN-?\s?(?:Abfrage|Eingabe|Dialog|Fenster)\b|"
              r"\bfragt\s+(?:\w+\s+)?(?:nicht|nie(?:mals)?)\s+(?:(?:ein)?mal\s+)?(?:mehr\s+)?nach\s+(?:der\s+|meiner\s+)?(?:SIM-?)?PIN\b",
        "es": r"\bni\s+(?:siquiera\s+)?(?:me\s+)?(?:pide|solicita|pregunta)\s+(?:por\s+)?(?:el\s+)?(?:c[oó]digo\s+)?PIN\b|"
              r"\bnunca\s+(?:me\s+)?(?:pide|solicita|pregunta)\s+(?:por\s+)?(?:el\s+)?(?:c[oó]digo\s+)?PIN\b",
        "fr": r"\bne\s+(?:me\s+)?demande\s+(?:m[eê]me\s+)?(?:pas|jamais)\s+(?:m[eê]me\s+)?(?:le\s+)?(?:code\s+)?PIN\b|"
              r"\b(?:pas|aucune)\s+(?:m[eê]me\s+)?(?:de\s+)?demande\s+(?:de\s+|du\s+)?(?:code\s+)?PIN\b",
        "pt": r"\bnem\s+(?:sequer\s+)?(?:me\s+)?(?:pede|solicita|pergunta)\s+(?:pelo\s+|o\s+)?(?:c[oó]digo\s+)?PIN\b",
    },
    # the radio held off: flight mode, low power, the radio switched off
    "said:radio-stuck-off": {
        "zh": r"(?:处于|进入了?|一直(?:是|在|处于)|还是|卡在|停在|变成了?|又回到)\s*(?:了)?\s*(?:飞行模式|低功耗模式|最小功能模式)|"
              r"射频\s*(?:被|一直|还是|仍然|依然|始终)?\s*(?:关闭|关掉|没(?:有)?(?:打)?开|未(?:打)?开启?)",
        "ja": r"(?:機内モード|フライトモード|オフラインモード|低消費電力モード)(?:に|の)\s*(?:なって|なった|なったまま|まま|入って|入った)|"
              r"(?:機内|フライト|低消費電力|オフライン)モードから\s*(?:抜け|出られ|戻ら|解除でき)(?:ない|ません)|"
              r"無線(?:部)?(?:が|は)?\s*(?:オフ|無効)(?:に)?(?:なって|のまま)|(?:RF|電波)が\s*オフ(?:に)?(?:なって|のまま)",
        "de": r"\b(?:ist|bleibt|hängt|haengt|steht|steckt|befindet\s+sich|geht)\s+(?:\w+\s+){0,3}?(?:im|in\s+den)\s+"
              r"(?:Flug(?:zeug)?-?modus|Offline-?Modus|Energiesparmodus|Low-?Power-?Modus)\b|"
              r"\b(?:Funk(?:modul|teil)?|Radio|RF)\s+(?:[^\s.!?,]+\s+){0,3}?(?:ist|bleibt)\s+(?:immer\s+|noch\s+|dauerhaft\s+)?(?:aus|ausgeschaltet|abgeschaltet|"
              r"deaktiviert)\b|\bFlug(?:zeug)?-?modus\s+(?:lässt\s+sich|laesst\s+sich|kann)\s+(?:\w+\s+)?nicht\s+(?:\w+\s+)?"
              r"(?:ausschalten|deaktivieren|verlassen|ausgeschaltet)",
        "es": r"\b(?:est[aá]|sigue|queda|se\s+queda|permanece|entra|se\s+pone|se\s+mete)\s+(?:\w+\s+){0,2}?en\s+(?:el\s+)?modo\s+"
              r"(?:de\s+)?(?:avi[oó]n|vuelo|offline|bajo\s+consumo)\b|\bradio\s+(?:[^\s.!?,]+\s+){0,3}?(?:est[aá]\s+|sigue\s+|queda\s+)?(?:apagada|desactivada)\b|"
              r"\bno\s+(?:puedo|se\s+puede|logro|consigo)\s+(?:desactivar|quitar|salir\s+del)\s+(?:el\s+)?modo\s+avi[oó]n\b",
        "ru": r"(?:^|[\s,(])в\s+режиме\s+(?:пол[её]та|самол[её]та|оффлайн|(?:низкого|пониженного)\s+энергопотребления)|"
              r"\bрадио(?:модуль|часть)?\s+(?:[^\s.!?,]+\s+){0,3}?выключен\w*",
        "uk": r"(?:^|[\s,(])(?:в|у)\s+режимі\s+(?:польоту|літака|офлайн|(?:зниженого|низького)\s+енергоспоживання)|\bрадіо(?:модуль)?\s+(?:[^\s.!?,]+\s+){0,3}?вимкнен\w*",
        "pt": r"\b(?:est[aá]|fica|ficou|continua|permanece|entra|entrou)\s+(?:\w+\s+){0,2}?(?:em|no)\s+modo\s+(?:de\s+)?(?:avi[aã]o|voo|offline|"
              r"baixo\s+consumo)\b|\br[aá]dio\s+(?:[^\s.!?,]+\s+){0,3}?(?:est[aá]\s+|fica\s+|continua\s+)?(?:desligado|desativado)\b|"
              r"\bn[aã]o\s+(?:consigo|d[aá]\s+para)\s+(?:ligar|ativar)\s+o\s+r[aá]dio\b",
        "it": r"\b(?:è|e'|resta|rimane|sta|entra|finisce|bloccat[oa])\s+(?:\w+\s+){0,2}?in\s+modalit[aà]\s+(?:aereo|volo|offline|"
              r"basso\s+consumo)\b|\bradio\s+(?:[^\s.!?,]+\s+){0,3}?(?:è\s+|resta\s+|rimane\s+)?(?:spenta|disattivata)\b",
        "fr": r"\b(?:est|reste|demeure|passe|se\s+met|bloqu[eé]e?)\s+(?:\w+\s+){0,2}?en\s+mode\s+(?:avion|hors[\s-]ligne|"
              r"basse\s+consommation)\b|\bradio\s+(?:[^\s.!?,]+\s+){0,3}?(?:est\s+|reste\s+)?(?:éteinte|coupée|désactivée)\b",
        "nl": r"\b(?:staat|blijft|zit|hangt|gaat)\s+(?:\w+\s+){0,2}?(?:in|op)\s+(?:de\s+)?(?:vliegtuigmodus|vliegtuigstand|offline-?modus|energiebesparende\s+modus|"
              r"energiespaarmodus|stroombesparingsmodus)\b|"
              r"\bradio\s+(?:[^\s.!?,]+\s+){0,3}?(?:staat|blijft)\s+uit\b",
        "pl": r"\b(?:jest|pozostaje|zostaje|wisi|siedzi|przechodzi|utkn[aą][lł]\w*)\s+(?:\w+\s+){0,2}?w\s+tryb(?:ie|\s)\s*"
              r"(?:samolotow\w*|samolotu|offline|niskiego\s+poboru)|\bradio\s+(?:[^\s.!?,]+\s+){0,3}?(?:jest\s+|pozostaje\s+)?(?:wyłączone|wylaczone)\b",
        "cs": r"\b(?:je|z[uů]st[aá]v[aá]|z[uů]stal[oa]?|vis[ií]|zasekl[oa]?\s+se)\s+(?:\w+\s+){0,2}?v\s+re[zž]imu\s+(?:letadl\w*|letov\w*|offline)|\bv\s+[uú]sporn[eé]m\s+re[zž]imu\b|"
              r"\br[aá]dio\s+(?:[^\s.!?,]+\s+){0,3}?(?:je\s+|z[uů]st[aá]v[aá]\s+)?vypnut[eé]\b",
        "tr": r"\b(?:uçak|d[uü][sş][uü]k\s+g[uü][cç])\s+modunda\b(?!\s+de[gğ]il)|\buçak\s+modundan\s+ç[ıi]km[ıi]yor|\bradyo\w*\s+(?:\w+\s+)?kapal[ıi]\b(?!\s+de[gğ]il)",
    },
    # no signal, no network found
    "said:not-registered": {
        "zh": r"(?:没有|无|没)\s*信号|信号\s*(?:为|是)\s*0|搜不到\s*信号|注册不(?:了|上)|无法注册",
        "ja": r"(?:電波|アンテナ)(?:が|を)?\s*(?:ない|ありません|なし|拾わない|拾えない|拾いません|掴まない|つかまない|入らない|入りません|"
              r"立たない|立ちません)|圏外(?:の)?(?:まま|になる|になります|です|表示)|ネットワーク(?:に|へ)(?:も)?\s*(?:登録|アタッチ)"
              r"(?:でき|され)(?:ない|ません)|(?:ネットワーク|電波|基地局)を\s*(?:ずっと)?\s*(?:探し|検索し)(?:て|続け)",
        "de": r"\bkein(?:en)?\s+(?:Empfang|Netz(?:empfang)?|Mobilfunknetz|Funksignal|Signal)\b|"
              r"\bfindet\s+kein(?:en)?\s+(?:Netz|Netzbetreiber|Anbieter|Mobilfunknetz)\b",
        "es": r"\b(?:no\s+(?:tiene|tengo|tenemos|hay|recibe|capta|agarra|coge|detecta|encuentra|da|muestra)|sin)\s+(?:\w+\s+)?"
              r"(?:se[nñ]al|cobertura)\b|"
              r"\bno\s+encuentra\s+(?:ninguna\s+)?(?:red|operador)\b",
        "ru": r"\bнет\s+(?:сигнала|сети|регистрации)\b|\bне\s+(?:ловит|видит|находит)\s+(?:\w+\s+)?сет[ьи]\b|\bсигнала\s+(?:\w+\s+)?нет\b",
        "uk": r"\bнемає\s+(?:сигналу|мережі|реєстрації)\b|\bне\s+(?:ловить|бачить|знаходить)\s+(?:\w+\s+)?мереж\w*|\bсигналу\s+(?:\w+\s+)?немає\b",
        "cs": r"\bnem[aá]\s+(?:\w+\s+)?sign[aá]l|\bbez\s+sign[aá]lu\b|\bnep[rř]ihl[aá]s[ií]\s+se\s+(?:\w+\s+)?(?:do\s+)?s[ií]t[eě]|"
              r"\b(?:se\s+)?nezaregistruje|\bnedok[aá][zž]e\s+(?:se\s+)?zaregistrovat|\bhled[aá]\s+(?:\w+\s+)?s[ií][tť]\b|\bnen[ií]\s+(?:zaregistrovan\w*|p[rř]ihl[aá][sš]en\w*)\s+(?:\w+\s+)?(?:do\s+|v\s+)?s[ií]t",
        "tr": r"\b(?:sinyal|şebeke|çekim)\s+yok\b|\b(?:şebekeye|ağa)\s+(?:\w+\s+)?kay[ıi]t\s+ol(?:mu|a)m[ıi]yor|\bşebeke\s+bulam[ıi]yor|"
              r"\bkay[ıi]t\s+olmuyor",
        # "aucun signal", "pas de signal", "ne capte aucun réseau"
        "fr": r"\b(?:aucun|pas\s+de|plus\s+de)\s+(?:signal|couverture|service)\b|"
              r"\bne\s+(?:trouve|capte|détecte|detecte|voit)\s+(?:pas\s+de|aucun|plus\s+de)\s+(?:réseau|reseau|signal|opérateur|operateur)\b",
        # "nessun segnale", "senza segnale", "non prende la rete"
        "it": r"\b(?:nessun|nessuna|senza|niente)\s+(?:segnale|copertura|servizio)\b|"
              r"\bnon\s+(?:prende|aggancia|rileva|vede)\s+(?:la\s+|nessuna\s+|il\s+)?(?:rete|segnale|operatore)\b",
        # "sem sinal", "não pega sinal", "nenhuma rede"
        "pt": r"\b(?:sem|nenhum|nenhuma)\s+(?:sinal|cobertura|serviço|servico)\b|"
              r"\bn[ãa]o\s+(?:tem|há|ha|pega|capta|encontra|acha)\s+(?:nenhum\s+|nenhuma\s+|o\s+|a\s+)?(?:sinal|rede|cobertura|operadora)\b",
    },
    # no IP address on the modem's interface
    "said:no-ip-address": {
        "zh": r"(?:获取|拿|分配|得)不到\s*(?:IP|ip)|没有?(?:获取到?|拿到|分配到?|得到)\s*(?:IP|ip)|(?:IP|ip)\s*(?:地址)?\s*(?:获取|分配)"
              r"\s*失败|(?:无|没有)\s*(?:IP|ip)\s*地址",
        "ja": r"IP(?:アドレス)?(?:が|を)\s*(?:取得|割り当て|割当て|付与)(?:でき|され|られ)(?:ない|ません)|IP(?:アドレス)?が\s*"
              r"(?:取れ|もらえ|振られ|付か|つか|付き|つき)(?:ない|ません)|IP(?:アドレス)?が\s*(?:ありません|ない|無い)",
        "de": r"\b(?:bekommt|bekomme|bekommen|erhält|erhaelt|erhalte|kriegt|kriege|bezieht)\s+(?:\w+\s+)?keine\s+"
              r"(?:IP|IPv4)(?:-Adresse)?\b|\bkeine\s+IP(?:-Adresse)?\s+(?:zugewiesen|bekommen|erhalten)\b",
        "es": r"\bno\s+(?:obtengo|obtiene|recibe|recibo|consigue|consigo|me\s+da|le\s+da|asigna|tiene|tengo|agarra)\s+(?:\w+\s+)?"
              r"(?:una\s+)?(?:direcci[oó]n\s+)?IP\b(?!\s+(?:fija|p[uú]blica|est[aá]tica))",
        "ru": r"\bне\s+(?:получает|получаю|получил\w*|выда[её]т|выдают|дают|да[её]т)\s+(?:\w+\s+)?(?:IP|айпи)\w*|\bнет\s+IP\b",
        "uk": r"\bне\s+(?:отримує|отримую|отримав\w*|видає|дає)\s+(?:\w+\s+)?IP\w*|\bнемає\s+IP\b",
        "pt": r"\bn[aã]o\s+(?:recebe|pega|obt[eé]m|consegue|ganha|tem)\s+(?:\w+\s+)?(?:um\s+)?(?:endere[cç]o\s+)?IP\b(?!\s+(?:fixo|p[uú]blico))",
        "it": r"\bnon\s+(?:riceve|ottiene|prende|ha|assegna)\s+(?:\w+\s+)?(?:un\s+)?(?:indirizzo\s+)?IP\b(?!\s+(?:fisso|pubblico|statico))|"
              r"\bnessun\s+indirizzo\s+IP\b",
        "fr": r"\bn'(?:obtient|re[cç]oit|a)\s+(?:pas|jamais|aucune?)\s+(?:d'|une?\s+)?(?:adresse\s+)?IP\b(?!\s+(?:fixe|publique))|"
              r"\b(?:pas|aucune)\s+d'?\s*adresse\s+IP\b",
        "nl": r"\b(?:krijgt|krijg|ontvangt|heeft)\s+(?:\w+\s+)?geen\s+IP(?:-adres)?\b|\bgeen\s+IP(?:-adres)?\s+(?:toegewezen|gekregen)\b",
        "pl": r"\bnie\s+(?:dostaje|otrzymuje|dostaj[eę]|ma|pobiera)\s+(?:\w+\s+)?adresu\s+IP\b|\bbrak\s+adresu\s+IP\b",
        "cs": r"\bnedostane\s+(?:\w+\s+)?IP|\bnedost[aá]v[aá]\s+(?:\w+\s+)?IP|\bnem[aá]\s+(?:\w+\s+)?IP(?:\s+adresu)?\b|\bbez\s+IP\s+adresy\b",
        "tr": r"\bIP(?:\s+adres\w*)?\s+(?:\w+\s+)?(?:alm[ıi]yor|alam[ıi]yor|gelmiyor|yok)\b|\bIP\s+al[ıi]nam[ıi]yor",
    },
    # the modem restarts or drops off by itself (the existing rows read "disappears", "verschwindet", "пропадает")
    "said:drops-off-bus": {
        # "掉模块" (the module drops off), "模组从 USB 总线消失", "模块名称、配置串口都消失了"
        "zh": r"掉模块|掉模组|(?:模块|模组)[^。！？\n]{0,20}?(?:消失|不见了|掉了|自动重启|反复重启)|从\s*USB\s*(?:总线)?\s*(?:上)?消失|"
              r"(?:模块|模组)[^。！？\n]{0,6}?(?:不停|反复|一直|经常|频繁)地?(?:重启|复位)|"
              r"(?:模块|模组)[^。！？\n]{0,6}?掉线[^。！？\n]{0,10}?(?:又|再)(?:回来|出现|识别)",
        "ja": r"(?:何度も|勝手に|繰り返し|頻繁に|定期的に|数分(?:ごと|おき)に)[^。！？]{0,10}?(?:再起動|リセット|切断)|"
              r"(?:モデム|モジュール|ドングル)(?:が|は)\s*(?:USBから)?\s*(?:切断され|消え|落ち)(?:る|ます|て|た)",
        "de": r"\b(?:startet|bootet)\s+(?:(?!nicht\b|nie\b)\w+\s+)?(?:ständig|staendig|dauernd|immer\s+wieder|andauernd|von\s+selbst|"
              r"selbstständig|alle\s+paar\s+\w+)\s+neu\b|"
              # "dass sich das Modem selbst resetet", "das Modul resettet sich ständig"
              r"\bsich\s+(?:das\s+|der\s+|mein\s+|unser\s+)?(?:\w+-)?(?:Modem|Modul|Stick)\w*\s+(?:\w+\s+)?(?:selbst|selbstständig|"
              r"von\s+selbst|ständig|immer\s+wieder)\s+(?:resetet|resettet|zurücksetzt)\b|\b(?:resetet|resettet)\s+sich\s+"
              r"(?:\w+\s+)?(?:selbst|ständig|dauernd|immer\s+wieder|von\s+selbst)\b|"
              # "das Modem verschwindet", "der Stick ist plötzlich weg"
              r"\b(?:Modem|Modul|LTE-Modul|Stick)\s+(?:\w+\s+)?(?:verschwindet|verschwand|ist (?:plötzlich |einfach )?weg|"
              r"trennt sich)",
        "es": r"(?<!\bno\s)\bse\s+reinicia\s+(?:\w+\s+)?(?:solo|sola|constantemente|continuamente|cada|sin\s+parar|una\s+y\s+otra\s+vez|"
              r"a\s+cada\s+rato)\b|"
              r"\b(?:el|mi)\s+(?:módem|modem|módulo|modulo)\s+(?:\w+\s+)?(?:desaparece\w*|se desconecta)",
        "pt": r"\b(?:o|meu)\s+(?:modem|módulo|modulo)\s+(?:\w+\s+)?(?:desaparece\w*|some|sumiu|se desconecta)",
        "ru": r"(?:\b(?:постоянно|вс[её]\s+время|периодически|то\s+и\s+дело|сам|самопроизвольно)\s+(?:\w+\s+)?перезагружа\w*|"
              r"(?<!\bне\s)\bперезагружа\w*\s+(?:сам|постоянно|каждые))|"
              # "модем пропадает / отваливается"
              r"(?:модем|модуль)\w*\s+(?:\w+\s+)?(?:пропада\w+|отвалива\w+|исчеза\w+|пропал\w*|отвалил\w*)",
    },
    # a listing tool shows no modem (the clause grammar reads "lsusb zeigt kein Modem" / "no aparece en lsusb")
    "said:not-on-usb": {
        "zh": r"lsusb\s*(?:里|中|上|里面|命令)?\s*(?:也|都|根本)?\s*(?:看不到|找不到|查不到|识别不到|没有(?:看到|显示|出现|识别到)?|不显示|"
              r"不出现)",
        "ja": r"lsusb\s*(?:に|で|の結果に|では|でも)\s*(?:も)?\s*(?:\S{0,8}?(?:が|は))?\s*(?:表示|認識|検出)?(?:されない|されません|出ない|出ません|出てこない|"
              r"出てきません|見えない|見えません|現れない|現れません)|"
              # the listing unchanged by plugging the device in: "抜き差ししても lsusb が変化しない", "lsusb の出力が何も変わらず"
              r"lsusb\s*(?:の(?:出力|結果|表示))?\s*(?:が|は|も)\s*(?:何も|全く|まったく|一切)?\s*(?:変化しない|変化せず|変化しません|変化がない|"
              r"変化なし|変わらない|変わらず|変わりません)",
    },
    "said:mm-no-modem": {
        "zh": r"(?:ModemManager|mmcli(?:\s+-\w+)*)\s*(?:里|中|上)?\s*(?:也|都|一直)?\s*(?:识别不到|看不到|找不到|检测不到|没有(?:检测到|识别到|发现|找到))",
        "ja": r"(?:ModemManager|mmcli)\s*(?:に|で|では|でも|が|は)\s*(?:も)?\s*(?:\S{0,8}?(?:が|を|は))?\s*(?:見つからない|見つかりません|"
              r"(?:認識|検出|表示)(?:されない|されません|しない|しません))",
    },
    # the serial ports never came ("没有ttyUSB设备"; the other Chinese and Japanese phrasings are the rows of model.prose)
    "said:serial-ports-never-appeared": {
        # "/dev/ttyUSB0 tidak muncul", "tidak ada satu pun port ttyUSB"
        "id": r"(?<![\w/])(?:/dev/)?tty(?:USB|ACM)[\d*]*(?:-?nya)?\s+(?:\w+\s+){0,2}?(?:tidak|tak|gak|nggak|ga|belum)\s+"
              r"(?:muncul|ada|terbentuk|dibuat|keluar)\b|"
              r"\b(?:tidak|tak|gak|nggak|belum)\s+(?:ada|muncul)\s+(?:satu\s*pun\s+)?(?:port\s+)?(?:/dev/)?tty(?:USB|ACM)",
        # ... counted: "没有3个/dev/ttyUSBx" (no three ttyUSB ports), "没有四个 ttyUSB 口"; "未生成串口节点(如ttyUSB0...)", "系统始终无法识别出
        # ttyUSB 设备", "ls /dev/ttyUSB*, 结果发现根本没有"
        "zh": r"(?:没有|无|不见|看不到|找不到)\s*(?:(?:\d+|[一二两三四五六七八几])\s*个\s*)?(?:/dev/)?(?:ttyUSB|ttyACM)\S{0,3}\s*(?:设备|节点|口)?|"
              r"(?:没有|未|没)(?:生成|产生|創建|创建|出现|识别出?|枚举出?)[^。！？\n]{0,10}?(?:ttyUSB|ttyACM|串口)|"
              r"无法识别出?\s*(?:ttyUSB|ttyACM|串口)|"
              r"(?:ttyUSB|ttyACM|串口)[^。！？\n]{0,30}?(?:根本)?(?:没有(?:生成|出现)?|不存在|没出现|没生成|未生成|未出现)"
              r"(?=\s*(?:[。，,.!！;；)）]|$))",
        # "keine ttyUSB-Schnittstellen werden angelegt", "es gibt keine /dev/ttyUSB*"
        "de": r"\bkeine?[nrs]?\s+(?:/dev/)?tty(?:USB|ACM)(?![\w*-]*[\s-]*(?:Probleme?|Fehler))",
        # "no aparece ningún /dev/ttyUSB", "no se crean los ttyUSB", "sin ningún puerto ttyUSB"
        "es": r"\bno\s+(?:me\s+|se\s+)?(?:aparecen?|salen?|hay|existen?|crean?|generan?|muestra)\s+(?:ning[uú]n\s+|ningun[oa]s?\s+|los\s+|el\s+)?"
              r"(?:puertos?\s+)?(?:/dev/)?tty(?:USB|ACM)|\b(?:sin|ning[uú]n)\s+(?:puerto\s+)?(?:/dev/)?tty(?:USB|ACM)",
        # "non compare nessuna porta ttyUSB", "nessun /dev/ttyUSB"
        "it": r"\bnon\s+(?:mi\s+|si\s+)?(?:compaion?o|compare|appai?on?o|appare|c'è|ci\s+sono|esiston?o|esiste|vengono\s+creat[ie]|viene\s+"
              r"creat[oa]|crea(?:no)?)\s+(?:nessun[ao]?\s+|alcun[ao]?\s+|il\s+|la\s+|le\s+|i\s+)?(?:port[ae]\s+|dispositiv[oi]\s+)?"
              r"(?:/dev/)?tty(?:USB|ACM)|\bnessun[ao]?\s+(?:port[ae]\s+|dispositivo\s+)?(?:/dev/)?tty(?:USB|ACM)",
        # "não aparece nenhuma porta ttyUSB", "nenhum /dev/ttyUSB"
        "pt": r"\bn[ãa]o\s+(?:me\s+|se\s+)?(?:aparecem?|h[áa]|existem?|[ée]\s+criad[ao]|s[ãa]o\s+criad[ao]s|criam?|geram?)\s+"
              r"(?:nenhum[a]?\s+|as\s+|os\s+|a\s+|o\s+)?(?:portas?\s+|dispositivos?\s+)?(?:/dev/)?tty(?:USB|ACM)|"
              r"\bnenhum[a]?\s+(?:porta\s+|dispositivo\s+)?(?:/dev/)?tty(?:USB|ACM)",
        # "aucun port ttyUSB n'est créé", "pas de /dev/ttyUSB"
        "fr": r"\baucune?\s+(?:port\s+|p[ée]riph[ée]rique\s+)?(?:/dev/)?tty(?:USB|ACM)|\bpas\s+de\s+(?:ports?\s+)?(?:/dev/)?tty(?:USB|ACM)",
        # "портов ttyUSB нет", "не появляется /dev/ttyUSB"
        "ru": r"(?:/dev/)?tty(?:USB|ACM)\S*\s+(?:\w+\s+)?нет\b|\b(?:нет|не\s+(?:появляе?тся|появляются|появил(?:ся|ись)|создаю?тся|"
              r"создаётся))\s+(?:\w+\s+){0,2}?(?:/dev/)?tty(?:USB|ACM)",
    },
    # the control node and the device working elsewhere: the rows are made below (_never_made, _works_on)
    "said:control-node-never-appeared": {},
    "said:works-on-other-host": {},
    # an address, but no internet
    "said:ip-no-internet": {
        "zh": r"(?:拨号|连接|获取(?:到)?\s*IP)\S{0,8}?(?:成功|正常)\S{0,6}?(?:但是?|可是|却)\S{0,6}?(?:上不了网|无法上网|不能上网|ping不通)",
        "ja": r"(?:接続|IP(?:アドレス)?(?:は|の|も)?\s*取得)\S{0,10}?(?:できる|できた|できます|できました|できている|できています)\S{0,6}?"
              r"(?:が|のに|けど|けれど)\S{0,10}?(?:インターネット|ネット)\S{0,4}?(?:に)?\s*(?:繋がらない|つながらない|繋がりません|"
              r"つながりません|出られない|出られません|接続できない|接続できません)",
    },
    # ModemManager holds the modem's ports (the program's name is the same in every language)
    "said:port-held-by-mm": {
        "de": r"\bModem-?\s?Manager\s+(?:\w+\s+){0,3}?(?:belegt|blockiert|okkupiert|hält|schnappt\s+sich|greift\s+(?:\w+\s+)?auf)\s+"
              r"(?:\w+\s+)?(?:den\s+|die\s+|alle\s+)?(?:AT-?)?(?:Ports?|Schnittstellen?|tty\w*)\b",
        "es": r"\bModem\s?Manager\s+(?:\w+\s+){0,3}?(?:ocupa|bloquea|acapara|secuestra|toma|agarra|(?:tiene|mantiene)\s+ocupados?)\s+"
              r"(?:\w+\s+)?(?:el\s+|los\s+)?"
              r"puertos?\b",
        "ru": r"\bmodem[\s-]?manager\b[^\n]{0,160}?\b(?:занимает|занял|держит|захватывает|захватил|блокирует|забирает)\s+"
              r"(?:\w+\s+)?(?:АТ|AT)?\s*-?\s*порт",
        "zh": r"ModemManager\S{0,10}?(?:占用|占着|抢占|霸占)\S{0,6}?(?:端口|串口|AT口)|(?:端口|串口|AT口)\S{0,10}?被\s*ModemManager\s*占用",
        "ja": r"ModemManager\S{0,6}?(?:が|に)\s*\S{0,6}?(?:ポート|シリアル)\S{0,4}?(?:を)?\s*(?:占有|掴ん|握っ|使用中|使われ)",
    },
    # the serial line gives only NUL bytes (the English row: model.prose_states said:serial-nul-bytes): "nur Nullbytes",
    # "solo bytes nulos", "que des octets nuls"
    "said:serial-nul-bytes": {
        "de": r"\b(?:nur|lauter|ausschlie(?:ß|ss)lich|nichts\s+als|jede\s+Menge)\s+(?:\w+\s+)?(?:Null-?Bytes|NUL-?Bytes|Nullen|"
              r"Null-?Zeichen|NUL-?Zeichen)\b",
        "es": r"\b(?:s[oó]lo|solamente|[uú]nicamente|nada\s+m[aá]s\s+que|puros)\s+(?:\w+\s+)?(?:bytes|caracteres)\s+(?:nulos|NUL)\b",
        "fr": r"\b(?:que\s+des|uniquement\s+des|seulement\s+des|rien\s+que\s+des|plein\s+d[e'])\s*(?:\w+\s+)?(?:octets|caract[eè]res)\s+"
              r"(?:nuls|NUL)\b",
    },
    # the modem hangs and comes back under another product id, the same vendor's (the English row: model.prose_states
    # said:reappears-other-id): "hängt sich auf ... meldet eine andere PID", "dieselbe VID, aber eine andere PID", "se bloque et
    # apparaît avec un autre PID", "se cuelga y sale con otro PID" - its firmware fell into a boot or download mode
    "said:reappears-other-id": {
        "de": r"(?:\b(?:dieselbe|die\s+gleiche|gleiche|selbe)\s+(?:VID|Vendor-?ID|Hersteller-?ID)\b|\bh(?:ä|ae)ngt\b|\baufgeh(?:ä|ae)ngt\b|"
              r"\babgest(?:ü|ue)rzt\b|\bst(?:ü|ue)rzt\b|\bfriert\b|\beingefroren\b)[^.!?]{0,100}?\b(?:andere[nrs]?|neue[nrs]?|"
              r"ge(?:ä|ae)nderte[nrs]?)\s+(?:USB-?)?(?:PID|Product-?ID|Produkt-?ID|Ger(?:ä|ae)te-?ID|USB-?ID)\b",
        "fr": r"(?:\bm[eê]me\s+(?:VID|vendor\s*id|ID\s+(?:de\s+)?(?:fabricant|vendeur))\b|\bse\s+bloqu\w*|\bplant\w*|\bfig\w*|\bcrash\w*)"
              r"[^.!?]{0,100}?\b(?:un\s+autre|un\s+nouveau|une\s+autre|une\s+nouvelle)\s+(?:PID|product\s*id|ID|identifiant)\b",
        "es": r"(?:\bmismo\s+(?:VID|vendor\s*id|ID\s+de\s+fabricante)\b|\bse\s+(?:cuelga|colg[oó]|bloquea|bloque[oó]|congela|congel[oó])\b|"
              r"\bcrash\w*)[^.!?]{0,100}?\b(?:(?:otro|nuevo|distinto|diferente)\s+(?:PID|product\s*id|ID\s+de\s+producto)|"
              r"(?:PID|ID\s+de\s+producto)\s+(?:distinto|diferente|nuevo))\b",
    },
    # the modem stops answering after it sat idle (the English row: model.prose_states said:stops-after-idle): "après une
    # longue période d'inactivité les SMS ne partent plus", "nach längerer Inaktivität reagiert der Stick nicht mehr"
    "said:stops-after-idle": {
        "fr": r"\b(?:apr[eè]s|au\s+bout\s+d[e'])\s*[^.!?]{0,40}?\b(?:inactivit[eé]|veille|sans\s+(?:activit[eé]|utilisation|rien\s+faire|"
              r"l'utiliser))\b[^.!?]{0,80}?(?:\bne\s+\w+\s+plus\b|\bn'\w+\s+plus\b|\bplus\s+de\s+r[eé]ponse\b|\bbloqu\w*|\bplant\w*)",
        "de": r"\bnach\s+(?:\w+\s+){0,3}?(?:Inaktivit(?:ä|ae)t|Leerlauf|Nichtbenutzung|Ruhe(?:zeit|phase)?|ohne\s+(?:Aktivit(?:ä|ae)t|Nutzung|"
              r"Traffic))\b[^.!?]{0,80}?(?:\bnicht\s+mehr\b|\bkeine\s+Antwort\b|\bh(?:ä|ae)ngt\b|\btot\b)",
        "es": r"\b(?:tras|despu[eé]s\s+de)\s+(?:\w+\s+){0,4}?(?:inactividad|sin\s+(?:uso|actividad|usarl[oa]))\b[^.!?]{0,80}?"
              r"(?:\bdeja\s+de\b|\bya\s+no\b|\bno\s+responde\b|\bse\s+cuelga\b|\bmuere\b)",
    },
    # since the modem's firmware was changed its connection drops again and again (the English row: model.prose_states
    # said:drops-since-firmware): "seit dem Firmware-Update bricht die Verbindung ständig ab"
    "said:drops-since-firmware": {
        "de": r"\b(?:seit|nach)\s+(?:dem|der|einem|einer)?\s*(?:\w+\s+)?(?:Modem-?|Modul-?)?(?:Firmware|FW)[\s-]*(?:Update|Upgrade|"
              r"Aktualisierung|Flash\w*)\b[^.!?]{0,80}?(?:\b(?:bricht|rei(?:ß|ss)t|f(?:ä|ae)llt|geht)\b[^.!?]{0,40}?\b(?:ab|weg|aus)\b|"
              r"\bVerbindungsabbr(?:ü|ue)che\b|\btrennt\s+sich\b|\bverliert\s+(?:\w+\s+){0,4}?Verbindung\b)",
        "es": r"\b(?:desde|despu[eé]s\s+de)\s+(?:\w+\s+){0,3}?(?:actuali[zc]\w*|flashe\w*)\s+(?:\w+\s+){0,2}?(?:firmware|fw)\b[^.!?]{0,80}?"
              r"(?:\bse\s+(?:cae|corta|desconecta|pierde)\b|\bpierde\s+la\s+conexi[oó]n\b)",
        "fr": r"\b(?:depuis|apr[eè]s)\s+(?:la\s+|le\s+|une?\s+)?(?:mise\s+[àa]\s+jour|flash\w*)\s+(?:\w+\s+){0,3}?(?:firmware|micrologiciel)\b"
              r"[^.!?]{0,80}?(?:\bconnexion\s+(?:\w+\s+)?(?:se\s+)?(?:coupe|tombe|d[eé]croche)\b|\bse\s+d[eé]connecte\b|\bperd\s+la\s+connexion\b)",
    },
    # the stick left in storage mode (STORAGE_MODE_STUCK) or seen only as a storage device (and SEEN_AS_STORAGE, below)
    "said:storage-mode": {
        **STORAGE_MODE_STUCK,
        "zh": r"(?:识别|认)(?:成|为|作)\s*(?:了)?\s*(?:一个|一只)?\s*(?:U盘|光驱|CD-?ROM|存储设备|大容量存储|虚拟光驱)|"
              r"只(?:能)?(?:认出|认到|识别出|识别到|看到|检测到|找到|显示)(?:了)?\s*(?:一个|一只)?\s*(?:U盘|光驱|虚拟光驱|CD-?ROM|存储设备)|(?:只有|只显示|只出现了?|显示为|变成了?|变回了?)\s*"
              r"(?:一个)?\s*(?:U盘|光驱|虚拟光驱)",
        # ... or as the CD/DVD drive (/dev/sr0) the system reacts to or shows: "DVDドライブとして反応する", "CD-ROMとして見えてしまう"
        "ja": r"(?:ストレージ|マスストレージ|CD(?:-?ROM)?(?:/DVD)?|DVD|USBメモリ|(?:CD|DVD)ドライブ|ディスク|記憶装置)\s*として"
              r"[^。！？\n]{0,20}?(?:認識|表示|マウント|反応|見え|扱われ|検出)|"
              r"(?:ストレージ|CD-?ROM|CD)(?:モード)?のまま|"
              # ... or not switched to the modem: "モデムに switch していなかった", "モデムに切り替わらない"
              r"モデム(?:モード)?(?:に|へ)\s*(?:switch|スイッチ|切り?替わ|切り?替え)[^。！？\n]{0,6}?(?:ていな|てな|らな|られな|しな)(?:い|かった)",
        "ru": r"\b(?:определя\w*|распозна\w*|видится|виден|видно|видит|видят)\s+(?:\w+\s+)?(?:только\s+)?как\s+(?:флешк\w*|CD-?ROM|сидиром|"
              r"накопител\w*|диск\w*|USB-?накопител\w*|съ[её]мн\w+\s+диск\w*)",
        # Indonesian: "malah di desktop muncul drive baru", "hanya terbaca sebagai CD-ROM / flashdisk"
        # ... the storage named by its driver too ("terdeteksi sebagai usb-storage", "cuma terbaca sebagai mass-storage")
        "id": r"(?<!tidak\s)(?<!lagi\s)(?<!bukan\s)(?<!belum\s)\b(?:muncul|terbaca|terdeteksi|dikenali|tampil)\s+(?:\w+\s+){0,2}?(?:sebagai\s+)?(?:(?:usb|mass)[- ]?)?(?:drive|CD-?ROM|CD|flash\s?disk|"
              r"flashdisk|storage|penyimpanan)\b(?!\s+(?:dan|lalu|kemudian)\s+(?:modem|\w+\s+modem))",
        "uk": r"\b(?:визнача\w*|розпізна\w*|видно|бачиться|бачить|бачать|видн\w*)\s+(?:\w+\s+)?(?:лише\s+|тільки\s+)?як\s+(?:флешк\w*|CD-?ROM|"
              r"накопичувач\w*|диск\w*)",
        "nl": r"\b(?:herkend|gezien|ziet|zien|gedetecteerd|getoond|toont|verschijnt|gemount|gemonteerd|mount|meldt|aanmelden)\b[^.!?]{0,30}?\bals\s+(?:een\s+)?" + _NL_STORAGE +
              r"|\bals\s+(?:een\s+)?" + _NL_STORAGE + r"\s+(?:\w+\s+)?(?:herkend|gezien|gedetecteerd|getoond|gemount)\b",
        "pl": r"\b(?:widoczn\w*|widzian\w*|wykryw\w*|wykryt\w*|rozpozna\w*|widzi|widz[eę]|widać|pokazuje\s+si[eę]|montuj\w*|zamontowan\w*|zg[lł]asza\s+si[eę])"
              r"(?:\s+\w+){0,2}?\s+jako\s+(?:nap[eę]d\w*(?:\s+CD\w*)?|CD-?ROM|pendrive\w*|pami[eę][cć]\s+masow\w*|dysk\w*|"
              r"urz[aą]dzeni\w*\s+pami[eę]ci\s+masowej)",
        "cs": r"\b(?:(?:se\s+)?(?:hl[aá]s[ií]|tv[aá][rř][ií]|jev[ií]|zobrazuje|detekuje|p[rř]ipoj[ií]|objev[ií])(?:\s+se)?|rozpozn\w*)"
              r"(?:\s+\w+){0,2}?\s+jako\s+(?:CD(?:-?ROM)?|mechanik\w*|flash\w*|disk\w*|USB\s+disk\w*|[uú]lo[zž]i[sš]t\w*)",
        "tr": r"\b(?:CD(?:-?ROM)?|(?:USB\s+|flash\s+)bellek|depolama\s+ayg[ıi]t[ıi]|disk)(?:\s+s[uü]r[uü]c[uü]\w*)?\s+(?:olarak|gibi)\s+(?:\w+\s+)?"
              r"(?:g[oö]r[uü]n[uü]yor|g[oö]r[uü]yor|alg[ıi]lan[ıi]yor|alg[ıi]l[ıi]yor|tan[ıi]n[ıi]yor|tan[ıi]yor|geliyor|mount\w*)",
    },
    # the connection lost again and again (the words of the languages with spaces: DROPS)
    "said:drops-periodically": {
        **{code: _in_any_order(*words) for code, words in DROPS.items()},
        "zh": r"(?:每隔?|隔)\s*(?:几|半|[0-9一二三四五六七八九十两]+)\s*(?:个)?\s*(?:分钟|秒钟?|小时)[^。！？]{0,8}?(?:断|掉线|断线|断开|断网)|"
              r"(?:经常|频繁|总是|老是|时不时|隔三差五)\s*(?:地|会|就)?\s*(?:掉线|断线|断网|断开)",
        "ja": r"(?:数分|数秒|数時間|\d+分|\d+秒|\d+時間)(?:ごと|おき|毎)(?:くらい|ぐらい|程度)?に[^。！？]{0,12}?(?:切れ|切断|落ち)|"
              r"(?:頻繁に|何度も|しょっちゅう|たびたび|度々)[^。！？]{0,12}?(?:接続|通信|回線)(?:が)?\s*(?:切れ|切断|落ち)|"
              r"(?:接続|通信|回線)(?:が|は)?\s*(?:頻繁に|何度も|しょっちゅう|たびたび|度々|よく)\s*(?:切れ|切断|落ち)",
    },
    # the modem crashes, or hangs until its power is cut (CRASHES)
    "said:modem-crashes": {
        **{code: _crash(*words) for code, words in CRASHES.items()},
        "zh": r"(?:模块|模组|上网卡|猫|设备)[^。！？]{0,15}?(?:死机|卡死|挂掉|挂了|崩溃|(?:(?:不|没有?|无)(?:响应|反应))[^。！？]{0,30}?"
              r"(?:断电|拔掉?电源|重新上电|拔插|重新插拔))",
        "ja": r"(?:モデム|モジュール|ドングル)[^。！？]{0,20}?(?:クラッシュ|(?:フリーズ|固ま|ハング|(?:応答|反応)しなくな)[^。！？]{0,30}?"
              r"(?:電源|抜き差し|挿し直|再接続))",
    },
    # the laptop module's FCC lock named in the languages without spaces and those of no table row (the clause grammar's
    # ``fcc_lock`` words read the others)
    "said:fcc-lock": {
        "zh": r"FCC\s*(?:锁|鎖)(?:住|定)?|被\s*FCC\s*(?:锁|鎖)|FCC\s*解锁\s*(?:失败|不成功|没有?成功)|需要\s*(?:做\s*)?FCC\s*解锁",
        "ja": r"FCC\s*ロック(?:され|がかか|状態)|FCC\s*(?:ロック)?\s*(?:解除|アンロック)(?:が|は)?\s*(?:必要|でき(?:ない|ません)|失敗)",
        "cs": r"\b(?:z[aá]mek|z[aá]mkem|z[aá]mku|blokac\w*)\s+FCC\b|\bFCC\s+(?:z[aá]mek|z[aá]mkem)\b|"
              r"\b(?:u)?zam[cč]en\w*\s+(?:p[rř]es\s+|kv[uů]li\s+)?FCC\b",
        "tr": r"\bFCC\s+kilid\w*|\bFCC\s+kilitli\b",
    },
}

# the data call up and no address (said:connected-no-ip): a language's words of being connected before its row of no
# address ("die Verbindung steht, aber wwan0 bekommt keine IP-Adresse", "拨号成功了但是获取不到IP")
CONNECTED: Dict[str, str] = {
    **{code: r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(lang.connected) for code, lang in LANGUAGES.items()},
    "zh": r"(?:拨号|连接|联网|注册)\s*(?:已经|也)?\s*(?:成功|正常|建立)|已连接|连上了?",
    "ja": r"接続(?:は|も)?\s*(?:でき|され|成功|確立|済み)",
    "cs": r"\b(?:nav[aá][zž]e|nav[aá]zan\w*|nav[aá]z[aá]no|p[rř]ipoj[ií]\s+se|p[rř]ipojen\w*)\b",
    "tr": r"\b(?:ba[gğ]lan[ıi]yor|ba[gğ]land[ıi]|ba[gğ]l[ıi]|ba[gğ]lant[ıi]\s+kuruluyor)\b",
    "sk": r"\b(?:nadvia[zž]\w*|nadviazan\w*|pripoj[ií]\s+sa|sa\s+pripoj[ií]|pripojen\w*|spojenie\s+(?:\w+\s+)?(?:je|funguje))\b",
    # Finnish: the connection made, up or working ("yhteys muodostuu", "yhteys on päällä", "mokkula yhdistää")
    "fi": r"\b(?:yhteys\s+(?:\w+\s+)?(?:muodostuu|muodostui|syntyy|syntyi|aukeaa|aukesi|toimii|on\s+(?:auki|päällä|muodostettu))|"
          r"yhdist(?:ää|yy|yi|i|etty|tää)|yhteydessä|saa\s+yhteyden)\b",
}


# the negations of each language beside what they negate: the clause grammar's words ("nicht", "no", "не"), and Czech's
# and Turkish's fused into the verb ("neprochází", "geçmiyor")
NEGATIONS: Dict[str, str] = {
    **{code: "|".join(lang.negations) for code, lang in LANGUAGES.items()},
    "cs": r"(?!nebo\b)ne\w{3,}|[zž][aá]dn\w*|ani",
    "tr": r"\w+(?:m[ıiuü]yor|maz|mez)\w*|yok|hi[cç]",
    # Slovak as Czech (the negation fused into the verb: "nevidí", "neprejde"), Finnish's negative verb and pronouns ("ei
    # aukea", "eikä toimi", "mikään sivu")
    "sk": r"(?!nebo\b)ne\w{3,}|[zž]iadn\w*|ani|nie",
    "fi": r"ei|eik[aä]|eiv[aä]t|emme|ette|ettei|mik[aä][aä]n|mit[aä][aä]n|yht[aä][aä]n|ilman",
}
NEGATIONS.update({code: NEGATIONS[code] + more for code, more in (
    ("es", r"|ning[uú]n\w*|ninguna|nada|tampoco"), ("pt", r"|n[aã]o|nenhum\w*|nada|tampouco"),
    ("it", r"|niente|nulla|neanche|nemmeno|neppure"), ("fr", r"|ne|n'\w+"), ("nl", r"|nergens"), ("uk", r"|жодн\w*"),
    ("tr", r"|hi[cç]bir"))})


# a problem, in any language: what a negation beside it denies instead ("no hay problema con internet", "Internet kein Problem")
_PROBLEM = r"probl[eèé]m\w*|probleem\w*|проблем\w*|sorun\w*|masalah|issues?"


def _negated_near(negation: str, things: str, words: int = 3) -> str:
    """A negation and one of ``things`` at most ``words`` words apart, in either order, in one clause ("es kommen keine
    Daten durch", "DNS werkt niet", "трафик не идёт"); not a negated problem ("no hay problema con internet")."""
    gap = r"\s+(?:(?!(?:%s)(?![\w-]))[^\s.,;:!?]+\s+){0,%d}?" % (_PROBLEM, words)
    return (r"(?<![\w-])(?:%s)%s(?:%s)(?![\w-])|(?<![\w-])(?:%s)%s(?:%s)(?![\w-])(?!\s+(?:%s))"
            % (negation, gap, things, things, gap, negation, _PROBLEM))


# what does not go through a connection that is up (said:ip-no-internet, knowledge.md 2.18: no route or DNS on a link with
# an address): the internet, the traffic, the data, DNS, a ping, the web pages, in any language
_TRAFFIC = (r"internet\w*|интернет\w*|інтернет\w*|traffic\w*|tr[aá]fico|trafic\w*|traffico|tr[aá]fego|verkeer|ruch\w*|provoz\w*|трафик\w*|трафік\w*|trafik\w*|"
            r"daten|datos?|dados?|dati|donn[ée]es|gegevens|dane|data|данны\w*|дані|veri|DNS|ping\w*|пинг\w*|пінг\w*|"
            # a web page or site, in its forms ("keine einzige Webseite", "žádná stránka", "hiçbir sayfa", "страницы")
            r"\w*seiten?|p[aá]gin\w*|pages?|sites?|sit[oi]|websites?|webpagina\w*|stron\w*|str[aá]nk\w*|сайт\w*|страниц\w*|сторінк\w*|"
            r"sayfa\w*|site(?:ler)?|situs|halaman|brows\w*|navega\w*|navig\w*|surf\w*|"
            r"pakete|paquetes|pacotes|pacchetti|paquets|pakketten|pakiet\w*|pakety|пакет\w*|paket\w*|"
            r"nichts|nada|niente|rien|niets|nic\w*|nič|ničo|ничего|нічого|hi[cç]bir\s+[sş]ey|"
            # Finnish: the page, site, net, traffic, data in their cases ("sivu", "sivuja", "nettiin", "liikennettä")
            r"sivu\w*|sivusto\w*|nett\w*|liikenn\w*|dataa|verkkosivu\w*")
# ... "impossible" to browse negates as a negation does ("impossible de naviguer", "unmöglich zu surfen"), "without" the internet
# after being connected tells it too ("conectado, mas sem internet", "verbunden, aber ohne Internet")
_IMPOSSIBLE = r"impossible|impossibile|imposible|imposs[ií]vel|unm(?:ö|oe)glich|nemo[zž]n[eé]|невозможно|неможливо|mahdotonta|imkans[ıi]z"
_WITHOUT = r"ohne|sin|sem|senza|sans|zonder|bez|без|tanpa"
_NO_TRAFFIC: Dict[str, str] = {
    **{code: r"%s|(?<![\w-])(?:%s)\s+(?:\w+\s+)?(?:%s)(?![\w-])" % (_negated_near(negation + "|" + _IMPOSSIBLE, _TRAFFIC), _WITHOUT,
                                                               _TRAFFIC)
       for code, negation in NEGATIONS.items()},
    "zh": r"(?:没有|无|没)\s*(?:任何)?\s*(?:流量|数据|网络|网速)|(?:DNS|域名)\S{0,6}?(?:解析不了|解析失败|无法解析|不能解析|不解析)|"
          r"上不了网|无法上网|不能上网|打不开(?:网页|网站)|(?:网页|网站|页面)\S{0,6}?打不开|ping\s*不通",
    "ja": r"(?:通信|データ|パケット|トラフィック)(?:が|は|も)?\S{0,6}?(?:流れ|通ら|通れ|届か)(?:ない|ず|ません)|"
          r"DNS(?:も|が|は)?\s*(?:引け|解決でき|名前解決でき)(?:ない|ず|ません)|"
          r"(?:インターネット|ネット|ウェブ|サイト|ページ)(?:に|へ|が|も)?\s*(?:繋がら|つながら|接続でき|開け|見れ|見られ)(?:ない|ず|ません)|"
          r"ping(?:が|も)?\s*通ら(?:ない|ず|ません)",
}

# usb_modeswitch said to fail (said:storage-mode: the stick is not switched, knowledge.md 2.5): the program named and its
# failing, in any order ("usb_modeswitch schlägt fehl", "no consigue cambiar el modo con usb_modeswitch", "切换失败")
_MODESWITCH = r"usb[_-]?mode[_-]?switch|modeswitch"
_SWITCH_FAILED = (r"falla|fall[oó]|falha\w*|fallisce|fallito|[ée]choue|[ée]chou[ée]|faalt|mislukt|scheitert|gescheitert|"
                  r"fehlgeschlagen|schl(?:ä|ae)gt\s+(?:\w+\s+)?fehl|zawodzi|b[lł][eę]d\w*|sel[zž]e|selh\w*|ошибк\w*|помилк\w*|"
                  r"ba[sş]ar[ıi]s[ıi]z|hata|gagal")
# ... the verbs of switching or of succeeding, which a negation beside them makes a failure ("schaltet nicht um", "ne parvient
# pas à basculer", "non va a buon fine", "не вдається", "tidak berhasil")
_SWITCHES: Dict[str, str] = {
    "de": r"umschalt\w*|umgeschaltet|schaltet|klappt|funktioniert|gelingt|wechselt|bringt",
    "es": r"cambi\w*|conmut\w*|funciona\w*|consigue|logra|sirve",
    "pt": r"troca\w*|muda\w*|comuta\w*|funciona\w*|consegue",
    "it": r"cambi\w*|commut\w*|funziona\w*|riesce|va\s+a\s+buon\s+fine",
    "fr": r"bascul\w*|commut\w*|change\w*|fonctionn\w*|march\w*|parvien\w*|r[ée]ussi\w*|arrive",
    "nl": r"schakel\w*|omschakel\w*|lukt|werkt|wisselt",
    "pl": r"prze[lł][aą]cz\w*|dzia[lł]a|udaje|zmienia",
    "cs": r"p[rř]epn\w*|p[rř]ep[ií]n\w*|funguje|poda[rř]\w*",
    "ru": r"переключ\w*|сработ\w*|срабатыва\w*|работает|уда[её]тся|удал\w*",
    "uk": r"перемика\w*|перемкн\w*|спрацьов\w*|працює|вдається|вдалося",
    "tr": r"ge[cç]ir\w*|de[gğ]i[sş]tir\w*|çal[ıi][sş]\w*",
    "id": r"berhasil|bisa|jalan|berfungsi|mau",
}
_SWITCH_FAILS: Dict[str, str] = {code: r"%s|%s" % (_SWITCH_FAILED, _negated_near(NEGATIONS[code], switches))
                                 for code, switches in _SWITCHES.items()}
_SWITCH_FAILS_CJK: Dict[str, str] = {
    "zh": r"(?:usb_?mode_?switch|modeswitch)\S{0,20}?(?:切换(?:失败|不了|不成功|没有?成功)|(?:没有|没|无法|不能)\s*切换)",
    "ja": r"(?:usb_?mode_?switch|modeswitch)\S{0,20}?(?:切り替(?:わら|えられ)(?:ない|ず|ません)|切り替え(?:に)?失敗|失敗)",
}


# the serial ports (said:serial-ports-never-appeared) or the control node (said:control-node-never-appeared) never made:
# the port named, and a negated verb of appearing or a word of absence beside it, in any order ("die ttyUSB-Geräte werden
# nicht angelegt", "nie pojawiają się żadne porty ttyUSB", "cdc-wdm de yok")
_SERIAL_PORT = (r"(?:/dev/)?tty(?:USB|ACM)[\w*]*|seriell\w*\s+(?:Ports?|Schnittstellen?)|puertos?\s+serie\w*|portas?\s+seria\w*|"
                r"port[ae]\s+serial\w*|ports?\s+s[ée]rie\w*|seri[eë]le\s+poort\w*|port\w*\s+szeregow\w*|s[ée]riov\w*\s+port\w*|"
                r"последовательн\w*\s+порт\w*|послідовн\w*\s+порт\w*|seri\s+port\w*|port\s+serial")
_CONTROL_NODE = r"(?:/dev/)?cdc-wdm[\w*]*"
_APPEARS: Dict[str, str] = {
    "de": r"angelegt|erstellt|erzeugt|erscheint|erscheinen|auftauchen|taucht|tauchen|da|vorhanden|sichtbar|gibt",
    # (the Romance verbs in their own forms only: "created", "generated", "existed" are English)
    "es": r"aparecen?|apareci\w*|crean?|cread[oa]s?|generan?|generad[oa]s?|hay|existen?|salen?",
    "pt": r"aparecem?|apareceu|criam?|criad[oa]s?|geram?|gerad[oa]s?|h[aá]|existem?",
    "it": r"compai?\w*|appai?\w*|crea(?:no)?|creat[oaie]|esist\w*|c'[eè]|ci\s+sono",
    "fr": r"appara[iî]\w*|cr[ée]{1,2}e?s?|existe\w*",
    "nl": r"verschijn\w*|aangemaakt|gemaakt|zichtbaar|zijn|zie\w*",
    "pl": r"pojawia\w*|pojawi\w*|tworz\w*|utworz\w*|widoczn\w*|ma",
    "ru": r"появля\w*|появил\w*|созда\w*",
    "uk": r"з'являю\w*|з'являє\w*|з'явил\w*|створю\w*",
    "id": r"muncul|ada|terbentuk|dibuat|keluar",
    "fi": r"ilmesty\w*|n[aä]y\w*|synny|synty\w*|luod\w*|luo|tule|l[oö]ydy|ole",
}
# ... a word of absence, or Czech's and Turkish's verbs with their negation fused
_PORT_ABSENT: Dict[str, str] = {
    "de": r"fehl(?:t|en)", "es": r"falta\w*", "pt": r"falta\w*", "it": r"manca\w*", "fr": r"manque\w*", "nl": r"ontbre\w*",
    "pl": r"brak\w*", "ru": r"нет", "uk": r"нема\w*", "id": r"tidak\s+ada",
    "cs": r"nevytvo\w*|neobjev\w*|nezobraz\w*|nen[ií]|chyb[ií]|nejsou|neexistuj\w*",
    "tr": r"olu[sş]mu(?:yor|yorlar)\w*|g[oö]r[uü]nm[uü]yor\w*|yok|gelmiyor\w*|ç[ıi]km[ıi]yor\w*",
    "sk": r"nevytvor\w*|neobjav\w*|nezobraz\w*|nie\s+je|nie\s+s[uú]|ch[ýy]ba\w*|neexistuj\w*",
    "fi": r"puuttu\w*",
}
# ... a determiner of none before the port ("kein einziges /dev/ttyUSB-Gerät"): only before it, as "ttyUSB0 zeigt keine
# Antwort" says nothing of the port's absence
_PORT_NONE: Dict[str, str] = {"de": r"kein\w*", "nl": r"geen", "sk": r"[zž]iadn\w*", "cs": r"[zž][aá]dn\w*"}
_PORT_NEVER_MADE: Dict[str, str] = {
    code: "|".join(filter(None, (_negated_near(NEGATIONS[code], _APPEARS[code], 2) if code in _APPEARS else "",
                                 _PORT_ABSENT[code])))
    for code in _PORT_ABSENT}
_PORT_NEVER_MADE_CJK = (r"(?:%s)[^。！？\n]{0,30}?(?:作成|生成|表示|認識)?(?:されない|されません|出てこない|出てきません|現れない|現れません|"
                        r"できない|できません|ありません)")


# what may stand between the absence and the port after it: articles, "any", "port", "device", a path ("no hay problema con los
# puertos ttyUSB" negates the problem, not the ports)
_PORT_WORDS = (r"\w{1,3}|ning[uú]n\w*|ninguna|nenhum\w*|nessun\w*|alcun\w*|aucun\w*|geen|[zż]adn\w*|[zž][aá]dn\w*|[zž]iadn\w*|никак\w*|жодн\w*|"
               r"einzige\w*|enkele|satu\s*pun|s[eé]rie|seriale?s?|seriell\w*|serial\w*|port\w*|puertos?|porte|poort\w*|порт\w*|"
               r"dispositiv\w*|p[ée]riph[ée]rique\w*|Ger(?:ä|ae)t\w*|устройств\w*|пристро\w*|/dev/\S*")


def _never_made(port: str) -> Dict[str, str]:
    """The rows of a port never made: the port and its absence in any order in one clause ("die ttyUSB-Ports sind da, aber
    cdc-wdm fehlt" tells no serial port missing), a determiner of none before it, and Japanese."""
    clause = r"[^.!?,;:]{0,60}?"
    rows = {code: r"(?<![\w/])(?:%s)%s(?:%s)|(?:%s)\s+(?:(?:%s)\s+){0,3}?(?<![\w/])(?:%s)" % (port, clause, absent, absent,
                                                                                           _PORT_WORDS, port)
            for code, absent in _PORT_NEVER_MADE.items()}
    for code, none in _PORT_NONE.items():
        row = r"(?<![\w-])(?:%s)\s+(?:(?:%s)\s+){0,3}?(?<![\w/])(?:%s)" % (none, _PORT_WORDS, port)
        rows[code] = "|".join(filter(None, (rows.get(code), row)))
    return {**rows, "ja": _PORT_NEVER_MADE_CJK % port}


# the device said to work on Windows or on another computer (said:works-on-other-host, context: the device itself is sound):
# the other host, then its working not negated in the clause ("Unter Windows läuft der Stick einwandfrei", "na innym
# komputerze modem działa"); not "unter Windows geht es auch nicht"
_OTHER_HOST: Dict[str, str] = {
    "de": r"anderen?\s+(?:Rechner|PC|Computer|Laptop|Notebook)", "es": r"otro\s+(?:PC|ordenador|equipo|port[aá]til|computador\w*)",
    "pt": r"outro\s+(?:PC|computador|notebook|laptop)", "it": r"altro\s+(?:PC|computer|portatile|notebook)",
    "fr": r"autre\s+(?:PC|ordinateur|ordi|portable)", "nl": r"andere\s+(?:pc|computer|laptop)",
    "pl": r"inny\w*\s+(?:komputer\w*|laptop\w*|PC)", "cs": r"jin\w*\s+(?:po[cč][ií]ta[cč]\w*|notebook\w*|PC)",
    "ru": r"друго\w*\s+(?:компьютер\w*|ноутбук\w*|ПК)", "uk": r"інш\w*\s+(?:комп'ютер\w*|ноутбук\w*|ноутбуц\w*|ПК)",
    "tr": r"ba[sş]ka\s+(?:bir\s+)?(?:bilgisayar\w*|laptop\w*|PC\w*)", "id": r"(?:komputer|laptop|PC)\s+lain",
}
_WORKS: Dict[str, str] = {
    "de": r"funktioniert|läuft|geht|klappt", "es": r"funciona|anda", "pt": r"funciona|roda", "it": r"funziona|va",
    "fr": r"marche|fonctionne", "nl": r"werkt", "pl": r"dzia[lł]a", "cs": r"funguje|jede", "ru": r"работает",
    "uk": r"працює", "tr": r"çal[ıi][sş][ıi]yor|sorunsuz", "id": r"jalan|berfungsi|lancar",
}


def _works_on(code: str) -> str:
    """Windows or another computer, then the working with no negation between or right after it (in its clause); the
    negations of every language written with words, as the languages share their verbs ("En Windows tampoco funciona" is
    no Portuguese statement either)."""
    negation = r"(?<![\w-])(?:%s|%s)(?![\w-])" % (NEGATIONS[code], "|".join(NEGATIONS[c] for c in LANGUAGES))
    clause = r"(?:(?!%s)[^.,;:!?])" % negation
    # from the start of its clause: no negation of its own language before the other host either ("Tampoco en otro
    # ordenador funciona"; Portuguese "No Windows" is "in Windows")
    own = r"(?:(?!(?<![\w-])(?:%s)(?![\w-]))[^.,;:!?])" % NEGATIONS[code]
    return (r"(?:^|(?<=[.,;:!?]))%s*?(?<![\w-])(?:Windows[\w-]*|%s)(?![\w-])%s{0,40}?(?<![\w-])(?:%s)(?![\w-])(?!%s{0,20}?%s)"
            % (own, _OTHER_HOST[code], clause, _WORKS[code], r"[^.,;:!?]", negation))


def _add_rows(fact: str, patterns: Dict[str, str]) -> None:
    """Each language's pattern of ``patterns`` as one more alternative of its row of ``fact``."""
    for code, pattern in patterns.items():
        STATES[fact][code] = "|".join(filter(None, (STATES[fact].get(code), pattern)))


_add_rows("said:sim-locked", {code: _in_any_order(*words) for code, words in PIN_SET.items()})
_add_rows("said:no-ip-address", _WITHOUT_IP)
_add_rows("said:storage-mode", SEEN_AS_STORAGE)
_add_rows("said:storage-mode", {**{code: _in_any_order(_MODESWITCH, fails) for code, fails in _SWITCH_FAILS.items()},
                                **_SWITCH_FAILS_CJK})
_add_rows("said:ip-no-internet", {code: r"(?:%s)[^.!?。！？]{0,80}?(?:%s)" % (CONNECTED[code], no_traffic)
                                  for code, no_traffic in _NO_TRAFFIC.items() if code in CONNECTED})
_add_rows("said:serial-ports-never-appeared", _never_made(_SERIAL_PORT))
_add_rows("said:control-node-never-appeared", _never_made(_CONTROL_NODE))
_add_rows("said:works-on-other-host", {**{code: _works_on(code) for code in _OTHER_HOST},
                                       "zh": r"(?:Windows|另一台电脑|别的电脑|其他电脑|另外一台电脑)[^。！？]{0,20}?(?<!不)(?:正常|能用|可以用|没问题|好用)",
                                       "ja": r"(?:Windows|別の(?:PC|パソコン)|他の(?:PC|パソコン))[^。！？、]{0,20}?(?:使え(?:る|ます)|動(?:く|きます)|"
                                             r"認識され(?:る|ます)|問題なく)"})
STATES["said:connected-no-ip"] = {code: r"(?:%s)[^.!?。！？]{0,80}?(?:%s)" % (CONNECTED[code], no_ip)
                                  for code, no_ip in STATES["said:no-ip-address"].items() if code in CONNECTED}


# --- the stick seen only as storage, restarting by itself, or working once its CD is ejected: rows made from each language's
# words, in any order where the language allows it (stop 31)
# "only", "as", and the verbs of seeing or mounting, in each language ("wird nur als CD-Laufwerk erkannt", "monta soltanto un
# CD virtuale", "vidí modem iba ako USB disk", "tunnistaa tikun pelkäksi CD-asemaksi")
_ONLY: Dict[str, str] = {
    "de": r"nur|lediglich|ausschlie(?:ß|ss)lich|blo(?:ß|ss)", "es": r"s[oó]lo|solamente|[uú]nicamente",
    "pt": r"s[oó]|somente|apenas|unicamente", "it": r"solo|soltanto|solamente|unicamente", "fr": r"seulement|uniquement|que",
    "nl": r"alleen|slechts|enkel", "pl": r"tylko|wy[lł][aą]cznie|jedynie", "cs": r"jen|jenom|pouze|v[yý]hradn[eě]",
    "sk": r"iba|len|jedine|v[yý]lu[cč]ne", "ru": r"только|лишь|исключительно", "uk": r"лише|тільки|виключно",
    "fi": r"vain|ainoastaan|pelk\w*", "tr": r"sadece|yaln[ıi]zca|yaln[ıi]z", "id": r"hanya|cuma|cuman",
}
_AS: Dict[str, str] = {
    "de": r"als", "es": r"como", "pt": r"como", "it": r"come", "fr": r"comme", "nl": r"als", "pl": r"jako", "cs": r"jako",
    "sk": r"ako", "ru": r"как", "uk": r"як", "id": r"sebagai",
}
_MOUNTED: Dict[str, str] = {
    "de": r"gemountet|eingebunden|eingeh(?:ä|ae)ngt|mountet|bindet", "es": r"mont\w*", "pt": r"mont\w*", "it": r"mont\w*",
    "fr": r"mont\w*", "nl": r"gemount|mount\w*|koppelt", "pl": r"montuj\w*|zamontow\w*|podmontow\w*", "ru": r"монтир\w*|примонтир\w*",
    "uk": r"монту\w*|змонтов\w*", "id": r"mount\w*|terpasang",
}
# (the person's own seeing too: "sehe", "veo", "vejo", "vedo", "vois", "zie", "widzę", "вижу")
_SEEN_BY_ME = {"de": r"sehe|seh", "es": r"veo", "pt": r"vejo", "it": r"vedo", "fr": r"vois", "nl": r"zie", "pl": r"widz[eę]",
               "ru": r"вижу", "uk": r"бачу"}
_SEEN_OR_MOUNTED: Dict[str, str] = {
    **{code: "|".join(lang.seen + tuple(extra[code] for extra in (_MOUNTED, _SEEN_BY_ME) if code in extra))
       for code, lang in LANGUAGES.items()},
    "cs": r"hl[aá]s[ií]|tv[aá][rř][ií]|jev[ií]|zobrazuj\w*|zobraz[ií]|detekuj\w*|rozpozn\w*|vid[ií]|p[rř]ipoj[ií]|objev[ií]|na[cč]te",
    "sk": r"hl[aá]si|tv[aá]ri|jav[ií]|zobrazuj\w*|zobraz[ií]|detekuj\w*|rozpozn\w*|vid[ií]|pripoj[ií]|objav[ií]|n[aá]jde|na[cč][ií]ta",
    "fi": r"tunnist\w*|n[aä]ky\w*|n[aä]kee|n[aä]hd[aä][aä]n|havaitse\w*|havaits\w*|l[oö]yt[aä][aä]|l[oö]ytyy|mounta\w*|liitt[aä][aä]|"
          r"ilmesty\w*|esiinty\w*",
}
# a storage device in any language, a compound's parts included ("CD-Laufwerk", "cd-station", "CD-asemaksi", "USB disk")
# (a compound by its first part, no word scanned backwards: "Laufwerk", "Massenspeicher", "Wechseldatenträger")
_STORAGE_DEVICE = (r"(?:CD|DVD)(?:-?ROM)?[\w-]*|Laufwerk\w*|(?:Massen|USB-|Daten)?[Ss]peicher\w*|(?:Wechsel)?[Dd]atentr(?:ä|ae)ger\w*|(?:USB[\s-]?)?(?:disk|disco|disque|dysk|"
                   r"диск|levy)\w*|pen[\s-]?drive\w*|flash[\s-]?dis[kc]\w*|флешк\w*|накопител\w*|накопичувач\w*|mechanik\w*|nap[eę]d\w*|"
                   r"unidad(?:e)?\s+de\s+(?:CD|armazenamento|almacenamiento)|lecteur\w*|lettore\w*|leitor\w*|lector\w*|chiavetta\s+usb|"
                   r"cl[eé]\s+usb|memoria\s+(?:usb|di\s+massa)|armazenamento\w*|almacenamiento\w*|stockage\w*|archiviazione|"
                   r"massaopslag\w*|opslag\w*|pami[eę][cć]\s+masow\w*|[uú]lo[zž]i[sš][tť]\w*|massamuisti\w*|"
                   r"muistitik\w*|asema\w*|depolama\w*|bellek\w*|penyimpanan|(?:usb|mass)[\s-]?storage")
# the storage beside the modem ("als CD-Laufwerk und als Modem", "como unidad de CD y como módem"): no storage mode
_BESIDE_MODEM = (r"(?![^.!?]{0,30}?(?<![\w-])(?:und|sowie|y|e|et|i|и|і|a|ja|en|ve|dan|oraz|tak\s+i)\s+(?:\w+\s+){0,2}?"
                 r"(?:modem|модем|modeemi)\w*)")
# the Windows drivers the virtual CD holds ("ein CD-Laufwerk mit den Windows-Treibern", "un disco con i driver per Windows")
_WINDOWS_DRIVERS: Dict[str, str] = {
    "de": r"Windows-?Treiber\w*|Treiber\w*\s+(?:f(?:ü|ue)r\s+)?Windows",
    "es": r"controlador\w*\s+(?:de|para)\s+Windows|drivers?\s+(?:de|para)\s+Windows",
    "pt": r"drivers?\s+(?:do|de|para\s+o?)\s*Windows|controlador\w*\s+(?:do|para\s+o?)\s*Windows",
    "it": r"driver\w*\s+(?:per|di)\s+Windows", "fr": r"pilotes?\s+(?:pour\s+|de\s+)?Windows|drivers?\s+(?:pour\s+|de\s+)Windows",
    "nl": r"Windows-?(?:stuurprogramma|driver)\w*|stuurprogramma\w*\s+voor\s+Windows",
    "pl": r"sterownik\w*\s+(?:dla|do|pod)\s+Windows\w*|instalator\w*\s+(?:dla|do|pod)\s+Windows\w*",
    "cs": r"ovlada[cč]\w*\s+(?:pro\s+)?Windows", "sk": r"ovl[aá]da[cč]\w*\s+(?:pre\s+)?Windows",
    "ru": r"драйвер\w*\s+(?:для\s+|под\s+)?Windows", "uk": r"драйвер\w*\s+(?:для\s+|під\s+)?Windows",
    "fi": r"Windows-?(?:ajur|ohjai|laiteohjai)\w*", "tr": r"Windows\s+s[uü]r[uü]c[uü]\w*", "id": r"driver\s+Windows",
}


# "the only thing it sees is ...", and "instead of the modem" ("Lo único que detecta Linux es un CD-ROM", "Вместо модема
# система видит CD-ROM")
_ONLY_THING: Dict[str, str] = {
    "de": r"das\s+einzige", "es": r"lo\s+[uú]nico", "pt": r"a\s+[uú]nica\s+coisa|o\s+[uú]nico", "it": r"l'unica\s+cosa|l'unico",
    "fr": r"la\s+seule\s+chose|le\s+seul", "nl": r"het\s+enige", "pl": r"jedyne", "ru": r"единственное", "uk": r"єдине",
}
_INSTEAD: Dict[str, str] = {
    "de": r"statt|anstatt|anstelle", "es": r"en\s+lugar\s+de(?:l)?|en\s+vez\s+de(?:l)?", "pt": r"em\s+vez\s+d[eo]|ao\s+inv[eé]s\s+d[eo]|no\s+lugar\s+d[eo]",
    "it": r"invece\s+d(?:i|el)|al\s+posto\s+d(?:i|el)", "fr": r"au\s+lieu\s+d(?:u|e)|[àa]\s+la\s+place\s+d(?:u|e)", "nl": r"in\s+plaats\s+van",
    "pl": r"zamiast", "cs": r"m[ií]sto", "sk": r"namiesto", "ru": r"вместо", "uk": r"замість", "id": r"bukannya|alih-alih",
}
_ANY_MODEM = r"(?:modem|m[oó]dem|mod[eè]m|модем|modeemi)\w*"


def _clause_free_of(negation: str) -> Tuple[str, str]:
    """The start of a clause with no word of ``negation`` up to what follows, and the words between two parts (a "%d" for
    how many), none of them a word of ``negation``: looked at word by word, so that the rows stay cheap."""
    word = r"(?:(?!(?:%s)(?![\w-]))[^\s.!?,;:]+\s+)" % negation
    return r"(?:^|(?<=[.!?,;:]))\s*%s*?" % word, r"\s+%s{0,%%d}?" % word


def _seen_as_storage(code: str) -> str:
    """The stick seen, mounted or shown only as storage, with no negation, condition or doubt before it in its clause (the
    match starts at the clause, so the grammar's hedges would not see them): "only" then "as" then the storage device; the
    verb then "only" or "as" then the device; the only thing seen a storage device; a storage device instead of the modem;
    the device holding the Windows drivers."""
    lang = LANGUAGES.get(code)
    start, free = _clause_free_of("|".join((NEGATIONS[code],) + ((lang.conditions + lang.doubts) if lang else ())))
    storage = r"(?<![\w-])(?:USB[\s-]?)?(?:%s)%s" % (_STORAGE_DEVICE, _BESIDE_MODEM)
    words = r"(?:(?!(?:modem|модем|modeemi)\w*\s)\S+\s+){0,2}?"
    only = r"(?<![\w-])(?:%s)(?![\w-])\s+" % _ONLY[code]
    seen = r"(?<![\w-])(?:%s)(?![\w-])" % _SEEN_OR_MOUNTED[code] if code in _SEEN_OR_MOUNTED else ""
    forms = []
    if code in _AS:
        as_ = r"(?<![\w-])(?:%s)\s+" % _AS[code]
        forms.append(start + only + words + as_ + words + storage)
        if seen:
            forms.append(start + seen + free % 6 + as_ + words + storage)
    else:
        # Finnish says "as" with the noun's case ("CD-asemaksi", "levynä"), Turkish after it ("CD-ROM olarak")
        forms.append(start + only + words + storage)
    if seen:
        forms.append(start + seen + free % 6 + only + words + storage)
        if code in _ONLY_THING:
            forms.append(start + r"(?<![\w-])(?:%s)(?![\w-])" % _ONLY_THING[code] + free % 6 + seen + free % 5 + storage)
    if code in _INSTEAD:
        instead = r"(?<![\w-])(?:%s)\s+(?:\S+\s+){0,2}?%s" % (_INSTEAD[code], _ANY_MODEM)
        forms.append(start + instead + free % 7 + storage)
        forms.append(start + r"(?<![\w-])(?:%s)(?![\w-])" % _STORAGE_DEVICE + free % 6 + instead)
    if code == "fr":
        # French says "only" with a negation: "ne voit qu'un CD-ROM", "n'est vue que comme un lecteur CD"
        forms.append(r"(?<![\w-])n(?:e\s+|')(?:\S+\s+){0,3}?qu(?:e\s+|')" + words + r"(?:comme\s+)?" + words + storage)
    forms.append(start + r"(?<![\w-])(?:%s)[^.!?]{0,60}?(?:%s)" % (_STORAGE_DEVICE, _WINDOWS_DRIVERS[code]))
    return "|".join("(?:%s)" % f for f in forms)


# the modem restarting or disconnecting itself again and again (said:drops-off-bus), in each language: (the modem, its
# restarting, how often or "by itself") in any order ("Modem co kilka minut sam się resetuje", "il modem si riavvia da solo")
_SELF: Dict[str, str] = {
    "de": r"von\s+selbst|selbstst(?:ä|ae)ndig|einfach\s+so", "es": r"solo|sola|por\s+s[ií]\s+mism[oa]", "pt": r"sozinh[oa]|por\s+conta\s+pr[oó]pria",
    "it": r"da\s+sol[oa]", "fr": r"tout\s+seul|toute\s+seule|de\s+lui-m[eê]me", "nl": r"vanzelf|uit\s+zichzelf", "pl": r"sam|sama|samoistnie",
    "cs": r"s[aá]m|sama|samo|samovoln[eě]", "sk": r"s[aá]m|sama|samo|samovo[lľ]ne", "ru": r"сам|сама|само|самопроизвольно",
    "uk": r"сам|сама|само", "fi": r"itsest[aä][aä]n|itsekseen", "tr": r"kendi\s+kendine|kendili[gğ]inden", "id": r"sendiri",
}
_RESTARTS: Dict[str, str] = {
    "de": r"startet\s+(?:(?!nicht\b|nie\b)\w+\s+){0,4}?neu|rebootet|bootet\s+(?:(?!nicht\b|nie\b)\w+\s+){0,4}?neu|resett?et|"
          r"meldet\s+sich\s+(?:(?!nicht\b|nie\b)\w+\s+){0,4}?(?:neu|ab)|"
          r"trennt\s+sich|verliert\s+(?:\w+\s+){0,3}?Verbindung|fliegt\s+(?:\w+\s+){0,3}?(?:vom|aus\s+dem)\s+(?:USB|Bus)\w*|verschwindet",
    "es": r"(?:se\s+)?reinicia|se\s+resetea|se\s+desconecta|se\s+cae", "pt": r"(?:se\s+)?reinicia|reseta|se\s+desconecta|desconecta|cai",
    "it": r"si\s+riavvia|riavvia|si\s+resetta|si\s+disconnette|si\s+stacca|cade",
    "fr": r"red[eé]marre|se\s+r[eé]initialise|reboote|se\s+d[eé]connecte|d[eé]croche",
    "nl": r"herstart|reset|start\s+(?:\w+\s+)?opnieuw|valt\s+(?:\w+\s+){0,2}?weg|verbreekt|verliest\s+(?:de\s+)?verbinding",
    "pl": r"restartuje|resetuje|od[lł][aą]cza|roz[lł][aą]cza|uruchamia\s+(?:\w+\s+)?ponownie|traci\s+po[lł][aą]czenie",
    "cs": r"restartuje|resetuje|odpoj\w*|rozpoj\w*", "sk": r"re[sš]tartuje|resetuje|odpoj\w*|odp[aá]ja",
    "ru": r"перезагружа\w*ся|перезапуска\w*ся|отключа\w*ся|отвалива\w*ся|сбрасыва\w*ся",
    "uk": r"перезавантажу\w*ся|перезапуска\w*ся|відключа\w*ся|відвалю\w*ся",
    "fi": r"k[aä]ynnisty\w*\s+uudelleen|uudelleenk[aä]ynnisty\w*|resetoi\w*|katkai\w*|katkea\w*|putoa\w*|tippuu",
    "tr": r"yeniden\s+ba[sş]l[ıi]yor|resetleniyor|resetliyor|kop(?:uyor|ar)\w*|d[uü][sş][uü]yor",
    "id": r"restart\w*|reset\w*|putus|terputus|mati",
}
_OFTEN: Dict[str, str] = {**{code: words[2] for code, words in DROPS.items()}}
_MODEM_NOUNS: Dict[str, str] = {**{code: words[0] for code, words in CRASHES.items()}}
# (Indonesian's modem needs no Indonesian word beside it here: how often, or "sendiri", is one)
_MODEM_NOUNS.update({"fr": CRASHES["fr"][0] + r"|cl[eé]|dongle", "sk": r"modem\w*|modul\w*", "fi": r"modeemi\w*|mokkula\w*|tikku\w*|moduuli\w*", "id": r"modem\w*|modul\w*|dongle\w*"})
_OFTEN.update({
    "sk": r"ka[zž]d\w*\s+(?:p[aá]r\s+|\d+\s+|\w+\s+)?(?:sek[uú]nd\w*|min[uú]t\w*|hod[ií]n\w*)|neust[aá]le|st[aá]le|opakovane|pravidelne",
    "fi": r"(?:muutaman|parin|\d+|\w+)\s+(?:minuutin|sekunnin|tunnin)\s+v[aä]lein|jatkuvasti|toistuvasti|s[aä][aä]nn[oö]llisesti|"
          r"koko\s+ajan|v[aä]h[aä]n\s+v[aä]li[aä]|tuon\s+t[aä]st[aä]",
    "id": r"setiap\s+(?:beberapa\s+|\d+\s+)?(?:detik|menit|jam)|terus(?:-menerus)?|sering",
})


# the verbs in two parts, how often between them ("startet ständig neu", "valt steeds weg")
_SPLIT_RESTARTS: Dict[str, Tuple[Tuple[str, str], ...]] = {
    "de": ((r"startet|bootet|meldet\s+sich", r"neu|ab"),), "nl": ((r"valt", r"weg"), (r"start", r"opnieuw")),
}


def _restarts(code: str) -> str:
    """The modem, its restarting and how often, in any order in a clause with no negation, condition or doubt before or
    between them (the match starts at the clause: "Das Modem startet nicht ständig neu", "El módem no se reinicia solo")."""
    lang = LANGUAGES.get(code)
    start, free = _clause_free_of("|".join((NEGATIONS[code],) + ((lang.conditions + lang.doubts) if lang else ())))
    often = "%s|%s" % (_OFTEN[code], _SELF[code])
    word = r"(?:(?!(?:%s)(?![\w-]))\w+\s+)" % NEGATIONS[code]
    split = "|".join(r"(?:%s)\s+%s{0,3}?(?:%s)\s+%s{0,2}?(?:%s)" % (first, word, often, word, last)
                     for first, last in _SPLIT_RESTARTS.get(code, ()))
    # ... and the modem inside the verb's words ("fliegt der Stick vom USB"): named at most a few words after the verb starts
    modem_within = r"(?=[^.!?]{0,40}?\b(?:%s)\b)(?:%s)" % (_MODEM_NOUNS[code], _RESTARTS[code])
    orders = [(_MODEM_NOUNS[code], _RESTARTS[code], often), (often, modem_within)] + ([(_MODEM_NOUNS[code], split)] if split else [])
    gap = free % 10
    return start + "(?:%s)" % "|".join(gap.join(r"\b(?:%s)\b" % w for w in order)
                                       for words in orders for order in itertools.permutations(words))


# the modem working or appearing once its virtual CD is ejected or unmounted (said:storage-mode: the switch was the eject):
# (ejecting, the storage device, the modem) in any order ("nach dem Auswerfen des CD-Laufwerks erscheint das Modem")
_EJECTS: Dict[str, str] = {
    "de": r"auswerf\w*|ausgeworfen|wirft|aush(?:ä|ae)ng\w*|ausgeh(?:ä|ae)ngt|unmount\w*|umount\w*|eject\w*",
    "es": r"expuls\w*|desmont\w*|eject\w*|umount", "pt": r"ejet\w*|eject\w*|desmont\w*|umount", "it": r"espell\w*|espuls\w*|smont\w*|eject\w*|umount",
    "fr": r"[eé]ject\w*|d[eé]mont\w*|umount", "nl": r"uitwerp\w*|uitgeworpen|ontkoppel\w*|unmount\w*|umount",
    "pl": r"wysun\w*|wysuwa\w*|odmontow\w*|eject\w*|umount", "cs": r"vysun\w*|odmontov\w*|eject\w*|umount",
    "sk": r"vysun\w*|odmontov\w*|eject\w*|umount", "ru": r"извле\w*|извлёк\w*|отмонтир\w*|размонтир\w*|eject\w*|umount",
    "uk": r"вилуч\w*|відмонту\w*|eject\w*|umount", "fi": r"poista\w*|poisti\w*|irrota\w*|irroti\w*|eject\w*|umount",
    "tr": r"ç[ıi]kar\w*|eject\w*|umount", "id": r"eject\w*|unmount\w*|umount|dilepas",
}


def _ejected(code: str) -> str:
    """Ejecting, the storage device and the modem in any order, from the start of a clause with no negation, condition or
    doubt before them (tried at clause starts only)."""
    lang = LANGUAGES.get(code)
    start, free = _clause_free_of("|".join((NEGATIONS[code],) + ((lang.conditions + lang.doubts) if lang else ())))
    gap = r"[^.!?]{0,60}?"
    return start + "(?:%s)" % "|".join(gap.join(r"(?<![\w-])(?:%s)(?![\w-])" % w for w in order) for order in
                                       itertools.permutations((_EJECTS[code], _STORAGE_DEVICE, _MODEM_NOUNS[code])))


_add_rows("said:storage-mode", {code: _seen_as_storage(code) for code in _ONLY})
_add_rows("said:storage-mode", {code: _ejected(code) for code in _EJECTS})
_add_rows("said:drops-off-bus", {code: _restarts(code) for code in _RESTARTS})

# the SIM, the signal and the network in Slovak and Finnish (Czech's rows read much of Slovak), and Czech's reflexive "se"
# on either side of its verb ("se nepřihlásí do sítě", "nepřihlásí se do sítě")
_add_rows("said:sim-locked", {
    "sk": r"\b(?:chce|vy[zž]aduje|p[yý]ta|[zž]iada|vyp[yý]ta)\s+(?:[\w-]+\s+){0,2}?(?:o\s+)?(?:k[oó]d\s+)?(?:PIN|PUK)|"
          r"\bSIM(?:[\s-]?kart[ay])?\s+(?:je\s+)?zablokovan[aá]\b",
    "fi": r"\b(?:pyyt[aä][aä]|pyysi|kysyy|kysyi|vaatii|haluaa|odottaa)\s+(?:[\w-]+\s+){0,3}?(?:PIN|PUK)|"
          r"\b(?:PIN|PUK)[\w-]*\s+(?:[\w-]+\s+)?(?:kysyt[aä][aä]n|pyydet[aä][aä]n|vaaditaan)\b|\bSIM[\w-]*\s+(?:on\s+)?(?:\w+\s+)?lukittu\w*",
})
_add_rows("said:sim-not-detected", {
    "fi": r"\bei\s+(?:\w+\s+)?(?:tunnista|n[aä]e|havaitse|l[oö]yd[aä]|lue)\s+(?:[\w-]+\s+){0,2}?SIM|"
          r"\bSIM[\w-]*\s+(?:\w+\s+)?ei\s+(?:\w+\s+)?(?:tunnistu|n[aä]y|l[oö]ydy|tunnisteta|havaita|ole\s+paikallaan)\b",
})
_add_rows("said:not-registered", {
    "pl": r"\bnie\s+(?:ma|[lł]apie|widzi|znajduje)\s+(?:\w+\s+)?(?:zasi[eę]gu|sygna[lł]u|sieci)\b|\bbrak\s+(?:\w+\s+)?(?:zasi[eę]gu|sygna[lł]u|sieci)\b|"
          r"\bbez\s+(?:zasi[eę]gu|sygna[lł]u)\b",
    "cs": r"\bnep[rř]ihl[aá]s[ií](?:\s+se)?\s+(?:\w+\s+)?(?:do\s+)?s[ií]t[eě]|\bsign[aá]l\s+(?:je\s+)?nulov[ýy]",
    "sk": r"\b(?:sa\s+)?neprihl[aá]si(?:\s+sa)?\s+(?:\w+\s+)?(?:do\s+)?siete|\bnem[aá]\s+(?:\w+\s+)?sign[aá]l|\bbez\s+sign[aá]lu\b|"
          r"\b(?:sa\s+)?nezaregistruje|\bnie\s+je\s+(?:zaregistrovan\w*|prihl[aá]sen\w*)\s+(?:\w+\s+)?(?:do\s+|v\s+)?siet|"
          r"\bsign[aá]l\s+(?:je\s+)?nulov[ýy]",
    "fi": r"\bei\s+(?:\w+\s+)?(?:l[oö]yd[aä]|l[oö]yt[aä]nyt|n[aä]e)\s+(?:\w+\s+)?(?:verkkoa|operaattoria|signaalia)|"
          r"\b(?:ei|eik[aä])\s+(?:\w+\s+)?rekister[oö]idy|\bei\s+(?:ole\s+)?(?:kuuluvuutta|kentt[aä][aä]|signaalia)|"
          r"\bilman\s+(?:kuuluvuutta|kentt[aä][aä]|signaalia)|\b(?:kentt[aä]|signaali)\s+(?:on\s+)?(?:nolla|nollassa|poissa)",
})


# the stick left in its storage mode in Finnish and Slovak ("jää massamuistitilaan", "pysyy CD-tilassa", "zostáva v režime
# úložiska"), and in every language the modem mode never reached: a negated verb of switching or going, then the modem mode
# ("wechselt nicht in den Modem-Modus", "no pasa a modo módem", "не переключается в режим модема", "ei siirry modeemitilaan")
_add_rows("said:storage-mode", {
    "fi": r"\b(?:j[aä][aä]|j[aä]i|pysyy|pysyi|on|j[uä]mitt[aä][aä]|jumittaa|j[uä]umii)\s+(?:\w+\s+){0,2}?"
          r"(?:massamuisti|CD|CD-ROM|levy|muistitikku|tallennus|asema)-?tila\w*",
    "sk": r"(?<!\bnie\s)\b(?:zost[aá]va|zostal[oa]?|je|vis[ií]|ostane)\s+(?:\w+\s+){0,2}?v\s+re[zž]ime\s+(?:[uú]lo[zž]isk\w*|CD(?:-?ROM)?|"
          r"disku|flash\w*|pam[aä][tť]\w*)",
})
_TO_MODEM_MODE: Dict[str, Tuple[str, str]] = {
    "de": (r"wechselt|wechseln|schaltet|geht|springt|umgeschaltet|umschalten|kommt", r"in\s+den\s+Modem-?\s?Modus|in\s+den\s+Modemmodus"),
    "es": (r"pasa|cambia|conmuta|entra|se\s+pone", r"(?:a|en|al)\s+modo\s+m[oó]dem"),
    "pt": (r"passa|muda|troca|entra|comuta|vai", r"(?:para\s+o|pro|ao|em)\s+modo\s+(?:de\s+)?modem"),
    "it": (r"passa|cambia|commuta|entra|va|si\s+mette", r"in\s+modalit[àa]\s+modem"),
    "fr": (r"passe|bascule|commute|se\s+met", r"en\s+mode\s+mod[eè]m"),
    "nl": (r"schakelt|gaat|wisselt|springt", r"naar\s+(?:de\s+)?(?:modem-?modus|modemmodus|modem-?stand)"),
    "pl": (r"prze[lł][aą]cza|przechodzi|prze[lł][aą]czy", r"(?:w|na)\s+tryb\s+modemu"),
    "ru": (r"переключа\w*|переход\w*|перейти", r"в\s+режим\s+модема"),
    "uk": (r"перемика\w*|переход\w*|перейти", r"в\s+режим\s+модему"),
    "fi": (r"siirry|siirtynyt|vaihda|vaihdu|vaihtunut|mene", r"modeemi-?tila\w*|tiedonsiirtotila\w*"),
}


def _never_in_modem_mode(code: str) -> str:
    verbs, mode = _TO_MODEM_MODE[code]
    return r"(?:%s)(?:\s+\S+){0,2}?\s+(?:%s)" % (_negated_near(NEGATIONS[code], verbs, 2), mode)


_add_rows("said:storage-mode", {
    **{code: _never_in_modem_mode(code) for code in _TO_MODEM_MODE},
    "cs": r"\b(?:se\s+)?nep[rř]epn\w*(?:\s+se)?\s+(?:\w+\s+){0,2}?do\s+re[zž]imu\s+modemu",
    "sk": r"\b(?:sa\s+)?neprepn\w*(?:\s+sa)?\s+(?:\w+\s+){0,2}?do\s+re[zž]imu\s+modemu",
    "tr": r"\bmodem\s+mod(?:un)?a\s+(?:\w+\s+)?ge[cç](?:mi|emi)yor",
})


# the SIM said missing ("die SIM-Karte fehlt", "falta la SIM", "chybí SIM", "SIM-kortti puuttuu"), the PIN or PUK asked in the
# passive ("der PUK wird verlangt", "le code PUK est demandé", "viene richiesto il PIN", "требуется PIN")
_SIM_WORD = r"(?:U?SIM|SIM-?Karte|SIM-?kort\w*|sim-?kaart|симк\w*|сим-?карт\w*|SIM-?карт\w*|chip)"
_add_rows("said:sim-not-detected", {
    "de": r"\b(?:die\s+)?SIM(?:-?Karte)?\s+(?:\w+\s+)?fehlt\b|\bfehlt\s+(?:\w+\s+)?(?:die\s+)?SIM(?:-?Karte)?\b",
    "es": r"\bfalta\s+(?:la\s+)?(?:tarjeta\s+)?SIM\b", "pt": r"\bfalta\s+(?:o\s+|a\s+)?(?:chip|cart[aã]o\s+SIM|SIM)\b",
    "it": r"\bmanca\s+(?:la\s+)?(?:scheda\s+)?SIM\b|\bSIM\s+(?:\w+\s+)?(?:manca|assente|mancante)\b",
    "fr": r"\b(?:carte\s+)?SIM\s+(?:\w+\s+)?(?:manque|absente|manquante)\b|\bmanque\s+(?:la\s+)?(?:carte\s+)?SIM\b",
    "cs": r"\bchyb[ií]\s+(?:\w+\s+)?SIM\b|\bSIM(?:[\s-]?kart[ay])?\s+(?:\w+\s+)?chyb[ií]\b",
    "sk": r"\bch[ýy]ba\s+(?:\w+\s+)?SIM\b|\bSIM(?:[\s-]?kart[ay])?\s+(?:\w+\s+)?ch[ýy]ba\b|\bSIM(?:[\s-]?kart[ay])?\s+nie\s+je\s+(?:rozpoznan|detegovan|detekovan|vlo[zž]en)\w*",
    "fi": r"\bSIM[\w-]*\s+(?:\w+\s+)?puuttuu\b|\bpuuttuu\s+(?:\w+\s+)?SIM",
})
_add_rows("said:sim-locked", {
    "de": r"\b(?:PIN|PUK)(?:-Code)?\s+(?:wird|werde)\s+(?:\w+\s+)?(?:verlangt|abgefragt|gefordert|angefordert)\b",
    "es": r"\bse\s+(?:me\s+)?(?:pide|solicita|requiere)\s+(?:el\s+)?(?:c[oó]digo\s+)?(?:PIN|PUK)\b|\b(?:PIN|PUK)\s+(?:es|est[aá])\s+(?:requerido|solicitado|pedido)\b",
    "pt": r"\b(?:PIN|PUK)\s+(?:[eé]|est[aá]\s+sendo)\s+(?:pedido|solicitado|exigido|requerido)\b|\b[eé]\s+(?:pedido|solicitado|exigido)\s+o\s+(?:c[oó]digo\s+)?(?:PIN|PUK)\b",
    "it": r"\bviene\s+(?:\w+\s+)?richiest[oa]\s+(?:il\s+)?(?:codice\s+)?(?:PIN|PUK)\b|\b(?:PIN|PUK)\s+(?:viene\s+|è\s+)?(?:richiesto|necessario)\b",
    "fr": r"\b(?:code\s+)?(?:PIN|PUK)\s+(?:est|sont)\s+(?:\w+\s+)?(?:demand[ée]|exig[ée]|requis|r[ée]clam[ée])\b",
    "pl": r"\bwymagany\s+(?:jest\s+)?(?:kod\s+)?(?:PIN|PUK)\b|\b(?:PIN|PUK)\s+(?:jest\s+)?wymagany\b",
    "ru": r"\b(?:требуется|запрашивается|нужен)\s+(?:ввод\s+)?(?:PIN|PUK|пин|пак)\w*", "uk": r"\b(?:потрібен|вимагається|запитується)\s+(?:PIN|PUK|пін)\w*",
})
# no signal in still other words: "null Empfang", "ohne Netz", "senza campo", "geen signaal", "nenajde síť", "ei saa signaalia", and
# the modem searching for a network without end ("blijft zoeken naar een netwerk", "sucht ständig nach einem Netz")
_add_rows("said:not-registered", {
    "de": r"\b(?:null|gar\s+kein(?:en)?)\s+(?:Empfang|Netz|Signal)\b|\bohne\s+(?:Netz|Empfang|Signal|Netzempfang)\b|"
          r"\bsucht\s+(?:\w+\s+){0,2}?(?:ständig|staendig|dauernd|immer\s+noch|endlos)\s+(?:nach\s+)?(?:einem\s+|dem\s+)?Netz",
    "it": r"\b(?:nessun|senza|niente)\s+campo\b|\bcerca\s+(?:\w+\s+)?(?:sempre|continuamente|ancora)\s+(?:la\s+)?rete\b",
    "es": r"\bsigue\s+buscando\s+(?:una\s+|la\s+)?red\b|\bbusca\s+(?:\w+\s+)?red\s+(?:sin\s+parar|constantemente)\b",
    "pt": r"\bfica\s+(?:\w+\s+)?procurando\s+(?:a\s+|uma\s+)?rede\b",
    "fr": r"\b(?:pas|plus)\s+de\s+r[ée]seau\b|\bcherche\s+(?:\w+\s+)?(?:sans\s+arr[eê]t|toujours|en\s+permanence)\s+(?:un\s+|le\s+)?r[ée]seau\b",
    "nl": r"\bgeen\s+(?:\w+\s+)?(?:signaal|bereik|netwerk|dekking)\b|\bblijft\s+(?:\w+\s+)?zoeken\s+naar\s+(?:een\s+|het\s+)?(?:netwerk|signaal)\b",
    "pl": r"\bci[aą]gle\s+szuka\s+sieci\b|\bszuka\s+sieci\s+(?:bez\s+ko[nń]ca|ca[lł]y\s+czas)",
    "ru": r"\b(?:постоянно|вс[её]\s+время|бесконечно)\s+ищет\s+сеть\b|\bищет\s+сеть\s+(?:постоянно|бесконечно)",
    "cs": r"\bnenajde\s+(?:\w+\s+)?s[ií][tť]|\bnenach[aá]z[ií]\s+(?:\w+\s+)?s[ií][tť]|\bpo[rř][aá]d\s+hled[aá]\s+s[ií][tť]",
    "sk": r"\bnen[aá]jde\s+(?:\w+\s+)?sie[tť]|\bst[aá]le\s+h[lľ]ad[aá]\s+sie[tť]",
    "fi": r"\bei\s+(?:\w+\s+)?(?:saa|saanut)\s+(?:\w+\s+)?(?:verkkoa|signaalia|kentt[aä][aä]|yhteytt[aä]\s+verkkoon)|\betsii\s+(?:\w+\s+)?verkkoa\s+(?:jatkuvasti|loputtomasti)",
})


def module_missing(code: str, module: str) -> str:
    """The row of ``code`` (Slovak, Finnish, Indonesian) of the driver ``module`` (model.prose_states' pattern of a named
    module) missing from the kernel (the rows of the other languages are model.prose_states' own)."""
    return module_missing_rows(module)[code]


def module_missing_rows(module: str) -> Dict[str, str]:
    """The driver ``module`` (model.prose_states' pattern of a named module) missing from the kernel, in Slovak and Finnish
    (the rows of the other languages are model.prose_states' own): "v jadre chýba modul option", "ytimestä puuttuu
    option-moduuli", "kernelissä ei ole qmi_wwan-ajuria"."""
    return {
        "sk": r"\b(?:ch[ýy]ba|ch[ýy]baj[uú]|nie\s+je|nem[aá]|bez)\s+(?:\w+\s+){0,3}?" + module + r"|" + module +
              r"\s+(?:\w+\s+){0,2}?(?:ch[ýy]ba|nie\s+je\s+(?:v\s+jadre|pr[ií]tomn\w*|skompilovan\w*))\b",
        "fi": r"\b(?:puuttuu|puuttuvat|puuttui|ilman)\s+(?:[\w-]+\s+){0,3}?" + module + r"|" + module +
              r"[\w-]*\s+(?:\w+\s+){0,2}?(?:puuttuu|puuttui)\b|\bei\s+ole\s+(?:[\w-]+\s+){0,3}?" + module,
        "id": r"\b(?:tidak|tak|gak|nggak|belum)\s+(?:ada|punya|memiliki|menyertakan|menyediakan)\s+(?:\w+\s+){0,2}?" + module +
              r"|\btanpa\s+(?:\w+\s+)?" + module + r"|" + module + r"\s+(?:\w+\s+){0,2}?(?:tidak\s+ada|hilang)\b",
    }

# the stick no longer seen as storage ("ya no aparece como unidad de CD", "wird nicht mehr als CD-Laufwerk erkannt")
# ... the words of "no longer" before a storage device's name: "se queda como unidad de CD y ya no cambia a modo módem" still
# tells storage mode
_NO_LONGER = (r"\bn'est\s+plus\b|\bya\s+no\b|\bnicht\s+mehr\b|\bj[aá]\s+n[aã]o\b|\bnon\s+(?:è\s+|e'\s+)?pi[uù]\b|\bplus\s+comme\b|"
              r"\bniet\s+meer\b|\bju[zż]\s+nie\b|\bбольше\s+не\b|\bбільше\s+не\b|\bu[zž]\s+ne\b|\bart[ıi]k\b")
_AS_WORDS = {"de": "als", "es": "como", "pt": "como", "it": "come", "fr": "comme", "nl": "als", "pl": "jako", "ru": "как",
             "uk": "як", "id": "sebagai"}
_STORAGE_NAMED = (r"(?:CD|DVD|ROM|disco|disque|dis[kc]\w*|dysk\w*|schijf|\w*laufwerk\w*|\w*speicher\w*|datentr\w*|storage|stockage|"
                  r"almacenamiento|armazenamento|archiviazione|pen\s?drive\w*|chiavetta|cl[eé]|memoria|m[eé]moire|opslag\w*|massaopslag\w*|"
                  r"pami[eę][cć]|[uú]lo[zž]i[sš]t\w*|flash\w*|unidad|unit[àa]|unidade|lecteur|leitor|lettore|lector|drive|USB-Stick|"
                  r"накопител\w*|накопичувач\w*|флешк\w*|диск\w*|depolama|bellek)")
# (a compound's part too: "nicht mehr als CD-Laufwerk", "больше не ... как CD-ROM")
STORAGE_NO_LONGER = r"(?:%s)[^.!?]{0,60}?(?<!\w)%s(?!\w)" % (_NO_LONGER, _STORAGE_NAMED)
# "not only as storage" ("не только как CD-ROM", "nicht nur als CD-Laufwerk"), and the modem named beside the storage ("als
# Modem und als CD-Laufwerk"): no storage mode; "they are not only a modem ... and are seen as a CD-ROM" still tells it
_NOT_ONLY_AS_STORAGE = (r"(?:\bне\s+только|\bне\s+лише|\bnicht\s+nur|\bno\s+s[oó]lo|\bn[aã]o\s+s[oó]|\bnon\s+solo|\bpas\s+seulement|"
                        r"\bnie\s+tylko|\bnejen|\bnielen|\bniet\s+alleen|\bei\s+vain)\s+(?:(?:als|como|come|comme|jako|как|як|ako|als)\s+)?"
                        r"(?:\S+\s+){0,2}?(?<!\w)" + _STORAGE_NAMED + r"(?!\w)")
_MODEM_AND = (r"(?<![\w-])(?:als|como|come|comme|jako|как|як|ako|sebagai)\s+(?:\w+\s+)?(?:modem|модем|modeemi)\w*\s+"
              r"(?:und|y|e|et|i|и|і|a|ja|en|ve|dan|oraz)\s+(?:(?:als|como|come|comme|jako|как|як|ako|sebagai)\s+)?")
# the stick not seen as storage: a negation, a verb of seeing, "as", a storage device ("no reconoce el módem como unidad de CD",
# "nie widzi modemu jako napędu CD", "wordt niet als cd-station herkend")
_NOT_SEEN_AS_STORAGE = "|".join(
    r"(?<![\w-])(?:%s)\s+(?:\S+\s+){0,2}?(?:%s)(?![\w-])(?:(?!qu(?:e\b|'))[^.!?,;]){0,30}?(?<![\w-])(?:%s)\s+(?:\S+\s+){0,2}?(?<!\w)%s|"
    r"(?<![\w-])(?:%s)\s+(?:%s)\s+(?:\S+\s+){0,2}?(?<!\w)%s" % (
        NEGATIONS[code], "|".join(lang.seen), _AS_WORDS[code], _STORAGE_NAMED, NEGATIONS[code], _AS_WORDS[code], _STORAGE_NAMED)
    for code, lang in LANGUAGES.items() if code in _AS_WORDS)
# what ends a state in any language ("ya no", "nicht mehr", "больше не", "už ne", "enää"), for the rows of a repeated drop
_NO_LONGER_ANY = (r"\bnicht\s+mehr\b|\bya\s+no\b|\bбольше\s+не\b|\bбільше\s+не\b|\bniet\s+meer\b|\bju[zż]\s+(?:si[eę]\s+)?nie\b|"
                  r"\bu[zž]\s+(?:sa\s+|se\s+)?(?:ne|nie)\w*|\bnon\s+(?:\w+\s+){0,2}?pi[uù]\b|\bn[aã]o\s+(?:\w+\s+){0,2}?mais\b|\bj[aá]\s+n[aã]o\b|"
                  r"\bne\s+(?:\S+\s+){0,2}?plus\b|\bn'\S+\s+plus\b|\bart[ıi]k\b|\ben[aä][aä]\b|\btidak\s+(?:\w+\s+)?lagi\b|不再|没有再")

# what takes a row back in any language: the state ended, denied, or the person's own doing
UNLESS: Dict[str, str] = {
    "said:sim-not-detected": r"\bohne\s+SIM|\bsin\s+(?:tarjeta\s+)?SIM\b|\bбез\s+(?:сим|SIM)",
    "said:sim-locked": r"deaktiviert|ausgeschaltet|\bkeine\s+PIN|desactiv|d[ée]sactiv|disattiv|desativ|\bsin\s+PIN|\bsans\s+(?:code\s+)?PIN|"
                       r"\bsenza\s+PIN|\bsem\s+PIN|отключ|\bбез\s+(?:PIN|пин)|снял\w*|無効|解除|\bn'est\s+pas\s+(?:verrouill|bloqu)|"
                       r"\bnon\s+(?:è\s+)?bloccat|\bn[aã]o\s+(?:est[aá]\s+)?bloquead|\bnie\s+(?:jest\s+)?zablokowan|\bnen[ií]\s+zablokovan|"
                       r"kilitli\s+de[gğ]il|\bне\s+(?:заблок|просит|просить)|不需要|不用|没有?(?:设置|设)|" + _PIN_OFF + r"|" + _PIN_NOT_ASKED,
    "said:radio-stuck-off": r"\bnicht\s+(?:im|mehr)\b|\bno\s+(?:est[aá]|sigue)\b|\bya\s+no\b|\bне\s+в\s+режиме|выш\w+\s+из|"
                            r"退出|关闭飞行|解除(?!しても|したのに|したが)|没有?处于|不在|并非|\bnie\s+(?:jest\s+)?w\s+trybie|\bне\s+(?:в|у)\s+режимі|"
                            r"\bn[aã]o\s+(?:est[aá]|fica)\s+(?:mais\s+)?em\s+modo|\bnon\s+(?:è|resta)\s+(?:più\s+)?in\s+modalit|\bn'est\s+(?:pas|plus)\s+en\s+mode|"
                            r"\bniet\s+(?:in|op)\s+(?:de\s+)?vliegtuig|\bnen[ií]\s+v\s+re[zž]imu|modunda\s+de[gğ]il",
    "said:not-registered": r"\bkein\s+Problem|\bsin\s+problema|\bнет\s+проблем|\b(?:aucun|sans)\s+probl[èe]me|\bsenza\s+problemi|"
                           r"\bnessun\s+problema|\bsem\s+problemas?|\bsignal\s+est\s+bon\b",
    "said:no-ip-address": "",
    "said:no-pin-prompt": r"deaktiviert|ausgeschaltet|\bohne\s+PIN|desactiv|\bsin\s+PIN|\bsans\s+(?:code\s+)?PIN|\bsem\s+PIN|"
                          r"\b(?:Handy|tel[eé]fono|t[eé]l[eé]phone|telefone|celular)\b",
    "said:drops-off-bus": _NO_LONGER_ANY,
    "said:storage-mode": STORAGE_NO_LONGER + r"|" + _NOT_ONLY_AS_STORAGE + r"|" + _MODEM_AND + r"|" + _NOT_SEEN_AS_STORAGE + r"|不是|じゃなく|ではなく|されなくな|しなくな|\btidak\s+lagi\b",
    "said:port-held-by-mm": r"\bnicht\s+mehr\b|\bya\s+no\b|\bбольше\s+не\b|\bне\s+(?:занимает|держит)",
    "said:not-on-usb": "",
    "said:mm-no-modem": "",
    # a port that was there and left (said:ports-gone): "nicht mehr", "ya no", "non più", "não ... mais", "plus de", "больше не"
    "said:serial-ports-never-appeared": r"\bnicht\s+mehr\b|\bkeine?[nrs]?\s+\S+\s+mehr\b|\bya\s+no\b|\bnon\s+(?:\w+\s+)?pi[uù]\b|"
                                        r"\bn[ãa]o\s+(?:\S+\s+){0,4}?mais\b|\bn(?:e\s+|')\S*\s+plus\b|\bplus\s+(?:de|d'|aucun)|\bбольше\b|пропал|"
                                        r"verschwunden|desapareci|scompars|disparu|\b(?:sekarang|sudah)\s+(?:muncul|ada)\b",
    "said:ip-no-internet": "",
    "said:control-node-never-appeared": r"\bnicht\s+mehr\b|\bya\s+no\b|\bбольше\b|verschwunden|desapareci|scompars|disparu",
    "said:works-on-other-host": "",
    "said:serial-nul-bytes": "",
    "said:stops-after-idle": "",
    "said:drops-since-firmware": r"\bnicht\s+mehr\b|\bya\s+no\b|\bplus\s+(?:de|aucune?)\b",
    "said:reappears-other-id": r"(?i)mode ?switch|usb_modeswitch|umschalt\w*|umgeschaltet|conmut\w*|bascul\w*|cambi[oó]\s+de\s+modo",
    "said:drops-periodically": _NO_LONGER_ANY,
    "said:modem-crashes": r"ModemManager|Modem\s?Manager|\b(?:hängt|friert|stürzt)\s+(?:[\w-]+\s+){0,3}?nicht\s+mehr\b|\bya\s+no\b|\bбольше\s+не\b|不再|没有再|"
                          r"\bne\s+(?:se\s+)?(?:plante|fige|bloque|g[eè]le|crashe)\s+plus\b|\bnon\s+(?:si\s+)?(?:blocca|pianta|impalla|congela|crasha)\s+pi[uù]\b|"
                          r"\bn[aã]o\s+(?:\w+\s+)?(?:trava|congela|crasha)\s+mais\b|\bju[zż]\s+(?:si[eę]\s+)?nie\b|\bbільше\s+не\b|\bu[zž]\s+(?:se\s+)?ne\w+|"
                          r"\b(?:tidak|gak|nggak)\s+(?:\w+\s+)?lagi\b",
    "said:fcc-lock": r"解除(?:でき)?(?:ました|した|済み)|解锁成功|已解锁",
    "said:connected-no-ip": "",
}

# the conditions, questions and past of the languages the clause grammar's table has no row for (their negation is part of
# the verb: Czech "nevidí", Turkish "algılamıyor"): they take back that language's rows
NO_TABLE_HEDGES: Dict[str, str] = {
    "cs": r"\b(?:pokud|jestli|jestli[zž]e|kdyby|d[rř][ií]ve|p[rř]edt[ií]m|mo[zž]n[aá]|asi|vy[rř]e[sš]eno|u[zž]\s+funguje|v\s+telefonu|"
          r"v\s+mobilu)\b",
    "tr": r"\b(?:e[gğ]er|[oö]nceden|daha\s+[oö]nce|belki|acaba|ç[oö]z[uü]ld[uü]|art[ıi]k\s+çal[ıi][sş][ıi]yor|telefonda)\b|\bm[ıiuü]\s*\?",
    "sk": r"\b(?:ak|ke[dď]|keby|[cč]i|predt[ýy]m|pred\s+t[ýy]m|mo[zž]no|asi|vyrie[sš]en\w*|u[zž]\s+funguje|u[zž]\s+nie|v\s+telef[oó]ne|"
          r"v\s+mobile)\b",
    "fi": r"\b(?:jos|jos\s+ei|mik[aä]li|ennen|aiemmin|ehk[aä]|kenties|ratkesi|ratkaistu|korjaantui|toimii\s+nyt|nyt\s+toimii|ei\s+en[aä][aä]|"
          r"puhelimessa|k[aä]nnyk[aä]ss[aä])\b",
}

# the trouble told over in Chinese and Japanese ("已经解决了", "直りました"); the languages of the clause grammar's table
# say it with their ``fixed`` words
_CJK_FIXED = r"今は問題(?:ありません|ない|なく)|已经?解决|解决了|恢复正常|(?:就|又)?正常了|解決しました|解決済み|直りました|直った|治りました"


# the facts that tell of another device themselves: another device named does not take them back
_TELLS_ELSEWHERE = frozenset({"said:works-on-other-host"})


def taken_back(fact: str) -> str:
    """What takes a row of ``fact`` back in any language: its own ``UNLESS``; the trouble told over, or another device
    the SIM or modem sits in ("im Handy", "en el teléfono"), in the words of the clause grammar's table (its ``fixed``
    and ``elsewhere`` rows), or over in Chinese or Japanese."""
    words = [w for lang in LANGUAGES.values() for w in lang.fixed + (lang.elsewhere if fact not in _TELLS_ELSEWHERE else ())]
    return "|".join(filter(None, (UNLESS[fact], r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(words), _CJK_FIXED)))


CONFIRM: Dict[str, str] = {
    "said:sim-not-detected": "mmcli -m any (SIM); or AT+CPIN? on the AT port",
    "said:sim-locked": "mmcli -m any (state: locked, unlock required); or AT+CPIN? on the AT port",
    "said:radio-stuck-off": "rfkill list; mmcli -m any (power state); AT+CFUN? on the AT port",
    "said:not-registered": "mmcli -m any (3GPP registration state, signal); or AT+CREG? AT+CEREG? AT+COPS? AT+CSQ",
    "said:no-ip-address": "ip addr show; mmcli -b 0 (the bearer's IP settings)",
    "said:no-pin-prompt": "mmcli -L; mmcli -m any (state: locked, unlock required: sim-pin)",
    "said:drops-off-bus": "sudo dmesg | grep -iE 'usb .*(disconnect|new .*device|reset)'; the supply's voltage at the module",
    "said:storage-mode": "lsusb; lsusb -t (only usb-storage bound); journalctl -b | grep -i usb_modeswitch",
    "said:port-held-by-mm": "sudo fuser -v /dev/ttyUSB* /dev/cdc-wdm*; sudo journalctl -b -u ModemManager | tail -40",
    "said:not-on-usb": "lsusb; sudo dmesg | grep -i usb",
    "said:mm-no-modem": "mmcli -L; journalctl -b -u ModemManager",
    "said:serial-ports-never-appeared": "lsusb -t; ls /dev/ttyUSB* /dev/ttyACM*; uname -r",
    "said:ip-no-internet": "ip route; ping -c3 -I wwan0 8.8.8.8; cat /etc/resolv.conf",
    "said:control-node-never-appeared": "lsusb -t; ls /dev/cdc-wdm*; sudo dmesg | grep -iE 'cdc_wdm|qmi_wwan|cdc_mbim'",
    "said:works-on-other-host": "the same device on the other host: lsusb, dmesg; on this one: lsusb, dmesg",
    "said:serial-nul-bytes": "the module's status LED; AT on the serial port after pulsing the power key (PWRKEY)",
    "said:stops-after-idle": "cat /sys/bus/usb/devices/*/power/control (auto = autosuspend on); dmesg | grep -i usb",
    "said:drops-since-firmware": "the firmware revision (mmcli -m any, ATI); sudo dmesg | grep -iE 'usb .*(disconnect|reset)'",
    "said:reappears-other-id": "sudo dmesg | grep -E 'USB disconnect|New USB device found'; lsusb",
    "said:drops-periodically": "sudo journalctl -b -u ModemManager -f; sudo dmesg -w | grep -iE 'usb|wwan|qmi|mbim'",
    "said:modem-crashes": "sudo dmesg | grep -iE 'usb .*(disconnect|new .*device)|firmware crashed|Device died|Exception'; the firmware version",
    "said:fcc-lock": "mmcli -m any (state, power state); rfkill list; journalctl -b -u ModemManager | grep -iE 'fcc|unlock'",
    "said:connected-no-ip": "ip addr show; ip route; mmcli -b 0 (the bearer's IP settings)",
}
