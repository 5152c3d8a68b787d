"""The words a resolution is built with: calls, preambles, bodies, in French, English, Spanish.

The list of calls is open (drafters invent `continue d'encourager`), so these words only
help when a document carries no ITU styles; `structure` also accepts short unlabelled
lines that sit between item lists.
"""

from __future__ import annotations

import re

from .model import Body

# First words of a call, per language. Longer forms are implied: "considérant" covers
# "considérant en outre", "invite" covers "invite les Etats Membres et les Membres...".
CALLS: dict[str, tuple[str, ...]] = {
    "fr": (
        "considérant",
        "rappelant",
        "reconnaissant",
        "notant",
        "consciente",
        "conscient",
        "ayant à l'esprit",
        "gardant à l'esprit",
        "tenant compte",
        "prenant en compte",
        "prenant note",
        "soulignant",
        "se félicitant",
        "convaincue",
        "convaincu",
        "préoccupée",
        "préoccupé",
        "profondément préoccupée",
        "profondément préoccupé",
        "faisant sienne",
        "faisant siennes",
        "décide",
        "charge",
        "prie",
        "invite",
        "encourage",
        "continue d'inviter",
        "continue d'encourager",
        "exhorte",
        "demande",
        "affirmant",
        "réaffirmant",
        "réaffirme",
        "observant",
        "constatant",
        "estimant",
        "accueillant",
        "insistant",
        "approuve",
        "recommande",
        "appelle",
        "souligne",
        "exprime",
        "notant en outre",
        "rappelant en outre",
        "considérant en outre",
    ),
    "en": (
        "considering",
        "recalling",
        "recognizing",
        "recognising",
        "noting",
        "aware",
        "bearing in mind",
        "taking into account",
        "taking into consideration",
        "emphasizing",
        "emphasising",
        "underlining",
        "welcoming",
        "convinced",
        "concerned",
        "deeply concerned",
        "acknowledging",
        "resolves",
        "decides",
        "instructs",
        "requests",
        "invites",
        "encourages",
        "urges",
        "calls upon",
        "calls on",
        "further resolves",
        "further invites",
        "further instructs",
        "further requests",
        "affirming",
        "reaffirming",
        "observing",
        "mindful",
        "having regard",
        "endorsing",
        "stressing",
        "highlighting",
        "expressing",
        "appreciating",
        "believing",
        "reaffirms",
        "approves",
        "recommends",
        "continues to invite",
        "continues to encourage",
        "also resolves",
    ),
    "es": (
        "considerando",
        "recordando",
        "reconociendo",
        "observando",
        "teniendo en cuenta",
        "teniendo presente",
        "consciente",
        "destacando",
        "subrayando",
        "acogiendo con satisfacción",
        "resuelve",
        "decide",
        "encarga",
        "pide",
        "invita",
        "alienta",
        "insta",
        "exhorta",
        "preocupada",
        "profundamente preocupada",
        "convencida",
        "habida cuenta",
        "tomando nota",
        "haciendo suya",
        "haciendo suyas",
        "reafirmando",
        "afirmando",
        "señalando",
        "solicita",
        "sigue invitando",
        "sigue alentando",
        "reconociendo además",
        "considerando además",
    ),
}

_PREAMBLE = re.compile(
    r"^(?:la|le|l'|the|el)\s*(?:[\w'-]+\s+){0,4}?"
    r"(?:conférence|conseil|assemblée|conference|council|assembly|conferencia|consejo|asamblea)\b",
    re.IGNORECASE,
)

# In order: the Plenipotentiary Conference names "télécommunications" too, so test it first.
_BODIES: tuple[tuple[Body, tuple[str, ...]], ...] = (
    (Body.PP, ("plénipotentiaires", "plenipotentiary", "plenipotenciarios")),
    (
        Body.WTDC,
        (
            "développement des télécommunications",
            "telecommunication development conference",
            "desarrollo de las telecomunicaciones",
        ),
    ),
    (
        Body.WTSA,
        (
            "normalisation des télécommunications",
            "standardization assembly",
            "normalización de las telecomunicaciones",
        ),
    ),
    (
        Body.WRC,
        (
            "conférence mondiale des radiocommunications",
            "world radiocommunication conference",
            "mundial de radiocomunicaciones",
        ),
    ),
    (
        Body.RA,
        (
            "assemblée des radiocommunications",
            "radiocommunication assembly",
            "asamblea de radiocomunicaciones",
        ),
    ),
    (Body.COUNCIL, ("conseil", "council", "consejo")),
)

_PREAMBLE_LANGUAGE = (
    ("es", re.compile(r"^(?:la\s+conferencia|el\s+consejo|la\s+asamblea)\b")),
    ("fr", re.compile(r"^(?:la|le|l')\s*(?:conférence|conseil|assemblée)\b")),
    ("en", re.compile(r"^the\b")),
)


def normalize(text: str) -> str:
    """Lower case, straight apostrophes, single spaces: how call words are compared."""
    text = text.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ")
    return " ".join(text.split()).lower()


def call_language(text: str) -> str | None:
    """Language of the known call `text` starts with, or None.

    A call word must end at a word boundary ("notant" is a call, "notamment" is not).
    """
    norm = normalize(text)
    for language, words in CALLS.items():
        for word in words:
            if norm.startswith(word) and (len(norm) == len(word) or not norm[len(word)].isalnum()):
                return language
    return None


def starts_with_call(text: str) -> bool:
    return call_language(text) is not None


def is_preamble(text: str) -> bool:
    """`La Conférence de plénipotentiaires ... (Busan, 2014),`, `Le Conseil de l'UIT,`..."""
    norm = normalize(text)
    return len(norm) <= 400 and _PREAMBLE.match(norm) is not None


def preamble_body(text: str) -> Body:
    norm = normalize(text)
    for body, words in _BODIES:
        if any(w in norm for w in words):
            return body
    return Body.UNKNOWN


def preamble_language(text: str) -> str:
    norm = normalize(text)
    for language, pattern in _PREAMBLE_LANGUAGE:
        if pattern.match(norm):
            return language
    return ""
