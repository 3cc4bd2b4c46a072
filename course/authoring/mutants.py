"""Automatic mutants of a reference answer: small edits a learner could make, made by AST operators.

Only the code between `### BEGIN SOLUTION` and `### END SOLUTION` is mutated (the signature and
docstring are given to the learner). Each operator makes the slips the graders must catch:

- `compare`: a boundary or comparison flipped (`>` for `>=`, `==` for `!=`, `in` for `not in`);
- `binop`, `augassign`, `boolop`, `unary`: an arithmetic or logical operator swapped or dropped;
- `constant`: an integer or float constant +1 and -1 (axis, ddof, slice bounds, thresholds), a bool flipped;
- `string`: a string argument swapped for its near neighbour (`"left"` for `"inner"`, `"mean"` for
  `"median"`, `"relu"` for `"linear"`), and SQL text edited (`>=` for `>`, `LEFT JOIN` for `JOIN`, `ASC`
  for `DESC`, `AVG(` for `SUM(`, `DISTINCT` dropped);
- `call`: a library call swapped for its near neighbour (`mean`/`median`, `min`/`max`, `nanmean`/`mean`,
  `transform`/`fit_transform`, `round`/`int`...);
- `dropcall`: a call that converts or copies dropped (`.copy()`, `.astype(...)`, `.dropna()`...);
- `keyword`: a keyword argument dropped (`ddof=0`, `random_state=`, `validate=`, `how=`...), or added
  where its default matters (`ddof=1` on std/var, another quantile method, `dropna=False` on groupby);
- `swap`: the first two positional arguments of a call swapped;
- `bound`: a non-constant slice or `range` bound moved by one;
- `negate`: an `if`/`while`/conditional test negated;
- `statement`: one statement dropped;
- `return-input`: the whole body replaced by returning the first argument unchanged.

The runner (`course.authoring.mutation`) adds one mutant that needs a live kernel: the answer that
returns the reference's results for exactly the inputs of the visible tests (`hard-coded`).
"""

from __future__ import annotations

import ast
import copy
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

BEGIN, END = "### BEGIN SOLUTION", "### END SOLUTION"


@dataclass(frozen=True)
class Mutant:
    id: str  # stable while the answer cell is unchanged: "L7C15 compare > -> >="
    operator: str
    code: str  # the whole answer cell, mutated
    line: int  # 1-based line in the answer cell
    before: str  # the line of the reference it changes, for the report


