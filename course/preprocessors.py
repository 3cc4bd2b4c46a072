"""nbgrader preprocessors that make autograding hold against hostile or broken submissions.

- RestoreGradeCells (sanitize step, before nbgrader's OverwriteCells): every cell the source notebook
  protects (tests and read-only cells) is put back if the learner deleted it or renamed its grade_id,
  and every nbgrader metadata block is reset to the source's. nbgrader restores only the source of
  cells still present, so today a deleted test cell costs nothing and edited metadata can crash it.
- ConfinedExecute (autograde step, in place of nbgrader's Execute): a total time budget on top of the
  per-cell timeout, output capped as it arrives (nbgrader keeps a 10 MB print whole), a dead kernel,
  or one stuck in code that ignores the interrupt (C code, a swallowed KeyboardInterrupt), recorded on
  the cell that did it while earlier grades are kept (nbgrader fails the whole notebook), and
  course.guard around every test cell.
"""

from __future__ import annotations

import ast
import copy
from time import monotonic

import nbformat
from nbclient.exceptions import CellTimeoutError, DeadKernelError
from nbclient.util import run_sync
from nbformat.notebooknode import NotebookNode
from nbgrader.preprocessors import Execute, NbGraderPreprocessor
from traitlets import Bool, Integer, Unicode

from course import notebooks

INSTALL_GUARD = "import course.guard\ncourse.guard.install()\ndel course"
CHECK_GUARD = "__import__('course.guard', fromlist=['check']).check()"


def error_output(name: str, message: str) -> NotebookNode:
    return nbformat.v4.new_output("error", ename=name, evalue=message, traceback=[f"{name}: {message}"])


def is_protected(meta: dict) -> bool:
    """Cells a learner must not change: test cells and read-only cells."""
    return bool(meta.get("locked") or (meta.get("grade") and not meta.get("solution")))


class RestoreGradeCells(NbGraderPreprocessor):
    """Put back the source's protected cells and nbgrader metadata, matched by grade_id; drop the
    nbgrader metadata of any other cell (a grade_id the source does not know, or the empty block that
    nbgrader's DeduplicateIds leaves on all but the last of duplicated cells, which nbgrader then
    rejects as an outdated schema)."""

    source_notebook = Unicode("", help="path of the assignment's source notebook").tag(config=True)

    def preprocess(self, nb, resources):
        source = nbformat.read(self.source_notebook, as_version=4)
        by_id = {
            notebooks.nbgrader_meta(c)["grade_id"]: c
            for c in source.cells
            if notebooks.nbgrader_meta(c).get("grade_id")
        }
        order = list(by_id)
        changes = []
        kept = []
        for cell in nb.cells:
            meta = notebooks.nbgrader_meta(cell)
            grade_id = meta.get("grade_id")
            if "nbgrader" in cell.metadata and grade_id not in by_id:
                if meta:
                    changes.append(
                        f"removed nbgrader metadata from a cell with unknown grade_id {grade_id!r}"
                    )
                cell.metadata.pop("nbgrader")
            elif grade_id in by_id:
                original = by_id[grade_id]
                if meta != notebooks.nbgrader_meta(original) or cell.cell_type != original.cell_type:
                    changes.append(f"reset the metadata of {grade_id}")
                cell.metadata["nbgrader"] = copy.deepcopy(original.metadata["nbgrader"])
                if cell.cell_type != original.cell_type or is_protected(notebooks.nbgrader_meta(original)):
                    cell = self._copy_of(original)
            kept.append(cell)
        nb.cells = kept

        present = {notebooks.nbgrader_meta(c).get("grade_id") for c in nb.cells}
        for position, grade_id in enumerate(order):
            if grade_id in present or not is_protected(notebooks.nbgrader_meta(by_id[grade_id])):
                continue
            before = next((g for g in reversed(order[:position]) if g in present), None)
            index = 0 if before is None else self._index_of(nb, before) + 1
            nb.cells.insert(index, self._copy_of(by_id[grade_id]))
            present.add(grade_id)
            changes.append(f"restored the deleted cell {grade_id}")
        for change in changes:
            self.log.warning("%s", change)
        return nb, resources

    @staticmethod
    def _copy_of(cell):
        fresh = copy.deepcopy(cell)
        if fresh.cell_type == "code":
            fresh.outputs, fresh.execution_count = [], None
        return fresh

    @staticmethod
    def _index_of(nb, grade_id) -> int:
        return next(
            i for i, c in enumerate(nb.cells) if notebooks.nbgrader_meta(c).get("grade_id") == grade_id
        )


