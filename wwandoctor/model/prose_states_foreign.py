"""The common states of a modem as posts in Chinese, Japanese, German, Spanish, Russian and Indonesian tell them.

One table: a stated fact (the English rows' facts of :mod:`model.prose_states`) -> the language's code -> the pattern written
in it. A new phrasing is one alternative added to one pattern, a new language one more key; no code. The clause grammar
(:mod:`model.prose_foreign`, words of :mod:`model.prose_languages`) already reads the shapes "X is not seen", "there is
no X" and "does not register" in the languages written with spaces; these rows are the states it has no verb for: the
SIM asking for its PIN or not inserted, the radio held off (flight mode), no signal, no IP address, the modem restarting
by itself, the stick seen only as storage. Chinese and Japanese ("zh", "ja") are taken back by their conditions and
questions (:data:`model.prose_states.CJK_HEDGE`), the other languages by their rows of the clause grammar's table; every row by
the trouble told over or another device named (:func:`taken_back`).

Each pattern says the state is so now: what was ended ("退出飞行模式后", "salí del modo avión"), denied ("nicht im
Flugmodus", "не в режиме полёта") or the person's own choice ("PIN deaktiviert") is left to ``UNLESS``.
"""
from __future__ import annotations

from typing import Dict

from wwandoctor.model.prose_languages import LANGUAGES

