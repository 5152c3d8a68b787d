import pytest

from editor.core.model import Provision, ProvisionKind, Run
from editor.core.numbering import Entry, LabelStyle, format_label, label_style, relabel


@pytest.mark.parametrize(("label", "scheme"), [
    ("a)", "letter"), ("bbis)", "letter"), ("i)", "roman"), ("iv)", "roman"), ("1", "number"),
    ("1.1", "dotted"), ("2)", "number"), ("–", None)])
def test_label_style(label, scheme):
    style = label_style(label)
    assert (style.scheme if style else None) == scheme


def test_format_label():
    assert format_label(LabelStyle("letter", "", ")"), 27) == "aa)"
    assert format_label(LabelStyle("roman", "", ")"), 4) == "iv)"
    assert format_label(LabelStyle("dotted"), 3, "2") == "2.3"


def item(label, level=1):
    return Provision(ProvisionKind.ITEM, (Run("x"),), (Run(label),), level)


CALL = Provision(ProvisionKind.CALL, (Run("considérant"),))


def test_relabel_after_insertion_and_per_call():
    entries = [Entry(CALL, "", ""), Entry(item("a)"), "a)", ""),
               Entry(item("b)"), "b)", "inserted"), Entry(item("b)"), "b)", ""),
               Entry(item("i)", 2), "i)", ""), Entry(item("ii)", 2), "ii)", "inserted"),
               Entry(item("c)"), "c)", "deleted"), Entry(item("d)"), "d)", ""),
               Entry(CALL, "", ""), Entry(item("a)"), "a)", ""), Entry(item("bbis)"), "bbis)", "")]
    assert relabel(entries) == ["", "a)", "b)", "c)", "i)", "ii)", "c)", "d)", "", "a)", "bbis)"]


def text(words="la Résolution 37 de la CMDT;"):
    return Provision(ProvisionKind.TEXT, (Run(words),))


def test_lone_unnumbered_item_becomes_1_when_items_are_added():
    # ITU leaves a call's single item unnumbered (Res. 139 "faisant sienne"): when a
    # proposal adds items 2 and 3, the lone paragraph is item 1.
    entries = [Entry(CALL, "", ""), Entry(text(), "", ""),
               Entry(item("1"), "1", "inserted"), Entry(item("2"), "2", "inserted"),
               Entry(CALL, "", "")]
    assert relabel(entries) == ["", "1", "2", "3", ""]


def test_unnumbered_text_stays_unnumbered_among_existing_items():
    entries = [Entry(CALL, "", ""), Entry(text("introductory words:"), "", ""),
               Entry(item("1"), "1", ""), Entry(item("2"), "2", "inserted"),
               Entry(item("2"), "2", "")]
    assert relabel(entries) == ["", "", "1", "2", "3"]
