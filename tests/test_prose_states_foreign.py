"""The common states in Chinese, Japanese, German, Spanish and Russian (model/prose_states_foreign.py).

Written for stop 27, in no case: READ were written beside the table's patterns, PARAPHRASES afterwards in other words
(other subjects, adverbs, word order); NOT_READ are look-alikes: the state ended, denied, the person's own choice, a
condition or a question."""
import pytest

from wwandoctor.model.prose import stated_facts
from wwandoctor.snapshot import LogLine


def _facts(text):
    return set(stated_facts([LogLine(text=text, origin="unknown")]))


READ = [
    ('Das Modem erkennt die SIM-Karte nicht.', 'said:sim-not-detected'),
    ('Es ist keine SIM-Karte eingelegt, sagt mmcli.', 'said:sim-not-detected'),
    ('Die SIM-Karte verlangt eine PIN.', 'said:sim-locked'),
    ('Das Modem ist im Flugmodus.', 'said:radio-stuck-off'),
    ('Das Modem hängt im Flugmodus fest.', 'said:radio-stuck-off'),
    ('Das Funkmodul ist ausgeschaltet.', 'said:radio-stuck-off'),
    ('Das Modem hat keinen Empfang.', 'said:not-registered'),
    ('Das Modem bucht sich nicht ins Netz ein.', 'said:not-registered'),
    ('Das Modem bekommt keine IP-Adresse.', 'said:no-ip-address'),
    ('Das Modem startet ständig neu.', 'said:drops-off-bus'),
    ('Das Modem wird nur als Massenspeicher erkannt.', 'said:storage-mode'),
    ('Der Stick wird als CD-ROM erkannt.', 'said:storage-mode'),
    ('El módem no detecta la tarjeta SIM.', 'said:sim-not-detected'),
    ('No hay tarjeta SIM insertada.', 'said:sim-not-detected'),
    ('Me pide el PIN de la SIM.', 'said:sim-locked'),
    ('El módem está en modo avión.', 'said:radio-stuck-off'),
    ('La radio está apagada.', 'said:radio-stuck-off'),
    ('El módem no tiene señal.', 'said:not-registered'),
    ('El módem no se registra en la red.', 'said:not-registered'),
    ('No obtengo dirección IP.', 'said:no-ip-address'),
    ('El módem se reinicia constantemente.', 'said:drops-off-bus'),
    ('Solo lo reconoce como almacenamiento masivo.', 'said:storage-mode'),
    ('Модем не видит сим-карту.', 'said:sim-not-detected'),
    ('SIM-карта не вставлена.', 'said:sim-not-detected'),
    ('Модем просит PIN-код.', 'said:sim-locked'),
    ('Модем в режиме полёта.', 'said:radio-stuck-off'),
    ('Радиомодуль выключен.', 'said:radio-stuck-off'),
    ('Нет сигнала.', 'said:not-registered'),
    ('Модем не регистрируется в сети.', 'said:not-registered'),
    ('Модем не получает IP-адрес.', 'said:no-ip-address'),
    ('Модем постоянно перезагружается.', 'said:drops-off-bus'),
    ('Модем определяется только как флешка.', 'said:storage-mode'),
    ('模块识别不到SIM卡。', 'said:sim-not-detected'),
    ('没有插入SIM卡。', 'said:sim-not-detected'),
    ('SIM卡需要PIN码。', 'said:sim-locked'),
    ('模块处于飞行模式。', 'said:radio-stuck-off'),
    ('射频关闭了。', 'said:radio-stuck-off'),
    ('没有信号。', 'said:not-registered'),
    ('模块注册不上网络。', 'said:not-registered'),
    ('拨号后获取不到IP地址。', 'said:no-ip-address'),
    ('模块不停地重启。', 'said:drops-off-bus'),
    ('只识别成U盘。', 'said:storage-mode'),
    ('SIMカードが認識されません。', 'said:sim-not-detected'),
    ('SIMが挿入されていません。', 'said:sim-not-detected'),
    ('PINコードを要求されます。', 'said:sim-locked'),
    ('モデムが機内モードになっています。', 'said:radio-stuck-off'),
    ('電波がありません。', 'said:not-registered'),
    ('ネットワークに登録できません。', 'said:not-registered'),
    ('IPアドレスが取得できません。', 'said:no-ip-address'),
    ('モデムが何度も再起動します。', 'said:drops-off-bus'),
    ('ストレージとしてしか認識されません。', 'said:storage-mode'),
]

