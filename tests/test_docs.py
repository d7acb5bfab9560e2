"""The README is the manual: its first commands and every CLI command are documented."""

from sse_match.cli import parser

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_starts_with_the_two_commands():
    first_block = README.split("```")[1]
    assert "make run" in first_block and "make test" in first_block


def test_every_cli_command_is_in_the_readme():
    sub = next(a for a in parser()._actions if a.dest == "command")
    for name in sub.choices:
        assert f"python -m sse_match {name}" in README, name


def test_ci_calls_make_test():
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def _layout_paths() -> list[str]:
    table = README.split("## Layout", 1)[1]
    return [p for line in table.splitlines() if line.startswith("| `") for p in line.split("|")[1].split("`")[1::2]]


def test_the_layout_table_names_paths_that_exist():
    for path in _layout_paths():
        assert (ROOT / path).exists(), path


def test_every_subpackage_is_in_the_layout_table():
    listed = set(_layout_paths())
    for init in sorted((ROOT / "sse_match").glob("*/__init__.py")):
        assert f"sse_match/{init.parent.name}/" in listed, init.parent.name