COMPARE_SWAPS: dict[type, tuple[type, ...]] = {
    ast.Lt: (ast.LtE,), ast.LtE: (ast.Lt,), ast.Gt: (ast.GtE,), ast.GtE: (ast.Gt,),
    ast.Eq: (ast.NotEq,), ast.NotEq: (ast.Eq,), ast.Is: (ast.IsNot,), ast.IsNot: (ast.Is,),
    ast.In: (ast.NotIn,), ast.NotIn: (ast.In,),
}
BINOP_SWAPS: dict[type, tuple[type, ...]] = {
    ast.Add: (ast.Sub,), ast.Sub: (ast.Add,), ast.Mult: (ast.Div,), ast.Div: (ast.Mult, ast.FloorDiv),
    ast.FloorDiv: (ast.Div,), ast.Pow: (ast.Mult,), ast.Mod: (ast.FloorDiv,),
    ast.BitAnd: (ast.BitOr,), ast.BitOr: (ast.BitAnd,), ast.MatMult: (ast.Mult,),
}
SYMBOL = {
    ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Eq: "==", ast.NotEq: "!=", ast.Is: "is",
    ast.IsNot: "is not", ast.In: "in", ast.NotIn: "not in", ast.Add: "+", ast.Sub: "-", ast.Mult: "*",
    ast.Div: "/", ast.FloorDiv: "//", ast.Pow: "**", ast.Mod: "%", ast.BitAnd: "&", ast.BitOr: "|",
    ast.MatMult: "@", ast.And: "and", ast.Or: "or", ast.Not: "not", ast.USub: "-", ast.Invert: "~",
    ast.UAdd: "+",
}
# A call's near neighbours: the function a learner writes by mistake for the right one.
CALL_NEIGHBOURS: dict[str, tuple[str, ...]] = {
    "mean": ("median", "sum"), "median": ("mean",), "sum": ("mean",), "std": ("var",), "var": ("std",),
    "min": ("max",), "max": ("min",), "argmin": ("argmax",), "argmax": ("argmin",),
    "idxmin": ("idxmax",), "idxmax": ("idxmin",), "nanmean": ("mean",), "nanstd": ("std",),
    "nanmedian": ("median",), "nansum": ("sum",), "nanmax": ("max",), "nanmin": ("min",),
    "nanpercentile": ("percentile",), "nanquantile": ("quantile",), "floor": ("ceil",), "ceil": ("floor",),
    "head": ("tail",), "tail": ("head",), "any": ("all",), "all": ("any",), "nlargest": ("nsmallest",),
    "nsmallest": ("nlargest",), "first": ("last",), "last": ("first",), "count": ("size",),
    "size": ("count",), "nunique": ("count",), "isna": ("notna",), "notna": ("isna",), "isnull": ("notnull",),
    "notnull": ("isnull",), "ffill": ("bfill",), "bfill": ("ffill",), "log": ("log1p",), "log1p": ("log",),
    "exp": ("expm1",), "expm1": ("exp",), "cumsum": ("cumprod",), "cummax": ("cummin",), "cummin": ("cummax",),
    "transform": ("fit_transform",), "fit_transform": ("transform",), "predict_proba": ("predict",),
    "decision_function": ("predict",), "lower": ("upper",), "upper": ("lower",), "strip": ("rstrip",),
    "lstrip": ("strip",), "rstrip": ("strip",), "round": ("int",), "int": ("round",), "sorted": ("list",),
    "percentile": ("quantile",), "quantile": ("percentile",), "le": ("lt",), "lt": ("le",), "ge": ("gt",),
    "gt": ("ge",), "rank": ("argsort",), "argsort": ("rank",), "unique": ("drop_duplicates",),
    "inner": ("left",), "concatenate": ("stack",), "vstack": ("hstack",), "hstack": ("vstack",),
    "zeros": ("ones",), "ones": ("zeros",), "shift": ("diff",), "diff": ("shift",), "abs": ("float",),
    "fetchall": ("fetchone",), "fetchone": ("fetchall",), "searchsorted": ("digitize",),
    "digitize": ("searchsorted",), "sqrt": ("abs",), "square": ("abs",),
}
# Calls a learner leaves out: replaced by their receiver (`x.copy()` -> `x`) or their first argument.
DROPPABLE_METHODS = {
    "copy", "astype", "dropna", "fillna", "reset_index", "sort_index", "sort_values", "drop_duplicates",
    "abs", "round", "unique", "to_numpy", "tolist", "strip", "lower", "upper", "squeeze", "flatten", "ravel",
}
DROPPABLE_FUNCTIONS = {"abs", "round", "sorted", "float", "int", "sqrt", "asarray", "array", "list", "tuple", "set"}
STRING_NEIGHBOURS: dict[str, tuple[str, ...]] = {
    "left": ("inner", "right"), "right": ("left",), "inner": ("left", "outer"), "outer": ("inner",),
    "first": ("last",), "last": ("first",), "macro": ("weighted", "micro"), "weighted": ("macro",),
    "micro": ("macro",), "binary": ("macro",), "mean": ("median", "sum"), "median": ("mean",), "sum": ("mean",),
    "max": ("min",), "min": ("max",), "count": ("size",), "size": ("count",), "any": ("all",), "all": ("any",),
    "linear": ("nearest", "lower"), "nearest": ("linear",), "lower": ("higher",), "higher": ("lower",),
    "midpoint": ("linear",), "relu": ("linear", "sigmoid"), "softmax": ("sigmoid", "linear"),
    "sigmoid": ("softmax", "linear"), "tanh": ("linear",), "adam": ("sgd",), "sgd": ("adam",),
    "index": ("columns",), "columns": ("index",), "pearson": ("spearman",), "spearman": ("pearson",),
    "kendall": ("spearman",), "val_loss": ("loss",), "loss": ("val_loss",), "val_accuracy": ("accuracy",),
    "accuracy": ("val_accuracy",), "same": ("valid",), "valid": ("same",), "min_max": ("mean",),
    "sparse_categorical_crossentropy": ("categorical_crossentropy",),
    "categorical_crossentropy": ("sparse_categorical_crossentropy",), "mse": ("mae",), "mae": ("mse",),
    "mean_squared_error": ("mean_absolute_error",), "mean_absolute_error": ("mean_squared_error",),
    "many_to_one": ("one_to_one",), "one_to_one": ("many_to_one",), "ME": ("MS",), "MS": ("ME",),
    "M": ("W",), "D": ("W",), "W": ("D",), "neither": ("both",), "both": ("neither",), "roc_auc": ("accuracy",),
    "f1": ("accuracy",), "balanced": ("balanced_subsample",), "ignore": ("error",), "error": ("ignore",),
    "coerce": ("ignore",), "ascending": ("descending",), "most_frequent": ("stratified",),
    "stratified": ("most_frequent",), "prior": ("most_frequent",),
}
SQL_WORDS = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|CREATE|WITH)\b", re.IGNORECASE)
SQL_EDITS: tuple[tuple[str, str], ...] = (
    (r"(?<![<>!])>=", ">"), (r"(?<![<>!])<=", "<"), (r"(?<![<>!=-])>(?!=)", ">="), (r"(?<![<>!])<(?![=>])", "<="),
    (r"(?<![<>!])=(?!=)", "!="), (r"\bLEFT JOIN\b", "JOIN"), (r"\b(?<!LEFT )(?<!INNER )JOIN\b", "LEFT JOIN"),
    (r"\bDESC\b", "ASC"), (r"\bASC\b", "DESC"), (r"\bSUM\(", "AVG("), (r"\bAVG\(", "SUM("), (r"\bMIN\(", "MAX("),
    (r"\bMAX\(", "MIN("), (r"\bCOUNT\(DISTINCT ", "COUNT("), (r"\bDISTINCT ", ""), (r"\bAND\b", "OR"),
    (r"\bOR\b", "AND"), (r"\bUNION ALL\b", "UNION"), (r"\bUNION\b(?! ALL)", "UNION ALL"), (r"\bLIMIT \d+", ""),
    (r"\bCOUNT\(\*\)", "COUNT(1) - 1"), (r"\bLOWER\(", "("), (r"\bUPPER\(", "("), (r"\bTRIM\(", "("),
    (r"\bROUND\(", "("), (r"\bIS NULL\b", "IS NOT NULL"), (r"\bIS NOT NULL\b", "IS NULL"),
    (r"\bHAVING\b", "AND"), (r"\bCOALESCE\(", "MAX("),
)
QUANTILE_CALLS = {"quantile", "percentile", "nanquantile", "nanpercentile"}
SPREAD_CALLS = {"std", "var", "nanstd", "nanvar"}


