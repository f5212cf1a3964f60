"""Text escaping for the XML exports (GraphML, GEXF), which are written as a stream of strings.

>>> xml_escape('Tom & "Jerry" <3')
'Tom &amp; "Jerry" &lt;3'
>>> xml_attribute('a "b"\\nc\\x00')
'"a &quot;b&quot;&#10;c\\ufffd"'
>>> xml_value(True), xml_value(0.5)
('true', '0.5')
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["XML_TYPES", "xml_attribute", "xml_escape", "xml_value"]

# Characters XML 1.0 forbids (and lone surrogates): replaced by U+FFFD.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Text that needs no escaping at all (the common case, checked first).
_PLAIN_TEXT = re.compile("[^&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]*")
_PLAIN_ATTRIBUTE = re.compile("[^&<>\"\t\n\r\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]*")

#: The GraphML/GEXF type name of each attribute value type.
XML_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}


def xml_escape(text: str) -> str:
    """``text`` safe as XML character data (``&``, ``<``, ``>`` escaped, illegal characters replaced)."""
    if _PLAIN_TEXT.fullmatch(text):
        return text
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    return _ILLEGAL.sub("\ufffd", text)


def xml_attribute(text: str) -> str:
    """``text`` as a double-quoted XML attribute value; line breaks and tabs survive a round trip."""
    if _PLAIN_ATTRIBUTE.fullmatch(text):
        return f'"{text}"'
    text = xml_escape(text).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")
    return f'"{text}"'


def xml_value(value: Any) -> str:
    """The text of a scalar attribute value: booleans as ``true``/``false``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
