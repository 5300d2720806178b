"""Settings: one table, every entry documented in the README and reachable from the CLI."""
import pytest

from conftest import ROOT
from verify import settings
from verify.cli import PIPELINE_SETTINGS, build_parser
from verify.errors import VerifyError


@pytest.mark.parametrize("setting", settings.SETTINGS, ids=lambda s: s.name)
def test_every_setting_is_documented_in_the_readme(setting):
    assert f"| `{setting.name}` |" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_pipeline_settings_are_cli_flags_with_table_defaults():
    args = build_parser().parse_args(["score", "seeds", "--out", "o", "--agree-similarity", "0.7"])
    assert args.agree_similarity == 0.7 and args.neighbours is None  # None -> table default
    assert set(PIPELINE_SETTINGS) <= {s.name for s in settings.SETTINGS}


def test_unknown_setting_is_a_clear_error():
    with pytest.raises(VerifyError, match="unknown setting 'agree'"):
        settings.resolve({"agree": 1})