def solution_lines(source: str) -> tuple[int, int] | None:
    """(first, last) 1-based lines strictly inside the solution markers, or None without markers."""
    lines = source.splitlines()
    try:
        begin = next(i for i, line in enumerate(lines, 1) if line.strip() == BEGIN)
        end = next(i for i, line in enumerate(lines, 1) if line.strip() == END and i > begin)
    except StopIteration:
        return None
    return begin + 1, end - 1


def _func_name(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return None


def _is_quiet(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    """Inside a raise, an assert, a print or an f-string: text for people, not behaviour."""
    current = parents.get(node)
    while current is not None:
        if isinstance(current, (ast.Raise, ast.Assert, ast.JoinedStr)):
            return True
        if isinstance(current, ast.Call) and _func_name(current) in {"print", "warn", "display"}:
            return True
        current = parents.get(current)
    return False


class _Sites:
    """The places of a tree that an operator can edit, each with how to edit a copy of the tree."""

    def __init__(self, tree: ast.Module, first: int, last: int):
        self.tree, self.first, self.last = tree, first, last
        self.parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        for number, node in enumerate(ast.walk(tree)):
            node._mutation_key = number  # survives deepcopy, so the copy's twin can be found
        self.found: list[tuple[ast.AST, str, str, Callable[[ast.AST], ast.AST | None]]] = []

    def inside(self, node: ast.AST) -> bool:
        line = getattr(node, "lineno", None)
        return line is not None and self.first <= line <= self.last

    def add(self, node: ast.AST, operator: str, detail: str, edit: Callable[[ast.AST], ast.AST | None]) -> None:
        self.found.append((node, operator, detail, edit))


def _replace_field(copy_of_node: ast.AST, **fields) -> ast.AST:
    for name, value in fields.items():
        setattr(copy_of_node, name, value)
    return copy_of_node


def _plus(node: ast.expr, delta: int) -> ast.expr:
    return ast.BinOp(left=node, op=ast.Add() if delta > 0 else ast.Sub(), right=ast.Constant(abs(delta)))


def _collect(sites: _Sites) -> None:
    tree = sites.tree
    for node in ast.walk(tree):
        if not sites.inside(node):
            continue
        if isinstance(node, ast.expr) and _is_quiet(node, sites.parents):
            continue
        if isinstance(node, ast.Compare):
            for index, op in enumerate(node.ops):
                for new in COMPARE_SWAPS.get(type(op), ()):
                    def edit(n, index=index, new=new):
                        ops = list(n.ops)
                        ops[index] = new()
                        return _replace_field(n, ops=ops)
                    sites.add(node, "compare", f"{SYMBOL[type(op)]} -> {SYMBOL[new]}", edit)
        elif isinstance(node, ast.BinOp):
            for new in BINOP_SWAPS.get(type(node.op), ()):
                sites.add(node, "binop", f"{SYMBOL[type(node.op)]} -> {SYMBOL[new]}",
                          lambda n, new=new: _replace_field(n, op=new()))
        elif isinstance(node, ast.AugAssign):
            for new in BINOP_SWAPS.get(type(node.op), ()):
                sites.add(node, "augassign", f"{SYMBOL[type(node.op)]}= -> {SYMBOL[new]}=",
                          lambda n, new=new: _replace_field(n, op=new()))
        elif isinstance(node, ast.BoolOp):
            new = ast.Or if isinstance(node.op, ast.And) else ast.And
            sites.add(node, "boolop", f"{SYMBOL[type(node.op)]} -> {SYMBOL[new]}",
                      lambda n, new=new: _replace_field(n, op=new()))
        elif isinstance(node, ast.UnaryOp) and not isinstance(node.op, ast.UAdd):
            if isinstance(node.op, ast.USub) and isinstance(node.operand, ast.Constant):
                continue  # a negative literal: the constant operator moves it
            sites.add(node, "unary", f"drop {SYMBOL[type(node.op)]}", lambda n: n.operand)
        elif isinstance(node, ast.Constant):
            _constant_sites(sites, node)
        elif isinstance(node, ast.Call):
            _call_sites(sites, node)
        elif isinstance(node, ast.Slice):
            for part in ("lower", "upper"):
                bound = getattr(node, part)
                if bound is not None and not isinstance(bound, ast.Constant) and not (
                    isinstance(bound, ast.UnaryOp) and isinstance(bound.operand, ast.Constant)
                ):
                    for delta in (1, -1):
                        sites.add(node, "bound", f"{part} bound {delta:+d}",
                                  lambda n, part=part, delta=delta: _replace_field(n, **{part: _plus(getattr(n, part), delta)}))
        if isinstance(node, (ast.If, ast.While, ast.IfExp)):
            sites.add(node, "negate", "negate the condition",
                      lambda n: _replace_field(n, test=ast.UnaryOp(op=ast.Not(), operand=n.test)))
        if isinstance(node, ast.stmt) and not isinstance(node, (ast.Return, ast.FunctionDef, ast.ClassDef, ast.Pass)):
            if not (isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)):
                sites.add(node, "statement", "drop the statement", lambda n: ast.Pass())


def _constant_sites(sites: _Sites, node: ast.Constant) -> None:
    value = node.value
    parent = sites.parents.get(node)
    if isinstance(parent, ast.Expr):
        return  # a docstring or a bare string
    if isinstance(value, bool):
        sites.add(node, "constant", f"{value} -> {not value}", lambda n: ast.Constant(not n.value))
    elif isinstance(value, (int, float)) and not isinstance(value, complex):
        for delta in (1, -1):
            new = value + delta
            sites.add(node, "constant", f"{value!r} -> {new!r}", lambda n, new=new: ast.Constant(new))
    elif isinstance(value, str):
        for new in STRING_NEIGHBOURS.get(value, ()):
            sites.add(node, "string", f"{value!r} -> {new!r}", lambda n, new=new: ast.Constant(new))
        if SQL_WORDS.search(value):
            for pattern, replacement in SQL_EDITS:
                for match in re.finditer(pattern, value, flags=re.IGNORECASE):
                    start, end = match.span()
                    new = value[:start] + replacement + value[end:]
                    if new != value:
                        sites.add(node, "string", f"SQL {match.group(0)!r} -> {replacement!r} at {start}",
                                  lambda n, new=new: ast.Constant(new))


def _call_sites(sites: _Sites, node: ast.Call) -> None:
    name = _func_name(node)
    if name is None:
        return
    for new in CALL_NEIGHBOURS.get(name, ()):
        if isinstance(node.func, ast.Attribute):
            sites.add(node, "call", f"{name} -> {new}",
                      lambda n, new=new: _replace_field(n, func=ast.Attribute(value=n.func.value, attr=new, ctx=ast.Load())))
        elif isinstance(node.func, ast.Name):
            sites.add(node, "call", f"{name} -> {new}",
                      lambda n, new=new: _replace_field(n, func=ast.Name(id=new, ctx=ast.Load())))
    if isinstance(node.func, ast.Attribute) and name in DROPPABLE_METHODS:
        sites.add(node, "dropcall", f"drop .{name}(...)", lambda n: n.func.value)
    elif isinstance(node.func, ast.Name) and name in DROPPABLE_FUNCTIONS and node.args:
        sites.add(node, "dropcall", f"drop {name}(...)", lambda n: n.args[0])
    elif isinstance(node.func, ast.Attribute) and name in DROPPABLE_FUNCTIONS and node.args and name not in DROPPABLE_METHODS:
        sites.add(node, "dropcall", f"drop {name}(...)", lambda n: n.args[0])
    keywords = [k.arg for k in node.keywords if k.arg]
    for index, keyword in enumerate(node.keywords):
        if keyword.arg is None:
            continue
        sites.add(node, "keyword", f"drop {keyword.arg}=",
                  lambda n, index=index: _replace_field(n, keywords=[k for i, k in enumerate(n.keywords) if i != index]))
    if name in SPREAD_CALLS and "ddof" not in keywords:
        sites.add(node, "keyword", "add ddof=1",
                  lambda n: _replace_field(n, keywords=[*n.keywords, ast.keyword(arg="ddof", value=ast.Constant(1))]))
    if name in QUANTILE_CALLS and not {"method", "interpolation"} & set(keywords):
        is_numpy = isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name) and node.func.value.id in {"np", "numpy"}
        word = "method" if is_numpy else "interpolation"
        sites.add(node, "keyword", f"add {word}='lower'",
                  lambda n, word=word: _replace_field(n, keywords=[*n.keywords, ast.keyword(arg=word, value=ast.Constant("lower"))]))
    if name == "groupby" and "dropna" not in keywords:
        sites.add(node, "keyword", "add dropna=False",
                  lambda n: _replace_field(n, keywords=[*n.keywords, ast.keyword(arg="dropna", value=ast.Constant(False))]))
    positional = [a for a in node.args if not isinstance(a, ast.Starred)]
    if len(positional) >= 2 and len(positional) == len(node.args) and ast.dump(positional[0]) != ast.dump(positional[1]):
        def swap(n):
            args = list(n.args)
            args[0], args[1] = args[1], args[0]
            return _replace_field(n, args=args)
        sites.add(node, "swap", "swap the first two arguments", swap)
    if name == "range" and isinstance(node.func, ast.Name):
        for index, argument in enumerate(node.args):
            if isinstance(argument, ast.Constant):
                continue
            for delta in (1, -1):
                def edit(n, index=index, delta=delta):
                    args = list(n.args)
                    args[index] = _plus(args[index], delta)
                    return _replace_field(n, args=args)
                sites.add(node, "bound", f"range argument {index + 1} {delta:+d}", edit)


