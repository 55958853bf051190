"""The words of the clause grammar in the languages other than English a post may be written in: German, Spanish,
Portuguese, French, Italian, Russian, Polish, Dutch, Ukrainian and Indonesian.

One row per language: a new language is one more row, no code (the reader is :mod:`model.prose_foreign`).
Every entry is a regular-expression alternative matched as a whole word, case-insensitively, after accents are
folded away on both sides ("não é reconhecido" and "nao e reconhecido" read alike; "ł" reads as "l"), so a word
may be written with or without its accents. Verbs are listed in the forms people write (3rd person, participle,
infinitive), or as a stem with ``\\w*`` where every form is meant ("определ\\w*").

The roles:

- ``sim``, ``modem``, ``network``, ``ip``, ``internet``: the nouns of what is missing (the program names that are the
  same in every language, "SIM", "lsusb", "ModemManager", "usb_modeswitch", are the reader's);
- ``negations``: the words that negate the verb beside them, at most ``before`` words in front of it or ``after``
  words behind it (German puts "nicht" after a finite verb: "erkennt die SIM-Karte nicht");
- ``seen``: verbs of detecting, recognising, reading, showing, listing and appearing, in every voice
  ("wird nicht erkannt", "no se detecta", "n'apparaît pas");
- ``registering``: getting onto the network, with the network named ("не регистрируется в сети");
  ``attaching``: verbs that name the network themselves ("bucht sich nicht ein");
- ``installed``: being installed (of usb_modeswitch); ``working``: working at all (the catch-all said:not-working);
- ``absent``: a determiner saying there is none ("keine SIM-Karte", "no hay", "нет"); ``present``: words saying
  where a thing is or is seen ("drin", "eingelegt", "insertada"), and ``telling``: verbs a page or program tells
  with ("zeigt", "muestra"): an absent SIM counts with one of them in its clause ("angeblich ist keine SIM-Karte
  drinnen", "dice que no hay SIM");
- ``connected``: the data call is up (before "but no IP");
- ``conditions``: "if", "whether", "should", "before" (the past) and the other words that make the rest of the
  sentence no observation; ``doubts``: "maybe", "I don't know" (only their own clause); ``fixed``: the sentence
  says the problem is gone; ``own``: the person's own having ("ich habe keine SIM-Karte": their doing, no fault);
- ``elsewhere``: another device the SIM or modem sits in or works in ("im Handy", "en el teléfono");
- ``contrast``: the words that start a new clause besides punctuation ("aber", "pero", "но");
- ``fcc_lock``: the laptop module's FCC lock or unlock named (knowledge.md 2.12): "FCC-Sperre", "bloqueo FCC";
- ``firmware`` and ``changed``: the modem's firmware and its being updated or flashed, in one sentence with a
  failure ("seit dem Firmware-Update wird das Modem nicht erkannt").
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, Tuple

Words = Tuple[str, ...]


@dataclass(frozen=True)
class Language:
    sim: Words
    modem: Words
    network: Words
    ip: Words
    internet: Words
    negations: Words
    seen: Words
    registering: Words
    attaching: Words
    installed: Words
    working: Words
    absent: Words
    present: Words
    telling: Words
    connected: Words
    conditions: Words
    doubts: Words
    fixed: Words
    own: Words
    elsewhere: Words
    contrast: Words
    fcc_lock: Words
    firmware: Words
    changed: Words
    before: int = 3   # how many words may stand between a negation and the verb after it
    after: int = 0    # ... and between the verb and a negation after it


LANGUAGES: Dict[str, Language] = {
    "de": Language(
        sim=(r"SIM[\s-]?Karte\w*", r"Simkarte\w*"),
        modem=(r"Modem\w*", r"(?:LTE|UMTS|WWAN|4G|5G|GSM)?-?Modul\w*", r"(?:UMTS-|LTE-|Surf|USB-)?Stick\w*",
               r"WWAN-Karte\w*", r"nichts"),
        network=(r"Netz", r"Netzwerk", r"Mobilfunknetz\w*", r"Funknetz", r"Netzbetreiber\w*", r"Registrierung"),
        ip=(r"IP", r"IP-Adresse\w*", r"Adresse\w*"),
        internet=(r"Internet\w*", r"Datenverbindung\w*"),
        negations=(r"nicht", r"nie", r"niemals", r"kein\w*", r"nichts"),
        seen=(r"erkannt", r"erkennt", r"erkennen", r"gefunden", r"findet", r"finden", r"gelesen", r"liest", r"lesen",
              r"angezeigt", r"zeigt", r"anzeigen", r"gesehen", r"sieht", r"sehen", r"detektiert", r"gelistet",
              r"aufgelistet", r"aufgeführt", r"erscheint", r"erscheinen", r"taucht", r"auftauchen", r"sichtbar",
              r"zu sehen"),
        registering=(r"registriert", r"registrieren", r"angemeldet", r"anmelden", r"meldet"),
        attaching=(r"eingebucht", r"einbuchen", r"bucht", r"loggt"),
        installed=(r"installiert", r"vorhanden"),
        working=(r"funktioniert", r"funktionieren", r"geht", r"läuft", r"laufen"),
        absent=(r"kein\w*",),
        present=(r"drin", r"drinnen", r"eingelegt", r"eingesteckt", r"gesteckt", r"eingesetzt", r"vorhanden",
                 r"erkannt", r"gefunden"),
        telling=(r"zeigt", r"meldet", r"sagt", r"behauptet", r"steht", r"angeblich"),
        connected=(r"verbunden", r"verbindet", r"eingewählt", r"online", r"Verbindung\s+steht", r"Einwahl\s+klappt",
                   r"Verbindung\s+(?:wird\s+)?aufgebaut"),
        conditions=(r"wenn", r"falls", r"ob", r"sollte\w*", r"soll", r"vorher", r"früher", r"bevor", r"damals",
                    r"nicht,? dass", r"nicht so,? dass"),
        doubts=(r"vielleicht", r"eventuell", r"möglicherweise", r"wahrscheinlich", r"weiß nicht", r"nicht sicher"),
        fixed=(r"gelöst", r"behoben", r"erledigt", r"geht (?:jetzt|wieder)", r"jetzt geht", r"funktioniert (?:jetzt|wieder)",
               r"aufgehoben", r"entsperrt"),
        own=(r"habe", r"hab", r"hatte", r"haben"),
        elsewhere=(r"(?:im|in dem|in meinem|in einem|am|mit dem|mit meinem)\s+(?:\w+\s+)?(?:Handy|Telefon|Smartphone|"
                   r"Tablet|iPad|iPhone|Router|Notebook|Laptop)\w*",),
        contrast=(r"aber", r"doch", r"jedoch", r"sondern", r"obwohl", r"trotzdem"),
        fcc_lock=(r"FCC[\s-]?(?:Sperre|Entsperrung|Freischaltung)\w*", r"(?:Sperre|Entsperrung) (?:durch|der|von) FCC",
                  r"(?:per|durch|mit|den|der|das|dem|einen?|am|im|vom)\s+FCC[\s-]?(?:Lock|Unlock)\w*"),
        firmware=(r"Firmware\w*", r"Modem-?Firmware\w*", r"FW"),
        changed=(r"Firmware-?(?:Update|Upgrade|Aktualisierung)\w*", r"Update\w*", r"Upgrade\w*", r"aktualisier\w*",
                 r"Aktualisierung\w*", r"geflasht", r"geflashed", r"flashen", r"aufgespielt"),
        before=3, after=4),
    "es": Language(
        sim=(r"tarjetas?\s+(?:micro\s*|nano\s*)?SIM", r"chip"),
        modem=(r"m[oó]dems?", r"m[oó]dulos?", r"pincho", r"dongle", r"dispositivo", r"nada"),
        network=(r"red", r"redes", r"operador\w*", r"registro"),
        ip=(r"IP", r"direcci[oó]n(?:\s+IP)?"),
        internet=(r"internet", r"datos", r"navegaci[oó]n"),
        negations=(r"no", r"nunca", r"jam[aá]s", r"ni"),
        seen=(r"detect(?:a|an|o|ad[oa]s?|ar|e|en)", r"reconoc\w*", r"reconoz\w*", r"lee", r"leen", r"le[ií]d[oa]",
              r"leer", r"ve", r"ven", r"vist[oa]", r"encuentra\w*", r"encontrad[oa]", r"muestra\w*", r"mostrad[oa]",
              r"aparece\w*", r"sale", r"visible", r"listad[oa]", r"identific(?:a|an|ad[oa]s?|ar)"),
        registering=(r"registr(?:a|an|o|ad[oa]s?|ar|arse)", r"engancha\w*"),
        attaching=(),
        installed=(r"instalad[oa]",),
        working=(r"funciona\w*", r"anda"),
        absent=(r"no hay", r"ning[uú]n\w*"),
        present=(r"insertad[oa]", r"puest[oa]", r"colocad[oa]", r"presente", r"detectad[oa]", r"reconocid[oa]"),
        telling=(r"dice", r"muestra", r"indica", r"aparece", r"sale", r"marca", r"pone", r"reporta"),
        connected=(r"conectad[oa]", r"conecta", r"establecid[oa]", r"se\s+establece", r"conexi[oó]n\s+(?:queda\s+|est[aá]\s+|sigue\s+)?activa"),
        conditions=(r"si", r"en caso", r"deber[ií]a\w*", r"antes", r"no es que"),
        doubts=(r"quiz[aá]s?", r"tal vez", r"a lo mejor", r"no s[eé]", r"probablemente", r"posiblemente"),
        fixed=(r"solucionad[oa]", r"resuelt[oa]", r"arreglad[oa]", r"ya funciona", r"ahora funciona", r"desbloquead[oa]"),
        own=(r"tengo", r"ten[ií]a", r"tenemos"),
        elsewhere=(r"(?:en|con)\s+(?:el|mi|un|otro|la|una)\s+(?:\w+\s+)?(?:tel[eé]fono|m[oó]vil|celular|smartphone|"
                   r"tablet|router|port[aá]til)\w*",),
        contrast=(r"pero", r"sin embargo", r"aunque"),
        fcc_lock=(r"(?:des)?bloqueo\s+(?:de\s+(?:la\s+)?)?FCC", r"bloquead[oa]\s+(?:por|con)\s+(?:el\s+|la\s+)?FCC"),
        firmware=(r"firmware", r"FW"),
        changed=(r"actualiz\w*", r"flashe\w*", r"instal[eé]", r"grab[eé]"),
        before=3, after=0),
    "pt": Language(
        sim=(r"cart(?:ão|oes|ões)\s+(?:micro\s*|nano\s*)?SIM", r"chip"),
        modem=(r"modem", r"m[oó]dulos?", r"dispositivo", r"nada"),
        network=(r"rede", r"operadora\w*", r"registro"),
        ip=(r"IP", r"endere[cç]o(?:\s+IP)?"),
        internet=(r"internet", r"dados", r"navega[cç][aã]o"),
        negations=(r"não", r"nunca", r"jamais", r"nem"),
        seen=(r"dete(?:c)?t(?:a|am|ad[oa]s?|ar)", r"reconhec\w*", r"l[eê]", r"lid[oa]", r"ler", r"v[eê]", r"vist[oa]",
              r"encontr(?:a|am|ad[oa]s?|ar)", r"mostr\w*", r"aparec\w*", r"vis[ií]vel", r"listad[oa]",
              r"identific(?:a|am|ad[oa]s?|ar)"),
        registering=(r"regist(?:r)?(?:a|am|ad[oa]s?|ar)",),
        attaching=(),
        installed=(r"instalad[oa]",),
        working=(r"funciona\w*",),
        absent=(r"não h[aá]", r"nenhum\w*", r"não tem"),
        present=(r"inserid[oa]", r"colocad[oa]", r"presente", r"detectad[oa]", r"reconhecid[oa]"),
        telling=(r"diz", r"mostra", r"indica", r"aparece", r"informa"),
        connected=(r"conectad[oa]", r"conecta", r"estabelecid[oa]", r"se\s+estabelece", r"conex[aã]o\s+(?:fica\s+|est[aá]\s+|continua\s+)?ativa"),
        conditions=(r"caso", r"deveria\w*", r"antes", r"não é que", r"(?:(?<=^)|(?<=^\s)|(?<=[,;:.!?])|(?<=[,;:.!?]\s))se"),
        doubts=(r"talvez", r"será que", r"não sei", r"provavelmente"),
        fixed=(r"resolvid[oa]", r"solucionad[oa]", r"consertad[oa]", r"já funciona", r"agora funciona", r"desbloquead[oa]"),
        own=(r"tenho", r"tinha", r"temos"),
        elsewhere=(r"(?:no|na|em|com)\s+(?:o\s+|a\s+|meu\s+|minha\s+|um\s+|outro\s+)?(?:\w+\s+)?(?:telefone|celular|"
                   r"smartphone|tablet|roteador|router|notebook)\w*",),
        contrast=(r"mas", r"por[eé]m", r"embora", r"contudo"),
        fcc_lock=(r"(?:des)?bloqueio\s+(?:d[aoe]\s+)?FCC",
                  r"(?:bloquead[oa]|travad[oa])\s+(?:pel[oa]\s+|por\s+)?(?:bloqueio\s+)?FCC"),
        firmware=(r"firmware", r"FW"),
        changed=(r"atualiz\w*", r"actualiz\w*", r"flashe\w*", r"instalei", r"gravei"),
        before=3, after=0),
    "fr": Language(
        sim=(r"cartes?\s+(?:micro\s*|nano\s*)?SIM", r"puce"),
        modem=(r"mod[eè]ms?", r"modules?", r"cl[eé]s?\s+(?:3G|4G|USB)", r"dongle", r"p[eé]riph[eé]rique", r"rien"),
        network=(r"r[eé]seaux?", r"op[eé]rateur\w*", r"enregistrement"),
        ip=(r"IP", r"adresse(?:\s+IP)?"),
        internet=(r"internet", r"donn[eé]es"),
        # the second half of the negation ("ne ... pas") is the one written always, in speech too
        negations=(r"pas", r"jamais", r"plus", r"aucun\w*", r"rien"),
        seen=(r"d[eé]tect(?:e|es|ent|[eé]e?s?|er)", r"reconna[iî]t\w*", r"reconnue?s?", r"lit", r"lue?s?", r"voit",
              r"vue?s?", r"trouv\w*", r"affich\w*", r"appara[iî]t\w*", r"apparue?s?", r"visibles?",
              r"list(?:e|es|ent|[eé]e?s?)", r"identifi(?:e|es|ent|[eé]e?s?)"),
        registering=(r"enregistr\w*", r"accroch\w*"),
        attaching=(),
        installed=(r"install(?:[eé]e?s?)",),
        working=(r"fonctionn\w*", r"marche\w*"),
        absent=(r"pas de", r"aucun\w*", r"pas d'"),
        present=(r"ins[eé]r[eé]e?s?", r"pr[eé]sente?s?", r"d[eé]tect[eé]e?s?", r"reconnue?s?", r"mise?"),
        telling=(r"dit", r"affiche", r"indique", r"signale", r"montre", r"marque"),
        connected=(r"connect[eé]e?s?", r"s'[eé]tablit", r"[eé]tablie", r"connexion\s+active"),
        conditions=(r"si", r"au cas o[uù]", r"devrai\w*", r"avant", r"ce n'est pas que"),
        doubts=(r"peut-[eê]tre", r"je ne sais pas", r"sans doute", r"probablement"),
        fixed=(r"r[eé]solu\w*", r"r[eé]par[eé]\w*", r"fonctionne maintenant", r"marche maintenant", r"d[eé]verrouill[eé]e?"),
        own=(r"j'ai", r"j'avais", r"nous avons", r"ai"),
        elsewhere=(r"(?:dans|sur|avec)\s+(?:le|la|mon|ma|un|une|l'|autre)\s*(?:\w+\s+)?(?:t[eé]l[eé]phone|portable|"
                   r"smartphone|tablette|routeur)\w*", r"^\W*(?:le|mon|un)\s+(?:t[eé]l[eé]phone|smartphone)\b"),
        contrast=(r"mais", r"cependant", r"pourtant", r"bien que"),
        fcc_lock=(r"(?:d[eé])?verrou(?:illage)?\s+(?:de\s+)?(?:la\s+)?FCC", r"verrouill[eé]e?\s+(?:par\s+(?:la\s+|le\s+)?)?FCC"),
        firmware=(r"firmware", r"micrologiciel", r"FW"),
        # ("le firmware installé", the installed firmware, is no change: model.prose_foreign reads the noun before it)
        changed=(r"mise à jour", r"mis à jour", r"flash[eé]\w*", r"flashage", r"install[eé]"),
        before=2, after=2),
    "it": Language(
        sim=(r"(?:scheda|schede)\s+(?:micro\s*|nano\s*)?SIM", r"SIM\s?card"),
        modem=(r"modem", r"modul[oi]", r"chiavett[ae]", r"dispositivo", r"niente", r"nulla"),
        network=(r"rete", r"reti", r"operatore", r"registrazione"),
        ip=(r"IP", r"indirizzo(?:\s+IP)?"),
        internet=(r"internet", r"dati"),
        negations=(r"non", r"mai", r"nessun\w*"),
        seen=(r"rilev\w*", r"riconosc\w*", r"riconosciut[oa]", r"legge", r"letta", r"letto", r"vede", r"vist[oa]",
              r"trov\w*", r"mostr\w*", r"appare", r"compare\w*", r"visibile", r"elencat[oa]", r"identific(?:a|ano|at[oa])"),
        registering=(r"registr(?:a|ano|at[oa]|are|arsi)", r"aggancia\w*"),
        attaching=(),
        installed=(r"installat[oa]",),
        working=(r"funziona\w*", r"va"),
        absent=(r"nessun\w*", r"non c'[eè]"),
        present=(r"inserit[oa]", r"present[ei]", r"rilevat[oa]", r"riconosciut[oa]", r"mess[oa]"),
        telling=(r"dice", r"mostra", r"indica", r"segnala", r"compare", r"appare", r"riporta"),
        connected=(r"conness[oa]", r"collegat[oa]", r"si connette", r"stabilit[oa]",
                   r"connessione\s+(?:risulta\s+)?attiva"),
        conditions=(r"se", r"nel caso", r"dovrebbe\w*", r"prima", r"non è che"),
        doubts=(r"forse", r"non so", r"probabilmente"),
        fixed=(r"risolt[oa]", r"sistemat[oa]", r"ora funziona", r"adesso funziona", r"sbloccat[oa]"),
        own=(r"ho", r"avevo", r"abbiamo"),
        elsewhere=(r"(?:nel|nella|sul|sullo|con il|con la|in un|in una)\s+(?:mio\s+|mia\s+|altro\s+)?(?:telefono|"
                   r"cellulare|smartphone|tablet|router)\w*",),
        contrast=(r"ma", r"però", r"tuttavia", r"anche se"),
        fcc_lock=(r"(?:s)?blocco\s+(?:dell[a']\s*)?FCC", r"bloccat[oa]\s+(?:dal(?:l')?\s*|da\s+)?FCC"),
        firmware=(r"firmware", r"FW"),
        changed=(r"aggiorna\w*", r"flash\w*", r"installat[oa]"),
        before=3, after=0),
    "ru": Language(
        sim=(r"(?:сим|SIM)[\s-]?карт\w*", r"симк\w*", r"сим"),
        modem=(r"модем\w*", r"модул\w*", r"свист\w*", r"устройств\w*", r"ничего"),
        network=(r"сет[ьиюе]", r"оператор\w*", r"регистраци\w*"),
        ip=(r"IP", r"IP-адрес\w*", r"адрес\w*"),
        internet=(r"интернет\w*",),
        negations=(r"не", r"нет", r"никогда", r"ни"),
        seen=(r"определ\w*", r"вид(?:ит|ят|но|на|ен|ел|ела|ели)", r"наход\w*", r"найд\w*", r"распозна\w*",
              r"обнаруж\w*", r"чита\w*", r"отобража\w*", r"показыва\w*", r"появля\w*", r"появил\w*", r"опознан\w*"),
        registering=(r"цепля\w*",),
        attaching=(r"регистрир\w*", r"зарегистрир\w*"),
        installed=(r"установлен\w*",),
        working=(r"работа\w*",),
        absent=(r"нет", r"отсутству\w*"),
        present=(r"вставлен\w*", r"установлен\w*", r"определ\w*"),
        telling=(r"пишет", r"показывает", r"говорит", r"выда[её]т", r"сообщает", r"ругается"),
        connected=(r"подключ\w*", r"соедин\w*"),
        conditions=(r"если", r"ли", r"должен", r"должна", r"должно", r"раньше", r"до того", r"не то чтобы"),
        doubts=(r"возможно", r"может быть", r"наверное", r"не знаю", r"видимо"),
        fixed=(r"решен\w*", r"исправлен\w*", r"заработал\w*", r"теперь работает", r"разблокировал\w*", r"снял\w*"),
        own=(r"у меня нет",),
        elsewhere=(r"(?:в|во|на|с)\s+(?:\w+\s+)?(?:телефон|смартфон|планшет|роутер|ноутбук)\w*",),
        contrast=(r"но", r"однако", r"хотя", r"а"),
        fcc_lock=(r"FCC[\s-]?(?:блокировк\w*|лок\w*)", r"(?:раз)?блокировк\w*\s+FCC",
                  r"(?:за)?(?:лочен|блокирован)\w*\s+(?:по\s+)?FCC"),
        firmware=(r"прошивк\w*", r"firmware", r"микропрограмм\w*"),
        changed=(r"обновлени\w*", r"обнов\w*", r"прошил\w*", r"перепрош\w*", r"прошивк\w*"),
        before=2, after=0),
    "pl": Language(
        sim=(r"kart\w*\s+(?:micro\s*|nano\s*)?SIM", r"simk\w*"),
        modem=(r"modem\w*", r"modu[lł]\w*", r"urz[aą]dzeni\w*", r"nic"),
        network=(r"sie[cć]", r"sieci", r"operator\w*", r"rejestracji"),
        ip=(r"IP", r"adres\w*(?:\s+IP)?"),
        internet=(r"internet\w*",),
        negations=(r"nie", r"nigdy", r"[zż]adn\w*"),
        seen=(r"wykryw\w*", r"wykry\w*", r"widzi\w*", r"wida[cć]", r"widoczn\w*", r"rozpozna\w*", r"czyta\w*",
              r"odczyt\w*", r"pojawi\w*", r"wy[sś]wietl\w*", r"znajduje", r"znalaz\w*", r"identyfik\w*"),
        registering=(r"rejestruje", r"zarejestrowa\w*", r"loguje"),
        attaching=(),
        installed=(r"zainstalowan\w*",),
        working=(r"dzia[lł]a\w*",),
        absent=(r"brak\w*", r"nie ma"),
        present=(r"w[lł]o[zż]on\w*", r"obecn\w*", r"wykryt\w*", r"widoczn\w*"),
        telling=(r"pokazuje", r"wy[sś]wietla", r"m[oó]wi", r"pisze", r"zg[lł]asza", r"informuje", r"twierdzi", r"stwierdza"),
        connected=(r"po[lł][aą]czon\w*", r"[lł][aą]czy si[eę]", r"nawi[aą]zan\w*", r"nawi[aą]zuje",
                   r"po[lł][aą]czenie\s+jest\s+aktywne"),
        conditions=(r"je[sś]li", r"je[zż]eli", r"czy", r"gdyby", r"powin\w*", r"wcze[sś]niej", r"zanim"),
        doubts=(r"mo[zż]e", r"chyba", r"nie wiem", r"prawdopodobnie"),
        fixed=(r"rozwi[aą]zan\w*", r"naprawion\w*", r"teraz dzia[lł]a", r"odblokowa[lł]\w*"),
        own=(r"nie mam", r"mam", r"mia[lł]em"),
        elsewhere=(r"(?:w|we|na|z)\s+(?:\w+\s+)?(?:telefon|smartfon|tablet|router|laptop)\w*",),
        contrast=(r"ale", r"jednak", r"chociaż", r"lecz"),
        fcc_lock=(r"(?:od)?blokad\w*\s+FCC", r"odblokowani\w*\s+FCC", r"zablokowan\w*\s+(?:przez\s+)?FCC"),
        firmware=(r"firmware\w*", r"oprogramowani\w* uk[lł]adow\w*"),
        changed=(r"aktualizacj\w*", r"zaktualizow\w*", r"wgra\w*", r"flashow\w*"),
        before=2, after=0),
    "nl": Language(
        sim=(r"sim[\s-]?kaart\w*",),
        modem=(r"modem\w*", r"module", r"dongle", r"(?:USB-|4G-)?stick", r"apparaat", r"niets"),
        network=(r"netwerk", r"net", r"provider", r"registratie"),
        ip=(r"IP", r"IP-adres\w*", r"adres"),
        internet=(r"internet\w*",),
        negations=(r"niet", r"nooit", r"geen", r"niets"),
        seen=(r"herkend", r"herkent", r"herkennen", r"gevonden", r"vindt", r"gezien", r"ziet", r"gedetecteerd",
              r"detecteert", r"getoond", r"toont", r"weergegeven", r"verschijnt", r"zichtbaar", r"gelezen", r"leest"),
        registering=(r"registreert", r"geregistreerd", r"aangemeld", r"meldt"),
        attaching=(),
        installed=(r"geïnstalleerd",),
        working=(r"werkt", r"werken", r"functioneert"),
        absent=(r"geen",),
        present=(r"erin", r"geplaatst", r"aanwezig", r"herkend", r"gevonden", r"ingestoken"),
        telling=(r"zegt", r"toont", r"meldt", r"geeft"),
        connected=(r"verbonden", r"er is verbinding", r"maakt verbinding", r"komt\s+tot\s+stand", r"tot\s+stand\s+(?:gebracht|gekomen)", r"verbinding\s+staat", r"verbinding\s+is\s+er",
                   r"verbinding\s+is\s+actief"),
        conditions=(r"als", r"indien", r"zou\w*", r"voorheen", r"eerder", r"vroeger", r"voordat"),
        doubts=(r"misschien", r"mogelijk", r"waarschijnlijk", r"weet niet", r"niet zeker"),
        fixed=(r"opgelost", r"werkt nu", r"werkt weer"),
        own=(r"heb", r"had", r"hebben"),
        elsewhere=(r"(?:in|op|met)\s+(?:de|het|mijn|een)\s+(?:\w+\s+)?(?:telefoon|smartphone|tablet|router|laptop)\w*",),
        contrast=(r"maar", r"echter", r"hoewel"),
        fcc_lock=(r"FCC[\s-]?(?:blokkade|vergrendeling)\w*", r"(?:de|een|het)\s+FCC[\s-]?lock\w*",
                  r"vergrendeld\s+(?:door\s+)?(?:de\s+)?FCC"),
        firmware=(r"firmware\w*",),
        changed=(r"update\w*", r"geüpdatet", r"bijgewerkt", r"geflasht", r"upgrade\w*"),
        before=3, after=4),
    "uk": Language(
        sim=(r"(?:сім|сим|SIM)[\s-]?карт\w*", r"сімк\w*"),
        modem=(r"модем\w*", r"модул\w*", r"пристр\w*", r"нічого"),
        network=(r"мереж\w*", r"оператор\w*", r"реєстраці\w*"),
        ip=(r"IP", r"IP-адрес\w*", r"адрес\w*"),
        internet=(r"інтернет\w*",),
        negations=(r"не", r"немає", r"ніколи", r"ні"),
        seen=(r"бачить", r"бачать", r"видно", r"визнача\w*", r"розпізна\w*", r"виявля\w*", r"виявлен\w*",
              r"знаход\w*", r"знайден\w*", r"чита\w*", r"відобража\w*", r"показу\w*", r"з'явля\w*"),
        registering=(r"чіпля\w*",),
        attaching=(r"реєстру\w*", r"зареєстру\w*"),
        installed=(r"встановлен\w*",),
        working=(r"працю\w*",),
        absent=(r"немає", r"нема", r"відсутн\w*"),
        present=(r"вставлен\w*", r"встановлен\w*", r"визнача\w*"),
        telling=(r"пише", r"показує", r"каже", r"видає", r"повідомляє"),
        connected=(r"підключ\w*", r"з'єдна\w*"),
        conditions=(r"якщо", r"чи", r"повинен", r"повинна", r"раніше", r"до того"),
        doubts=(r"можливо", r"мабуть", r"не знаю", r"напевно"),
        fixed=(r"вирішен\w*", r"виправлен\w*", r"запрацював\w*", r"тепер працює"),
        own=(r"у мене немає",),
        elsewhere=(r"(?:в|у|на|з)\s+(?:\w+\s+)?(?:телефон|смартфон|планшет|роутер|ноутбук)\w*",),
        contrast=(r"але", r"однак", r"хоча", r"проте", r"а"),
        fcc_lock=(r"FCC[\s-]?блокуванн\w*", r"блокуванн\w*\s+FCC", r"заблокован\w*\s+(?:через\s+)?FCC"),
        firmware=(r"прошивк\w*", r"firmware"),
        changed=(r"оновлен\w*", r"онов\w*", r"прошив\w*", r"перепрош\w*"),
        before=2, after=0),
    "id": Language(
        sim=(r"(?:kartu\s+)?SIM(?:\s?card)?", r"simcard"),
        modem=(r"modem\w*", r"modul", r"dongle", r"perangkat", r"alat", r"apa-apa"),
        network=(r"jaringan", r"operator", r"provider", r"sinyal"),
        ip=(r"IP", r"alamat(?:\s+IP)?"),
        internet=(r"internet", r"koneksi\s+data"),
        negations=(r"tidak", r"tak", r"gak", r"ga", r"nggak", r"enggak", r"belum", r"tidak\s+bisa"),
        seen=(r"terdeteksi", r"mendeteksi", r"dideteksi", r"terbaca", r"membaca", r"dibaca", r"dikenali", r"mengenali", r"muncul",
              r"tampil", r"ditemukan", r"menemukan", r"terlihat", r"melihat", r"terdaftar"),
        registering=(r"terhubung\s+ke", r"registrasi", r"mendaftar"),
        attaching=(),
        installed=(r"terinstal", r"terpasang", r"diinstal"),
        working=(r"berfungsi", r"jalan", r"bekerja", r"konek"),
        absent=(r"tidak\s+ada", r"tak\s+ada", r"gak\s+ada", r"tanpa"),
        present=(r"terpasang", r"dimasukkan", r"terdeteksi", r"terbaca"),
        telling=(r"menampilkan", r"muncul", r"tertulis", r"bilang", r"menunjukkan"),
        connected=(r"terhubung", r"tersambung", r"terkoneksi", r"konek"),
        conditions=(r"jika", r"kalau", r"kalo", r"apabila", r"seandainya", r"seharusnya", r"sebelumnya", r"dulu"),
        doubts=(r"mungkin", r"sepertinya", r"kayaknya", r"entah", r"tidak\s+tahu", r"gak\s+tahu"),
        fixed=(r"berhasil", r"sudah\s+bisa", r"sekarang\s+bisa", r"teratasi", r"beres", r"solved"),
        own=(r"saya\s+tidak\s+punya", r"belum\s+punya"),
        elsewhere=(r"(?:di|pada|dengan)\s+(?:\w+\s+)?(?:HP|handphone|ponsel|smartphone|tablet|router|laptop\s+lain)\w*",),
        contrast=(r"tapi", r"tetapi", r"namun", r"padahal", r"malah"),
        fcc_lock=(r"(?:kunci|penguncian)\s+FCC", r"FCC\s+(?:terkunci|dikunci)"),
        firmware=(r"firmware", r"FW"),
        changed=(r"update", r"upgrade", r"diupdate", r"di-update", r"flash\w*"),
        before=2, after=0),
}
