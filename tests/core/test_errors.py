"""Error messages are one line naming the file, whatever the problem text holds."""

from editor.core.errors import InputError, SessionError


def test_crafted_names_cannot_break_the_one_line_rule() -> None:
    err = InputError("/tmp/evil\nname.docx", "malformed XML in word/doc\r\nument.xml:\tline 1")
    assert str(err) == "evil name.docx: malformed XML in word/doc ument.xml: line 1"
    assert "\n" not in str(SessionError("s.synoptic", "corrupted (a\nb)"))
