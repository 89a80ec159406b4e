"""atheris harness: exchange bundles (casefiles.core.exchange.bundle_age, bundle_read,
bundle_layout). See README.md.

The first byte of an input chooses what the rest is: a bundle's plaintext, which the harness
encrypts validly to the test identity (so that coverage guides the mutations through the tar,
the manifest, the signature and the JSON checks behind the age layer), the same to a
passphrase, or a whole age file as it arrives (the header parser and the age layer itself).
"""

from casefiles.core.exchange import bundle_age
from fuzz._run import run
from tests.fuzz.targets import encrypted, open_bundle

# scrypt's work factor 2^1 for the passphrase bundles made here, and any asking for more than
# 2^4 refused: the same code paths, a thousand times faster.
bundle_age.SCRYPT_LOG_N, bundle_age.MAX_SCRYPT_LOG_N = 1, 4


def one_input(data: bytes) -> None:
    mode, content = (data[0] % 3, data[1:]) if data else (0, b"")
    if mode == 2:
        open_bundle(content, to_passphrase=False)
    else:
        open_bundle(encrypted(content, to_passphrase=bool(mode)), to_passphrase=bool(mode))


if __name__ == "__main__":
    run(one_input)
