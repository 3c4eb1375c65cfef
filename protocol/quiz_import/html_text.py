"""Plain text of the HTML that Moodle XML and GIFT's [html] questions carry: quiz texts are plain in this project."""

from __future__ import annotations

from html.parser import HTMLParser

BREAKS = {"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"}


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.images: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BREAKS:
            self.parts.append("\n")
        if tag == "img":
            self.images.extend(value for name, value in attrs if name == "src" and value)

    def handle_endtag(self, tag: str) -> None:
        if tag in BREAKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_text(html: str) -> tuple[str, list[str]]:
    """The text a reader sees (lines kept, spaces within a line collapsed) and the sources of its pictures."""
    reader = _Reader()
    reader.feed(html)
    reader.close()
    lines = (" ".join(line.split()) for line in "".join(reader.parts).splitlines())
    return "\n".join(line for line in lines if line), reader.images
