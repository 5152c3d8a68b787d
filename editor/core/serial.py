"""The model's frozen dataclasses as plain JSON data and back (a session's parse cache).

What `decoder(cls)` is given comes from a session file, so from someone else: data, never
code (no pickle). Every value is checked against the type of the field it goes to (`str`,
`int`, `bool`, a `StrEnum`'s values, `None` where the field allows it, tuples, nested
dataclasses and named tuples) and anything else raises `ValueError`: a garbled cache is
refused whole, never half-used, and the caller reads the document again.

The form is positional, so it stays small: an object is the list of its fields in
declaration order with trailing default values left out (most runs are `["words"]`), a
tuple a list, an enum its value. Field lists come from the classes themselves, so a field
added to the model is serialised without touching this module (the cache key changes with
the model's source anyway, see `editor.app.parse_cache`).
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from enum import Enum
from typing import Any, TypeVar

T = TypeVar("T")
Decode = Callable[[Any], Any]
Encode = Callable[[Any], Any]


def encode(value: Any) -> Any:
    """`value` (a model dataclass, named tuple, tuple, enum, str, int, bool or None) as
    JSON-ready lists and scalars."""
    kind = type(value)
    if kind is str or kind is int or kind is bool or value is None:
        return value
    if kind is tuple or kind is list:
        return [encode(v) for v in value]
    encoder = _ENCODERS.get(kind)
    if encoder is None:
        encoder = _ENCODERS[kind] = _encoder(kind)
    return encoder(value)


_ENCODERS: dict[Any, Encode] = {}
_DECODERS: dict[Any, Decode] = {}


def _encoder(kind: Any) -> Encode:
    if issubclass(kind, Enum):
        return lambda v: v.value
    if dataclasses.is_dataclass(kind):
        names, defaults = _dataclass_fields(kind)
    elif issubclass(kind, tuple) and hasattr(kind, "_fields"):
        names = list(kind._fields)
        defaults = _tuple_defaults(kind, names)
    else:
        raise TypeError(f"no JSON form for {kind.__name__}")

    def encode_object(value: Any) -> list[Any]:
        values = [getattr(value, n) for n in names]
        end = len(values)
        while end and defaults[end - 1] is not _REQUIRED and values[end - 1] == defaults[end - 1]:
            end -= 1
        return [encode(v) for v in values[:end]]

    return encode_object


_REQUIRED = object()


def _dataclass_fields(kind: Any) -> tuple[list[str], list[Any]]:
    names, defaults = [], []
    for f in dataclasses.fields(kind):
        if not f.init:
            raise TypeError(f"{kind.__name__}.{f.name} is not set by the constructor")
        names.append(f.name)
        if f.default is not dataclasses.MISSING:
            defaults.append(f.default)
        elif f.default_factory is not dataclasses.MISSING:
            defaults.append(f.default_factory())
        else:
            defaults.append(_REQUIRED)
    return names, defaults


def _tuple_defaults(kind: Any, names: list[str]) -> list[Any]:
    given = getattr(kind, "_field_defaults", {})
    return [given.get(n, _REQUIRED) for n in names]


def decoder(kind: type[T]) -> Callable[[Any], T]:
    """A function from `encode`'s form of a `kind` back to a `kind`, checking every value
    (`ValueError` on the first one that does not fit)."""
    decode: Callable[[Any], T] = _decoder(kind)
    return decode


def _decoder(hint: Any) -> Decode:
    decode = _DECODERS.get(hint)
    if decode is None:
        decode = _DECODERS[hint] = _make_decoder(hint)
    return decode


def _make_decoder(hint: Any) -> Decode:
    if hint is str:
        return _str
    if hint is bool:
        return _bool
    if hint is int:
        return _int
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return _tuple_of(_decoder(args[0]))
        return _fixed_tuple(tuple(_decoder(a) for a in args))
    if origin is typing.Union or origin is types.UnionType:
        others = [a for a in args if a is not type(None)]
        if len(others) == 1 and len(args) == 2:
            return _optional(_decoder(others[0]))
    if isinstance(hint, type) and issubclass(hint, Enum):
        return _enum(hint)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        names, defaults = _dataclass_fields(hint)
        return _object(hint, names, defaults)
    if isinstance(hint, type) and issubclass(hint, tuple) and hasattr(hint, "_fields"):
        names = list(hint._fields)
        return _object(hint, names, _tuple_defaults(hint, names))
    raise TypeError(f"no JSON form for {hint!r}")


def _object(kind: type, names: list[str], defaults: list[Any]) -> Decode:
    hints = typing.get_type_hints(kind)
    fields = [_decoder(hints[n]) for n in names]
    least = sum(d is _REQUIRED for d in defaults)
    if any(d is _REQUIRED for d in defaults[least:]):
        raise TypeError(f"{kind.__name__}: a required field after a default one")
    most = len(fields)

    def decode_object(value: Any) -> Any:
        if type(value) is not list or not least <= len(value) <= most:
            raise ValueError(f"not a {kind.__name__}")
        return kind(*[f(v) for f, v in zip(fields, value, strict=False)])

    return decode_object


def _str(value: Any) -> str:
    if type(value) is not str:
        raise ValueError("not a text")
    return value


def _bool(value: Any) -> bool:
    if type(value) is not bool:
        raise ValueError("not a boolean")
    return value


def _int(value: Any) -> int:
    if type(value) is not int:
        raise ValueError("not an integer")
    return value


def _enum(kind: type[Enum]) -> Decode:
    members = {m.value: m for m in kind}

    def decode_enum(value: Any) -> Enum:
        if type(value) is not str or value not in members:
            raise ValueError(f"not a {kind.__name__}")
        return members[value]

    return decode_enum


def _optional(inner: Decode) -> Decode:
    return lambda value: None if value is None else inner(value)


def _tuple_of(item: Decode) -> Decode:
    def decode_tuple(value: Any) -> tuple[Any, ...]:
        if type(value) is not list:
            raise ValueError("not a list")
        return tuple([item(v) for v in value])

    return decode_tuple


def _fixed_tuple(items: tuple[Decode, ...]) -> Decode:
    def decode_fixed(value: Any) -> tuple[Any, ...]:
        if type(value) is not list or len(value) != len(items):
            raise ValueError("not a tuple of the right length")
        return tuple(f(v) for f, v in zip(items, value, strict=True))

    return decode_fixed
