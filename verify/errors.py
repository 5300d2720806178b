"""One exception family: the CLI and the app turn these into one-line messages."""


class VerifyError(Exception):
    """Base of every error a user can cause and fix (bad file, missing model, ...)."""


class IngestError(VerifyError):
    """A dossier folder or article file cannot be used."""


class ModelError(VerifyError):
    """The embedding or stance model is missing, altered or unusable."""


class StoreError(VerifyError):
    """The decisions database cannot be opened or written."""


class EvaluateError(VerifyError):
    """Gold annotations are malformed or do not match the dossier."""