class ConfinedExecute(Execute):
    """nbgrader's Execute with a time budget, an output cap, dead-kernel recovery and the guard."""

    total_seconds = Integer(600, help="time budget for the whole notebook, in seconds").tag(config=True)
    output_bytes_per_cell = Integer(500_000).tag(config=True)
    output_bytes_total = Integer(5_000_000).tag(config=True)
    guard = Bool(True, help="run course.guard around test cells").tag(config=True)

    def preprocess(self, nb, resources=None, km=None):
        self._cell_timeout = self.timeout
        self._deadline = monotonic() + self.total_seconds
        self._halted = ""
        self._guarded = False
        self._total_bytes = 0
        return super().preprocess(nb, resources, km)

    def preprocess_cell(self, cell, resources, index):
        if cell.cell_type != "code" or not cell.source.strip():
            return cell, resources
        if not self._halted and monotonic() >= self._deadline:
            self._halted = f"the notebook used its whole time budget of {self.total_seconds} s"
        if self._halted:
            cell.outputs = [error_output("NotRun", f"not run: {self._halted}")]
            return cell, resources
        self.timeout = max(
            1, min(self._cell_timeout or self.total_seconds, int(self._deadline - monotonic()))
        )
        test = notebooks.nbgrader_meta(cell).get("grade") and not notebooks.nbgrader_meta(cell).get(
            "solution"
        )
        self._cell_bytes, self._truncated = 0, False
        try:
            if self.guard and not self._guarded:
                self._run_silently(INSTALL_GUARD)
                self._guarded = True
            if self.guard and test:
                self._run_silently("", {"changed": CHECK_GUARD})  # restore what answer cells rebound
            cell, resources = super().preprocess_cell(cell, resources, index)
            if self.guard and test:
                changed = self._run_silently("", {"changed": CHECK_GUARD})
                if changed:
                    cell.outputs.append(
                        error_output(
                            "TamperingDetected", f"changed while this test ran: {', '.join(changed)}"
                        )
                    )
        except DeadKernelError:
            cell.outputs.append(
                error_output(
                    "KernelDied",
                    "the kernel stopped while running this cell: os._exit, a crash (such as a segfault) "
                    "or the memory cap; the cells after it were not run",
                )
            )
            self._halted = "the kernel died in an earlier cell"
        except CellTimeoutError:  # interrupted at the timeout, the cell still did not stop
            cell.outputs.append(
                error_output(
                    "CellTimeoutError",
                    "the cell ran past its time limit and did not stop when interrupted; the kernel was "
                    "shut down and the cells after it were not run",
                )
            )
            self._halted = "the kernel was stuck in an earlier cell"
            self.shutdown_kernel = "immediate"  # it would not answer a polite shutdown either
        return cell, resources

    async def _async_run_silently(self, code: str, expressions: dict | None = None):
        msg_id = self.kc.execute(code, silent=True, store_history=False, user_expressions=expressions or {})
        reply = await self.async_wait_for_reply(msg_id)
        if not expressions or reply is None:
            return None
        result = reply["content"].get("user_expressions", {}).get("changed", {})
        if result.get("status") != "ok":
            return ["course.guard (it was removed or broken)"]
        return ast.literal_eval(result["data"]["text/plain"])

    _run_silently = run_sync(_async_run_silently)

    def output(self, outs, msg, display_id, cell_index):
        out = super().output(outs, msg, display_id, cell_index)
        if out is None or out.get("output_type") == "error":  # errors are what grading reads: keep them
            return out
        size = len(str(out.get("text", ""))) + sum(len(str(v)) for v in out.get("data", {}).values())
        room = min(self.output_bytes_per_cell - self._cell_bytes, self.output_bytes_total - self._total_bytes)
        if size > room:
            if outs and outs[-1] is out:
                outs.pop()
            if out.get("output_type") == "stream" and room > 0:
                out["text"] = out["text"][:room]
                outs.append(out)
            size = max(0, room)
            if not self._truncated:
                self._truncated = True
                outs.append(
                    nbformat.v4.new_output(
                        "stream",
                        name="stderr",
                        text=f"\n[output cut by the grader: over {self.output_bytes_per_cell:,} bytes in this cell "
                        f"or {self.output_bytes_total:,} in the notebook]\n",
                    )
                )
        self._cell_bytes += size
        self._total_bytes += size
        return out