PARAPHRASES = [
    # ModemManager holding the ports, the German modem resetting itself
    ("Das LTE-Modul resettet sich ständig.", "said:drops-off-bus"),
    ("Im Log steht nur, dass sich der Stick von selbst resetet.", "said:drops-off-bus"),
    ("ModemManager blockiert den AT-Port, deshalb geht minicom nicht.", "said:port-held-by-mm"),
    ("Der ModemManager belegt alle ttyUSB-Ports.", "said:port-held-by-mm"),
    ("ModemManager ocupa el puerto ttyUSB2 todo el tiempo.", "said:port-held-by-mm"),
    ("Похоже, ModemManager постоянно занимает AT-порт.", "said:port-held-by-mm"),
    ("ModemManager一直占用AT口。", "said:port-held-by-mm"),
    ("ModemManagerがATポートを占有しています。", "said:port-held-by-mm"),
    ('设备提示请插入SIM卡，但是卡已经插好了。', 'said:sim-not-detected'),
    ('何度挿し直してもSIMが検出できません。', 'said:sim-not-detected'),
    ('SIMカードが入っていないと表示されます', 'said:sim-not-detected'),
    ('Роутер пишет, что SIM-карта не обнаружена.', 'said:sim-not-detected'),
    ('Die SIM wird vom Modem einfach nicht erkannt.', 'said:sim-not-detected'),
    ('La SIM no está detectada por el router.', 'said:sim-not-detected'),
    ('Der Stick fragt bei jedem Start nach der PIN.', 'said:sim-locked'),
    ('Meine Karte ist PIN-gesperrt.', 'said:sim-locked'),
    ('El router siempre solicita el código PIN.', 'said:sim-locked'),
    ('Модем всё время запрашивает PIN.', 'said:sim-locked'),
    ('起動するたびにPINを求められます。', 'said:sim-locked'),
    ('Laut mmcli bleibt das Modul dauerhaft im Energiesparmodus.', 'said:radio-stuck-off'),
    ('Der Flugmodus lässt sich nicht ausschalten.', 'said:radio-stuck-off'),
    ('El modem se queda siempre en modo avion.', 'said:radio-stuck-off'),
    ('После перезагрузки модем опять в режиме полета.', 'said:radio-stuck-off'),
    ('重启以后模块又回到飞行模式了。', 'said:radio-stuck-off'),
    ('再起動してもフライトモードのままです。', 'said:radio-stuck-off'),
    ('一直显示无信号。', 'said:not-registered'),
    ('室内だとアンテナが立ちません。', 'said:not-registered'),
    ('Der Stick findet kein Mobilfunknetz.', 'said:not-registered'),
    ('El router no capta ninguna señal.', 'said:not-registered'),
    ('Модем не ловит сеть в доме.', 'said:not-registered'),
    ('拨号成功但是没有分配到IP。', 'said:no-ip-address'),
    ('接続はできるのにIPが割り当てられません。', 'said:no-ip-address'),
    ('Das Interface erhält keine IP.', 'said:no-ip-address'),
    ('La interfaz wwan0 no recibe IP.', 'said:no-ip-address'),
    ('Интерфейс wwan0 не получил IP.', 'said:no-ip-address'),
    ('数分おきにモデムがリセットされます。', 'said:drops-off-bus'),
    ('Das LTE-Modul bootet immer wieder neu.', 'said:drops-off-bus'),
    ('El dongle se reinicia cada pocos minutos.', 'said:drops-off-bus'),
    ('Модуль периодически сам перезагружается.', 'said:drops-off-bus'),
    ('插上电脑只显示一个虚拟光驱。', 'said:storage-mode'),
    ('ドングルがCD-ROMのまま切り替わりません。', 'said:storage-mode'),
    ('Свисток видится как CD-ROM.', 'said:storage-mode'),
]

