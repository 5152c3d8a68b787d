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
