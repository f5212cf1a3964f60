"""Conversions between Python values, pyoxigraph terms and rdflib terms.

>>> import datetime
>>> to_python(to_literal(datetime.date(2024, 5, 1)))
datetime.date(2024, 5, 1)
>>> to_literal(30).datatype.value
'http://www.w3.org/2001/XMLSchema#integer'
>>> to_python(to_literal(MonthDay(5, 5)))   # a birthday without a year: xsd:gMonthDay
MonthDay(month=5, day=5)
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pyoxigraph as ox

from .types import MonthDay
from .vocab import XSD

__all__ = ["to_literal", "to_python", "to_rdflib"]

def to_literal(value: Any, datatype: str | None = None) -> ox.Literal:
    """A pyoxigraph literal for a Python value (or for a lexical form and a datatype IRI)."""
    if datatype is not None:
        return ox.Literal(str(value), datatype=ox.NamedNode(datatype))
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(XSD + "integer"))
    if isinstance(value, float):
        return ox.Literal(repr(value), datatype=ox.NamedNode(XSD + "double"))
    if isinstance(value, Decimal):
        return ox.Literal(str(value), datatype=ox.NamedNode(XSD + "decimal"))
    if isinstance(value, datetime):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(XSD + "dateTime"))
    if isinstance(value, date):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(XSD + "date"))
    if isinstance(value, MonthDay):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(XSD + "gMonthDay"))
    return ox.Literal(str(value))


def to_python(term: Any) -> Any:
    """A Python value for a pyoxigraph term: IRIs as ``str``, literals by datatype."""
    if not isinstance(term, ox.Literal):
        return term.value
    dt = term.datatype.value if term.datatype is not None else ""
    text = term.value
    try:
        if dt in (XSD + "integer", XSD + "int", XSD + "long", XSD + "nonNegativeInteger"):
            return int(text)
        if dt in (XSD + "double", XSD + "float"):
            return float(text)
        if dt == XSD + "decimal":
            return Decimal(text)
        if dt == XSD + "boolean":
            return text in ("true", "1")
        if dt == XSD + "dateTime":
            return datetime.fromisoformat(text.replace("Z", "+00:00"))
        if dt == XSD + "date":
            return date.fromisoformat(text)
        if dt == XSD + "gMonthDay":
            return MonthDay.fromisoformat(text)
    except ValueError:
        return text
    return text


def to_rdflib(term: Any) -> Any:
    """The rdflib term for a pyoxigraph term (``None`` stays ``None``)."""
    import rdflib

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        dt = term.datatype.value if term.datatype is not None else None
        return rdflib.Literal(term.value, datatype=None if dt == XSD + "string" else dt)
    if isinstance(term, ox.Triple):
        return rdflib.Literal(str(term))
    return rdflib.Literal(str(term))
