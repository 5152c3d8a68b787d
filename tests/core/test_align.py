from editor.core.align import Slot, align
from editor.core.model import ProvisionKind

K = ProvisionKind
BASE = [
    Slot(K.CALL, "considérant"),
    Slot(K.ITEM, "que le monde change vite et que l'Union doit suivre", "a)"),
    Slot(K.ITEM, "que les réseaux IP progressent dans tous les pays", "b)"),
    Slot(K.ITEM, "que les pays en développement ont besoin d'une aide", "c)"),
    Slot(K.CALL, "décide"),
    Slot(K.ITEM, "de poursuivre les études", "1"),
]


def test_identical_text_aligns_whatever_the_labels():
    other = [BASE[0], BASE[1]._replace(label="b)"), BASE[2]._replace(label="c)"), *BASE[3:]]
    assert align(BASE, other) == (0, 1, 2, 3, 4, 5)


def test_relabelled_and_edited_items_align_by_text_not_label():
    other = [
        BASE[0], BASE[1],
        Slot(K.ITEM, "une chose entièrement nouvelle", "b)"),
        Slot(K.ITEM, "que les réseaux IP progressent vite dans tous les pays", "c)"),
        Slot(K.ITEM, "que les pays en développement ont besoin d’une aide", "d)"),
        *BASE[4:],
    ]
    assert align(BASE, other) == (0, 1, None, 2, 3, 4, 5)


def test_missing_and_unknown_provisions():
    other = [BASE[0], BASE[3], Slot(K.ITEM, "sans rapport aucun", "x)"), BASE[5]]
    assert align(BASE, other) == (0, 3, None, 5)


def test_alignment_keeps_order():
    other = [BASE[2], BASE[1]]  # swapped: only one can align
    result = align(BASE, other)
    assert sorted(x for x in result if x is not None) == [x for x in result if x is not None]
    assert result in ((2, None), (None, 1))  # exactly one aligns, to its own base provision
