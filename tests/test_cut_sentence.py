"""A person's sentence cut by a code block and resumed under it is read as one sentence
(model.signals._unwrap): "i updated my modem via", a fenced command, "however it would not connect
afterwards." Only a part below that opens with a joining word in lower case resumes it."""
from wwandoctor.ingest import ingest_text
from wwandoctor.model.signals import _unwrap, prose_text_lines


def test_a_sentence_resumed_under_a_command_is_one_sentence():
    parts = ["f:1: i updated my modem via", "f:2: ```export X=1", "f:3: autoflash-7455.sh -e 2",
             "f:5: however it would not connect afterwards."]
    out = _unwrap(parts)
    assert out[0] == ("f:1", "i updated my modem via [\u2026] however it would not connect afterwards.")
    assert ("f:3", "autoflash-7455.sh -e 2") in out  # the command stays a line of its own


def test_other_joining_words_resume_it():
    for below in ("and it says nothing", "but nothing happens", "then the modem resets", "which prints an error"):
        out = _unwrap(["f:1: I ran this command", "f:2: sudo qmicli -d /dev/cdc-wdm0 --dms-get-ids", "f:4: " + below])
        assert out[0][1] == "I ran this command [\u2026] " + below, out


def test_a_finished_sentence_a_heading_or_a_new_sentence_is_not_resumed():
    cases = [
        ["f:1: I ran this command.", "f:2: sudo apt install modemmanager", "f:4: and it says nothing"],
        ["f:1: ## Output of dmesg", "f:2: usb 1-1: new device", "f:4: and it says nothing"],
        ["f:1: I ran this command", "f:2: sudo apt install modemmanager", "f:4: The modem does not show"],
        ["f:1: I ran this command", "f:2: lsusb", "f:3: I also tried another port.", "f:5: and it says nothing"],
        ["f:1: I ran this command", "f:2: lsusb", "g:4: and it says nothing"],
        ["f:1: I ran this command", "f:80: and it says nothing"],
    ]
    for parts in cases:
        out = _unwrap(parts)
        assert not any("\u2026" in text for _, text in out), out


def test_the_join_reaches_the_prose_reader_from_a_paste():
    paste = ("i updated my modem via\n```export SWI9X30C_ZIP=SWI9X30C_02.33.03.00_GENERIC_002.072_001.zip\n"
             "autoflash-7455.sh  -e 2 -u 0 -m 6 -b 0\n```\nhowever it would not connect afterwards.\n")
    texts = [ln.text for ln in prose_text_lines(ingest_text(paste, "post"))]
    assert "i updated my modem via [\u2026] however it would not connect afterwards." in texts, texts


def test_the_note_of_lines_not_kept_is_no_input_line():
    """A "not understood" section keeps its first lines and ends with "<name>: ... N more unrecognized lines": the
    input's name in it is no line of the input (tuning38a: a file named after a Quectel EC200T how-to, "...-ec200t-ecm-...",
    was read as a module named with an "ECM" variant)."""
    from wwandoctor.model.signals import text_lines
    paste = "\n".join("Line %d of a recipe that no parser reads, for the module." % i for i in range(40))
    snap = ingest_text(paste, "openwrt-quectel-ec200t-ecm-only-howto.txt")
    texts = [ln.text for ln in text_lines(snap)]
    assert any("more unrecognized line" in part for section in snap.unrecognized for part in section.split("\n"))
    assert not any("more unrecognized line" in text or "ec200t-ecm" in text for text in texts)
    assert "Line 0 of a recipe that no parser reads, for the module." in texts


def test_a_line_wrapped_after_a_quoted_word_goes_on_in_lower_case():
    """(tuning39b) modemfeed xmm-modem issue: the line breaks after a quoted APN (no full stop before its closing mark) and
    the sentence goes on in lower case below; a quoted message that ends a sentence, or a capital below, stays apart."""
    above = 'f:1: There is some issue, when is entered APN "internet" modem is connecting, but when is entered APN "pro" '
    assert _unwrap([above, "f:2: modem isn't connecting."]) == [
        ("f:1", above[5:].rstrip() + " modem isn't connecting.")]
    for parts in ([above, "f:2: Modem isn't connecting."],
                  ['f:1: After a while the kernel log of the machine only prints "device not accepting address."',
                   "f:2: then it comes back."],
                  [above, "f:3: modem isn't connecting."]):
        assert len(_unwrap(parts)) == 2, parts