# fact -> language -> pattern (searched case-insensitively in one sentence; accents written out where people drop them)
STATES: Dict[str, Dict[str, str]] = {
    # the SIM not inserted or not seen (the clause grammar reads "erkennt die SIM nicht" / "no detecta la SIM")
    "said:sim-not-detected": {
        "zh": r"(?:没有?|未)\s*插(?:入|上)?\s*(?:U?SIM|sim)\s*卡|(?:U?SIM|sim)\s*卡?\s*(?:没有?插|未插入?|没插上)|无\s*(?:U?SIM|sim)\s*卡|"
              r"提示\s*(?:请)?插入\s*(?:U?SIM|sim)\s*卡",
        "ja": r"SIM(?:カード)?(?:が|を)?\s*(?:認識|検出|検知)(?:されない|されません|されていない|されていません|しない|しません|"
              r"できない|できません)|SIM(?:カード)?が\s*(?:挿入|挿さって|入って)(?:されて)?(?:いない|いません)|SIMカードなし|"
              r"SIM(?:カード)?が見つから(?:ない|ません)",
        "ru": r"\b(?:сим|SIM)[\s-]?карт\w*\s+(?:\w+\s+)?не\s+(?:вставлен\w*|обнаружен\w*|найден\w*|распознан\w*)",
        "de": r"\bSIM(?:-?Karte)?\s+(?:ist\s+|wird\s+)?(?:\w+\s+){0,3}?nicht\s+(?:eingelegt|eingesteckt|gesteckt|erkannt|gefunden)\b",
        "es": r"\b(?:tarjeta\s+)?SIM\s+no\s+(?:est[aá]\s+)?(?:insertada|detectada|reconocida|encontrada)\b",
    },
    # the SIM held at its PIN or PUK
    "said:sim-locked": {
        "ja": r"PIN(?:コード)?(?:を|が)\s*(?:要求|必要|求められ)|PINロック|PUK(?:コード)?(?:を|が)?\s*(?:要求|必要|求められ)|"
              r"SIM(?:カード)?が\s*ロックされ",
        "de": r"\b(?:verlangt|fragt\s+(?:(?!nicht\b|nie\b|niemals\b|kein)\w+\s+){0,4}?nach|fordert|will|braucht|erwartet|wartet\s+(?:\w+\s+){0,4}?auf)\s+(?:\w+\s+)?(?:die\s+|eine\s+|den\s+|der\s+)?"
              r"(?:SIM-?)?(?:PIN|PUK)\b|\b(?:SIM(?:-?Karte)?|Karte)\s+(?:ist\s+)?(?:\w+\s+)?(?:PIN-?)?gesperrt\b|"
              r"\bPUK\s+(?:wird\s+)?(?:verlangt|erforderlich|benötigt|nötig)\b",
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
        "it": r"(?<!\bnon\s)(?<!\bnon\smi\s)\b(?:chiede|richiede|vuole|aspetta|pretende)\s+(?:(?!nemmeno\b|neanche\b|neppure\b|mai\b)\w+\s+)?(?:il\s+|un\s+)?(?:codice\s+)?(?:PIN|PUK)\b|"
              r"\b(?:SIM|scheda)\s+(?:(?!non\b)\w+\s+)?(?:è|e'|é|risulta|viene)\s+bloccat[ao]\b",
        # "o modem pede o código PUK", "o chip está bloqueado" (not "não está bloqueado")
        "pt": r"(?<!\bnão\s)(?<!\bnao\s)(?<!\bnem\s)(?<!\bnunca\s)\b(?:pede|exige|solicita|requer|espera)\s+(?:(?!sequer\b)\w+\s+)?(?:o\s+|um\s+)?(?:código\s+|codigo\s+)?(?:PIN|PUK)\b|"
              r"\b(?:SIM|chip|cartão\s+SIM|cartao\s+SIM)\s+(?:(?!não\b|nao\b)\w+\s+)?(?:está|esta|foi|fica|ficou)\s+bloquead[ao]\b"
              r"(?!\s+(?:a|para|por|pela|pelo)\s+(?:el\s+|la\s+|a\s+|o\s+)?operador)",
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
              r"射频\s*(?:被|一直)?\s*(?:关闭|关掉|没(?:有)?(?:打)?开|未(?:打)?开启?)",
        "ja": r"(?:機内モード|フライトモード|オフラインモード|低消費電力モード)(?:に|の)\s*(?:なって|なった|なったまま|まま|入って|入った)|"
              r"無線(?:部)?(?:が)?\s*(?:オフ|無効)(?:に)?(?:なって|のまま)|(?:RF|電波)が\s*オフ(?:に)?(?:なって|のまま)",
        "de": r"\b(?:ist|bleibt|hängt|haengt|steht|steckt|befindet\s+sich|geht)\s+(?:\w+\s+){0,3}?(?:im|in\s+den)\s+"
              r"(?:Flug(?:zeug)?-?modus|Offline-?Modus|Energiesparmodus|Low-?Power-?Modus)\b|"
              r"\b(?:Funk(?:modul|teil)?|Radio|RF)\s+(?:ist|bleibt)\s+(?:immer\s+|noch\s+|dauerhaft\s+)?(?:aus|ausgeschaltet|abgeschaltet|"
              r"deaktiviert)\b|\bFlug(?:zeug)?-?modus\s+(?:lässt\s+sich|laesst\s+sich|kann)\s+(?:\w+\s+)?nicht\s+(?:\w+\s+)?"
              r"(?:ausschalten|deaktivieren|verlassen|ausgeschaltet)",
        "es": r"\b(?:est[aá]|sigue|queda|se\s+queda|permanece|entra|se\s+pone|se\s+mete)\s+(?:\w+\s+){0,2}?en\s+(?:el\s+)?modo\s+"
              r"(?:avi[oó]n|vuelo|offline|bajo\s+consumo)\b|\b(?:la\s+)?radio\s+(?:est[aá]\s+|sigue\s+|queda\s+)?(?:apagada|desactivada)\b|"
              r"\bno\s+(?:puedo|se\s+puede|logro|consigo)\s+(?:desactivar|quitar|salir\s+del)\s+(?:el\s+)?modo\s+avi[oó]n\b",
        "ru": r"(?:^|[\s,(])в\s+режиме\s+(?:пол[её]та|самол[её]та|оффлайн|низкого\s+энергопотребления)|"
              r"\bрадио(?:модуль|часть)?\s+(?:\w+\s+)?выключен\w*",
    },
    # no signal, no network found
    "said:not-registered": {
        "zh": r"(?:没有|无|没)\s*信号|信号\s*(?:为|是)\s*0|搜不到\s*信号",
        "ja": r"(?:電波|アンテナ)(?:が|を)?\s*(?:ない|ありません|なし|拾わない|拾えない|拾いません|掴まない|つかまない|入らない|入りません|"
              r"立たない|立ちません)|圏外(?:の)?(?:まま|になる|になります|です|表示)|ネットワーク(?:に|へ)\s*(?:登録|アタッチ)"
              r"(?:でき|され)(?:ない|ません)",
        "de": r"\bkein(?:en)?\s+(?:Empfang|Netz(?:empfang)?|Mobilfunknetz|Funksignal|Signal)\b|"
              r"\bfindet\s+kein(?:en)?\s+(?:Netz|Netzbetreiber|Anbieter|Mobilfunknetz)\b",
        "es": r"\b(?:no\s+(?:tiene|hay|recibe|capta|agarra|coge|detecta|encuentra)|sin)\s+(?:\w+\s+)?(?:se[nñ]al|cobertura)\b|"
              r"\bno\s+encuentra\s+(?:ninguna\s+)?(?:red|operador)\b",
        "ru": r"\bнет\s+(?:сигнала|сети|регистрации)\b|\bне\s+(?:ловит|видит|находит)\s+(?:\w+\s+)?сет[ьи]\b|\bсигнала\s+(?:\w+\s+)?нет\b",
    },
    # no IP address on the modem's interface
    "said:no-ip-address": {
        "zh": r"(?:获取|拿|分配|得)不到\s*(?:IP|ip)|没有?(?:获取到?|拿到|分配到?|得到)\s*(?:IP|ip)|(?:IP|ip)\s*(?:地址)?\s*(?:获取|分配)"
              r"\s*失败|无\s*(?:IP|ip)\s*地址",
        "ja": r"IP(?:アドレス)?(?:が|を)\s*(?:取得|割り当て|割当て|付与)(?:でき|され|られ)(?:ない|ません)|IP(?:アドレス)?が\s*"
              r"(?:取れ|もらえ|振られ|付か|つか)(?:ない|ません)",
        "de": r"\b(?:bekommt|bekomme|bekommen|erhält|erhaelt|erhalte|kriegt|kriege|bezieht)\s+(?:\w+\s+)?keine\s+"
              r"(?:IP|IPv4)(?:-Adresse)?\b|\bkeine\s+IP(?:-Adresse)?\s+(?:zugewiesen|bekommen|erhalten)\b",
        "es": r"\bno\s+(?:obtengo|obtiene|recibe|recibo|consigue|consigo|me\s+da|le\s+da|asigna|tiene|tengo|agarra)\s+(?:\w+\s+)?"
              r"(?:una\s+)?(?:direcci[oó]n\s+)?IP\b(?!\s+(?:fija|p[uú]blica|est[aá]tica))",
        "ru": r"\bне\s+(?:получает|получаю|получил\w*|выда[её]т|выдают|дают|да[её]т)\s+(?:\w+\s+)?(?:IP|айпи)\w*|\bнет\s+IP\b",
    },
    # the modem restarts or drops off by itself (the existing rows read "disappears", "verschwindet", "пропадает")
    "said:drops-off-bus": {
        "ja": r"(?:何度も|勝手に|繰り返し|頻繁に|定期的に|数分(?:ごと|おき)に)[^。！？]{0,10}?(?:再起動|リセット|切断)|"
              r"(?:モデム|モジュール|ドングル)(?:が|は)\s*(?:USBから)?\s*(?:切断され|消え|落ち)(?:る|ます|て|た)",
        "de": r"\b(?:startet|bootet)\s+(?:\w+\s+)?(?:ständig|staendig|dauernd|immer\s+wieder|andauernd|von\s+selbst|"
              r"selbstständig|alle\s+paar\s+\w+)\s+neu\b|"
              # "dass sich das Modem selbst resetet", "das Modul resettet sich ständig"
              r"\bsich\s+(?:das\s+|der\s+|mein\s+|unser\s+)?(?:\w+-)?(?:Modem|Modul|Stick)\w*\s+(?:\w+\s+)?(?:selbst|selbstständig|"
              r"von\s+selbst|ständig|immer\s+wieder)\s+(?:resetet|resettet|zurücksetzt)\b|\b(?:resetet|resettet)\s+sich\s+"
              r"(?:\w+\s+)?(?:selbst|ständig|dauernd|immer\s+wieder|von\s+selbst)\b",
        "es": r"\bse\s+reinicia\s+(?:\w+\s+)?(?:solo|sola|constantemente|continuamente|cada|sin\s+parar|una\s+y\s+otra\s+vez|"
              r"a\s+cada\s+rato)\b",
        "ru": r"(?:\b(?:постоянно|вс[её]\s+время|периодически|то\s+и\s+дело|сам|самопроизвольно)\s+(?:\w+\s+)?перезагружа\w*|"
              r"\bперезагружа\w*\s+(?:сам|постоянно|каждые))",
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
        # ... counted: "没有3个/dev/ttyUSBx" (no three ttyUSB ports), "没有四个 ttyUSB 口"
        "zh": r"(?:没有|无|不见)\s*(?:(?:\d+|[一二两三四五六七八几])\s*个\s*)?(?:/dev/)?(?:ttyUSB|ttyACM)\S{0,3}\s*(?:设备|节点|口)?",
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
    # the stick seen only as a storage device (the existing rows: Spanish, German, Portuguese, Italian, French "as")
    "said:storage-mode": {
        "zh": r"(?:识别|认)(?:成|为|作)\s*(?:了)?\s*(?:U盘|光驱|CD-?ROM|存储设备|大容量存储|虚拟光驱)|(?:只有|只显示|显示为|变成了?)\s*"
              r"(?:一个)?\s*(?:U盘|光驱|虚拟光驱)",
        # ... or as the CD/DVD drive (/dev/sr0) the system reacts to or shows: "DVDドライブとして反応する", "CD-ROMとして見えてしまう"
        "ja": r"(?:ストレージ|マスストレージ|CD(?:-?ROM)?(?:/DVD)?|DVD|USBメモリ|(?:CD|DVD)ドライブ|ディスク|記憶装置)として"
              r"[^。！？\n]{0,20}?(?:認識|表示|マウント|反応|見え|扱われ|検出)|"
              r"(?:ストレージ|CD-?ROM|CD)(?:モード)?のまま",
        "ru": r"\b(?:определя\w*|распозна\w*|видится|виден|видно)\s+(?:\w+\s+)?(?:только\s+)?как\s+(?:флешк\w*|CD-?ROM|сидиром|"
              r"накопител\w*|диск\w*|USB-?накопител\w*|съ[её]мн\w+\s+диск\w*)",
        # Indonesian: "malah di desktop muncul drive baru", "hanya terbaca sebagai CD-ROM / flashdisk"
        # ... the storage named by its driver too ("terdeteksi sebagai usb-storage", "cuma terbaca sebagai mass-storage")
        "id": r"(?<!tidak\s)(?<!lagi\s)(?<!bukan\s)(?<!belum\s)\b(?:muncul|terbaca|terdeteksi|dikenali|tampil)\s+(?:\w+\s+){0,2}?(?:sebagai\s+)?(?:(?:usb|mass)[- ]?)?(?:drive|CD-?ROM|CD|flash\s?disk|"
              r"flashdisk|storage|penyimpanan)\b(?!\s+(?:dan|lalu|kemudian)\s+(?:modem|\w+\s+modem))",
    },
}

# what takes a row back in any language: the state ended, denied, or the person's own doing
UNLESS: Dict[str, str] = {
    "said:sim-not-detected": r"\bohne\s+SIM|\bsin\s+(?:tarjeta\s+)?SIM\b|\bбез\s+(?:сим|SIM)",
    "said:sim-locked": r"deaktiviert|ausgeschaltet|\bkeine\s+PIN|desactiv|d[ée]sactiv|disattiv|desativ|\bsin\s+PIN|\bsans\s+(?:code\s+)?PIN|"
                       r"\bsenza\s+PIN|\bsem\s+PIN|отключ|\bбез\s+(?:PIN|пин)|снял\w*|無効|解除",
    "said:radio-stuck-off": r"\bnicht\s+(?:im|mehr)\b|\bno\s+(?:est[aá]|sigue)\b|\bya\s+no\b|\bне\s+в\s+режиме|выш\w+\s+из|"
                            r"退出|关闭飞行|解除",
    "said:not-registered": r"\bkein\s+Problem|\bsin\s+problema|\bнет\s+проблем",
    "said:no-ip-address": "",
    "said:no-pin-prompt": r"deaktiviert|ausgeschaltet|\bohne\s+PIN|desactiv|\bsin\s+PIN|\bsans\s+(?:code\s+)?PIN|\bsem\s+PIN|"
                          r"\b(?:Handy|tel[eé]fono|t[eé]l[eé]phone|telefone|celular)\b",
    "said:drops-off-bus": r"\bnicht\s+mehr\b|\bya\s+no\b|\bбольше\s+не\b",
    "said:storage-mode": r"\bне\s+только\b|不是|じゃなく|ではなく",
    "said:port-held-by-mm": r"\bnicht\s+mehr\b|\bya\s+no\b|\bбольше\s+не\b|\bне\s+(?:занимает|держит)",
    "said:not-on-usb": "",
    "said:mm-no-modem": "",
    # a port that was there and left (said:ports-gone): "nicht mehr", "ya no", "non più", "não ... mais", "plus de", "больше не"
    "said:serial-ports-never-appeared": r"\bnicht\s+mehr\b|\bkeine?[nrs]?\s+\S+\s+mehr\b|\bya\s+no\b|\bnon\s+(?:\w+\s+)?pi[uù]\b|"
                                        r"\bn[ãa]o\s+(?:\S+\s+){0,4}?mais\b|\bn(?:e\s+|')\S*\s+plus\b|\bplus\s+(?:de|d'|aucun)|\bбольше\b|пропал|"
                                        r"verschwunden|desapareci|scompars|disparu",
    "said:ip-no-internet": "",
    "said:serial-nul-bytes": "",
    "said:stops-after-idle": "",
    "said:drops-since-firmware": r"\bnicht\s+mehr\b|\bya\s+no\b|\bplus\s+(?:de|aucune?)\b",
    "said:reappears-other-id": r"(?i)mode ?switch|usb_modeswitch|umschalt\w*|umgeschaltet|conmut\w*|bascul\w*|cambi[oó]\s+de\s+modo",
}

# the trouble told over in Chinese and Japanese ("已经解决了", "直りました"); the languages of the clause grammar's table
# say it with their ``fixed`` words
_CJK_FIXED = r"已经?解决|解决了|恢复正常|(?:就|又)?正常了|解決しました|解決済み|直りました|直った|治りました"


def taken_back(fact: str) -> str:
    """What takes a row of ``fact`` back in any language: its own ``UNLESS``; the trouble told over, or another device
    the SIM or modem sits in ("im Handy", "en el teléfono"), in the words of the clause grammar's table (its ``fixed``
    and ``elsewhere`` rows), or over in Chinese or Japanese."""
    words = [w for lang in LANGUAGES.values() for w in lang.fixed + lang.elsewhere]
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
    "said:serial-nul-bytes": "the module's status LED; AT on the serial port after pulsing the power key (PWRKEY)",
    "said:stops-after-idle": "cat /sys/bus/usb/devices/*/power/control (auto = autosuspend on); dmesg | grep -i usb",
    "said:drops-since-firmware": "the firmware revision (mmcli -m any, ATI); sudo dmesg | grep -iE 'usb .*(disconnect|reset)'",
    "said:reappears-other-id": "sudo dmesg | grep -E 'USB disconnect|New USB device found'; lsusb",
}
