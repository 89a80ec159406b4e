"""Write resources/schema/*.schema.json from the model and the vocabularies.

Run it after changing casefiles/core/model/case.py or resources/vocab/: the tests fail while the
committed schemas differ from what this writes (tests/core/exchange/test_schema.py).

    .venv/bin/python scripts/make_schema.py
"""

from casefiles.core.exchange.bundle_schema import SCHEMA_NAMES, render, schema_path


def main() -> None:
    for name in SCHEMA_NAMES:
        path = schema_path(name)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render(name), encoding="utf-8")
        print(path)


if __name__ == "__main__":
    main()
