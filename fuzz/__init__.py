"""Coverage-guided fuzzing of the byte-level parsers with atheris (libFuzzer); see README.md."""
