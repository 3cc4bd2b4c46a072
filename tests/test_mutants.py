"""The mutation operators: each makes the slip it names, only inside the solution markers."""

from __future__ import annotations

from course.authoring import mutants

CELL = '''def f(values, cutoff=0):
    """Doc."""
    ### BEGIN SOLUTION
    x = np.asarray(values, dtype=float)
    kept = x[x >= cutoff]
    return float(np.std(kept)) if len(kept) else 0.0
    ### END SOLUTION
'''


def _details(source=CELL):
    return {m.id.split(" ", 1)[1] for m in mutants.make(source)}


def test_every_operator_makes_its_slip():
    details = _details()
    for expected in [
        "compare >= -> >", "keyword drop dtype=", "dropcall drop asarray(...)", "keyword add ddof=1",
        "call std -> var", "negate negate the condition", "statement drop the statement", "constant 0.0 -> 1.0",
        "dropcall drop float(...)",
    ]:
        assert expected in details, f"no mutant {expected!r} among {sorted(details)}"
    assert any(m.operator == "return-input" for m in mutants.make(CELL))


def test_only_the_solution_region_is_mutated():
    assert not any("cutoff=1" in m.code.splitlines()[0] for m in mutants.make(CELL))
    assert mutants.make(CELL.replace("### BEGIN SOLUTION\n", "")) == []


def test_mutants_compile_and_differ():
    made = mutants.make(CELL)
    assert len({m.code for m in made}) == len(made)
    for mutant in made:
        compile(mutant.code, mutant.id, "exec")


def test_sql_and_strings_in_messages():
    cell = '''def q(conn, year):
    ### BEGIN SOLUTION
    if year < 0:
        raise ValueError(f"bad year {year + 1}")
    sql = "SELECT a, SUM(b) FROM t LEFT JOIN u ON t.k = u.k WHERE y >= ? GROUP BY a ORDER BY a DESC"
    return pd.read_sql_query(sql, conn, params=(year,))
    ### END SOLUTION
'''
    details = _details(cell)
    for expected in ["'>='", "'LEFT JOIN'", "'DESC'", "'SUM('"]:
        assert any(expected in d for d in details), f"no SQL edit of {expected} among {sorted(details)}"
    assert not any("bad year" in m.code and "year - 1" in m.code for m in mutants.make(cell)), (
        "a raise message is text for people, not behaviour"
    )


def test_function_names_for_the_hard_coded_mutant():
    assert mutants.function_names(CELL) == ["f"]
    assert mutants.function_names("def g():\n    return 1\n") == []
