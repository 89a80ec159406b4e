"""The dossier PDF: fonts, right-to-left text, and the document built from a case."""