NOT_READ = [
    # the trouble over, or the SIM in another device (the clause grammar's table: fixed, elsewhere)
    ('Die SIM-Karte ist nicht eingelegt gewesen, das Problem ist jetzt gelöst.', 'said:sim-not-detected'),
    ('Die SIM-Karte wird im Handy nicht erkannt.', 'said:sim-not-detected'),
    ('El módem está en modo avión, ya está solucionado.', 'said:radio-stuck-off'),
    ('模块一直处于飞行模式，现在问题已经解决了。', 'said:radio-stuck-off'),
    ('IPアドレスが取得できませんでしたが、直りました。', 'said:no-ip-address'),
    ("ModemManager больше не занимает порт.", "said:port-held-by-mm"),
    ("Seit ich ModemManager gestoppt habe, blockiert nichts mehr den Port.", "said:port-held-by-mm"),
    ("Wenn ModemManager den Port belegt, geht minicom nicht.", "said:port-held-by-mm"),
    ("Das Modem resetet sich nicht mehr selbst.", "said:drops-off-bus"),
    ('我的板子上SIM卡没插上吗', 'said:sim-not-detected'),
    ('Die PIN-Abfrage habe ich deaktiviert.', 'said:sim-locked'),
    ('La SIM está bloqueada por el operador.', 'said:sim-locked'),
    ('PIN-код отключён, модем ничего не спрашивает.', 'said:sim-locked'),
    ('PINロックは解除済みです。', 'said:sim-locked'),
    ('Das Modem ist nicht im Flugmodus.', 'said:radio-stuck-off'),
    ('Ya no está en modo avión, ahora funciona.', 'said:radio-stuck-off'),
    ('Модем не в режиме полёта.', 'said:radio-stuck-off'),
    ('退出飞行模式后就正常了。', 'said:radio-stuck-off'),
    ('機内モードを解除したら繋がりました。', 'said:radio-stuck-off'),
    ('信号很好，但是上不了网。', 'said:not-registered'),
    ('電波は問題なく入ります。', 'said:not-registered'),
    ('Mit dem Empfang gibt es kein Problem.', 'said:not-registered'),
    ('Tiene buena señal pero no navega.', 'said:not-registered'),
    ('Сигнал хороший, сеть есть.', 'said:not-registered'),
    ('IP地址获取正常。', 'said:no-ip-address'),
    ('IPアドレスは取得できています。', 'said:no-ip-address'),
    ('Ich bekomme eine IP, aber kein Internet.', 'said:no-ip-address'),
    ('No tengo IP fija con este operador.', 'said:no-ip-address'),
    ('IP получаю нормально.', 'said:no-ip-address'),
    ('再起動すると直ります。', 'said:drops-off-bus'),
    ('Seit dem Netzteil-Tausch startet es nicht mehr ständig neu.', 'said:drops-off-bus'),
    ('Ya no se reinicia solo desde que cambié el cable.', 'said:drops-off-bus'),
    ('Больше не перезагружается постоянно.', 'said:drops-off-bus'),
    ('它不是U盘，是网卡模式。', 'said:storage-mode'),
    ('モデムとして認識され、ストレージではありません。', 'said:storage-mode'),
    ('Модем определяется не только как флешка, но и как модем.', 'said:storage-mode'),
    ('如果没有信号，请检查天线。', 'said:not-registered'),
    ('もしSIMが認識されない場合は挿し直してください。', 'said:sim-not-detected'),
    ('SIMカードが認識されないのでしょうか？', 'said:sim-not-detected'),
    ('Wenn das Modem im Flugmodus ist, geht nichts.', 'said:radio-stuck-off'),
    ('Si el módem está en modo avión, no conecta.', 'said:radio-stuck-off'),
    ('Если модем в режиме полёта, он не регистрируется.', 'said:radio-stuck-off'),
    ('Das Modem hat keinen Empfang.', 'said:modem-board'),
]


@pytest.mark.parametrize("sentence,fact", READ + PARAPHRASES)
def test_a_state_told_in_another_language_gives_its_fact(sentence, fact):
    assert fact in _facts(sentence)


@pytest.mark.parametrize("sentence,fact", NOT_READ)
def test_a_look_alike_in_another_language_does_not(sentence, fact):
    assert fact not in _facts(sentence)