def _apply(tree: ast.Module, key: int, edit: Callable[[ast.AST], ast.AST | None]) -> ast.Module:
    twin_tree = copy.deepcopy(tree)

    class Editor(ast.NodeTransformer):
        def generic_visit(self, node):
            if getattr(node, "_mutation_key", None) == key:
                return edit(node)
            return super().generic_visit(node)

    edited = Editor().visit(twin_tree)
    return ast.fix_missing_locations(edited)


def _return_input(tree: ast.Module, first: int, last: int) -> Iterator[tuple[str, ast.Module]]:
    for index, node in enumerate(tree.body):
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        if not any(first <= getattr(s, "lineno", 0) <= last for s in node.body):
            continue
        twin = copy.deepcopy(tree)
        function = twin.body[index]
        docstring = function.body[:1] if ast.get_docstring(function) is not None else []
        argument = function.args.args[0].arg
        function.body = [*docstring, ast.Return(value=ast.Name(id=argument, ctx=ast.Load()))]
        yield f"{node.name} returns {argument}", ast.fix_missing_locations(twin)


def make(source: str) -> list[Mutant]:
    """Every mutant of an answer cell's solution region, each a whole cell of different code."""
    region = solution_lines(source)
    if region is None:
        return []
    first, last = region
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    lines = source.splitlines()
    sites = _Sites(tree, first, last)
    _collect(sites)
    original = ast.unparse(ast.parse(source))
    seen = {original}
    mutants: list[Mutant] = []
    ids: set[str] = set()

    def keep(mutant_id: str, operator: str, code: str, line: int) -> None:
        if code in seen:
            return  # the same program as the reference or as an earlier mutant
        seen.add(code)
        unique, count = mutant_id, 2
        while unique in ids:
            unique, count = f"{mutant_id} #{count}", count + 1
        ids.add(unique)
        before = lines[line - 1].strip() if 0 < line <= len(lines) else ""
        mutants.append(Mutant(unique, operator, code, line, before))

    for node, operator, detail, edit in sites.found:
        try:
            code = ast.unparse(_apply(tree, node._mutation_key, edit))
            compile(code, "<mutant>", "exec")
        except (SyntaxError, ValueError, TypeError, AttributeError):
            continue
        keep(f"L{node.lineno}C{node.col_offset} {operator} {detail}", operator, code, node.lineno)
    for detail, twin in _return_input(tree, first, last):
        keep(f"return-input {detail}", "return-input", ast.unparse(twin), first)
    return mutants


def function_names(source: str) -> list[str]:
    """The functions with parameters an answer cell defines at top level (what the hard-coded mutant
    stands in for; a function without parameters always returns its one answer anyway)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    return [
        node.name for node in tree.body
        if isinstance(node, ast.FunctionDef) and (node.args.args or node.args.posonlyargs or node.args.kwonlyargs)
    ]
