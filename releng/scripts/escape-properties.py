#!/usr/bin/env python3
"""Rewrites .properties files so that every non-ASCII character is a \\uXXXX escape.

Eclipse NLS and OSGi localization read properties as ISO-8859-1; translators may write UTF-8,
and this turns their files into what the runtime reads. Idempotent. Usage: escape-properties.py FILE...
"""
import sys

for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        text = f.read()
    escaped = "".join(c if ord(c) < 128 else "\\u%04x" % ord(c) for c in text)
    if escaped != text:
        with open(path, "w", encoding="ascii") as f:
            f.write(escaped)
        print("escaped", path)
